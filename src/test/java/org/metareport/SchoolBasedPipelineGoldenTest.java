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
import org.metareport.testing.Fixtures;
import org.metareport.testing.Tolerance;

/**
 * The whole pipeline on the real school-based workbook, from the authors' own coding sheets (xlsx) through the
 * spec's effect-size keys to results.json, against R: the authors' cleaned data (fixture analysis.csv, yi/vi per
 * row) and {@code rma(yi, vi)} in reference.json's {@code univariate} block.
 */
class SchoolBasedPipelineGoldenTest {
    static final Path SPEC = Path.of("analyses/school-based-mh/analysis.yaml");
    static JsonNode results;
    static JsonNode reference = Fixtures.json("golden/school-based/reference.json");

    @BeforeAll
    static void run(@TempDir Path out) throws Exception {
        Metareport.run(SPEC, new RunOptions(out.resolve("report"), List.of("md"), List.of()));
        results = new ObjectMapper().readTree(Files.readString(out.resolve("report/results.json")));
    }

    @Test
    void computesEveryEffectSizeAsTheAuthorsDid() {
        Map<String, List<String>> csv = Fixtures.csv("golden/school-based/analysis.csv");
        double[] yi = Fixtures.numbers(csv, "yi");
        double[] vi = Fixtures.numbers(csv, "vi");
        JsonNode effects = results.get("effects");
        assertThat(effects.size()).as("k after Drop = 0 in both sheets").isEqualTo(79).isEqualTo(yi.length);
        for (int i = 0; i < yi.length; i++) {
            JsonNode e = effects.get(i);
            assertThat(e.get("study").asText()).as("study of effect %d", i + 1).isEqualTo(csv.get("study").get(i));
            Tolerance.CLOSED_FORM.assertNear("yi of effect " + (i + 1), e.get("yi").asDouble(), yi[i]);
            Tolerance.CLOSED_FORM.assertNear("vi of effect " + (i + 1), e.get("vi").asDouble(), vi[i]);
        }
    }

    @Test
    void recordsWhereEachEffectCameFrom() {
        JsonNode sources = reference.get("data_summary").get("es_source_counts");
        long did = 0, post = 0, reported = 0;
        for (JsonNode e : results.get("effects")) {
            switch (e.get("source").asText()) {
                case "pre/post difference" -> did++;
                case "post-test" -> post++;
                case "reported" -> reported++;
                default -> throw new AssertionError("unexpected source " + e.get("source"));
            }
        }
        assertThat(did).as("pre/post differences").isEqualTo(sources.get("DID").asLong());
        assertThat(post).as("post-test only").isEqualTo(sources.get("posttest").asLong());
        assertThat(reported).as("reported").isEqualTo(sources.get("reported").asLong());
    }

    @Test
    void matchesRmaWithReml() {
        check(analysis("overall"), reference.get("univariate").get("REML_z"), "zval");
    }

    @Test
    void matchesRmaWithKnappHartung() {
        check(analysis("overall-knha"), reference.get("univariate").get("REML_knha"), "tval");
    }

    static JsonNode analysis(String id) {
        for (JsonNode a : results.get("analyses")) if (a.get("id").asText().equals(id)) return a;
        throw new AssertionError("no analysis " + id);
    }

    static void check(JsonNode a, JsonNode r, String stat) {
        Tolerance t = Tolerance.ITERATIVE;
        JsonNode c = a.get("coefficients").get(0);
        assertThat(a.get("k").asInt()).as("k").isEqualTo(r.get("k").asInt());
        assertThat(a.get("n_clusters").asInt()).as("studies").isEqualTo(32);
        t.assertNear("estimate", c.get("estimate").asDouble(), r.get("b").get("intrcpt").asDouble());
        t.assertNear("se", c.get("se").asDouble(), r.get("se").get("intrcpt").asDouble());
        t.assertNear("statistic", c.get("statistic").asDouble(), r.get(stat).get("intrcpt").asDouble());
        t.assertNear("p", c.get("p").asDouble(), r.get("pval").get("intrcpt").asDouble());
        t.assertNear("ci_lower", c.get("ci_lower").asDouble(), r.get("ci.lb").get("intrcpt").asDouble());
        t.assertNear("ci_upper", c.get("ci_upper").asDouble(), r.get("ci.ub").get("intrcpt").asDouble());
        JsonNode h = a.get("heterogeneity");
        t.assertNear("tau2", h.get("tau2").asDouble(), r.get("tau2").asDouble());
        t.assertNear("tau2_se", h.get("tau2_se").asDouble(), r.get("se.tau2").asDouble());
        t.assertNear("I2", h.get("I2").asDouble(), r.get("I2").asDouble());
        t.assertNear("H2", h.get("H2").asDouble(), r.get("H2").asDouble());
        Tolerance.CLOSED_FORM.assertNear("Q", h.get("Q").asDouble(), r.get("QE").asDouble());
        assertThat(h.get("Q_df").asInt()).as("Q df").isEqualTo(r.get("QE.df").asInt());
        t.assertNear("Q p", h.get("Q_p").asDouble(), r.get("QEp").asDouble());
        JsonNode p = a.get("prediction");
        t.assertNear("PI lower", p.get("lower").asDouble(), r.get("predict").get("pi.lb").asDouble());
        t.assertNear("PI upper", p.get("upper").asDouble(), r.get("predict").get("pi.ub").asDouble());
        t.assertNear("logLik", a.get("fit").get("logLik").asDouble(), r.get("logLik").asDouble());
        t.assertNear("AIC", a.get("fit").get("AIC").asDouble(), r.get("fit.stats").get("REML").get("AIC").asDouble());
        assertThat(a.get("fit").get("converged").asBoolean()).as("converged").isTrue();
        assertThat(a.get("fit").get("iterations").asInt()).as("iterations reported").isPositive();
    }

    @Test
    void fitsTheSelectionModelAsSelmodel() {
        JsonNode r = reference.get("selection_models").get("steps_0.025_0.5");
        JsonNode s = analysis("overall").get("selection_model");
        Tolerance t = Tolerance.SELECTION;
        assertThat(s.get("identified").asBoolean()).as("identified").isTrue();
        t.assertNear("adjusted estimate", s.get("estimate").asDouble(), intercept(r.get("b")));
        t.assertNear("adjusted se", s.get("se").asDouble(), intercept(r.get("se")));
        t.assertNear("adjusted ci.lb", s.get("ci_lower").asDouble(), intercept(r.get("ci.lb")));
        t.assertNear("tau2", s.get("tau2").asDouble(), r.get("tau2").asDouble());
        double[] delta = Fixtures.numbers(r.get("delta"));
        for (int i = 0; i < delta.length; i++) t.assertNear("delta[" + i + "]", s.get("weights").get(i).asDouble(), delta[i]);
        t.assertNear("LRT", s.get("LRT").asDouble(), r.get("LRT").asDouble());
        assertThat(s.get("LRT_df").asInt()).as("LRT df").isEqualTo(r.get("LRTdf").asInt());
    }

    @Test
    void runsEggerTrimAndFillAndLeaveOneOutAsMetafor() {
        JsonNode a = analysis("overall");
        Tolerance t = Tolerance.ITERATIVE;
        JsonNode reg = reference.get("regtest");
        t.assertNear("Egger z", a.get("egger").get("statistic").asDouble(), reg.get("zval").asDouble());
        t.assertNear("Egger p", a.get("egger").get("p").asDouble(), reg.get("pval").asDouble());
        t.assertNear("limit estimate", a.get("egger").get("limit_estimate").asDouble(), reg.get("est").asDouble());
        JsonNode tf = reference.get("trimfill");
        assertThat(a.get("trimfill").get("k0").asInt()).as("k0").isEqualTo(tf.get("k0").asInt());
        assertThat(a.get("trimfill").get("side").asText()).as("side").isEqualTo(tf.get("side").asText());
        t.assertNear("trimfill estimate", a.get("trimfill").get("estimate").asDouble(), intercept(tf.get("b")));
        JsonNode loo = reference.get("leave1out");
        double[] est = Fixtures.numbers(loo.get("estimate"));
        double[] lb = Fixtures.numbers(loo.get("ci.lb"));
        double[] tau2 = Fixtures.numbers(loo.get("tau2"));
        JsonNode rows = a.get("leave_one_out");
        assertThat(rows.size()).as("leave-one-out rows").isEqualTo(est.length).isEqualTo(79);
        for (int i = 0; i < est.length; i++) {
            t.assertNear("loo estimate " + i, rows.get(i).get("estimate").asDouble(), est[i]);
            t.assertNear("loo ci.lb " + i, rows.get(i).get("ci_lower").asDouble(), lb[i]);
            t.assertNear("loo tau2 " + i, rows.get(i).get("tau2").asDouble(), tau2[i]);
        }
    }

    @Test
    void flagsInfluentialEffectsAsMetafor() {
        JsonNode r = Fixtures.json("golden/school-based/extras.json").get("influence_univariate");
        JsonNode rows = analysis("overall").get("influence");
        double[] cook = Fixtures.numbers(r.get("cook.d"));
        double[] rstudent = Fixtures.numbers(r.get("rstudent"));
        assertThat(rows.size()).as("influence rows").isEqualTo(cook.length);
        for (int i = 0; i < cook.length; i++) {
            Tolerance.ITERATIVE.assertNear("cook.d " + i, rows.get(i).get("cook_d").asDouble(), cook[i]);
            Tolerance.ITERATIVE.assertNear("rstudent " + i, rows.get(i).get("rstudent").asDouble(), rstudent[i]);
            assertThat(rows.get(i).get("influential").asBoolean()).as("is.infl %d", i)
                    .isEqualTo(r.get("is.infl").get(i).asBoolean());
        }
    }

    /** A per-coefficient fixture value (an object keyed by metafor's name, or a plain number). */
    static double intercept(JsonNode node) {
        return node.isObject() ? node.get("intrcpt").asDouble() : Fixtures.number(node);
    }
}
