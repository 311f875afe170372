package org.metareport.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code --allow-read DIR} and {@code --max-input-size SIZE} on validate, run and verify. */
class ReadOptionsTest {
    private static Path layout(Path dir) throws IOException {
        Path spec = Files.createDirectories(dir.resolve("spec")).resolve("analysis.yaml");
        Files.createDirectories(dir.resolve("shared"));
        Files.writeString(dir.resolve("shared/findings.csv"), "study,m1,sd1,n1,m2,sd2,n2\nA,1,1,10,0,1,10\nB,2,1,10,1,1,10\n");
        Files.writeString(spec, """
                title: Shared data
                data:
                  effects: ../shared/findings.csv
                  study: study
                effect:
                  measure: SMD
                  columns: {m1i: m1, sd1i: sd1, n1i: n1, m2i: m2, sd2i: sd2, n2i: n2}
                analyses:
                  - id: overall
                """);
        return spec;
    }

    @Test
    void readsOutsideTheSpecsFolderOnlyWhenAllowed(@TempDir Path dir) throws IOException {
        Path spec = layout(dir);

        CliRunner refused = CliRunner.run("validate", spec.toString());
        CliRunner allowed = CliRunner.run("validate", "--allow-read", dir.resolve("shared").toString(), spec.toString());

        assertThat(refused.exit()).isEqualTo(2);
        assertThat(refused.err()).contains("data file '../shared/findings.csv' lies outside the spec's folder",
                "--allow-read DIR");
        assertThat(allowed.exit()).as(allowed.err()).isZero();
        assertThat(allowed.out()).endsWith(": ok\n");
    }

    @Test
    void runAndVerifyTakeTheOptionToo(@TempDir Path dir) throws IOException {
        Path spec = layout(dir);
        String shared = dir.resolve("shared").toString();
        Path out = dir.resolve("out");

        CliRunner run = CliRunner.run("run", "-q", "--format", "md", "--allow-read", shared, spec.toString(), "--out",
                out.toString());
        CliRunner verify = CliRunner.run("verify", "--allow-read", shared, spec.toString(), "--against", out.toString());

        assertThat(run.exit()).as(run.err()).isZero();
        assertThat(verify.err()).doesNotContain("lies outside");
    }

    @Test
    void limitsTheSizeOfADataFile(@TempDir Path dir) throws IOException {
        Path spec = layout(dir);
        String shared = dir.resolve("shared").toString();

        CliRunner small = CliRunner.run("validate", "--allow-read", shared, "--max-input-size", "10", spec.toString());
        CliRunner wrong = CliRunner.run("validate", "--max-input-size", "lots", spec.toString());
        CliRunner noFolder = CliRunner.run("validate", "--allow-read", dir.resolve("nowhere").toString(), spec.toString());

        assertThat(small.exit()).isEqualTo(2);
        assertThat(small.err()).contains("data file '../shared/findings.csv' is 58 bytes, more than the 10 bytes a spec "
                + "may read; raise the limit with --max-input-size SIZE");
        assertThat(wrong.exit()).isEqualTo(2);
        assertThat(wrong.err()).contains("'lots' is not a size");
        assertThat(noFolder.exit()).isEqualTo(2);
        assertThat(noFolder.err()).contains("no folder");
    }
}
