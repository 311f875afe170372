package org.metareport.models.multilevel;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.function.Executable;
import org.metareport.models.Coefficient;
import org.metareport.models.Prediction;
import org.metareport.models.FitStatistics;
import org.metareport.models.RmaFit;
import org.metareport.testing.Fixtures;

/**
 * Checks of a fit against one JSON block of the fixtures, one {@link Executable} per field so that a failing case
 * reports every field that differs. Field names are metafor's and clubSandwich's (see shared/fixtures/README.md).
 */
final class Expect {
    /** p-values below this are underflow in R: compared only as "below". */
    static final double UNDERFLOW = 1e-300;

    private Expect() {}

    /** Every rma.mv field present in {@code r}: coefficients, vb, sigma2, QE, QM, logLik, fit.stats, I², predict. */
    static List<Executable> rmaMv(MultilevelFit fit, JsonNode r, Tol tol) {
        return rmaMv(fit, r, tol, true);
    }

    /**
     * @param criteria  compare AIC, BIC and AICc (false when sigma2 was fixed at R's values: fixed components are not
     *                  counted as parameters)
     */
    static List<Executable> rmaMv(MultilevelFit fit, JsonNode r, Tol tol, boolean criteria) {
        List<Executable> checks = new ArrayList<>();
        checks.add(() -> assertThat(fit.k()).as("k").isEqualTo(r.get("k").asInt()));
        checks.add(() -> assertThat(fit.p()).as("p").isEqualTo(r.get("p").asInt()));
        List<String> names = strings(r.get("coef_names"));
        checks.add(() -> assertThat(fit.coefficients().stream().map(Coefficient::term).toList()).as("coef_names")
                .isEqualTo(names));
        String stat = r.has("zval") ? "zval" : r.has("tval") ? "tval" : "stat";
        for (Coefficient c : fit.coefficients()) {
            String t = c.term();
            checks.add(() -> tol.assertNear("b[" + t + "]", c.estimate(), r.get("b").get(t).asDouble()));
            checks.add(() -> tol.assertNear("se[" + t + "]", c.se(), r.get("se").get(t).asDouble()));
            checks.add(() -> tol.assertNear(stat + "[" + t + "]", c.statistic(), r.get(stat).get(t).asDouble()));
            checks.add(() -> pValue(tol, "pval[" + t + "]", c.p(), r.get("pval").get(t).asDouble()));
            checks.add(() -> tol.assertNear("ci.lb[" + t + "]", c.ciLower(), r.get("ci.lb").get(t).asDouble()));
            checks.add(() -> tol.assertNear("ci.ub[" + t + "]", c.ciUpper(), r.get("ci.ub").get(t).asDouble()));
            double df = r.has("df") ? r.get("df").get(t).asDouble() : Double.POSITIVE_INFINITY;
            checks.add(() -> assertThat(c.df()).as("df[" + t + "]").isEqualTo(df));
        }
        checks.add(() -> tol.assertNear("vb", flatten(fit.vb()), flattenJson(r.get("vb"))));
        checks.add(() -> tol.assertNear("sigma2", fit.sigma2(), Fixtures.numbers(r.get("sigma2"))));
        checks.add(() -> assertThat(fit.sigma2Names()).as("s.names").isEqualTo(strings(r.get("s.names"))));
        checks.add(() -> assertThat(fit.sigma2Levels()).as("s.nlevels")
                .containsExactly(ints(r.get("s.nlevels"))));
        checks.add(() -> tol.assertNear("QE", fit.qe(), r.get("QE").asDouble()));
        checks.add(() -> pValue(tol, "QEp", fit.qeP(), r.get("QEp").asDouble()));
        if (r.has("QE.df")) checks.add(() -> assertThat(fit.qeDf()).as("QE.df").isEqualTo(r.get("QE.df").asInt()));
        if (r.has("QM") && !r.get("QM").isNull() && fit.qmDf1() > 0) {
            checks.add(() -> tol.assertNear("QM", fit.qm(), r.get("QM").asDouble()));
            checks.add(() -> pValue(tol, "QMp", fit.qmP(), r.get("QMp").asDouble()));
            checks.add(() -> assertThat(fit.qmDf1()).as("QMdf[1]").isEqualTo(r.get("QMdf").get(0).asInt()));
            double df2 = r.get("QMdf").get(1).isNull() ? Double.POSITIVE_INFINITY : r.get("QMdf").get(1).asDouble();
            checks.add(() -> assertThat(fit.qmDf2()).as("QMdf[2]").isEqualTo(df2));
        }
        checks.add(() -> tol.assertNear("logLik", fit.logLik(), r.get("logLik").asDouble()));
        fitStatistics(checks, tol, "ML", fit.ml(), r.get("fit.stats").get("ML"), criteria);
        fitStatistics(checks, tol, "REML", fit.reml(), r.get("fit.stats").get("REML"), criteria);
        if (r.has("multilevel_I2")) checks.addAll(i2(fit.i2(), r.get("multilevel_I2"), tol));
        if (r.has("predict")) {
            JsonNode pr = r.get("predict");
            double[] x0 = new double[fit.p()];
            x0[0] = 1;
            if (pr.get("call").asText().contains("newmods")) x0 = new double[] {1, 0.5};
            Prediction p = RmaMv.predict(fit, x0);
            checks.add(() -> tol.assertNear("predict pred", p.pred(), number(pr.get("pred"))));
            checks.add(() -> tol.assertNear("predict se", p.se(), number(pr.get("se"))));
            checks.add(() -> tol.assertNear("predict ci.lb", p.ciLower(), number(pr.get("ci.lb"))));
            checks.add(() -> tol.assertNear("predict ci.ub", p.ciUpper(), number(pr.get("ci.ub"))));
            checks.add(() -> tol.assertNear("predict pi.lb", p.piLower(), number(pr.get("pi.lb"))));
            checks.add(() -> tol.assertNear("predict pi.ub", p.piUpper(), number(pr.get("pi.ub"))));
        }
        if (r.has("PI_authors")) {
            Interval pi = RmaMv.authorsPredictionInterval(fit);
            checks.add(() -> tol.assertNear("PI_authors pi.lb", pi.lower(), r.get("PI_authors").get("pi.lb").asDouble()));
            checks.add(() -> tol.assertNear("PI_authors pi.ub", pi.upper(), r.get("PI_authors").get("pi.ub").asDouble()));
        }
        return checks;
    }

    /** The multilevel_I2 block. */
    static List<Executable> i2(MultilevelI2 i2, JsonNode r, Tol tol) {
        List<Executable> checks = new ArrayList<>();
        checks.add(() -> tol.assertNear("I2_total", i2.total(), r.get("I2_total").asDouble()));
        JsonNode by = r.get("I2_by_level");
        double[] expected = by.isArray() ? Fixtures.numbers(by) : i2.levels().stream().mapToDouble(l -> by.get(l).asDouble()).toArray();
        checks.add(() -> tol.assertNear("I2_by_level", i2.byLevel(), expected));
        checks.add(() -> tol.assertNear("typical_sampling_variance", i2.typicalSamplingVariance(),
                r.get("typical_sampling_variance").asDouble()));
        return checks;
    }

    /** A clubSandwich coef_test block (beta, SE, tstat, df_Satt, p_Satt; CI_L/CI_U and vcov when present). */
    static List<Executable> coefTest(RobustFit fit, JsonNode r, Tol tol) {
        return coefTest(fit, r, tol, java.util.Set.of(), tol);
    }

    /** As {@link #coefTest(RobustFit, JsonNode, Tol)}, with df_Satt and p_Satt of {@code looseDf} terms at {@code loose}. */
    static List<Executable> coefTest(RobustFit fit, JsonNode r, Tol tol, java.util.Set<String> looseDf, Tol loose) {
        List<Executable> checks = new ArrayList<>();
        List<String> names = strings(r.get("coef_names"));
        checks.add(() -> assertThat(fit.coefficients().stream().map(Coefficient::term).toList()).as("coef_names")
                .isEqualTo(names));
        for (Coefficient c : fit.coefficients()) {
            String t = c.term();
            checks.add(() -> tol.assertNear("beta[" + t + "]", c.estimate(), value(r.get("beta"), t)));
            checks.add(() -> tol.assertNear("SE[" + t + "]", c.se(), value(r.get("SE"), t)));
            checks.add(() -> tol.assertNear("tstat[" + t + "]", c.statistic(), value(r.get("tstat"), t)));
            Tol dfTol = looseDf.contains(t) ? loose : tol;
            checks.add(() -> dfTol.assertNear("df_Satt[" + t + "]", c.df(), value(r.get("df_Satt"), t)));
            checks.add(() -> pValue(dfTol, "p_Satt[" + t + "]", c.p(), value(r.get("p_Satt"), t)));
            if (r.has("CI_L")) {
                checks.add(() -> dfTol.assertNear("CI_L[" + t + "]", c.ciLower(), value(r.get("CI_L"), t)));
                checks.add(() -> dfTol.assertNear("CI_U[" + t + "]", c.ciUpper(), value(r.get("CI_U"), t)));
            }
        }
        if (r.has("vcov")) checks.add(() -> tol.assertNear("vcov", flatten(fit.vcov()), flattenJson(r.get("vcov"))));
        if (r.has("var")) checks.add(() -> tol.assertNear("var", fit.vcov()[0][0], r.get("var").asDouble()));
        return checks;
    }

    /** A clubSandwich Wald_test(test = "HTZ") block. */
    static List<Executable> wald(WaldTest w, JsonNode r, Tol tol) {
        List<Executable> checks = new ArrayList<>();
        checks.add(() -> tol.assertNear("Fstat", w.fStatistic(), r.get("Fstat").asDouble()));
        checks.add(() -> assertThat(w.dfNum()).as("df_num").isEqualTo(r.get("df_num").asInt()));
        checks.add(() -> tol.assertNear("df_denom", w.dfDenom(), r.get("df_denom").asDouble()));
        checks.add(() -> pValue(tol, "p_val", w.p(), r.get("p_val").asDouble()));
        if (r.has("delta")) checks.add(() -> tol.assertNear("delta", w.delta(), r.get("delta").asDouble()));
        return checks;
    }

    static void fitStatistics(List<Executable> checks, Tol tol, String which, FitStatistics.Criteria s, JsonNode r,
                              boolean criteria) {
        checks.add(() -> tol.assertNear(which + " ll", s.logLik(), r.get("ll").asDouble()));
        checks.add(() -> tol.assertNear(which + " dev", s.deviance(), r.get("dev").asDouble()));
        if (!criteria) return;
        checks.add(() -> tol.assertNear(which + " AIC", s.aic(), r.get("AIC").asDouble()));
        checks.add(() -> tol.assertNear(which + " BIC", s.bic(), r.get("BIC").asDouble()));
        checks.add(() -> tol.assertNear(which + " AICc", s.aicc(), r.get("AICc").asDouble()));
    }

    /** p-values: near as numbers, or both below {@link #UNDERFLOW}. */
    static void pValue(Tol tol, String what, double actual, double expected) {
        if (expected < UNDERFLOW) {
            assertThat(actual).as("%s: R reports underflow (%s)", what, expected).isLessThan(UNDERFLOW);
        } else {
            tol.assertNear(what, actual, expected);
        }
    }

    /** A coefficient's value from an object keyed by name, or from a one-element scalar. */
    static double value(JsonNode node, String term) {
        if (node.isObject()) return node.get(term).asDouble();
        return node.asDouble();
    }

    static double number(JsonNode node) {
        return Fixtures.numbers(node)[0];
    }

    static List<String> strings(JsonNode node) {
        List<String> out = new ArrayList<>();
        if (node.isArray()) node.forEach(n -> out.add(n.asText()));
        else out.add(node.asText());
        return out;
    }

    static int[] ints(JsonNode node) {
        if (!node.isArray()) return new int[] {node.asInt()};
        int[] out = new int[node.size()];
        for (int i = 0; i < out.length; i++) out[i] = node.get(i).asInt();
        return out;
    }

    static double[] flatten(double[][] m) {
        return java.util.Arrays.stream(m).flatMapToDouble(java.util.Arrays::stream).toArray();
    }

    static double[] flattenJson(JsonNode node) {
        List<Double> out = new ArrayList<>();
        if (!node.isArray()) return new double[] {node.asDouble()};
        for (JsonNode row : node) {
            if (row.isArray()) row.forEach(v -> out.add(Fixtures.number(v)));
            else out.add(Fixtures.number(row));
        }
        return out.stream().mapToDouble(Double::doubleValue).toArray();
    }
}
