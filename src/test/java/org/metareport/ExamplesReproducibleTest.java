package org.metareport;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.io.TempDir;

/**
 * Both shipped examples, each run twice into two folders in every format (Markdown, HTML, PDF and DOCX, with their
 * SVG and PNG figures, print parts, results.json and manifest.json): the two folders hold the same files, byte for
 * byte.
 */
class ExamplesReproducibleTest {
    static final List<String> FORMATS = List.of("md", "html", "pdf", "docx");

    static List<Path> files(Path folder) throws IOException {
        try (Stream<Path> s = Files.walk(folder)) {
            return s.filter(Files::isRegularFile).map(folder::relativize).sorted().toList();
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"analyses/school-based-mh/analysis.yaml", "analyses/bcg-vaccine/analysis.yaml"})
    void rendersEveryFormatByteIdenticallyTwice(String spec, @TempDir Path tmp) throws IOException {
        Path one = tmp.resolve("one"), two = tmp.resolve("two");
        Metareport.run(Path.of(spec), new RunOptions(one, FORMATS, List.of()));
        Metareport.run(Path.of(spec), new RunOptions(two, FORMATS, List.of()));
        List<Path> written = files(one);
        assertThat(written.stream().map(Path::toString)).as("every format of %s", spec)
                .contains("report.md", "report.html", "report.pdf", "report.docx", "results.json", "manifest.json")
                .anyMatch(f -> f.startsWith("figures/forest-") && f.endsWith(".svg"))
                .anyMatch(f -> f.startsWith("figures/forest-") && f.endsWith(".png"));
        assertThat(files(two)).as("the same files in both folders").isEqualTo(written);
        for (Path f : written)
            assertThat(Files.readAllBytes(two.resolve(f))).as("%s of %s", f, spec).isEqualTo(Files.readAllBytes(one.resolve(f)));
    }
}
