package org.metareport.models.multilevel;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.metareport.models.Coefficient;
import org.metareport.models.Rma;
import org.metareport.models.RmaFit;
import org.metareport.testing.Fixtures;
import org.metareport.vocabulary.Method;
import org.metareport.vocabulary.TestKind;
import org.metareport.vocabulary.VcovType;

/**
 * A CR2 test without information (golden/local/cr2-degenerate: 'x' is a contrast within study S1 alone, which the
 * model fits exactly): clubSandwich gives SE 0 and df NaN (rma.mv) or SE 1e-17 and p &lt; .001 (rma.uni); metareport
 * gives no test for x (NaN statistic, df, p and interval, listed by {@link RobustFit#untested()}) and the tests of the
 * other coefficients as clubSandwich's, at {@link Tol#ITERATIVE}.
 */
class DegenerateClusterRobustGoldenTest {
    static final JsonNode REF = Fixtures.json("golden/local/cr2-degenerate/cr2-degenerate.json");
    static final List<String> TERMS = List.of("intercept", "type[b]", "x");

    final Map<String, List<String>> csv = Fixtures.csv("golden/local/cr2-degenerate/data.csv");
    final double[] yi = Fixtures.numbers(csv, "yi");
    final double[] vi = Fixtures.numbers(csv, "vi");
    final String[] study = csv.get("study").toArray(String[]::new);
    final String[] esid = csv.get("esid").toArray(String[]::new);
    final double[][] x = design();

    double[][] design() {
        double[] xs = Fixtures.numbers(csv, "x");
        double[][] out = new double[xs.length][];
        for (int i = 0; i < xs.length; i++) {
            out[i] = new double[] {1, csv.get("type").get(i).equals("b") ? 1 : 0, xs[i]};
        }
        return out;
    }

    @Test
    void univariateModelGivesNoTestForTheContrastWithinOneStudy() {
        RmaFit fit = Rma.fit(yi, vi, x, TERMS, Method.REML, TestKind.T, 95);
        check(ClusterRobust.coefTest(WorkingModel.univariate(fit, yi, vi, x, TERMS), study, VcovType.CR2, 95),
                REF.get("uni"));
    }

    @Test
    void multilevelModelGivesNoTestForTheContrastWithinOneStudy() {
        MultilevelFit fit = RmaMv.fit(yi, SamplingCovariance.diagonal(vi), NestedLevels.of(List.of("study", "esid"),
                study, esid), x, TERMS, Method.REML, TestKind.T, 95);
        check(ClusterRobust.coefTest(fit.working(), study, VcovType.CR2, 95), REF.get("mv"));
    }

    static void check(RobustFit fit, JsonNode r) {
        Tol tol = Tol.ITERATIVE;
        for (int i = 0; i < 2; i++) {
            Coefficient c = fit.coefficients().get(i);
            String what = c.term() + " ";
            tol.assertNear(what + "b", c.estimate(), r.get("b").get(i).asDouble());
            tol.assertNear(what + "se", c.se(), r.get("se").get(i).asDouble());
            tol.assertNear(what + "tval", c.statistic(), r.get("tval").get(i).asDouble());
            tol.assertNear(what + "df", c.df(), r.get("df").get(i).asDouble());
            tol.assertNear(what + "pval", c.p(), r.get("pval").get(i).asDouble());
            tol.assertNear(what + "ci.lb", c.ciLower(), r.get("ci.lb").get(i).asDouble());
            tol.assertNear(what + "ci.ub", c.ciUpper(), r.get("ci.ub").get(i).asDouble());
        }
        Coefficient x = fit.coefficients().get(2);
        tol.assertNear("x b", x.estimate(), r.get("b").get(2).asDouble());
        assertThat(x.se()).as("x: robust SE 0 up to rounding (R: %s)", r.get("se").get(2))
                .isLessThan(ClusterRobust.DEGENERATE_SE * r.get("model_se").get(2).asDouble());
        assertThat(new double[] {x.statistic(), x.df(), x.p(), x.ciLower(), x.ciUpper()}).as("x: no test")
                .containsOnly(Double.NaN);
        assertThat(fit.untested()).as("untested").containsExactly(x);
    }
}
