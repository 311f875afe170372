package org.metareport.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Documented fallbacks: the run succeeds, says what it did on stderr, and records it; never NaN in a report. */
class WarningsTest {
    @TempDir
    Path tmp;

    static final String CSV = "study,year,year2,n1,m1,sd1,n2,m2,sd2\n"
            + "A,2001,4002,20,5.1,2.0,22,4.2,2.1\nB,2003,4006,35,6.0,2.5,30,5.5,2.4\n"
            + "C,2005,4010,50,4.8,1.9,48,4.9,2.0\nD,2008,4016,18,7.2,3.1,20,5.9,3.0\n"
            + "E,2010,4020,40,5.0,2.0,40,,2.0\n";

    Path spec(String analysis) throws IOException {
        Files.writeString(tmp.resolve("data.csv"), CSV);
        Path spec = tmp.resolve("analysis.yaml");
        Files.writeString(spec, "title: Warnings\ndata:\n  effects: data.csv\n  study: study\neffect:\n  measure: SMD\n"
                + "  columns: {m1i: m1, sd1i: sd1, n1i: n1, m2i: m2, sd2i: sd2, n2i: n2}\nanalyses:\n" + analysis);
        return spec;
    }

    JsonNode run(Path spec, CliRunner[] holder) throws IOException {
        Path out = tmp.resolve("out");
        CliRunner r = CliRunner.run("run", "-q", spec.toString(), "--out", out.toString(), "--format", "md");
        holder[0] = r;
        assertThat(r.exit()).as("exit; stderr: %s", r.err()).isZero();
        assertThat(Files.readString(out.resolve("report.md"))).as("report has no NaN").doesNotContain("NaN");
        return new ObjectMapper().readTree(out.resolve("results.json").toFile());
    }

    @Test
    void omitsRowsWithMissingInputsAndSaysWhich() throws IOException {
        CliRunner[] r = new CliRunner[1];
        JsonNode results = run(spec("  - id: overall\n"), r);
        assertThat(r[0].err()).as("warning").contains("warning: 1 row with missing values omitted (row 6: no value in 'm2')");
        assertThat(results.get("effects").size()).as("effects used").isEqualTo(4);
        assertThat(results.get("warnings").get(0).asText()).as("recorded").contains("row 6");
    }

    @Test
    void dropsACollinearDummyOfAModeratorAndSaysSo() throws IOException {
        // type[b] repeats x; type[c] can still be estimated, so the moderator stays (as in metafor) and the drop is reported
        CliRunner[] r = new CliRunner[1];
        Path spec = spec("  - id: overall\n    moderators: [x, type]\n");
        Files.writeString(tmp.resolve("data.csv"), "study,n1,m1,sd1,n2,m2,sd2,x,type\nA,50,5.0,2,50,4.6,2,0,a\n"
                + "B,40,6.0,2,40,4.1,2,1,b\nC,30,5.5,2,30,5.0,2,0,c\nD,60,5.2,2,60,4.4,2,1,b\nE,45,5.9,2,45,5.3,2,0,a\n"
                + "F,35,6.1,2,35,4.0,2,1,b\n");
        JsonNode results = run(spec, r);
        assertThat(r[0].err()).as("warning").contains("redundant predictors dropped").contains("type[b]");
        JsonNode a = results.get("analyses").get(0);
        assertThat(a.get("dropped_redundant").get(0).asText()).as("dropped").isEqualTo("type[b]");
        assertThat(a.get("coefficients").size()).as("coefficients kept").isEqualTo(3);
    }

    @Test
    void reportsTau2OnTheBoundary() throws IOException {
        CliRunner[] r = new CliRunner[1];
        // four nearly identical effects: tau² is estimated as 0
        Files.writeString(tmp.resolve("data.csv"), "study,n1,m1,sd1,n2,m2,sd2\nA,50,5.0,2,50,4.6,2\n"
                + "B,50,5.0,2,50,4.61,2\nC,50,5.0,2,50,4.62,2\nD,50,5.0,2,50,4.59,2\n");
        Path spec = tmp.resolve("analysis.yaml");
        Files.writeString(spec, "title: Boundary\ndata:\n  effects: data.csv\n  study: study\neffect:\n  measure: SMD\n"
                + "  columns: {m1i: m1, sd1i: sd1, n1i: n1, m2i: m2, sd2i: sd2, n2i: n2}\nanalyses:\n  - id: overall\n");
        JsonNode results = run(spec, r);
        JsonNode a = results.get("analyses").get(0);
        assertThat(a.get("heterogeneity").get("tau2").asDouble()).as("tau2").isZero();
        assertThat(a.get("fit").get("tau2_on_boundary").asBoolean()).as("flag").isTrue();
        assertThat(r[0].err()).as("warning").contains("τ² is 0");
    }

    @Test
    void skipsTrimAndFillOnTwoEffectsWithAClearMessage() throws IOException {
        CliRunner[] r = new CliRunner[1];
        Files.writeString(tmp.resolve("data.csv"), "study,n1,m1,sd1,n2,m2,sd2\nA,50,5.0,2,50,4.6,2\nB,40,6.0,2,40,4.1,2\n");
        Path spec = tmp.resolve("analysis.yaml");
        Files.writeString(spec, "title: Two\ndata:\n  effects: data.csv\n  study: study\neffect:\n  measure: SMD\n"
                + "  columns: {m1i: m1, sd1i: sd1, n1i: n1, m2i: m2, sd2i: sd2, n2i: n2}\nanalyses:\n  - id: overall\n"
                + "    bias: {trimfill: true, egger: true}\n");
        JsonNode results = run(spec, r);
        assertThat(r[0].err()).as("warning").contains("trim-and-fill was not run: trim-and-fill needs at least 3");
        assertThat(results.get("analyses").get(0).get("trimfill").isNull()).as("no trimfill result").isTrue();
    }

    @Test
    void reportsAnEmptySelectionIntervalInsteadOfFitting() throws IOException {
        CliRunner[] r = new CliRunner[1];
        Files.copy(Path.of("src/test/resources/golden/metadat/dat.bcg.csv"), tmp.resolve("bcg.csv"));
        Path spec = tmp.resolve("analysis.yaml");
        Files.writeString(spec, "title: BCG\ndata:\n  effects: bcg.csv\n  study: author\neffect:\n  measure: RR\n"
                + "  columns: {ai: tpos, bi: tneg, ci: cpos, di: cneg}\nanalyses:\n  - id: overall\n"
                + "    bias: {selection: {steps: [0.025], alternative: greater}}\n");
        JsonNode results = run(spec, r);
        JsonNode s = results.get("analyses").get(0).get("selection_model");
        assertThat(s.get("identified").asBoolean()).as("not identified").isFalse();
        assertThat(s.get("estimate").isNull()).as("no estimate").isTrue();
        assertThat(r[0].err()).as("warning names the empty interval").contains("selection model:").contains("0.025");
        assertThat(Files.readString(tmp.resolve("out/report.md"))).as("report says so").contains("could not be fitted");
    }

    @Test
    void reachesTheExactSelectionOptimumWhenAsked() throws IOException {
        // school-based data, steps (0.025): metafor's optimiser stops at b = 1.66026; the ML optimum is b = 1.659896
        // (golden/local/bias-extra.json, selmodel_exact_school_0.025, from R with tight optimisers)
        Files.copy(Path.of("src/test/resources/golden/school-based/analysis.csv"), tmp.resolve("sb.csv"));
        Path spec = tmp.resolve("analysis.yaml");
        Files.writeString(spec, "title: School-based\ndata:\n  effects: sb.csv\n  study: study\neffect:\n  measure: PRE\n"
                + "  columns: {yi: yi, vi: vi}\nanalyses:\n"
                + "  - id: metafor\n    bias: {selection: {steps: [0.025]}}\n"
                + "  - id: exact\n    bias: {selection: {steps: [0.025], optimum: exact}}\n");
        CliRunner[] r = new CliRunner[1];
        JsonNode results = run(spec, r);
        double expected = org.metareport.testing.Fixtures.json("golden/local/bias-extra.json")
                .get("selmodel_exact_school_0.025").get("b").asDouble();
        double metafor = org.metareport.testing.Fixtures.json("golden/school-based/reference.json")
                .get("selection_models").get("steps_0.025").get("b").get("intrcpt").asDouble();
        org.metareport.testing.Tolerance.SELECTION.assertNear("exact optimum",
                results.get("analyses").get(1).get("selection_model").get("estimate").asDouble(), expected);
        org.metareport.testing.Tolerance.SELECTION.assertNear("metafor's stopping point",
                results.get("analyses").get(0).get("selection_model").get("estimate").asDouble(), metafor);
    }

    @Test
    void saysThatRobustIsNotAppliedToRve() throws IOException {
        CliRunner[] r = new CliRunner[1];
        JsonNode results = run(spec("  - id: overall\n    model: rve\n    robust: CR2\n"), r);
        assertThat(r[0].err()).as("warning").contains("robust: CR2 is not applied to model: rve");
        assertThat(results.get("analyses").get(0).get("robust").isNull()).as("no robust block").isTrue();
    }
}
