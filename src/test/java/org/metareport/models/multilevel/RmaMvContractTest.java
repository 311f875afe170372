package org.metareport.models.multilevel;

import org.metareport.vocabulary.VcovType;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.metareport.models.Coefficient;
import org.metareport.models.FitException;
import org.metareport.vocabulary.Method;
import org.metareport.models.Rma;
import org.metareport.models.RmaFit;
import org.metareport.vocabulary.TestKind;

/**
 * Properties every multilevel fit must have, whatever the data (after Hipparchus's abstract distribution tests): row
 * and cluster order are irrelevant, rho = 0 is diag(vi), rescaling yi by c and V by c² rescales sigma2 by c², one
 * effect per cluster reduces to the univariate model, single-group and fixed components behave as metafor's, and bad
 * input fails with a message in the user's words.
 */
class RmaMvContractTest {
    static final double CLOSE = 1e-9;
    final SchoolData d = new SchoolData();

    /** The authors' design of a small meta-regression: Construct, Teacher.c, CBT.c. */
    double[][] design(int[] rows) {
        double[][] x = new double[rows.length][];
        for (int i = 0; i < rows.length; i++) {
            int r = rows[i];
            x[i] = new double[] {1, d.construct[r].equals("D") ? 1 : 0, d.numeric.get("Teacher.c")[r], d.numeric.get("CBT.c")[r]};
        }
        return x;
    }

    static final List<String> TERMS = List.of("intrcpt", "ConstructD", "Teacher.c", "CBT.c");

    record Fitted(MultilevelFit fit, RobustFit cr2, WaldTest htz) {}

    Fitted fit(int[] rows, java.util.function.UnaryOperator<String> rename, double scale) {
        double[] yi = Arrays.stream(rows).mapToDouble(r -> d.yi[r] * scale).toArray();
        double[] vi = Arrays.stream(rows).mapToDouble(r -> d.vi[r] * scale * scale).toArray();
        String[] study = Arrays.stream(rows).mapToObj(r -> rename.apply(d.study[r])).toArray(String[]::new);
        String[] es = Arrays.stream(rows).mapToObj(r -> d.esId[r]).toArray(String[]::new);
        MultilevelFit fit = RmaMv.fit(yi, SamplingCovariance.imputed(vi, study, 0.8),
                NestedLevels.of(List.of("study", "es_id"), study, es), design(rows), TERMS, Method.REML, TestKind.T, 95);
        RobustFit cr2 = ClusterRobust.coefTest(fit.working(), study, VcovType.CR2, 95);
        WaldTest htz = ClusterRobust.waldTest(fit.working(), study, VcovType.CR2, List.of("Teacher.c", "CBT.c"));
        return new Fitted(fit, cr2, htz);
    }

    int[] identity() {
        int[] rows = new int[d.k];
        for (int i = 0; i < d.k; i++) rows[i] = i;
        return rows;
    }

    static void assertSame(Fitted a, Fitted b, double scale) {
        for (int l = 0; l < 2; l++) {
            assertThat(b.fit().sigma2()[l]).as("sigma2[%d]", l).isCloseTo(a.fit().sigma2()[l] * scale * scale,
                    within(CLOSE * a.fit().sigma2()[l] * scale * scale));
        }
        for (int j = 0; j < a.fit().p(); j++) {
            Coefficient ca = a.fit().coefficients().get(j);
            Coefficient cb = b.fit().coefficients().get(j);
            assertThat(cb.estimate()).as("b[%s]", ca.term()).isCloseTo(ca.estimate() * scale, within(CLOSE * Math.abs(ca.se() * scale)));
            assertThat(cb.se()).as("se[%s]", ca.term()).isCloseTo(ca.se() * scale, within(CLOSE * ca.se() * scale));
            Coefficient ra = a.cr2().coefficients().get(j);
            Coefficient rb = b.cr2().coefficients().get(j);
            assertThat(rb.se()).as("CR2 SE[%s]", ca.term()).isCloseTo(ra.se() * scale, within(CLOSE * ra.se() * scale));
            assertThat(rb.df()).as("CR2 df[%s]", ca.term()).isCloseTo(ra.df(), within(CLOSE * ra.df()));
        }
        assertThat(b.htz().fStatistic()).as("HTZ F").isCloseTo(a.htz().fStatistic(), within(CLOSE * a.htz().fStatistic()));
        assertThat(b.htz().dfDenom()).as("HTZ df").isCloseTo(a.htz().dfDenom(), within(CLOSE * a.htz().dfDenom()));
        assertThat(b.fit().qe()).as("QE").isCloseTo(a.fit().qe(), within(CLOSE * a.fit().qe()));
        assertThat(b.fit().i2().total()).as("I2 total").isCloseTo(a.fit().i2().total(), within(CLOSE * 100));
    }

    @Test
    void ignoresTheOrderOfRowsAndClustersAndTheirNames() {
        Fitted base = fit(identity(), s -> s, 1);
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < d.k; i++) order.add(i);
        Collections.shuffle(order, new Random(7));
        int[] shuffled = order.stream().mapToInt(Integer::intValue).toArray();
        assertSame(base, fit(shuffled, s -> s, 1), 1);
        assertSame(base, fit(identity(), s -> "z" + new StringBuilder(s).reverse(), 1), 1);
        assertThat(fit(shuffled, s -> s, 1).fit().logLik()).as("logLik").isCloseTo(base.fit().logLik(), within(1e-9));
    }

    @Test
    void rescalingYiByCAndVByCSquaredRescalesSigma2ByCSquared() {
        Fitted base = fit(identity(), s -> s, 1);
        assertSame(base, fit(identity(), s -> s, 1000), 1000);
        assertSame(base, fit(identity(), s -> s, 1e-3), 1e-3);
    }

    @Test
    void treatsRhoZeroAsTheDiagonalSamplingCovariance() {
        MultilevelFit diag = RmaMv.fit(d.yi, SamplingCovariance.diagonal(d.vi), d.studyEs(), Method.REML, TestKind.T, 95);
        MultilevelFit zero = RmaMv.fit(d.yi, d.v(0), d.studyEs(), Method.REML, TestKind.T, 95);
        MultilevelFit tiny = RmaMv.fit(d.yi, d.v(1e-12), d.studyEs(), Method.REML, TestKind.T, 95);
        assertThat(zero.sigma2()).as("sigma2 with rho = 0").containsExactly(diag.sigma2());
        assertThat(zero.coefficients()).as("coefficients with rho = 0").isEqualTo(diag.coefficients());
        assertThat(tiny.sigma2()[0]).as("sigma2 with rho = 1e-12").isCloseTo(diag.sigma2()[0], within(1e-9));
        assertThat(tiny.coefficients().get(0).estimate()).as("b with rho = 1e-12")
                .isCloseTo(diag.coefficients().get(0).estimate(), within(1e-9));
    }

    @Test
    void reducesToTheUnivariateModelWithOneEffectPerStudy() {
        Map<String, Integer> first = new LinkedHashMap<>();
        for (int i = 0; i < d.k; i++) first.putIfAbsent(d.study[i], i);
        int[] rows = first.values().stream().mapToInt(Integer::intValue).toArray();
        double[] yi = Arrays.stream(rows).mapToDouble(r -> d.yi[r]).toArray();
        double[] vi = Arrays.stream(rows).mapToDouble(r -> d.vi[r]).toArray();
        String[] study = Arrays.stream(rows).mapToObj(r -> d.study[r]).toArray(String[]::new);
        String[] es = Arrays.stream(rows).mapToObj(r -> d.esId[r]).toArray(String[]::new);
        MultilevelFit mv = RmaMv.fit(yi, SamplingCovariance.diagonal(vi), NestedLevels.of(List.of("study", "es_id"), study, es),
                Method.REML, TestKind.Z, 95);
        RmaFit uni = Rma.fit(yi, vi, Method.REML, TestKind.Z, 95);
        assertThat(mv.totalSigma2()).as("sigma2 sum vs tau2").isCloseTo(uni.tau2(), within(1e-9));
        assertThat(mv.sigma2()[0]).as("equal split").isCloseTo(mv.sigma2()[1], within(1e-12));
        assertThat(mv.coefficients().get(0).estimate()).as("b").isCloseTo(uni.coefficients().get(0).estimate(), within(1e-9));
        assertThat(mv.coefficients().get(0).se()).as("se").isCloseTo(uni.coefficients().get(0).se(), within(1e-9));
        assertThat(mv.logLik()).as("REML logLik").isCloseTo(uni.logLik(), within(1e-9));
        assertThat(mv.qe()).as("QE").isCloseTo(uni.qe(), within(1e-9));
        MultilevelFit one = RmaMv.fit(yi, SamplingCovariance.diagonal(vi), NestedLevels.of(List.of("study"), study),
                Method.REML, TestKind.Z, 95);
        assertThat(one.sigma2()[0]).as("a single level is rma.uni's tau2").isCloseTo(uni.tau2(), within(1e-9));
        RobustFit cr2mv = ClusterRobust.coefTest(mv.working(), study, VcovType.CR2, 95);
        RobustFit cr2uni = ClusterRobust.coefTest(WorkingModel.univariate(uni, yi, vi, ones(yi.length), List.of("intrcpt")),
                study, VcovType.CR2, 95);
        assertThat(cr2mv.coefficients().get(0).se()).as("CR2 SE").isCloseTo(cr2uni.coefficients().get(0).se(), within(1e-9));
        assertThat(cr2mv.coefficients().get(0).df()).as("CR2 df").isCloseTo(cr2uni.coefficients().get(0).df(), within(1e-6));
    }

    @Test
    void fixesTheComponentOfALevelWithASingleGroupAtZero() {
        String[] region = new String[d.k];
        Arrays.fill(region, "everywhere");
        MultilevelFit fit = RmaMv.fit(d.yi, d.v(0.8), NestedLevels.of(List.of("region", "study", "es_id"), region, d.study, d.esId),
                Method.REML, TestKind.T, 95);
        MultilevelFit threeLevel = RmaMv.fit(d.yi, d.v(0.8), d.studyEs(), Method.REML, TestKind.T, 95);
        assertThat(fit.sigma2Fixed()).as("fixed").containsExactly(true, false, false);
        assertThat(fit.sigma2()[0]).as("sigma2 of the single region").isZero();
        assertThat(fit.sigma2()[1]).as("study level as in the three-level model").isCloseTo(threeLevel.sigma2()[0], within(1e-9));
        assertThat(fit.reml().aic()).as("AIC counts only estimated components").isCloseTo(threeLevel.reml().aic(), within(1e-9));
        assertThat(fit.notes()).as("notes").anyMatch(n -> n.contains("single group"));
        assertThat(fit.sigma2Names()).as("s.names").containsExactly("region", "region/study", "region/study/es_id");
    }

    @Test
    void holdsGivenComponentsFixedAsMetaforsSigma2Argument() {
        MultilevelFit free = RmaMv.fit(d.yi, d.v(0.8), d.studyEs(), Method.REML, TestKind.T, 95);
        double[][] x = ones(d.k);
        MultilevelFit fixed = RmaMv.fit(d.yi, d.v(0.8), d.studyEs(), x, List.of("intrcpt"),
                new RmaMv.Options(Method.REML, TestKind.T, 95, new double[] {0.1, Double.NaN}));
        assertThat(fixed.sigma2()[0]).as("fixed component").isEqualTo(0.1);
        assertThat(fixed.sigma2()[1]).as("estimated component moves").isGreaterThan(free.sigma2()[1]);
        assertThat(fixed.logLik()).as("a constrained maximum is lower").isLessThan(free.logLik());
        assertThat(fixed.reml().aic()).as("AIC with one parameter less").isCloseTo(-2 * fixed.logLik() + 2 * 2, within(1e-9));
    }

    @Test
    void reportsPredictionsWithTheHeterogeneityOfEveryLevel() {
        MultilevelFit fit = RmaMv.fit(d.yi, d.v(0.8), d.studyEs(), Method.REML, TestKind.Z, 95);
        var p = RmaMv.predict(fit, new double[] {1});
        double half = 1.959963984540054 * Math.sqrt(p.se() * p.se() + fit.totalSigma2());
        assertThat(p.piUpper() - p.pred()).as("PI half-width, z").isCloseTo(half, within(1e-12));
        assertThatThrownBy(() -> RmaMv.predict(fit, new double[] {1, 2})).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("has 1 coefficients");
    }

    static double[][] ones(int k) {
        double[][] x = new double[k][];
        for (int i = 0; i < k; i++) x[i] = new double[] {1};
        return x;
    }
}
