package org.metareport.data;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.assertj.core.api.ThrowableAssert;
import org.metareport.problems.InputException;
import org.metareport.problems.Problem;
import org.metareport.problems.Where;
import org.metareport.spec.ColumnRef;
import org.metareport.spec.Source;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Builds sources, column names and data files for the data-stage tests. */
final class TestFiles {
    static final String SPEC = "analysis.yaml";

    private TestFiles() {}

    /** A file in {@code dir} with UTF-8 text; its source is shown as {@code data/<name>}, named at analysis.yaml:3:12. */
    static Source csv(Path dir, String name, String text) {
        return bytes(dir, name, text.getBytes(StandardCharsets.UTF_8));
    }

    static Source bytes(Path dir, String name, byte[] content) {
        try {
            Path file = dir.resolve(name);
            Files.write(file, content);
            return source(file, null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The bytes of the zip file (a workbook) with one entry's UTF-8 text rewritten, the other entries as they are. */
    static byte[] rewriteZipEntry(Path zip, String entry, java.util.function.UnaryOperator<String> edit) {
        try (var in = new java.util.zip.ZipInputStream(Files.newInputStream(zip));
             var bytes = new java.io.ByteArrayOutputStream();
             var out = new java.util.zip.ZipOutputStream(bytes)) {
            for (var e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                byte[] content = in.readAllBytes();
                if (e.getName().equals(entry)) {
                    content = edit.apply(new String(content, StandardCharsets.UTF_8)).getBytes(StandardCharsets.UTF_8);
                }
                out.putNextEntry(new java.util.zip.ZipEntry(e.getName()));
                out.write(content);
                out.closeEntry();
            }
            out.finish();
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Source source(Path file, String sheet) {
        return new Source(file, "data/" + file.getFileName(), sheet, new Where(SPEC, 3, 12));
    }

    /** A file of the school-based data set on the test classpath. */
    static Path schoolBased(String name) {
        try {
            return Path.of(TestFiles.class.getClassLoader().getResource("data/school-based/" + name).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    static ColumnRef ref(String name, int line) {
        return new ColumnRef(name, new Where(SPEC, line, 10));
    }

    /** The problems of the InputException {@code call} throws, as the CLI prints them. */
    static List<String> problems(ThrowableAssert.ThrowingCallable call) {
        InputException[] caught = new InputException[1];
        assertThatThrownBy(() -> {
            try {
                call.call();
            } catch (InputException e) {
                caught[0] = e;
                throw e;
            }
        }).isInstanceOf(InputException.class);
        return caught[0].problems().stream().map(Problem::toString).toList();
    }
}
