package org.metareport.review;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;
import org.metareport.spec.Spec;
import org.metareport.spec.SpecReader;

/** Minimal specs with a review block, written to a folder and read as the CLI would. */
final class ReviewSpecs {
    static final String SPEC = "analysis.yaml";
    static final String MINIMAL = """
            title: Review test
            data:
              effects: findings.csv
              study: Study
            effect:
              measure: PRE
              columns: {yi: g, vi: v}
            analyses:
              - id: overall
            """;

    private ReviewSpecs() {}

    /** The minimal spec plus {@code review} (top-level YAML), read from {@code dir}. */
    static Spec read(Path dir, String review) {
        write(dir, "findings.csv", "Study,g,v\nSmith 2020,0.3,0.04\nJones 2021,0.5,0.05\n");
        write(dir, SPEC, MINIMAL + review);
        return SpecReader.read(dir.resolve(SPEC), SPEC);
    }

    /** The spec with {@code prisma:} holding the counts of a resource under review/ (copied into {@code dir}). */
    static Spec withPrismaFile(Path dir, String resource) {
        write(dir, "prisma.yaml", resource(resource));
        return read(dir, "prisma: prisma.yaml\n");
    }

    /** The text of a resource under review/. */
    static String resource(String name) {
        try (InputStream in = Objects.requireNonNull(ReviewSpecs.class.getClassLoader()
                .getResourceAsStream("review/" + name), name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static void write(Path dir, String name, String text) {
        try {
            Files.writeString(dir.resolve(name), text, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
