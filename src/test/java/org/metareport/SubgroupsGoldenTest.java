package org.metareport;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.metareport.testing.Tolerance;

/**
 * The test between subgroups on a three-level model with {@code robust: CR2}, when the subgroup column is coded as
 * numbers (1/2/3, 0/1): the HTZ Wald test of the column as a factor, as clubSandwich's {@code Wald_test} on
 * {@code mods = ~ factor(x)} (reference: {@code golden/subgroups/between-numeric-coded.R}). It used to enter as one
 * numeric slope and fall back to the model-based F test.
 */
class SubgroupsGoldenTest {
    private static final Path GOLDEN = Path.of("src/test/resources/golden/subgroups");

    @Test
    void numericCodedSubgroupsAreTestedAsFactorsWithHtz(@TempDir Path tmp) throws IOException {
        Files.copy(GOLDEN.resolve("analysis.csv"), tmp.resolve("analysis.csv"));
        String analysis = "  - id: %s\n    model: multilevel\n    levels: [study, es_id]\n    rho: 0.8\n    test: t\n"
                + "    robust: CR2\n    subgroup: %s\n";
        Files.writeString(tmp.resolve("analysis.yaml"), "title: Subgroups coded as numbers\ndata:\n"
                + "  effects: analysis.csv\n  study: study\n  id: es_id\neffect:\n  measure: PRE\n"
                + "  columns: {yi: yi, vi: vi}\nanalyses:\n" + String.format(analysis, "grade", "GradeLevel")
                + String.format(analysis, "depression", "Depression"));
        Path out = tmp.resolve("out");
        Metareport.run(tmp.resolve("analysis.yaml"), new RunOptions(out, List.of("md"), List.of("run")));
        JsonNode results = new ObjectMapper().readTree(out.resolve("results.json").toFile());
        JsonNode reference = new ObjectMapper().readTree(GOLDEN.resolve("between-numeric-coded.json").toFile());
        for (String[] c : new String[][] {{"grade", "GradeLevel"}, {"depression", "Depression"}}) {
            JsonNode between = null;
            for (JsonNode a : results.get("analyses")) if (a.get("id").asText().equals(c[0])) between = a.get("between_subgroups");
            JsonNode r = reference.get(c[1]);
            assertThat(between.get("test").asText()).as(c[1] + " test").isEqualTo("HTZ");
            assertThat(between.get("df1").asInt()).as(c[1] + " df1").isEqualTo(r.get("df1").asInt());
            Tolerance.ITERATIVE.assertNear(c[1] + " F", between.get("statistic").asDouble(), r.get("F").asDouble());
            Tolerance.ITERATIVE.assertNear(c[1] + " df2", between.get("df2").asDouble(), r.get("df2").asDouble());
            Tolerance.ITERATIVE.assertNear(c[1] + " p", between.get("p").asDouble(), r.get("p").asDouble());
        }
    }

    /**
     * Subgroups of a moderator model (reference: {@code golden/subgroups/between-with-moderators.R}): each subgroup's
     * meta-regression coefficients, and the test between subgroups as metafor's {@code anova(fit, btt = "Construct")}
     * on the moderator model with the subgroup column added (it used to be that model's omnibus test of every
     * moderator). The rendered table shows the coefficients by term, never the intercept as the subgroup's estimate.
     */
    @Test
    void subgroupsOfAModeratorModelShowCoefficientsAndTestTheSubgroupTermAlone(@TempDir Path tmp) throws IOException {
        Files.copy(GOLDEN.resolve("analysis.csv"), tmp.resolve("analysis.csv"));
        Files.writeString(tmp.resolve("analysis.yaml"), "title: Subgroups of a meta-regression\ndata:\n"
                + "  effects: analysis.csv\n  study: study\n  id: es_id\neffect:\n  measure: PRE\n"
                + "  columns: {yi: yi, vi: vi}\nanalyses:\n"
                + "  - id: multilevel\n    model: multilevel\n    levels: [study, es_id]\n    rho: 0.8\n    test: t\n"
                + "    moderators: [Duration.weeks]\n    subgroup: Construct\n"
                + "  - id: random\n    model: random\n    method: REML\n    moderators: [Duration.weeks]\n"
                + "    subgroup: Construct\n"
                + "  - id: pooled\n    model: random\n    method: REML\n    subgroup: Construct\n");
        Path out = tmp.resolve("out");
        Metareport.run(tmp.resolve("analysis.yaml"), new RunOptions(out, List.of("md"), List.of("run")));
        JsonNode results = new ObjectMapper().readTree(out.resolve("results.json").toFile());
        JsonNode reference = new ObjectMapper().readTree(GOLDEN.resolve("between-with-moderators.json").toFile());
        for (String id : List.of("multilevel", "random")) {
            JsonNode a = null;
            for (JsonNode x : results.get("analyses")) if (x.get("id").asText().equals(id)) a = x;
            JsonNode r = reference.get(id);
            JsonNode between = a.get("between_subgroups");
            assertThat(between.get("df1").asInt()).as(id + " df1").isEqualTo(1);
            Tolerance.ITERATIVE.assertNear(id + " between statistic", between.get("statistic").asDouble(),
                    r.has("F") ? r.get("F").asDouble() : r.get("QM").asDouble());
            Tolerance.ITERATIVE.assertNear(id + " between p", between.get("p").asDouble(), r.get("p").asDouble());
            if (r.has("df2")) Tolerance.ITERATIVE.assertNear(id + " df2", between.get("df2").asDouble(), r.get("df2").asDouble());
            for (JsonNode sg : a.get("subgroups")) {
                JsonNode rs = r.get(sg.get("level").asText());
                JsonNode coefficients = sg.get("analysis").get("coefficients");
                assertThat(coefficients.size()).as(id + " coefficients").isEqualTo(2);
                for (int j = 0; j < 2; j++) {
                    String what = id + " " + sg.get("level").asText() + " " + coefficients.get(j).get("term").asText();
                    Tolerance.ITERATIVE.assertNear(what + " b", coefficients.get(j).get("estimate").asDouble(), rs.get("b").get(j).asDouble());
                    Tolerance.ITERATIVE.assertNear(what + " se", coefficients.get(j).get("se").asDouble(), rs.get("se").get(j).asDouble());
                    Tolerance.ITERATIVE.assertNear(what + " p", coefficients.get(j).get("p").asDouble(), rs.get("pval").get(j).asDouble());
                    Tolerance.ITERATIVE.assertNear(what + " ci.lb", coefficients.get(j).get("ci_lower").asDouble(), rs.get("ci.lb").get(j).asDouble());
                }
            }
        }
        String md = Files.readString(out.resolve("report.md"));
        assertThat(md).as("a meta-regression's subgroup table lists its coefficients by term")
                .contains("Subgroup meta-regressions of “multilevel”")
                .contains("| Subgroup | *k* | Studies | Term | Estimate |")
                .containsPattern("\\| A \\| \\d+ \\| \\d+ \\| intercept \\|")
                .containsPattern("\\| \\| \\| \\| Duration\\\\?\\.weeks \\|")
                .contains("adjusted for the moderators");
        assertThat(md).as("an intercept-only analysis keeps the pooled estimate per subgroup")
                .contains("Subgroup analyses of “pooled”").contains("Test of the difference between subgroups (QM)")
                .doesNotContain("Subgroup analyses of “multilevel”").doesNotContain("Subgroup analyses of “random”")
                .doesNotContain("NaN");
    }
}
