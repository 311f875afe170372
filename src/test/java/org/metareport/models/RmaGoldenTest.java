package org.metareport.models;

import org.metareport.vocabulary.TestKind;

import org.metareport.vocabulary.Method;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertAll;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.DoubleUnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.metareport.testing.Fixtures;
import org.metareport.testing.Tolerance;

/**
 * {@link Rma} against metafor 3.8-1 (R 4.2.2): every {@code rma.uni} block of the golden fixtures. Each case is one
 * JSON block, named by its file and the R call recorded in it; the fixtures were made with threshold 1e-13.
 */
class RmaGoldenTest {
    /** One fixture block: the data it was fitted to and metafor's results. */
    record RmaCase(String name, double[] yi, double[] vi, double[][] x, List<String> terms, JsonNode expected) {
        Method method() {
            return Method.find(expected.get("method").asText()).orElseThrow();
        }

        TestKind test() {
            return TestKind.find(expected.get("test").asText()).orElseThrow();
        }

        Tolerance tolerance() {
            return method().isClosedForm() ? Tolerance.CLOSED_FORM : Tolerance.ITERATIVE;
        }

        RmaFit fit() {
            return Rma.fit(yi, vi, x, terms, method(), test(), 95);
        }

        @Override
        public String toString() {
            return name + ": " + expected.get("call").asText();
        }
    }

    static Stream<RmaCase> cases() {
        List<RmaCase> cases = new ArrayList<>();
        var bcgCsv = Fixtures.csv("golden/metadat/dat.bcg.csv");
        double[] yi = Fixtures.numbers(bcgCsv, "yi");
        double[] vi = Fixtures.numbers(bcgCsv, "vi");
        JsonNode bcg = Fixtures.json("golden/metadat/dat.bcg.json");
        double[][] one = intercept(yi.length);
        for (String block : List.of("rma", "rma_knha")) {
            for (Map.Entry<String, JsonNode> e : bcg.get(block).properties()) {
                cases.add(new RmaCase("dat.bcg " + block + " " + e.getKey(), yi, vi, one, List.of("intrcpt"), e.getValue()));
            }
        }
        double[] ablat = Fixtures.numbers(bcgCsv, "ablat");
        double[] year = Fixtures.numbers(bcgCsv, "year");
        JsonNode reg = bcg.get("meta_regression");
        double[][] ablatYear = columns(ablat, year);
        cases.add(new RmaCase("dat.bcg meta_regression REML", yi, vi, ablatYear, List.of("intrcpt", "ablat", "year"),
                reg.get("REML")));
        cases.add(new RmaCase("dat.bcg meta_regression REML_knha", yi, vi, ablatYear,
                List.of("intrcpt", "ablat", "year"), reg.get("REML_knha")));
        cases.add(new RmaCase("dat.bcg meta_regression ablat_only_REML", yi, vi, columns(ablat),
                List.of("intrcpt", "ablat"), reg.get("ablat_only_REML")));

        var normandCsv = Fixtures.csv("golden/metadat/dat.normand1999.csv");
        JsonNode normand = Fixtures.json("golden/metadat/dat.normand1999.json");
        for (String measure : List.of("SMD", "ROM")) {
            double[] y = Fixtures.numbers(normandCsv, "yi_" + measure);
            cases.add(new RmaCase("dat.normand1999 rma_REML_" + measure, y, Fixtures.numbers(normandCsv, "vi_" + measure),
                    intercept(y.length), List.of("intrcpt"), normand.get("rma_REML_" + measure)));
        }

        var molloyCsv = Fixtures.csv("golden/metadat/dat.molloy2014.csv");
        double[] my = Fixtures.numbers(molloyCsv, "yi");
        cases.add(new RmaCase("dat.molloy2014 rma_REML", my, Fixtures.numbers(molloyCsv, "vi"), intercept(my.length),
                List.of("intrcpt"), Fixtures.json("golden/metadat/dat.molloy2014.json").get("rma_REML")));

        var konCsv = Fixtures.csv("golden/metadat/dat.konstantopoulos2011.csv");
        double[] ky = Fixtures.numbers(konCsv, "yi");
        cases.add(new RmaCase("dat.konstantopoulos2011 univariate_REML", ky, Fixtures.numbers(konCsv, "vi"),
                intercept(ky.length), List.of("intrcpt"),
                Fixtures.json("golden/metadat/dat.konstantopoulos2011.json").get("univariate_REML")));

        var schoolCsv = Fixtures.csv("golden/school-based/analysis.csv");
        double[] sy = Fixtures.numbers(schoolCsv, "yi");
        double[] sv = Fixtures.numbers(schoolCsv, "vi");
        JsonNode uni = Fixtures.json("golden/school-based/reference.json").get("univariate");
        for (Map.Entry<String, JsonNode> e : uni.properties()) {
            cases.add(new RmaCase("school-based univariate " + e.getKey(), sy, sv, intercept(sy.length),
                    List.of("intrcpt"), e.getValue()));
        }
        assertThat(cases).as("golden rma.uni cases").hasSize(22);
        return cases.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void matchesMetafor(RmaCase c) {
        RmaFit fit = c.fit();
        JsonNode r = c.expected();
        Tolerance tol = c.tolerance();
        List<Executable> checks = new ArrayList<>();
        assertThat(fit.k()).as("k").isEqualTo(r.get("k").asInt());
        assertThat(fit.p()).as("p").isEqualTo(r.get("p").asInt());
        String statName = r.has("zval") ? "zval" : "tval";
        for (int j = 0; j < fit.p(); j++) {
            Coefficient coef = fit.coefficients().get(j);
            String term = coef.term();
            checks.add(() -> tol.assertNear("b[" + term + "]", coef.estimate(), r.get("b").get(term).asDouble()));
            checks.add(() -> tol.assertNear("se[" + term + "]", coef.se(), r.get("se").get(term).asDouble()));
            checks.add(() -> tol.assertNear(statName + "[" + term + "]", coef.statistic(), r.get(statName).get(term).asDouble()));
            checks.add(() -> assertPValue(tol, "pval[" + term + "]", coef.p(), r.get("pval").get(term).asDouble()));
            checks.add(() -> tol.assertNear("ci.lb[" + term + "]", coef.ciLower(), r.get("ci.lb").get(term).asDouble()));
            checks.add(() -> tol.assertNear("ci.ub[" + term + "]", coef.ciUpper(), r.get("ci.ub").get(term).asDouble()));
            double df = r.has("df") ? r.get("df").get(term).asDouble() : Double.POSITIVE_INFINITY;
            checks.add(() -> assertThat(coef.df()).as("df[" + term + "]").isEqualTo(df));
        }
        double[] vb = flatten(fit.vb());
        checks.add(() -> tol.assertNear("vb", vb, flattenJson(r.get("vb"))));
        checks.add(() -> tol.assertNear("tau2", fit.tau2(), r.get("tau2").asDouble()));
        checks.add(() -> tol.assertNear("se.tau2", fit.seTau2(), Fixtures.number(r.get("se.tau2"))));
        checks.add(() -> tol.assertNear("I2", fit.i2(), r.get("I2").asDouble()));
        checks.add(() -> tol.assertNear("H2", fit.h2(), r.get("H2").asDouble()));
        checks.add(() -> tol.assertNear("QE", fit.qe(), r.get("QE").asDouble()));
        checks.add(() -> assertPValue(tol, "QEp", fit.qeP(), r.get("QEp").asDouble()));
        checks.add(() -> assertThat(fit.qeDf()).as("QE.df").isEqualTo(r.get("QE.df").asInt()));
        checks.add(() -> tol.assertNear("logLik", fit.logLik(), r.get("logLik").asDouble()));
        checkFitStatistics(checks, tol, "ML", fit.ml(), r.get("fit.stats").get("ML"));
        checkFitStatistics(checks, tol, "REML", fit.reml(), r.get("fit.stats").get("REML"));
        checks.add(() -> tol.assertNear("s2w", fit.s2w(), r.has("s2w") ? r.get("s2w").asDouble() : 1.0));
        if (r.has("QM")) {
            checks.add(() -> tol.assertNear("QM", fit.qm(), r.get("QM").asDouble()));
            checks.add(() -> assertPValue(tol, "QMp", fit.qmP(), r.get("QMp").asDouble()));
            checks.add(() -> assertThat(fit.qmDf1()).as("QMdf[1]").isEqualTo(r.get("QMdf").get(0).asInt()));
            double df2 = r.get("QMdf").get(1).isNull() ? Double.POSITIVE_INFINITY : r.get("QMdf").get(1).asDouble();
            checks.add(() -> assertThat(fit.qmDf2()).as("QMdf[2]").isEqualTo(df2));
            checks.add(() -> tol.assertNear("R2", fit.r2(), r.get("R2").asDouble()));
        } else {
            checks.add(() -> assertThat(fit.qm()).as("QM of an intercept-only model").isNaN());
            checks.add(() -> assertThat(fit.r2()).as("R2 of an intercept-only model").isNaN());
        }
        checkPredictions(checks, tol, fit, c, r.get("predict"), x -> x);
        assertAll(c.toString(), checks);
    }

    /** metafor's {@code predict(fit, transf = exp)} and {@code transf.ztor}: the bounds transformed, no se. */
    static Stream<Object[]> transformedPredictions() {
        var bcgCsv = Fixtures.csv("golden/metadat/dat.bcg.csv");
        var molloyCsv = Fixtures.csv("golden/metadat/dat.molloy2014.csv");
        return Stream.of(
                new Object[] {"dat.bcg rma_predict_exp", Fixtures.numbers(bcgCsv, "yi"), Fixtures.numbers(bcgCsv, "vi"),
                        Fixtures.json("golden/metadat/dat.bcg.json").get("rma_predict_exp").get("predict"),
                        (DoubleUnaryOperator) Math::exp},
                new Object[] {"dat.molloy2014 rma_REML_back_transformed", Fixtures.numbers(molloyCsv, "yi"),
                        Fixtures.numbers(molloyCsv, "vi"),
                        Fixtures.json("golden/metadat/dat.molloy2014.json").get("rma_REML_back_transformed").get("predict"),
                        (DoubleUnaryOperator) Math::tanh});
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("transformedPredictions")
    void matchesMetaforBackTransformedPrediction(String name, double[] yi, double[] vi, JsonNode expected,
                                                 DoubleUnaryOperator transf) {
        RmaFit fit = Rma.fit(yi, vi, Method.REML, TestKind.Z, 95);
        Prediction p = Rma.predict(fit, new double[] {1});
        Tolerance tol = Tolerance.ITERATIVE;
        assertAll(name + ": " + expected.get("call").asText(),
                () -> tol.assertNear("pred", transf.applyAsDouble(p.pred()), expected.get("pred").asDouble()),
                () -> tol.assertNear("ci.lb", transf.applyAsDouble(p.ciLower()), expected.get("ci.lb").asDouble()),
                () -> tol.assertNear("ci.ub", transf.applyAsDouble(p.ciUpper()), expected.get("ci.ub").asDouble()),
                () -> tol.assertNear("pi.lb", transf.applyAsDouble(p.piLower()), expected.get("pi.lb").asDouble()),
                () -> tol.assertNear("pi.ub", transf.applyAsDouble(p.piUpper()), expected.get("pi.ub").asDouble()));
    }

    /**
     * dat.normand1999 with measure MD: metafor 3.8 stops with "Fisher scoring algorithm did not converge" at its
     * threshold of 1e-13 (absolute), which tau² ≈ 685 cannot meet in double precision. Judged relative to the data's
     * scale, REML converges; the estimate solves the REML estimating equation y'PPy = tr(P).
     */
    @Test
    void convergesWhereMetaforsAbsoluteThresholdCannotForMeanDifferences() {
        var csv = Fixtures.csv("golden/metadat/dat.normand1999.csv");
        JsonNode expected = Fixtures.json("golden/metadat/dat.normand1999.json").get("rma_REML_MD");
        assertThat(expected.get("error").asText()).as("metafor's outcome").contains("did not converge");
        double[] yi = Fixtures.numbers(csv, "yi_MD");
        double[] vi = Fixtures.numbers(csv, "vi_MD");
        RmaFit fit = Rma.fit(yi, vi, Method.REML, TestKind.Z, 95);
        assertThat(fit.converged()).as("converged").isTrue();
        Observations o = new Observations(yi, vi, Design.interceptOnly(yi.length));
        WeightedFit at = o.fitAt(fit.tau2());
        double[] e = at.residuals(yi);
        double score = FisherScoring.rssP2(at, e) - at.traceP();
        assertThat(Math.abs(score)).as("REML score y'PPy - tr(P) at the estimate, relative to tr(P)")
                .isLessThan(1e-9 * at.traceP());
        assertThat(fit.tau2()).as("tau2 for mean differences in points").isGreaterThan(100);
    }

    @Test
    void sourceFixturesAreNotEmpty() {
        assertThat(cases().count()).as("rma.uni golden cases").isEqualTo(22);
        assertThat(transformedPredictions().count()).as("transformed predictions").isEqualTo(2);
    }

    private static void checkFitStatistics(List<Executable> checks, Tolerance tol, String which,
                                           FitStatistics.Criteria s, JsonNode r) {
        checks.add(() -> tol.assertNear(which + " ll", s.logLik(), r.get("ll").asDouble()));
        checks.add(() -> tol.assertNear(which + " dev", s.deviance(), r.get("dev").asDouble()));
        checks.add(() -> tol.assertNear(which + " AIC", s.aic(), r.get("AIC").asDouble()));
        checks.add(() -> tol.assertNear(which + " BIC", s.bic(), r.get("BIC").asDouble()));
        checks.add(() -> tol.assertNear(which + " AICc", s.aicc(), r.get("AICc").asDouble()));
    }

    /** predict(fit): one row for intercept-only models, one per effect size (fitted values) for meta-regressions. */
    private static void checkPredictions(List<Executable> checks, Tolerance tol, RmaFit fit, RmaCase c, JsonNode r,
                                         DoubleUnaryOperator transf) {
        int rows = r.get("pred").isArray() ? r.get("pred").size() : 1;
        for (int i = 0; i < rows; i++) {
            double[] x0 = new double[fit.p()];
            for (int j = 0; j < fit.p(); j++) {
                String term = fit.coefficients().get(j).term();
                x0[j] = c.x()[i][c.terms().indexOf(term)];
            }
            Prediction p = Rma.predict(fit, x0);
            int row = i;
            String at = rows == 1 ? "" : "[" + (i + 1) + "]";
            checks.add(() -> tol.assertNear("pred" + at, p.pred(), element(r.get("pred"), row)));
            checks.add(() -> tol.assertNear("pred se" + at, p.se(), element(r.get("se"), row)));
            checks.add(() -> tol.assertNear("ci.lb" + at, p.ciLower(), element(r.get("ci.lb"), row)));
            checks.add(() -> tol.assertNear("ci.ub" + at, p.ciUpper(), element(r.get("ci.ub"), row)));
            if (r.has("pi.lb")) {
                checks.add(() -> tol.assertNear("pi.lb" + at, p.piLower(), element(r.get("pi.lb"), row)));
                checks.add(() -> tol.assertNear("pi.ub" + at, p.piUpper(), element(r.get("pi.ub"), row)));
            } else {                                              // FE: metafor gives no PI; ours equals the CI
                checks.add(() -> assertThat(p.piLower()).as("FE pi.lb = ci.lb").isEqualTo(p.ciLower()));
                checks.add(() -> assertThat(p.piUpper()).as("FE pi.ub = ci.ub").isEqualTo(p.ciUpper()));
            }
        }
    }

    /** p-values below 1e-300 are underflow in R: compare them only as "< 1e-300". */
    private static void assertPValue(Tolerance tol, String what, double actual, double expected) {
        if (expected < 1e-300) {
            assertThat(actual).as(what + " (underflow in R)").isLessThan(1e-300);
        } else {
            tol.assertNear(what, actual, expected);
        }
    }

    private static double element(JsonNode node, int i) {
        return node.isArray() ? node.get(i).asDouble() : node.asDouble();
    }

    private static double[] flattenJson(JsonNode node) {
        List<Double> out = new ArrayList<>();
        for (JsonNode row : node) {
            if (row.isArray()) for (JsonNode v : row) out.add(v.asDouble());
            else out.add(row.asDouble());
        }
        return out.stream().mapToDouble(Double::doubleValue).toArray();
    }

    private static double[] flatten(double[][] m) {
        return Stream.of(m).flatMapToDouble(java.util.Arrays::stream).toArray();
    }

    static double[][] intercept(int k) {
        double[][] x = new double[k][];
        for (int i = 0; i < k; i++) x[i] = new double[] {1};
        return x;
    }

    /** An intercept column followed by the given moderators, as {@code model.matrix(~ a + b)}. */
    static double[][] columns(double[]... mods) {
        int k = mods[0].length;
        double[][] x = new double[k][mods.length + 1];
        for (int i = 0; i < k; i++) {
            x[i][0] = 1;
            for (int j = 0; j < mods.length; j++) x[i][j + 1] = mods[j][i];
        }
        return x;
    }

}
