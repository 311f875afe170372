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
}
