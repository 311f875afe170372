package org.metareport.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code run FOLDER}: every spec is tried, failures do not stop the others, the exit code reports them. */
class BatchTest {
    @TempDir
    Path tmp;

    void spec(String name, String measure) throws IOException {
        Path dir = Files.createDirectories(tmp.resolve("analyses").resolve(name));
        Files.copy(Path.of("src/test/resources/golden/metadat/dat.bcg.csv"), dir.resolve("bcg.csv"));
        Files.writeString(dir.resolve("analysis.yaml"), "title: BCG <" + name + ">\ndata:\n  effects: bcg.csv\n"
                + "  study: author\neffect:\n  measure: " + measure + "\n"
                + "  columns: {ai: tpos, bi: tneg, ci: cpos, di: cneg}\nanalyses:\n  - id: overall\n"
                + "report:\n  formats: [md, html]\n");
    }

    @Test
    void rendersEverySpecAndReportsTheFailures() throws IOException {
        spec("a-good", "RR");
        spec("b-bad", "RRR");
        spec("c-good", "OR");
        Path out = tmp.resolve("site");
        CliRunner r = CliRunner.run("run", tmp.resolve("analyses").toString(), "--out", out.toString());
        assertThat(r.exit()).as("exit: a bad spec").isEqualTo(2);
        assertThat(r.out()).as("progress").contains("[1/3]", "a-good/analysis.yaml: ok", "[2/3]",
                "b-bad/analysis.yaml: failed (bad input)", "[3/3]", "c-good/analysis.yaml: ok");
        assertThat(r.out()).as("summary").contains("2 of 3 analyses rendered, 1 failed");
        assertThat(r.err()).as("the bad spec's error").contains("unknown measure 'RRR'");
        assertThat(out.resolve("a-good/report.html")).as("first").exists();
        assertThat(out.resolve("c-good/report.html")).as("tried after the failure").exists();
        assertThat(out.resolve("b-bad")).as("nothing half-written").doesNotExist();
        String index = Files.readString(out.resolve("index.html"));
        assertThat(index).as("index lists the rendered ones, titles escaped")
                .contains("a-good/report.html", "c-good/report.html", "BCG &lt;a-good&gt;").doesNotContain("b-bad");
    }

    @Test
    void specsRunInParallelPrintAndWriteWhatOneThreadDoes() throws IOException {
        spec("a", "RR");
        spec("b-bad", "RRR");
        spec("c", "OR");
        spec("d", "RD");
        spec("e", "RR");
        assertThat(Batch.workers(5)).as("one worker per core (this machine: %d)", Runtime.getRuntime().availableProcessors())
                .isEqualTo(Math.min(5, Runtime.getRuntime().availableProcessors()));
        CliRunner parallel = CliRunner.run("run", tmp.resolve("analyses").toString(), "--out", tmp.resolve("p").toString());
        CliRunner serial;
        System.setProperty("metareport.threads", "1");
        try {
            assertThat(Batch.workers(5)).as("-Dmetareport.threads=1").isEqualTo(1);
            serial = CliRunner.run("run", tmp.resolve("analyses").toString(), "--out", tmp.resolve("s").toString());
        } finally {
            System.clearProperty("metareport.threads");
        }
        assertThat(parallel.exit()).as("exit").isEqualTo(serial.exit()).isEqualTo(2);
        assertThat(parallel.out().replace(tmp.resolve("p").toString(), "OUT"))
                .as("progress lines in spec order").isEqualTo(serial.out().replace(tmp.resolve("s").toString(), "OUT"));
        assertThat(parallel.err()).as("errors and warnings in spec order").isEqualTo(serial.err());
        for (String name : new String[] {"a", "c", "d", "e"}) {
            for (String file : new String[] {"report.md", "report.html", "results.json"}) {
                assertThat(tmp.resolve("p").resolve(name).resolve(file)).as(name + "/" + file)
                        .hasSameBinaryContentAs(tmp.resolve("s").resolve(name).resolve(file));
            }
        }
    }

    @Test
    void exitsZeroWhenAllSucceed() throws IOException {
        spec("only", "RR");
        CliRunner r = CliRunner.run("run", tmp.resolve("analyses").toString(), "--out", tmp.resolve("site").toString());
        assertThat(r.exit()).as("exit; stderr: %s", r.err()).isZero();
        assertThat(r.out()).as("summary").contains("1 of 1 analyses rendered");
    }

    @Test
    void saysWhenAFolderHasNoSpec() {
        CliRunner r = CliRunner.run("run", tmp.toString());
        assertThat(r.exit()).as("exit").isEqualTo(2);
        assertThat(r.err()).as("message").startsWith("error: ").contains("no analysis.yaml");
    }

    @Test
    void givesAnalysesInFoldersOfTheSameNameTheirOwnOutput() throws IOException {
        spec("a/x", "RR");
        spec("b/x", "OR");
        spec("c", "RR");
        Path out = tmp.resolve("site");
        CliRunner r = CliRunner.run("run", tmp.resolve("analyses").toString(), "--out", out.toString());
        assertThat(r.exit()).as("exit; stderr: %s", r.err()).isZero();
        assertThat(r.out()).as("found at any depth").contains("3 of 3 analyses rendered");
        assertThat(out.resolve("a-x/results.json")).as("a/x").content().contains("\"title\": \"BCG <a/x>\"");
        assertThat(out.resolve("b-x/results.json")).as("b/x").content().contains("\"title\": \"BCG <b/x>\"");
        assertThat(out.resolve("c/report.md")).as("unique names stay as they are").exists();
        assertThat(out.resolve("x")).as("no shared folder").doesNotExist();
        assertThat(Files.readString(out.resolve("index.html"))).as("index").contains("a-x/report.html", "b-x/report.html");
    }

    @Test
    void namesDifferingOnlyInCaseDoNotShareAFolder() throws IOException {
        spec("Trial", "RR");
        spec("trial", "OR");
        Path out = tmp.resolve("site");
        CliRunner r = CliRunner.run("run", tmp.resolve("analyses").toString(), "--out", out.toString());
        assertThat(r.exit()).as("exit; stderr: %s", r.err()).isZero();
        assertThat(r.out()).as("progress").contains("-> " + out.resolve("Trial"), "-> " + out.resolve("trial-2"));
        assertThat(out.resolve("Trial/results.json")).as("first in order").content().contains("\"title\": \"BCG <Trial>\"");
        assertThat(out.resolve("trial-2/results.json")).as("second").content().contains("\"title\": \"BCG <trial>\"");
    }

    @Test
    void namesAreUniqueAndTheSameEveryTime() {
        Path root = Path.of("reviews");
        var specs = java.util.List.of(root.resolve("analysis.yaml"), root.resolve("2023/x/analysis.yaml"),
                root.resolve("2024/X/analysis.yaml"), root.resolve("reviews/analysis.yaml"), root.resolve("y/analysis.yaml"),
                root.resolve("z/2023-x/analysis.yaml"));
        assertThat(Batch.names(root, specs).values()).as("names")
                .containsExactly("reviews", "2023-x", "2024-X", "reviews-2", "y", "2023-x-2");
        assertThat(Batch.names(root, specs)).as("deterministic").isEqualTo(Batch.names(root, specs));
    }

    @Test
    void refusesAnIndexPageItDidNotWriteUnlessForced() throws IOException {
        spec("only", "RR");
        Path out = Files.createDirectories(tmp.resolve("site"));
        Files.writeString(out.resolve("index.html"), "<h1>My homepage</h1>");
        Files.writeString(out.resolve("notes.txt"), "mine");
        CliRunner r = CliRunner.run("run", tmp.resolve("analyses").toString(), "--out", out.toString());
        assertThat(r.exit()).as("exit").isEqualTo(2);
        assertThat(r.err()).as("message").startsWith("error: --out " + out + ": ").contains("index.html was not written "
                + "by metareport", "--force").doesNotContain("Exception", "\tat ");
        assertThat(out.resolve("index.html")).as("kept").hasContent("<h1>My homepage</h1>");
        assertThat(out.resolve("only")).as("nothing run").doesNotExist();
        CliRunner forced = CliRunner.run("run", tmp.resolve("analyses").toString(), "--out", out.toString(), "--force");
        assertThat(forced.exit()).as("exit with --force; stderr: %s", forced.err()).isZero();
        assertThat(out.resolve("index.html")).as("overwritten").content().contains("only/report.html");
        assertThat(out.resolve("notes.txt")).as("other files in the folder are left alone").hasContent("mine");
    }

    @Test
    void writesIntoAFolderOfOtherFilesAndRunsAgainIntoIt() throws IOException {
        spec("only", "RR");
        Path out = Files.createDirectories(tmp.resolve("site"));
        Files.writeString(out.resolve("notes.txt"), "mine");
        for (int run = 1; run <= 2; run++) {
            CliRunner r = CliRunner.run("run", tmp.resolve("analyses").toString(), "--out", out.toString());
            assertThat(r.exit()).as("run %d; stderr: %s", run, r.err()).isZero();
        }
        assertThat(out.resolve("notes.txt")).as("left alone").hasContent("mine");
        assertThat(out.resolve("only/report.md")).as("report").exists();
    }

    @Test
    void refusesASubfolderItDidNotWriteAndGoesOn() throws IOException {
        spec("a", "RR");
        spec("b", "RR");
        Path out = Files.createDirectories(tmp.resolve("site/a"));
        Files.writeString(out.resolve("chapter1.tex"), "mine");
        CliRunner r = CliRunner.run("run", tmp.resolve("analyses").toString(), "--out", tmp.resolve("site").toString());
        assertThat(r.exit()).as("exit").isEqualTo(2);
        assertThat(r.err()).as("message").contains("error: --out " + out + ": the output folder holds files metareport "
                + "did not write (chapter1.tex)");
        assertThat(r.out()).as("progress").contains("a/analysis.yaml: failed (bad input)", "b/analysis.yaml: ok");
        assertThat(out.resolve("chapter1.tex")).as("kept").hasContent("mine");
    }

    @Test
    void refusesTheFolderOfSpecsAsOutput() throws IOException {
        spec("a", "RR");
        Path analyses = tmp.resolve("analyses");
        for (Path out : java.util.List.of(analyses, tmp, Path.of("/"))) {
            CliRunner r = CliRunner.run("run", analyses.toString(), "--out", out.toString(), "--force");
            assertThat(r.exit()).as("exit for %s", out).isEqualTo(2);
            assertThat(r.err()).as("message for %s", out).startsWith("error: --out " + out + ": the output folder ")
                    .doesNotContain("Exception");
        }
        assertThat(analyses.resolve("a/analysis.yaml")).as("spec").exists();
        assertThat(analyses.resolve("index.html")).as("no index").doesNotExist();
    }

    @Test
    void skipsItsOwnOutputFoldersWhenLookingForSpecs() throws IOException {
        spec("a", "RR");
        Path out = tmp.resolve("analyses/site");
        assertThat(CliRunner.run("run", tmp.resolve("analyses").toString(), "--out", out.toString()).exit()).isZero();
        Files.copy(tmp.resolve("analyses/a/analysis.yaml"), out.resolve("a/analysis.yaml"));   // a copy in a report
        CliRunner again = CliRunner.run("run", tmp.resolve("analyses").toString(), "--out", out.toString());
        assertThat(again.out()).as("one spec, not the copy in the output").contains("1 of 1 analyses rendered");
    }
}
