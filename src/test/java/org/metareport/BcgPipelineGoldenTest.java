package org.metareport;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.metareport.testing.Fixtures;
import org.metareport.testing.Tolerance;

/**
 * dat.bcg from its 2×2 counts through spec, data, escalc RR, every rma estimator, Knapp–Hartung and
 * meta-regressions (numeric and categorical moderators) into results.json, against metafor 3.8
 * ({@code golden/metadat/dat.bcg.json} and {@code dat.bcg.extras.json}).
 */
class BcgPipelineGoldenTest {
    static final Path SPEC = Path.of("src/test/resources/pipeline/bcg/analysis.yaml");
    static final JsonNode BCG = Fixtures.json("golden/metadat/dat.bcg.json");
    static final JsonNode EXTRAS = Fixtures.json("golden/metadat/dat.bcg.extras.json");
    static JsonNode results;
    static Path folder;

    @BeforeAll
    static void run(@TempDir Path out) throws Exception {
        folder = out.resolve("r");
        Metareport.run(SPEC, new RunOptions(folder, List.of("md"), List.of()));
        results = new ObjectMapper().readTree(Files.readString(folder.resolve("results.json")));
    }

    static Stream<Arguments> cases() {
        List<Arguments> list = new ArrayList<>();
        for (Iterator<String> it = BCG.get("rma").fieldNames(); it.hasNext(); ) {
            String m = it.next();
            list.add(Arguments.of(m, BCG.get("rma").get(m)));
        }
        list.add(Arguments.of("REML-knha", BCG.get("rma_knha").get("REML")));
        list.add(Arguments.of("DL-knha", BCG.get("rma_knha").get("DL")));
        list.add(Arguments.of("ablat-year", BCG.get("meta_regression").get("REML")));
        list.add(Arguments.of("ablat-year-knha", BCG.get("meta_regression").get("REML_knha")));
        list.add(Arguments.of("ablat", BCG.get("meta_regression").get("ablat_only_REML")));
        list.add(Arguments.of("alloc", EXTRAS.get("allocation_factor")));
        assertThat(list).as("cases").hasSize(15);
        return list.stream();
    }

    @Test
    void computesTheLogRiskRatiosAsEscalc() {
        double[] yi = Fixtures.numbers(BCG.get("escalc").get("yi"));
        double[] vi = Fixtures.numbers(BCG.get("escalc").get("vi"));
        JsonNode effects = results.get("effects");
        assertThat(effects.size()).as("k").isEqualTo(13);
        for (int i = 0; i < 13; i++) {
            Tolerance.CLOSED_FORM.assertNear("yi[" + i + "]", effects.get(i).get("yi").asDouble(), yi[i]);
            Tolerance.CLOSED_FORM.assertNear("vi[" + i + "]", effects.get(i).get("vi").asDouble(), vi[i]);
        }
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("cases")
    void matchesMetafor(String id, JsonNode r) {
        JsonNode a = analysis(id);
        String method = r.get("method").asText();
        Tolerance t = List.of("FE", "DL", "HE", "SJ", "HS").contains(method) && !id.contains("year")
                ? Tolerance.CLOSED_FORM : Tolerance.ITERATIVE;
        String stat = r.has("zval") ? "zval" : "tval";
        JsonNode coefs = a.get("coefficients");
        JsonNode names = r.get("coef_names");
        List<String> rNames = new ArrayList<>();
        if (names.isArray()) names.forEach(n -> rNames.add(n.asText())); else rNames.add(names.asText());
        assertThat(coefs.size()).as("%s: number of coefficients", id).isEqualTo(rNames.size());
        for (int j = 0; j < rNames.size(); j++) {
            String rn = rNames.get(j);
            JsonNode c = coefs.get(j);
            assertThat(c.get("term").asText()).as("%s: term %d", id, j).isEqualTo(term(rn));
            t.assertNear(id + " b " + rn, c.get("estimate").asDouble(), r.get("b").get(rn).asDouble());
            t.assertNear(id + " se " + rn, c.get("se").asDouble(), r.get("se").get(rn).asDouble());
            t.assertNear(id + " stat " + rn, c.get("statistic").asDouble(), r.get(stat).get(rn).asDouble());
            t.assertNear(id + " p " + rn, c.get("p").asDouble(), r.get("pval").get(rn).asDouble());
            t.assertNear(id + " ci.lb " + rn, c.get("ci_lower").asDouble(), r.get("ci.lb").get(rn).asDouble());
            t.assertNear(id + " ci.ub " + rn, c.get("ci_upper").asDouble(), r.get("ci.ub").get(rn).asDouble());
        }
        JsonNode h = a.get("heterogeneity");
        if (!method.equals("FE")) {
            t.assertNear(id + " tau2", h.get("tau2").asDouble(), r.get("tau2").asDouble());
            t.assertNear(id + " se.tau2", h.get("tau2_se").asDouble(), r.get("se.tau2").asDouble());
        }
        t.assertNear(id + " I2", h.get("I2").asDouble(), r.get("I2").asDouble());
        t.assertNear(id + " H2", h.get("H2").asDouble(), r.get("H2").asDouble());
        if (r.has("QE")) t.assertNear(id + " QE", h.get("Q").asDouble(), r.get("QE").asDouble());
        if (r.has("QM")) t.assertNear(id + " QM", a.get("moderator_test").get("QM").asDouble(), r.get("QM").asDouble());
        if (r.has("R2") && !r.get("R2").isNull() && rNames.size() > 1) {
            t.assertNear(id + " R2", a.get("moderator_test").get("R2").asDouble(), r.get("R2").asDouble());
        }
        if (r.has("predict") && rNames.size() == 1 && !method.equals("FE")) {
            t.assertNear(id + " pi.lb", a.get("prediction").get("lower").asDouble(), r.get("predict").get("pi.lb").asDouble());
            t.assertNear(id + " pi.ub", a.get("prediction").get("upper").asDouble(), r.get("predict").get("pi.ub").asDouble());
        }
    }

    @Test
    void weighsEffectsAsMetafor() {
        double[] weight = Fixtures.numbers(EXTRAS.get("influence").get("weight"));
        JsonNode w = analysis("REML").get("weights");
        assertThat(w.size()).as("weights").isEqualTo(13);
        for (int i = 0; i < 13; i++) Tolerance.ITERATIVE.assertNear("weight[" + i + "]", w.get(i).get("weight").asDouble(), weight[i]);
    }

    @Test
    void runsTrimAndFillEggerAndSensitivityAsMetafor() throws Exception {
        JsonNode a = analysis("bias");
        JsonNode tf = BCG.get("trimfill");
        assertThat(a.get("trimfill").get("k0").asInt()).as("k0").isEqualTo(tf.get("k0").asInt());
        Tolerance.ITERATIVE.assertNear("trimfill b", a.get("trimfill").get("estimate").asDouble(),
                SchoolBasedPipelineGoldenTest.intercept(tf.get("b")));
        double[] filled = Fixtures.numbers(tf.get("filled_yi"));
        for (int i = 0; i < filled.length; i++) {
            Tolerance.ITERATIVE.assertNear("filled yi " + i, a.get("trimfill").get("filled").get(i).get("yi").asDouble(), filled[i]);
        }
        Tolerance.ITERATIVE.assertNear("Egger z", a.get("egger").get("statistic").asDouble(), BCG.get("regtest").get("zval").asDouble());
        JsonNode cum = EXTRAS.get("cumulative_by_year");
        double[] est = Fixtures.numbers(cum.get("estimate"));
        JsonNode steps = a.get("cumulative").get("steps");
        assertThat(a.get("cumulative").get("by").asText()).as("ordered by").isEqualTo("year");
        for (int i = 0; i < est.length; i++) {
            Tolerance.ITERATIVE.assertNear("cumulative estimate " + i, steps.get(i).get("estimate").asDouble(), est[i]);
        }
        double[] loo = Fixtures.numbers(BCG.get("leave1out").get("estimate"));
        for (int i = 0; i < loo.length; i++) {
            Tolerance.ITERATIVE.assertNear("leave-one-out " + i, a.get("leave_one_out").get(i).get("estimate").asDouble(), loo[i]);
        }
        String svg = Files.readString(folder.resolve("figures/funnel-bias.svg"));
        assertThat(svg).as("contour-enhanced funnel with the filled-in study").contains("Contour-enhanced")
                .contains("Filled-in studies");
        assertThat(Files.readString(folder.resolve("report.md"))).as("report").contains("## Publication bias")
                .contains("## Sensitivity analyses").contains("Trim-and-fill (L0 estimator) estimated 1 missing study");
    }

    static String term(String metafor) {
        if (metafor.equals("intrcpt")) return "intercept";
        if (metafor.startsWith("alloc")) return "alloc[" + metafor.substring(5) + "]";
        return metafor;
    }

    static JsonNode analysis(String id) {
        for (JsonNode a : results.get("analyses")) if (a.get("id").asText().equals(id)) return a;
        throw new AssertionError("no analysis " + id);
    }
}
