package org.metareport.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.metareport.Metareport;

/** The {@code watch} command's usage errors and manifest command, and the benchmark's synthetic review. */
class WatchCommandTest {
    @Test
    void watchRefusesAFolderOrAMissingSpecAndABadPort(@TempDir Path tmp) {
        CliRunner folder = CliRunner.run("watch", tmp.toString());
        assertThat(folder.exit()).isEqualTo(2);
        assertThat(folder.err()).startsWith("error: SPEC: ").contains("watch takes one spec");
        assertThat(CliRunner.run("watch", tmp.resolve("none.yaml").toString()).exit()).isEqualTo(2);
        CliRunner served = CliRunner.run("watch", "--serve", tmp.resolve("none.yaml").toString());
        assertThat(served.exit()).as("--serve SPEC: SPEC is the spec, not a port").isEqualTo(2);
        assertThat(served.err()).startsWith("error: SPEC: ");
        CliRunner port = CliRunner.run("watch", "src/test/resources/pipeline/bcg/analysis.yaml", "--serve", "70000");
        assertThat(port.exit()).isEqualTo(2);
        assertThat(port.err()).contains("--serve: the port must be 0 to 65535");
    }

    @Test
    void watchRefusesAnOutputFolderItMayNotWriteBeforeWatching(@TempDir Path tmp) throws IOException {
        Path foreign = Files.createDirectories(tmp.resolve("theirs"));
        Files.writeString(foreign.resolve("notes.txt"), "mine");
        CliRunner r = CliRunner.run("watch", "src/test/resources/pipeline/bcg/analysis.yaml", "--out", foreign.toString());
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).startsWith("error: --out ");
        assertThat(foreign.resolve("notes.txt")).hasContent("mine");
    }

    @Test
    void theManifestRecordsTheEquivalentRunCommand() {
        assertThat(Watch.runCommand(List.of("watch", "a/analysis.yaml", "--serve", "--out", "o")))
                .containsExactly("run", "a/analysis.yaml", "--out", "o");
        assertThat(Watch.runCommand(List.of("watch", "--serve", "8000", "a.yaml", "--format", "md")))
                .containsExactly("run", "a.yaml", "--format", "md");
        assertThat(Watch.runCommand(List.of("watch", "a.yaml", "--serve=0"))).containsExactly("run", "a.yaml");
    }

    @Test
    void theSyntheticReviewIsTheSameEveryTimeAndRuns(@TempDir Path tmp) throws IOException {
        int k = SyntheticReview.write(tmp.resolve("a"), SyntheticReview.SEED);
        SyntheticReview.write(tmp.resolve("b"), SyntheticReview.SEED);
        assertThat(k).isBetween(110, 160);
        assertThat(Files.readAllBytes(tmp.resolve("a/effects.csv"))).isEqualTo(Files.readAllBytes(tmp.resolve("b/effects.csv")));
        assertThat(Files.readString(tmp.resolve("a/analysis.yaml")).lines().filter(l -> l.matches("\\s+- (\\{id|id):.*")))
                .hasSize(20);
        Metareport.validate(tmp.resolve("a/analysis.yaml"));
    }
}
