package org.metareport;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.metareport.testing.Fixtures;
import org.metareport.testing.Tolerance;

/**
 * {@code center:} at all rows and at given values, and {@code marginal_means:} with the other moderators centred, at
 * their means over all rows or at reference levels and given values, end to end (spec → results.json), against
 * metafor's rma.mv / rma on columns centred by hand and clubSandwich's CR2 {@code coef_test} and
 * {@code linear_contrast} (reference: {@code golden/centring/centring.R}). The school-based data have three Sample
 * cells blanked, so that all rows (R's {@code mean(x, na.rm = TRUE)}) and the rows fitted differ.
 */
class CentringGoldenTest {
    private static final Path GOLDEN = Path.of("src/test/resources/golden/centring");
    private static final String ML = "    model: multilevel\n    levels: [study, es_id]\n    rho: 0.8\n    test: t\n"
            + "    robust: CR2\n";
    static JsonNode results;
    static JsonNode reference = Fixtures.json("golden/centring/centring.json");

    @BeforeAll
    static void run(@TempDir Path tmp) throws IOException {
        Files.copy(GOLDEN.resolve("school.csv"), tmp.resolve("school.csv"));
        Files.copy(GOLDEN.resolve("bcg.csv"), tmp.resolve("bcg.csv"));
        String school = "title: Centring options\ndata:\n  effects: school.csv\n  study: study\n  id: es_id\n"
                + "effect:\n  measure: PRE\n  columns: {yi: yi, vi: vi}\nanalyses:\n"
                + "  - id: s1\n" + ML + "    where: Universal == 1\n"
                + "    moderators: [Duration.weeks, Sample, Construct]\n    center: {at: all_rows}\n"
                + "    marginal_means: Construct\n"
                + "  - id: s2\n" + ML + "    moderators: [Duration.weeks, Sample, Construct]\n"
                + "    center: {values: {Duration.weeks: 12, Construct: D}}\n"
                + "    marginal_means: {by: Construct, others: centred}\n"
                + "  - id: s3\n" + ML + "    where: Universal == 1\n    moderators: [Longduration, Sample, Construct]\n"
                + "    marginal_means: {by: Construct, others: all_rows_means, at: {Longduration: 0}}\n"
                + "  - id: s4\n" + ML + "    moderators: [Construct, es_source, Duration.weeks]\n    center: true\n"
                + "    marginal_means: {by: Construct, others: reference, at: {Duration.weeks: 12}}\n"
                + "  - id: s5\n" + ML + "    where: Universal == 1\n    moderators: [Construct, es_source, Sample]\n"
                + "    marginal_means: {by: Construct, others: all_rows_means, at: {es_source: posttest}}\n"
                + "  - id: s6\n" + ML + "    moderators: [Duration.weeks]\n    center: {at: all_rows}\n"
                + "    subgroup: Universal\n";
        String bcg = "title: Centring options, BCG\ndata:\n  effects: bcg.csv\n  study: trial\n"
                + "effect:\n  measure: RR\n  columns: {ai: tpos, bi: tneg, ci: cpos, di: cneg}\nanalyses:\n"
                + "  - id: b1\n    robust: CR2\n    where: alloc != \"alternate\"\n    moderators: [ablat, year, alloc]\n"
                + "    center: {at: all_rows}\n    marginal_means: alloc\n"
                + "  - id: b2\n    robust: CR2\n    moderators: [ablat, year, alloc]\n    center: true\n"
                + "    marginal_means: {by: alloc, others: reference, at: {ablat: 30, year: 1970}}\n";
        Files.writeString(tmp.resolve("school.yaml"), school);
        Files.writeString(tmp.resolve("bcg.yaml"), bcg);
        Metareport.run(tmp.resolve("school.yaml"), new RunOptions(tmp.resolve("a"), List.of("md"), List.of("run")));
        Metareport.run(tmp.resolve("bcg.yaml"), new RunOptions(tmp.resolve("b"), List.of("md"), List.of("run")));
        ObjectMapper json = new ObjectMapper();
        results = json.createArrayNode().addAll((com.fasterxml.jackson.databind.node.ArrayNode)
                json.readTree(tmp.resolve("a/results.json").toFile()).get("analyses"))
                .addAll((com.fasterxml.jackson.databind.node.ArrayNode)
                        json.readTree(tmp.resolve("b/results.json").toFile()).get("analyses"));
        report = Files.readString(tmp.resolve("a/report.md")) + Files.readString(tmp.resolve("b/report.md"));
        card = json.readTree(tmp.resolve("a/manifest.json").toFile()).get("method_card").get("analyses");
    }

    static String report;
    static JsonNode card;

    static JsonNode analysis(String id) {
        for (JsonNode a : results) if (a.get("id").asText().equals(id)) return a;
        throw new AssertionError("no analysis " + id);
    }

    /** Model-based coefficients (metafor), their CR2 tests (clubSandwich) and the marginal means (linear_contrast). */
    static void check(String id, String statistic) {
        check(id, analysis(id), reference.get(id), statistic);
    }

    static void check(String id, JsonNode a, JsonNode r, String statistic) {
        Tolerance t = Tolerance.ITERATIVE;
        assertThat(a.get("k").asInt()).as(id + " k").isEqualTo(r.get("k").asInt());
        JsonNode coefficients = a.get("coefficients");
        assertThat(coefficients.size()).as(id + " coefficients").isEqualTo(r.get("b").size());
        for (int j = 0; j < coefficients.size(); j++) {
            JsonNode c = coefficients.get(j);
            String what = id + " " + c.get("term").asText() + " ";
            t.assertNear(what + "b", c.get("estimate").asDouble(), r.get("b").get(j).asDouble());
            t.assertNear(what + "se", c.get("se").asDouble(), r.get("se").get(j).asDouble());
            t.assertNear(what + statistic, c.get("statistic").asDouble(), r.get("tval").get(j).asDouble());
            t.assertNear(what + "p", c.get("p").asDouble(), r.get("pval").get(j).asDouble());
            t.assertNear(what + "ci.lb", c.get("ci_lower").asDouble(), r.get("ci.lb").get(j).asDouble());
            t.assertNear(what + "ci.ub", c.get("ci_upper").asDouble(), r.get("ci.ub").get(j).asDouble());
            JsonNode rc = a.get("robust").get("coefficients").get(j);
            JsonNode cr2 = r.get("cr2");
            t.assertNear(what + "CR2 SE", rc.get("se").asDouble(), cr2.get("SE").get(j).asDouble());
            t.assertNear(what + "CR2 df", rc.get("df").asDouble(), cr2.get("df").get(j).asDouble());
            t.assertNear(what + "CR2 p", rc.get("p").asDouble(), cr2.get("p").get(j).asDouble());
        }
        JsonNode mm = a.get("marginal_means");
        JsonNode rm = r.get("mm");
        if (rm == null) {
            assertThat(mm.size()).as(id + " marginal means").isZero();
            return;
        }
        assertThat(mm.size()).as(id + " marginal means").isEqualTo(rm.get("Est").size());
        for (int i = 0; i < mm.size(); i++) {
            JsonNode m = mm.get(i);
            String what = id + " marginal mean " + m.get("level").asText() + " ";
            assertThat(m.get("level").asText()).as(what).isEqualTo(rm.get("level").get(i).asText());
            t.assertNear(what + "estimate", m.get("estimate").asDouble(), rm.get("Est").get(i).asDouble());
            t.assertNear(what + "SE", m.get("se").asDouble(), rm.get("SE").get(i).asDouble());
            t.assertNear(what + "df", m.get("df").asDouble(), rm.get("df").get(i).asDouble());
            t.assertNear(what + "p", m.get("p").asDouble(), rm.get("p").get(i).asDouble());
            t.assertNear(what + "CI_L", m.get("ci_lower").asDouble(), rm.get("CI_L").get(i).asDouble());
            t.assertNear(what + "CI_U", m.get("ci_upper").asDouble(), rm.get("CI_U").get(i).asDouble());
        }
    }

    @Test
    void centresAtAllRowsWhileFittingAWhereSubset() {
        check("s1", "t");
        assertThat(analysis("s1").get("center_at").asText()).isEqualTo("all_rows");
        assertThat(report).contains("by Construct (other moderators at their means over all rows; CR2 tests)");
    }

    @Test
    void centresAtGivenValuesNumericAndCategorical() {
        check("s2", "t");
        JsonNode values = analysis("s2").get("center_values");
        assertThat(values.get("Duration.weeks").asDouble()).isEqualTo(12.0);
        assertThat(values.get("Construct").asText()).isEqualTo("D");
        assertThat(report).contains("(other moderators at their means, Duration.weeks at 12; CR2 tests)");
    }

    @Test
    void holdsOtherModeratorsAtTheirAllRowMeansAndGivenValues() {
        check("s3", "t");
        check("s5", "t");
        assertThat(analysis("s3").get("marginal_means_others").asText()).isEqualTo("all_rows_means");
        assertThat(analysis("s3").get("marginal_means_at").get("Longduration").asDouble()).isEqualTo(0.0);
        assertThat(report).contains("(other moderators at their means over all rows, Longduration at 0; CR2 tests)")
                .contains("(other moderators at their means over all rows, es\\_source at posttest; CR2 tests)");
    }

    @Test
    void holdsOtherModeratorsAtReferenceLevels() {
        check("s4", "t");
        assertThat(report).contains(
                "(other moderators at their reference levels (numeric ones at 0), Duration.weeks at 12; CR2 tests)");
    }

    @Test
    void centresEverySubgroupAtTheSameAllRowMeans() {
        JsonNode subgroups = analysis("s6").get("subgroups");
        assertThat(subgroups.size()).isEqualTo(2);
        for (JsonNode g : subgroups) {
            String level = g.get("level").asText();
            check("s6 subgroup " + level, g.get("analysis"), reference.get("s6").get(level), "t");
        }
    }

    @Test
    void univariateModelsCentreAndHoldAsRma() {
        check("b1", "z");
        check("b2", "z");
        assertThat(analysis("b2").get("marginal_means").size()).isEqualTo(3);
    }

    @Test
    void theMethodCardStatesWhereModeratorsWereCentredAndHeld() {
        assertThat(card.get(0).get("center").asBoolean()).isTrue();
        assertThat(card.get(0).get("center_at").asText()).isEqualTo("all_rows");
        assertThat(card.get(1).get("center_values").get("Duration.weeks").asText()).isEqualTo("12");
        assertThat(card.get(2).get("center").asBoolean()).isFalse();
        assertThat(card.get(2).get("marginal_means_others").asText()).isEqualTo("all_rows_means");
        assertThat(card.get(3).get("marginal_means_at").get("Duration.weeks").asText()).isEqualTo("12");
        assertThat(card.get(3).has("center_at")).as("center: true states no center_at").isFalse();
    }

    @Test
    void theDefaultCentringKeepsItsFields() {
        assertThat(analysis("s4").has("center_at")).as("center: true writes no center_at").isFalse();
        assertThat(analysis("s1").has("marginal_means_others")).as("others: centred is the default").isFalse();
    }
}
