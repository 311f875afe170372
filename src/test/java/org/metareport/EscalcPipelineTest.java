package org.metareport;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.metareport.testing.Tolerance;

/**
 * The new escalc measures and inputs through the whole pipeline, from a spec and a CSV to results.json: each row's
 * yi and vi equal the R reference written by {@code golden/escalc/escalc-measures.R}.
 */
class EscalcPipelineTest {
    private static final Path GOLDEN = Path.of("src/test/resources/golden/escalc");

    /** The reference CSV with a study column, as data for a spec; returns the spec's path. */
    private static Path review(Path tmp, String reference, String effect) throws IOException {
        List<String> lines = Files.readAllLines(GOLDEN.resolve(reference + ".csv"));
        List<String> data = new ArrayList<>();
        data.add("study," + lines.get(0));
        for (int i = 1; i < lines.size(); i++) data.add("S" + i + "," + lines.get(i));
        Files.write(tmp.resolve("data.csv"), data);
        Files.writeString(tmp.resolve("analysis.yaml"), "title: " + reference + "\ndata:\n  effects: data.csv\n"
                + "  study: study\neffect:\n" + effect + "analyses:\n  - id: overall\n");
        return tmp.resolve("analysis.yaml");
    }

    private static JsonNode run(Path spec) throws IOException {
        Path out = spec.getParent().resolve("out");
        Metareport.run(spec, new RunOptions(out, List.of("md"), List.of("run", spec.toString())));
        return new ObjectMapper().readTree(out.resolve("results.json").toFile());
    }

    private static void assertRowsEqualReference(JsonNode results, String reference) throws IOException {
        List<String> lines = Files.readAllLines(GOLDEN.resolve(reference + ".csv"));
        List<String> header = List.of(lines.get(0).split(","));
        JsonNode effects = results.get("effects");
        assertThat(effects).as("rows").hasSize(lines.size() - 1);
        for (int i = 1; i < lines.size(); i++) {
            String[] cells = lines.get(i).split(",");
            double yi = Double.parseDouble(cells[header.indexOf("yi")].trim());
            double vi = Double.parseDouble(cells[header.indexOf("vi")].trim());
            Tolerance.CLOSED_FORM.assertNear(reference + " yi row " + i, effects.get(i - 1).get("yi").asDouble(), yi);
            Tolerance.CLOSED_FORM.assertNear(reference + " vi row " + i, effects.get(i - 1).get("vi").asDouble(), vi);
        }
    }

    @Test
    void riskRatiosFromEventsAndGroupTotals(@TempDir Path tmp) throws IOException {
        Path spec = review(tmp, "RR-totals", "  measure: RR\n  columns: {ai: ai, n1i: n1i, ci: ci, n2i: n2i}\n");
        assertRowsEqualReference(run(spec), "RR-totals");
    }

    @Test
    void logitProportions(@TempDir Path tmp) throws IOException {
        Path spec = review(tmp, "PLO", "  measure: PLO\n  columns: {xi: xi, ni: ni}\n");
        JsonNode results = run(spec);
        assertRowsEqualReference(results, "PLO");
        assertThat(results.get("measure").asText()).isEqualTo("PLO");
        String methods = Files.readString(spec.getParent().resolve("out/report.md"));
        assertThat(methods).as("a proportion has no direction to favour")
                .contains("(metafor measure PLO). Pooled estimates").doesNotContain("favouring")
                .contains("reported as proportions (plogis of the logit proportion");
    }

    @Test
    void estimatesWithA90PercentInterval(@TempDir Path tmp) throws IOException {
        Path spec = review(tmp, "PRE-ci-90", "  measure: PRE\n  columns: {yi: est, ci.lb: ci.lb, ci.ub: ci.ub}\n"
                + "  ci_level: 90\n");
        assertRowsEqualReference(run(spec), "PRE-ci-90");
    }

    @Test
    void hazardRatiosWithTheirIntervals(@TempDir Path tmp) throws IOException {
        Files.write(tmp.resolve("data.csv"), List.of("study,HR,lower,upper", "A,0.75,0.60,0.94", "B,1.20,0.95,1.52",
                "C,0.58,0.35,0.96", "D,0.91,0.70,1.18"));
        Files.writeString(tmp.resolve("analysis.yaml"), "title: Hazard ratios\ndata:\n  effects: data.csv\n"
                + "  study: study\neffect:\n  measure: PRE\n  columns: {yi: HR, ci.lb: lower, ci.ub: upper}\n"
                + "  ratio: true\nanalyses:\n  - id: overall\n");
        JsonNode results = run(tmp.resolve("analysis.yaml"));
        assertRowsEqualReference(results, "PRE-ci-ratio");
    }
}
