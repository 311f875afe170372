package org.metareport.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.metareport.Subprocess;

/**
 * A run stopped in the middle of staging leaves nothing behind: SIGTERM runs the shutdown hook that removes the
 * staging folder; after SIGKILL (no hook can run) the next run into the same folder removes it. The child pauses
 * once its staging folder is open ({@code org.metareport.PausingMain}), so nothing here depends on timing.
 */
class InterruptTest {
    @TempDir
    Path tmp;
    Path spec;
    Path out;
    Path errFile;
    final List<Process> started = new java.util.ArrayList<>();

    /** No child outlives its test, whatever failed. */
    @org.junit.jupiter.api.AfterEach
    void stopChildren() throws InterruptedException {
        for (Process p : started) {
            if (p.isAlive()) p.destroyForcibly().waitFor();
        }
    }

    @BeforeEach
    void setUp() throws IOException {
        spec = OutputSafetyTest.review(tmp.resolve("rev"));
        out = tmp.resolve("site/report");
        errFile = tmp.resolve("child.err");
    }

    /** Starts a run that pauses with its staging folder open; returns the process and that folder. */
    record Paused(Process process, Path staging) {}

    Paused pausedRun(String... args) throws IOException {
        Process p = Subprocess.start(tmp, errFile, List.of(), "org.metareport.PausingMain", args);
        started.add(p);
        String line = Subprocess.awaitLine(p, "staging ");
        Path staging = Path.of(line.substring("staging ".length()));
        assertThat(staging).as("the open staging folder").isDirectory();
        return new Paused(p, staging);
    }

    static List<String> names(Path dir) throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    void sigtermRemovesTheStagingFolder() throws Exception {
        Paused run = pausedRun("run", "-q", spec.toString(), "--out", out.toString());
        assertThat(run.staging().getParent()).as("staged beside the target").isEqualTo(out.getParent());
        assertThat(run.staging().getFileName().toString()).as("name").startsWith(".report.staging-");
        run.process().destroy();   // SIGTERM
        int exit = Subprocess.waitFor(run.process());
        assertThat(exit).as("stopped, not finished").isNotZero();
        assertThat(run.staging()).as("staging folder removed by the shutdown hook").doesNotExist();
        assertThat(names(out.getParent())).as("nothing left beside the target").isEmpty();
        assertThat(Files.readString(errFile)).as("no Java on stderr").doesNotContain("\tat ", "Exception");
    }

    @Test
    void sigtermRemovesVerifysTemporaryRun() throws Exception {
        assertThat(CliRunner.run("run", "-q", spec.toString(), "--out", out.toString()).exit()).as("first run").isZero();
        Paused verify = pausedRun("verify", spec.toString(), "--against", out.toString());
        assertThat(verify.staging()).as("verify's re-run").isDirectory();
        verify.process().destroy();
        Subprocess.waitFor(verify.process());
        assertThat(verify.staging()).as("temporary re-run removed").doesNotExist();
        assertThat(names(out.getParent())).as("the earlier run alone").containsExactly("report");
    }

    @Test
    void theNextRunRemovesWhatAKilledRunLeft() throws Exception {
        Paused run = pausedRun("run", "-q", spec.toString(), "--out", out.toString());
        run.process().destroyForcibly();   // SIGKILL: no shutdown hook runs
        Subprocess.waitFor(run.process());
        assertThat(run.staging()).as("left behind by the killed run").isDirectory();
        // a folder of that name without the marker is not metareport's: it stays
        Path foreign = Files.createDirectories(out.getParent().resolve(".report.staging-mine"));
        Files.writeString(foreign.resolve("draft.txt"), "mine");
        CliRunner next = CliRunner.run("run", "-q", spec.toString(), "--out", out.toString());
        assertThat(next.exit()).as("exit; stderr: %s", next.err()).isZero();
        assertThat(run.staging()).as("stale staging folder removed").doesNotExist();
        assertThat(names(out.getParent())).as("left").containsExactly(".report.staging-mine", "report");
        assertThat(foreign.resolve("draft.txt")).as("someone else's file").hasContent("mine");
    }

    @Test
    void aRunLeavesAnotherRunsLiveStagingFolderAlone() throws Exception {
        Paused other = pausedRun("run", "-q", spec.toString(), "--out", out.toString());
        try {
            CliRunner next = CliRunner.run("run", "-q", spec.toString(), "--out", out.toString());
            assertThat(next.exit()).as("exit; stderr: %s", next.err()).isZero();
            assertThat(other.staging()).as("the paused run's staging folder, still in use").isDirectory();
            assertThat(other.staging().resolve(".metareport")).as("and its marker").isRegularFile();
        } finally {
            other.process().destroy();
            Subprocess.waitFor(other.process());
        }
        assertThat(other.staging()).as("gone once that run is stopped").doesNotExist();
    }
}
