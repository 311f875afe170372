package org.metareport;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.metareport.models.Prediction;
import org.metareport.models.Rma;
import org.metareport.models.RmaFit;
import org.metareport.testing.Fixtures;
import org.metareport.testing.Tolerance;
import org.metareport.vocabulary.EffectTransform;
import org.metareport.vocabulary.Method;
import org.metareport.vocabulary.TestKind;

/**
 * effect.transform against metafor 3.8-1 ({@code golden/transform/transform.json}, written by {@code transform.R}
 * beside it): the transformed estimates, CIs and PIs in results.json equal {@code predict(res, transf = exp)} for
 * dat.bcg's risk ratios and {@code predict(res, transf = transf.ztor)} for dat.molloy2014's Fisher's z, and
 * {@code leave1out}/{@code cumul} with {@code transf = exp}, to 1e-10 (R's REML fitted to full convergence).
 */
class TransformGoldenTest {
    static final JsonNode R = Fixtures.json("golden/transform/transform.json");
    static final Tolerance T = Tolerance.CLOSED_FORM;   // 1e-10 relative
    static JsonNode bcg, molloy;
    static Path molloyFolder;

    @BeforeAll
    static void run(@TempDir Path out) throws Exception {
        bcg = results(Path.of("src/test/resources/pipeline/bcg/analysis.yaml"), out.resolve("bcg"));
        molloyFolder = out.resolve("molloy");
        molloy = results(Path.of("src/test/resources/pipeline/molloy/analysis.yaml"), molloyFolder);
    }

    static JsonNode results(Path spec, Path out) throws Exception {
        Metareport.run(spec, new RunOptions(out, List.of("md"), List.of()));
        return new ObjectMapper().readTree(Files.readString(out.resolve("results.json")));
    }

    static JsonNode analysis(JsonNode results, String id) {
        for (JsonNode a : results.get("analyses")) if (a.get("id").asText().equals(id)) return a;
        throw new AssertionError("no analysis " + id);
    }

    /** results.json's prediction.transformed against R's predict(..., transf = ...) block. */
    static void assertPrediction(String what, JsonNode prediction, JsonNode r, String transform, boolean pi) {
        JsonNode t = prediction.get("transformed");
        assertThat(t).as("%s: prediction.transformed", what).isNotNull();
        assertThat(t.get("transform").asText()).as("%s: transform", what).isEqualTo(transform);
        T.assertNear(what + " pred", t.get("estimate").asDouble(), r.get("pred").asDouble());
        T.assertNear(what + " ci.lb", t.get("ci_lower").asDouble(), r.get("ci.lb").asDouble());
        T.assertNear(what + " ci.ub", t.get("ci_upper").asDouble(), r.get("ci.ub").asDouble());
        if (pi) {
            T.assertNear(what + " pi.lb", t.get("lower").asDouble(), r.get("pi.lb").asDouble());
            T.assertNear(what + " pi.ub", t.get("upper").asDouble(), r.get("pi.ub").asDouble());
        }
    }

    @Test
    void riskRatiosEqualPredictWithTransfExp() {
        assertThat(bcg.get("transform").asText()).as("RR defaults to exp").isEqualTo("exp");
        JsonNode reml = analysis(bcg, "REML");
        assertPrediction("bcg REML", reml.get("prediction"), R.get("bcg").get("reml").get("exp"), "exp", true);
        T.assertNear("bcg REML analysis scale kept", reml.get("prediction").get("estimate").asDouble(),
                R.get("bcg").get("reml").get("analysis").get("pred").asDouble());
        JsonNode intercept = reml.get("coefficients").get(0).get("transformed");
        T.assertNear("bcg REML intercept", intercept.get("estimate").asDouble(),
                R.get("bcg").get("reml").get("exp").get("pred").asDouble());
        assertPrediction("bcg FE", analysis(bcg, "FE").get("prediction"), R.get("bcg").get("fe").get("exp"), "exp", false);
    }

    @Test
    void moderatorSlopesStayOnTheLogScale() {
        JsonNode ablat = analysis(bcg, "ablat").get("coefficients");
        assertThat(ablat.get(1).get("term").asText()).isEqualTo("ablat");
        assertThat(ablat.get(1).has("transformed")).as("a slope is not transformed").isFalse();
        assertThat(ablat.get(0).has("transformed")).as("nor a meta-regression's intercept").isFalse();
        Tolerance.ITERATIVE.assertNear("ablat slope", ablat.get(1).get("estimate").asDouble(),
                R.get("bcg").get("ablat").get("coef").get(1).asDouble());
    }

    @Test
    void metaRegressionPredictionsEqualPredictWithTransfExp() {
        Map<String, List<String>> csv = Fixtures.csv("golden/metadat/dat.bcg.csv");
        double[] yi = Fixtures.numbers(csv, "yi"), vi = Fixtures.numbers(csv, "vi"), ablat = Fixtures.numbers(csv, "ablat");
        double[][] x = new double[yi.length][];
        for (int i = 0; i < yi.length; i++) x[i] = new double[] {1, ablat[i]};
        RmaFit fit = Rma.fit(yi, vi, x, List.of("intrcpt", "ablat"), Method.REML, TestKind.Z, 95);
        JsonNode r = R.get("bcg").get("ablat");
        double[] at = Fixtures.numbers(r.get("at"));
        for (int i = 0; i < at.length; i++) {
            Prediction p = Rma.predict(fit, new double[] {1, at[i]});
            String w = "ablat = " + at[i];
            T.assertNear(w + " pred", EffectTransform.EXP.apply(p.pred()), r.get("exp").get("pred").get(i).asDouble());
            T.assertNear(w + " ci.lb", EffectTransform.EXP.apply(p.ciLower()), r.get("exp").get("ci.lb").get(i).asDouble());
            T.assertNear(w + " ci.ub", EffectTransform.EXP.apply(p.ciUpper()), r.get("exp").get("ci.ub").get(i).asDouble());
            T.assertNear(w + " pi.lb", EffectTransform.EXP.apply(p.piLower()), r.get("exp").get("pi.lb").get(i).asDouble());
            T.assertNear(w + " pi.ub", EffectTransform.EXP.apply(p.piUpper()), r.get("exp").get("pi.ub").get(i).asDouble());
        }
    }

    @Test
    void leaveOneOutAndCumulativeEqualMetaforsTransfExp() {
        JsonNode a = analysis(bcg, "bias");
        JsonNode loo = R.get("bcg").get("leave1out");
        for (int i = 0; i < loo.get("estimate").size(); i++) {
            JsonNode t = a.get("leave_one_out").get(i).get("transformed");
            T.assertNear("leave1out " + i, t.get("estimate").asDouble(), loo.get("estimate").get(i).asDouble());
            T.assertNear("leave1out ci.lb " + i, t.get("ci_lower").asDouble(), loo.get("ci.lb").get(i).asDouble());
            T.assertNear("leave1out ci.ub " + i, t.get("ci_upper").asDouble(), loo.get("ci.ub").get(i).asDouble());
        }
        JsonNode cum = R.get("bcg").get("cumul");
        JsonNode steps = a.get("cumulative").get("steps");
        for (int i = 0; i < cum.get("estimate").size(); i++) {
            JsonNode t = steps.get(i).get("transformed");
            T.assertNear("cumul " + i, t.get("estimate").asDouble(), cum.get("estimate").get(i).asDouble());
            T.assertNear("cumul ci.lb " + i, t.get("ci_lower").asDouble(), cum.get("ci.lb").get(i).asDouble());
            T.assertNear("cumul ci.ub " + i, t.get("ci_upper").asDouble(), cum.get("ci.ub").get(i).asDouble());
        }
    }

    @Test
    void fishersZEqualsPredictWithTransfZtor() {
        assertThat(molloy.get("transform").asText()).as("ZCOR defaults to tanh").isEqualTo("tanh");
        assertPrediction("molloy REML", analysis(molloy, "overall").get("prediction"),
                R.get("molloy").get("reml").get("ztor"), "tanh", true);
    }

    @Test
    void fishersZIsReportedAndPlottedAsACorrelation() throws Exception {
        assertThat(Files.readString(molloyFolder.resolve("report.md"))).as("headline")
                .contains("The pooled correlation was r = 0.15, 95% CI [0.09, 0.21]");
        String svg = Files.readString(molloyFolder.resolve("figures/forest-overall.svg"));
        assertThat(svg).as("forest axis title").contains("Correlation coefficient (r)").doesNotContain("Fisher's z");
        assertThat(svg).as("estimate heading").contains("r [95% CI]");
    }
}
