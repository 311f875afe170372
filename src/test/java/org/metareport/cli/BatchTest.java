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
}
