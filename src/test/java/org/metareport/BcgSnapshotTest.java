package org.metareport;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The second example's text outputs stay byte-identical: dat.bcg (every τ² estimator, Knapp–Hartung,
 * meta-regressions, bias and sensitivity) as report.md and results.json, beside the school-based example that
 * {@link ExampleSnapshotTest} keeps. A refactoring that changes a byte here changed behaviour; a deliberate change
 * rewrites the snapshot with {@code mvn test -Dtest=BcgSnapshotTest -Dsnapshots.update=true} (review the diff).
 */
class BcgSnapshotTest {
    static final Path SPEC = Path.of("src/test/resources/pipeline/bcg/analysis.yaml");
    static final Path SNAPSHOT = Path.of("src/test/resources/snapshots/bcg");
    static final List<String> COMPARED = List.of("report.md", "results.json");

    @Test
    void bcgReportAndResultsAreUnchanged(@TempDir Path tmp) throws IOException {
        Path out = tmp.resolve("bcg");
        Metareport.run(SPEC, new RunOptions(out, List.of("md"), List.of("run", SPEC.toString())));
        for (String f : COMPARED) {
            if (Boolean.getBoolean("snapshots.update")) {
                Files.createDirectories(SNAPSHOT);
                Files.copy(out.resolve(f), SNAPSHOT.resolve(f), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            }
            assertThat(Files.readString(out.resolve(f))).as("%s (run mvn test -Dtest=BcgSnapshotTest "
                    + "-Dsnapshots.update=true and review the diff)", f).isEqualTo(Files.readString(SNAPSHOT.resolve(f)));
        }
    }
}
