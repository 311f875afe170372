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
 * The second example linked from the README ({@code docs/example-bcg-vaccine/}, from {@code analyses/bcg-vaccine/}) is
 * what the current code writes, as {@link ExampleSnapshotTest} keeps the school-based one: report.md and results.json
 * are compared; {@code mvn test -Dtest=BcgVaccineSnapshotTest -Dsnapshots.update=true} rewrites the whole folder
 * (review the diff).
 */
class BcgVaccineSnapshotTest {
    static final Path SPEC = Path.of("analyses/bcg-vaccine/analysis.yaml");
    static final Path SNAPSHOT = Path.of("docs/example-bcg-vaccine");
    static final List<String> COMPARED = List.of("report.md", "results.json");

    @Test
    void bcgVaccineExampleIsUpToDate(@TempDir Path tmp) throws IOException {
        Path out = tmp.resolve("bcg-vaccine");
        Metareport.run(SPEC, new RunOptions(out, null, List.of("run", SPEC.toString())));
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
            assertThat(Files.readString(out.resolve(f))).as("%s (run mvn test -Dtest=BcgVaccineSnapshotTest "
                    + "-Dsnapshots.update=true and review the diff)", f).isEqualTo(Files.readString(SNAPSHOT.resolve(f)));
        }
    }
}
