package org.metareport.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code diff OLD NEW}: what changed between two runs of a living review. */
class DiffTest {
    @TempDir
    Path tmp;
    Path spec;
    Path csv;

    @BeforeEach
    void bcg() throws IOException {
        csv = Files.copy(Path.of("src/test/resources/golden/metadat/dat.bcg.csv"), tmp.resolve("bcg.csv"));
        spec = tmp.resolve("analysis.yaml");
        Files.writeString(spec, "title: BCG\ndata:\n  effects: bcg.csv\n  study: author\neffect:\n  measure: RR\n"
                + "  columns: {ai: tpos, bi: tneg, ci: cpos, di: cneg}\nanalyses:\n  - id: overall\n"
                + "report:\n  formats: [md]\n");
    }

    Path run(String name) {
        Path out = tmp.resolve(name);
        CliRunner r = CliRunner.run("run", "-q", spec.toString(), "--out", out.toString());
        assertThat(r.exit()).as("run %s: %s", name, r.err()).isZero();
        return out;
    }

    void edit(String from, String to) throws IOException {
        String text = Files.readString(csv);
        assertThat(text).as("data").contains(from);
        Files.writeString(csv, text.replace(from, to));
    }

    @Test
    void namesTheEditedStudyAndTheEstimatesThatMoved() throws IOException {
        Path v1 = run("v1");
        edit("\n1,Aronson,1948,4,", "\n1,Aronson,1948,40,");
        Path v2 = run("v2");
        CliRunner r = CliRunner.run("diff", v1.toString(), v2.toString());
        assertThat(r.exit()).as("exit; %s", r.err()).isZero();
        assertThat(r.out()).as("console table")
                .contains("studies: 0 added, 0 removed, 1 changed")
                .containsPattern("~ +Aronson +1 of 1 changed")
                .containsPattern("~ +bcg\\.csv")
                .containsPattern("overall +intercept +-0\\.7145 \\[-1\\.0669, -0\\.3622\\] +-0\\.5728 \\[-1\\.0213, -0\\.1243\\] +\\+0\\.1417")
                .containsPattern("overall +tau2 +0\\.3132");
        assertThat(r.out()).as("other studies unchanged").doesNotContain("Rosenthal");
    }

    @Test
    void listsStudiesAddedAndRemoved() throws IOException {
        Path v1 = run("v1");
        String text = Files.readString(csv);
        String aronson = text.lines().filter(l -> l.contains(",Aronson,")).findFirst().orElseThrow();
        Files.writeString(csv, text.replace(aronson + "\r\n", "") + aronson.replace("Aronson", "Newcomer 2025")
                .replaceFirst("^1,", "14,") + "\r\n");
        Path v2 = run("v2");
        CliRunner r = CliRunner.run("diff", v1.toString(), v2.toString());
        assertThat(r.out()).as("table").contains("studies: 1 added, 1 removed, 0 changed")
                .containsPattern("\\+ +Newcomer 2025 +1 added").containsPattern("- +Aronson +1 removed");
    }

    @Test
    void reportsAConclusionThatChanged() throws IOException {
        Files.writeString(tmp.resolve("pre.csv"), "study,yi,vi\nA,0.30,0.01\nB,0.25,0.02\nC,0.35,0.015\n");
        Files.writeString(spec, "title: Three studies\ndata:\n  effects: pre.csv\n  study: study\neffect:\n"
                + "  measure: PRE\n  columns: {yi: yi, vi: vi}\nanalyses:\n  - id: overall\n    model: fixed\n");
        Path v1 = run("v1");
        Files.writeString(tmp.resolve("pre.csv"), "study,yi,vi\nA,-0.30,0.01\nB,0.25,0.02\nC,0.05,0.015\n");
        Path v2 = run("v2");
        CliRunner r = CliRunner.run("diff", v1.toString(), v2.toString(), "--format", "json");
        JsonNode json = new ObjectMapper().readTree(r.out());
        assertThat(json.path("schema").asText()).as("schema").isEqualTo("metareport-diff/1");
        assertThat(json.path("conclusions").findValuesAsText("kind")).as("conclusions")
                .containsExactly("direction", "significance");
        assertThat(json.path("conclusions").get(0).path("before").asText()).as("before").startsWith("positive (0.3");
        assertThat(json.path("conclusions").get(0).path("after").asText()).as("after").startsWith("negative (-0.0");
        assertThat(json.path("conclusions").get(1).path("before").asText()).as("significance before")
                .startsWith("significant at 0.0500");
        assertThat(json.path("studies").findValuesAsText("study")).as("studies").containsExactly("A", "C");
        assertThat(json.path("estimates").get(0).path("before").path("value").asDouble()).as("before estimate")
                .isGreaterThan(0.25);
    }

    @Test
    void writesMarkdownWithStudyLabelsEscaped() throws IOException {
        Path v1 = run("v1");
        String text = Files.readString(csv);
        Files.writeString(csv, text.replace(",Aronson,", ",<b>Aronson | x</b>,"));
        Path v2 = run("v2");
        CliRunner r = CliRunner.run("diff", v1.toString(), v2.toString(), "--format", "md");
        assertThat(r.out()).as("markdown").startsWith("## Changes since the last version\n")
                .contains("| \\<b\\>Aronson \\| x\\</b\\> | added | 1 added |")
                .contains("| Aronson | removed | 1 removed |")
                .doesNotContain("<b>");
    }

    @Test
    void saysNoChangeForTheSameRun() {
        Path v1 = run("v1");
        Path v2 = run("v2");
        CliRunner r = CliRunner.run("diff", v1.toString(), v2.toString());
        assertThat(r.out()).as("table").contains("no change");
        assertThat(CliRunner.run("diff", v1.toString(), v2.toString(), "--format", "md").out()).as("md")
                .contains("No change");
    }

    @Test
    void acceptsResultsFilesAndRefusesOtherJson() throws IOException {
        Path v1 = run("v1");
        CliRunner ok = CliRunner.run("diff", v1.resolve("results.json").toString(), v1.toString());
        assertThat(ok.exit()).as("results.json named directly; %s", ok.err()).isZero();
        assertThat(ok.out()).as("same run").contains("no change");
        Path other = Files.writeString(tmp.resolve("other.json"), "{\"a\": 1}");
        CliRunner bad = CliRunner.run("diff", other.toString(), v1.toString());
        assertThat(bad.exit()).as("exit").isEqualTo(2);
        assertThat(bad.err()).as("message").contains("not a metareport results.json");
    }

    @Test
    void failsOnAFolderWithoutResults() {
        Path v1 = run("v1");
        CliRunner r = CliRunner.run("diff", v1.toString(), tmp.resolve("nothing").toString());
        assertThat(r.exit()).as("exit").isEqualTo(2);
        assertThat(r.err()).as("message").startsWith("error: ").contains("no results.json").doesNotContain("Exception");
        CliRunner f = CliRunner.run("diff", v1.toString(), v1.toString(), "--format", "xml");
        assertThat(f.exit()).as("bad format exit").isEqualTo(2);
        assertThat(f.err()).as("bad format").contains("use text, md or json");
    }
}
