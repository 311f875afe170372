package org.metareport.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.metareport.output.Hashing;

class MainTest {
    static final String EXAMPLE = "analyses/school-based-mh/analysis.yaml";

    @TempDir
    Path tmp;

    @Test
    void theCommandLineAsksForJniTextShapingUnlessTheUserChoseOne() {
        String before = System.getProperty(Main.TEXT_SHAPING);
        try {
            System.clearProperty(Main.TEXT_SHAPING);
            Main.preferJniTextShaping();
            assertThat(System.getProperty(Main.TEXT_SHAPING)).isEqualTo("false");
            System.setProperty(Main.TEXT_SHAPING, "true");                 // -Dsun.font.layout.ffm=true on the command line
            Main.preferJniTextShaping();
            assertThat(System.getProperty(Main.TEXT_SHAPING)).isEqualTo("true");
        } finally {
            if (before == null) System.clearProperty(Main.TEXT_SHAPING); else System.setProperty(Main.TEXT_SHAPING, before);
        }
    }

    @Test
    void onlyTheLaunchersRecordingRunIsOne() {
        // bin/metareport sets -Dmetareport.training (possibly empty) on the run that makes the archive, and on no other
        String before = System.getProperty("metareport.training");
        try {
            System.clearProperty("metareport.training");
            assertThat(org.metareport.Metareport.recordingArchive()).isFalse();
            System.setProperty("metareport.training", "");
            assertThat(org.metareport.Metareport.recordingArchive()).isTrue();
        } finally {
            if (before == null) System.clearProperty("metareport.training"); else System.setProperty("metareport.training", before);
        }
    }

    @Test
    void printsHelpAndVersionWithExitZero() {
        CliRunner help = CliRunner.run("--help");
        assertThat(help.exit()).as("--help exit").isZero();
        assertThat(help.out()).as("--help lists commands").contains("run", "validate");
        CliRunner version = CliRunner.run("--version");
        assertThat(version.exit()).as("--version exit").isZero();
        assertThat(version.out()).as("--version").startsWith("metareport ");
    }

    @Test
    void rejectsAnUnknownCommandAsBadInput() {
        CliRunner r = CliRunner.run("frobnicate");
        assertThat(r.exit()).as("exit").isEqualTo(2);
        assertThat(r.err()).as("stderr").startsWith("error: ").doesNotContain("Exception");
    }

    @Test
    void validatesTheExampleWithoutWritingAnything() {
        CliRunner r = CliRunner.run("validate", EXAMPLE);
        assertThat(r.exit()).as("exit; stderr: %s", r.err()).isZero();
        assertThat(r.out()).as("stdout").contains("ok");
    }

    @Test
    void runsTheExampleAndPrintsAMetaforLikeSummary() {
        Path out = tmp.resolve("out");
        CliRunner r = CliRunner.run("run", EXAMPLE, "--out", out.toString(), "--format", "md");
        assertThat(r.exit()).as("exit; stderr: %s", r.err()).isZero();
        assertThat(r.out()).as("summary").contains("Random-Effects Model (k = 79; tau^2 estimator: REML)")
                .contains("0.4264");
        assertThat(out.resolve("report.md")).as("report.md").exists();
        assertThat(out.resolve("results.json")).as("results.json").exists();
        assertThat(out.resolve("manifest.json")).as("manifest.json").content().contains("\"sha256\"")
                .contains("\"command\"").contains("analysis.yaml");
    }

    @Test
    void writesByteIdenticalFilesOnTwoRuns() throws Exception {
        Path a = tmp.resolve("a"), b = tmp.resolve("b");
        assertThat(CliRunner.run("run", "-q", EXAMPLE, "--out", a.toString()).exit()).as("first run").isZero();
        assertThat(CliRunner.run("run", "-q", EXAMPLE, "--out", b.toString()).exit()).as("second run").isZero();
        Map<String, String> ha = hashes(a), hb = hashes(b);
        assertThat(ha).as("files written").isNotEmpty().containsKeys("report.md", "results.json", "manifest.json");
        // the manifest records the command, which names the output folder: compare it without that line
        ha.remove("manifest.json");
        hb.remove("manifest.json");
        assertThat(hb).as("hash of every output").isEqualTo(ha);
        String ma = Files.readString(a.resolve("manifest.json")).replace(a.toString(), "DIR");
        String mb = Files.readString(b.resolve("manifest.json")).replace(b.toString(), "DIR");
        assertThat(mb).as("manifest apart from the output folder").isEqualTo(ma);
    }

    @Test
    void refusesAnUnknownOrEmptyFormatAsUsage() {
        for (String[] c : new String[][] {{"xyz", "--format: unknown format 'xyz'; choose md, html, pdf, docx"},
                {"md,word", "--format: unknown format 'word'; choose md, html, pdf, docx"},
                {"", "--format: no format given; choose one or more of md, html, pdf, docx"},
                {",", "--format: no format given"}}) {
            Path out = tmp.resolve("out");
            CliRunner r = CliRunner.run("run", "-q", EXAMPLE, "--out", out.toString(), "--format", c[0]);
            assertThat(r.exit()).as("exit for --format '%s'", c[0]).isEqualTo(2);
            assertThat(r.err()).as("stderr for --format '%s'", c[0]).startsWith("error: " + c[1])
                    .doesNotContain("Exception", "\tat ");
            assertThat(out).as("nothing written for --format '%s'", c[0]).doesNotExist();
        }
    }

    @Test
    void acceptsFormatsInAnyCaseOnce() throws Exception {
        Path out = tmp.resolve("out");
        CliRunner r = CliRunner.run("run", "-q", "src/test/resources/pipeline/hostile/analysis.yaml", "--out",
                out.toString(), "--format", "MD, md");
        assertThat(r.exit()).as("exit; stderr: %s", r.err()).isZero();
        assertThat(out.resolve("report.md")).as("md").exists();
        assertThat(out.resolve("report.html")).as("only md").doesNotExist();
    }

    @Test
    void refusesEmptyPathsAsUsage() {
        for (String[] args : new String[][] {{"run", ""}, {"validate", ""}, {"verify", ""},
                {"verify", EXAMPLE, "--against", ""}}) {
            CliRunner r = CliRunner.run(args);
            assertThat(r.exit()).as("exit of %s", String.join(" ", args)).isEqualTo(2);
            assertThat(r.err()).as("stderr of %s", String.join(" ", args)).startsWith("error: ")
                    .contains("the path is empty").doesNotContain("Exception");
        }
    }

    @Test
    void helpNamesForceAndWhatItCannotOverride() {
        CliRunner r = CliRunner.run("run", "--help");
        assertThat(r.exit()).as("exit").isZero();
        assertThat(r.out()).as("help").contains("--force", "never the spec's folder");
    }

    static Map<String, String> hashes(Path dir) throws Exception {
        Map<String, String> m = new TreeMap<>();
        try (Stream<Path> s = Files.walk(dir)) {
            for (Path p : (Iterable<Path>) s.filter(Files::isRegularFile)::iterator) {
                m.put(dir.relativize(p).toString(), Hashing.sha256(Files.readAllBytes(p)));
            }
        }
        return m;
    }
}
