package org.metareport;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The example report linked from the README ({@code docs/example/}) is what the current code writes. Its text
 * outputs are compared; {@code mvn test -Dsnapshots.update=true} rewrites the whole folder (review the diff), as
 * pandoc's {@code --accept}.
 */
class ExampleSnapshotTest {
    static final Path SNAPSHOT = Path.of("docs/example");
    static final List<String> COMPARED = List.of("report.md", "results.json");

    @Test
    void docsExampleIsUpToDate(@TempDir Path tmp) throws IOException {
        Path out = tmp.resolve("school-based-mh");
        Metareport.run(Path.of("analyses/school-based-mh/analysis.yaml"),
                new RunOptions(out, null, List.of("run", "analyses/school-based-mh/analysis.yaml")));
        if (Boolean.getBoolean("snapshots.update")) {
            try (var files = Files.walk(out)) {
                for (Path p : (Iterable<Path>) files.filter(Files::isRegularFile)::iterator) {
                    Path to = SNAPSHOT.resolve(out.relativize(p).toString());
                    Files.createDirectories(to.getParent());
                    Files.copy(p, to, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
        for (String f : COMPARED) {
            assertThat(Files.readString(out.resolve(f))).as("%s (run mvn test -Dtest=ExampleSnapshotTest "
                    + "-Dsnapshots.update=true and review the diff)", f).isEqualTo(Files.readString(SNAPSHOT.resolve(f)));
        }
    }
}
