package org.metareport.spec;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.metareport.problems.InputException;
import org.metareport.problems.Problem;

/**
 * A spec and the YAML files it names are bounded: size, nesting depth, aliases. Each would run out of time, memory or
 * stack without its bound; the timeouts only guard against a hang, they claim nothing about speed.
 */
class YamlBoundsTest {
    private static final String MINIMAL = """
            title: Bounded
            data:
              effects: findings.csv
              study: Study
            effect:
              measure: PRE
              columns: {yi: g, sei: se}
            analyses:
              - model: random
            """;

    private static Path write(Path dir, String yaml) throws IOException {
        Files.writeString(dir.resolve("findings.csv"), "Study,g,se\nA,1,1\n");
        Path spec = dir.resolve("analysis.yaml");
        Files.writeString(spec, yaml);
        return spec;
    }

    private static List<String> errors(Path spec, String shown) {
        InputException e = catchThrowableOfType(InputException.class, () -> SpecReader.read(spec, shown));
        assertThat(e).as("an InputException").isNotNull();
        return e.problems().stream().map(Problem::toString).toList();
    }

    /** 1,000 values, then four levels of ten aliases each: 10,000,000 values once expanded, from 40 aliases. */
    static String aliasBomb() {
        StringBuilder b = new StringBuilder("claims:\n  l0: &l0 [");
        for (int i = 0; i < 1000; i++) b.append(i == 0 ? "" : ",").append("x");
        b.append("]\n");
        for (int level = 1; level <= 4; level++) {
            b.append("  l").append(level).append(": &l").append(level).append(" [");
            for (int i = 0; i < 10; i++) b.append(i == 0 ? "" : ",").append("*l").append(level - 1);
            b.append("]\n");
        }
        return b.toString();
    }

    @Test
    @Timeout(value = 120, unit = TimeUnit.SECONDS)
    void stopsAnAliasBombUnderClaims(@TempDir Path dir) throws IOException {
        Path spec = write(dir, MINIMAL + aliasBomb());

        assertThat(errors(spec, "analysis.yaml")).containsExactly("error: analysis.yaml:10:1: 'claims' holds more "
                + "than 1,000,000 values once its aliases (*name) are expanded; write the values out instead");
    }

    @Test
    @Timeout(value = 120, unit = TimeUnit.SECONDS)
    void reportsDeepNestingAtTheLevelPastTheLimitInsteadOfOverflowingTheStack(@TempDir Path dir) throws IOException {
        Path spec = write(dir, MINIMAL + "claims: " + "[".repeat(100_000) + "]".repeat(100_000) + "\n");

        assertThat(errors(spec, "analysis.yaml")).containsExactly("error: analysis.yaml:10:108: lists and mappings "
                + "nest more than 100 levels deep here; a spec needs only a few levels, so check the brackets and the "
                + "indentation");
    }

    @Test
    void acceptsNestingUpToTheLimit(@TempDir Path dir) throws IOException {
        Path spec = write(dir, MINIMAL + "claims: {deep: " + "[".repeat(98) + "]".repeat(98) + "}\n");

        assertThat(SpecReader.read(spec, "analysis.yaml").extras()).containsKey("claims");
    }

    @Test
    @Timeout(value = 120, unit = TimeUnit.SECONDS)
    void refusesADeviceAsTheSpec() {
        assertThat(errors(Path.of("/dev/zero"), "/dev/zero")).containsExactly("error: /dev/zero:1: '/dev/zero' is not "
                + "a regular file (a device, pipe or socket); give the path of an analysis.yaml saved on disk");
    }

    @Test
    void refusesASpecLargerThanOneMebibyte(@TempDir Path dir) throws IOException {
        Path spec = write(dir, MINIMAL + "# " + "x".repeat(1 << 20) + "\n");

        assertThat(errors(spec, "analysis.yaml")).containsExactly("error: analysis.yaml:1: the spec is 1,048,718 "
                + "bytes, more than the 1 MiB a spec may be; check that the right file is named");
    }

    @Test
    @Timeout(value = 120, unit = TimeUnit.SECONDS)
    void boundsAPrismaFileAsTheSpecIsBounded(@TempDir Path dir) throws IOException {
        Path spec = write(dir, MINIMAL + "prisma: prisma.yaml\n");
        Files.writeString(dir.resolve("prisma.yaml"), "databases: 10\nnotes: " + "{a: ".repeat(200) + "1"
                + "}".repeat(200) + "\n");

        assertThat(errors(spec, "analysis.yaml")).containsExactly("error: prisma.yaml:2:404: lists and mappings nest "
                + "more than 100 levels deep here; a spec needs only a few levels, so check the brackets and the "
                + "indentation");
    }

    @Test
    void refusesAPrismaFileLargerThanOneMebibyte(@TempDir Path dir) throws IOException {
        Path spec = write(dir, MINIMAL + "prisma: prisma.yaml\n");
        Files.writeString(dir.resolve("prisma.yaml"), "databases: 10\n# " + "x".repeat(1 << 20) + "\n");

        assertThat(errors(spec, "analysis.yaml")).containsExactly("error: analysis.yaml:10:9: PRISMA file "
                + "'prisma.yaml' is 1,048,593 bytes, more than the 1 MiB a spec may read");
    }
}
