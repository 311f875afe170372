package org.metareport.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code verify --report DIR}: the journal's verification.html and verification.json. */
class VerificationReportTest {
    @TempDir
    Path tmp;
    Path spec;
    Path out;

    /** dat.bcg with one claim the data reproduce (k) and one they do not (the estimate). */
    @BeforeEach
    void runOnce() throws IOException {
        Files.copy(Path.of("src/test/resources/golden/metadat/dat.bcg.csv"), tmp.resolve("bcg.csv"));
        spec = tmp.resolve("analysis.yaml");
        Files.writeString(spec, "title: BCG <script>alert(1)</script>\ndata:\n  effects: bcg.csv\n  study: author\n"
                + "effect:\n  measure: RR\n  columns: {ai: tpos, bi: tneg, ci: cpos, di: cneg}\nanalyses:\n"
                + "  - id: overall\nclaims:\n  - {analysis: overall, k: 13}\n"
                + "  - {analysis: overall, term: intercept, estimate: -0.50, digits: 2}\nreport:\n  formats: [md]\n");
        out = tmp.resolve("out");
        assertThat(CliRunner.run("run", "-q", spec.toString(), "--out", out.toString()).exit())
                .as("first run (a claim fails: exit 3)").isEqualTo(3);
    }

    CliRunner verify(Path report) {
        return CliRunner.run("verify", spec.toString(), "--against", out.toString(), "--report", report.toString());
    }

    @Test
    void showsTheFailedClaimWithBothValues() throws IOException {
        CliRunner r = verify(tmp.resolve("report"));
        assertThat(r.exit()).as("exit; stderr: %s", r.err()).isEqualTo(3);
        Document page = Jsoup.parse(tmp.resolve("report/verification.html").toFile());
        assertThat(page.select("#verdict").text()).as("verdict").startsWith("✗ Not reproduced").contains("1 of 2 reported");
        var failed = page.select("tr.claim.fail");
        assertThat(failed).as("failed claim rows").hasSize(1);
        assertThat(failed.text()).as("failed claim row").contains("overall").contains("intercept").contains("estimate")
                .contains("−0.50").contains("−0.7145").contains("−0.71");
        assertThat(page.select("tr.claim.ok").text()).as("reproduced claim").contains("k").contains("13");
        assertThat(page.select("td.mark.fail").text()).as("mark").isEqualTo("✗");
    }

    @Test
    void recordsToolInputsAndClaimsInJson() throws IOException {
        verify(tmp.resolve("report"));
        JsonNode json = new ObjectMapper().readTree(tmp.resolve("report/verification.json").toFile());
        assertThat(json.path("schema").asText()).as("schema").isEqualTo("metareport-verification/1");
        assertThat(json.path("reproduced").asBoolean(true)).as("reproduced").isFalse();
        assertThat(json.path("tool").path("version").asText()).as("tool version").isNotEmpty();
        assertThat(json.path("tool").has("jar_sha256")).as("jar hash field").isTrue();
        assertThat(json.path("inputs").findValuesAsText("path")).as("inputs").containsExactly("analysis.yaml", "bcg.csv");
        String csvHash = org.metareport.output.Hashing.sha256(Files.readAllBytes(tmp.resolve("bcg.csv")));
        assertThat(json.path("inputs").get(1).path("sha256_now").asText()).as("csv hash").isEqualTo(csvHash);
        assertThat(json.path("claims").get(1).path("ok").asBoolean(true)).as("estimate claim ok").isFalse();
        assertThat(json.path("claims").get(1).path("reported").asText()).as("reported").isEqualTo("−0.50");
        assertThat(json.path("claims").get(1).path("reproduced").asDouble())
                .as("reproduced").isCloseTo(-0.7145323, org.assertj.core.data.Offset.offset(1e-6));
        assertThat(json.path("differences").size()).as("no differences").isZero();
    }

    @Test
    void listsEveryDifferenceWithItsPath() throws IOException {
        Path results = out.resolve("results.json");
        Files.writeString(results, Files.readString(results).replaceFirst("\"tau2\": ([0-9.]+)", "\"tau2\": 0.5"));
        verify(tmp.resolve("report"));
        Document page = Jsoup.parse(tmp.resolve("report/verification.html").toFile());
        assertThat(page.select("tr.difference").text()).as("difference row")
                .contains("analyses[overall].heterogeneity.tau2").contains("0.5").contains("0.3132");
        JsonNode json = new ObjectMapper().readTree(tmp.resolve("report/verification.json").toFile());
        assertThat(json.path("differences").findValuesAsText("path")).as("json differences")
                .contains("analyses[overall].heterogeneity.tau2");
    }

    @Test
    void writesTheSameBytesTwice() throws IOException {
        verify(tmp.resolve("a"));
        verify(tmp.resolve("b"));
        for (String f : new String[] {"verification.html", "verification.json"}) {
            assertThat(Files.readAllBytes(tmp.resolve("b").resolve(f))).as(f)
                    .isEqualTo(Files.readAllBytes(tmp.resolve("a").resolve(f)));
        }
    }

    @Test
    void escapesTheTitle() throws IOException {
        verify(tmp.resolve("report"));
        String html = Files.readString(tmp.resolve("report/verification.html"));
        assertThat(html).as("escaped title").doesNotContain("<script>").contains("&lt;script&gt;");
        assertThat(Jsoup.parse(html).select("script")).as("no script element").isEmpty();
    }

    @Test
    void keepsOtherFilesInTheReportFolder() throws IOException {
        Path dir = Files.createDirectories(tmp.resolve("report"));
        Files.writeString(dir.resolve("notes.txt"), "mine");
        verify(dir);
        assertThat(dir.resolve("notes.txt")).as("the user's file").hasContent("mine");
        try (var files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString()).sorted().toList()).as("folder")
                    .containsExactly("notes.txt", "verification.html", "verification.json");
        }
    }

    @Test
    void refusesAFileAsTheReportFolder() throws IOException {
        Path file = Files.writeString(tmp.resolve("report.txt"), "x");
        CliRunner r = verify(file);
        assertThat(r.exit()).as("exit").isEqualTo(2);
        assertThat(r.err()).as("message").startsWith("error: ").contains("--report needs a folder")
                .doesNotContain("Exception");
    }
}
