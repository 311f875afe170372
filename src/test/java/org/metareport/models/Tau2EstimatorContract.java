package org.metareport.models;

import org.metareport.vocabulary.TestKind;

import org.metareport.vocabulary.Method;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.metareport.testing.Fixtures;
import org.metareport.testing.Tolerance;

/**
 * Properties every tau² estimator must have, after Hipparchus's {@code RealDistributionAbstractTest}: each
 * {@link Method} gets a subclass that names it. The data sets are dat.bcg (with and without moderators) and
 * simulated meta-analyses from a fixed seed.
 */
abstract class Tau2EstimatorContract {
    /** The method under test. */
    abstract Method method();

    /** A named data set: effect sizes, variances and design. */
    record DataSet(String name, double[] yi, double[] vi, double[][] x, List<String> terms) {
        @Override
        public String toString() {
            return name;
        }

        RmaFit fit(Method method) {
            return Rma.fit(yi, vi, x, terms, method, TestKind.Z, 95);
        }
    }

    static Stream<DataSet> dataSets() {
        var csv = Fixtures.csv("golden/metadat/dat.bcg.csv");
        double[] yi = Fixtures.numbers(csv, "yi");
        double[] vi = Fixtures.numbers(csv, "vi");
        double[] ablat = Fixtures.numbers(csv, "ablat");
        List<DataSet> sets = new ArrayList<>();
        sets.add(new DataSet("dat.bcg", yi, vi, RmaGoldenTest.intercept(yi.length), List.of("intrcpt")));
        sets.add(new DataSet("dat.bcg ~ ablat", yi, vi, RmaGoldenTest.columns(ablat), List.of("intrcpt", "ablat")));
        Random random = new Random(20240601);
        for (int s = 0; s < 4; s++) {
            int k = 5 + 10 * s;
            double tau = s * 0.2;                                       // from no heterogeneity to a lot
            double[] y = new double[k];
            double[] v = new double[k];
            double[] mod = new double[k];
            for (int i = 0; i < k; i++) {
                v[i] = 0.01 + 0.2 * random.nextDouble();
                mod[i] = random.nextGaussian();
                y[i] = 0.3 + 0.1 * mod[i] + tau * random.nextGaussian() + Math.sqrt(v[i]) * random.nextGaussian();
            }
            sets.add(new DataSet("simulated k = " + k + ", tau = " + tau, y, v, RmaGoldenTest.intercept(k),
                    List.of("intrcpt")));
            if (k > 5) {
                sets.add(new DataSet("simulated k = " + k + ", tau = " + tau + " ~ mod", y, v,
                        RmaGoldenTest.columns(mod), List.of("intrcpt", "mod")));
            }
        }
        return sets.stream();
    }

    private Tolerance tolerance() {
        return method().isClosedForm() ? Tolerance.CLOSED_FORM : Tolerance.ITERATIVE;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("dataSets")
    void givesANonNegativeTau2(DataSet data) {
        RmaFit fit = data.fit(method());
        assertThat(fit.tau2()).as("tau2 for %s", data).isGreaterThanOrEqualTo(0);
        assertThat(fit.i2()).as("I2 for %s", data).isBetween(0.0, 100.0);
        assertThat(fit.converged()).as("converged").isTrue();
    }

    @Test
    void givesZeroTau2OnTheBoundaryForHomogeneousData() {
        double[] yi = {0.4, 0.4, 0.4, 0.4, 0.4, 0.4};
        double[] vi = {0.02, 0.05, 0.1, 0.03, 0.2, 0.07};
        RmaFit fit = Rma.fit(yi, vi, method(), TestKind.Z, 95);
        assertThat(fit.tau2()).as("tau2 for identical effect sizes").isZero();
        assertThat(fit.tau2AtBoundary()).as("on the boundary").isEqualTo(method() != Method.FE);
        assertThat(fit.qe()).as("QE").isCloseTo(0, org.assertj.core.data.Offset.offset(1e-20));
        assertThat(fit.i2()).as("I2").isZero();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("dataSets")
    void ignoresRowOrder(DataSet data) {
        int k = data.yi().length;
        List<Integer> perm = new ArrayList<>();
        for (int i = 0; i < k; i++) perm.add(i);
        java.util.Collections.shuffle(perm, new Random(7));            // a fixed shuffle
        assertThat(perm).as("a real permutation").isNotEqualTo(perm.stream().sorted().toList());
        double[] y = new double[k];
        double[] v = new double[k];
        double[][] x = new double[k][];
        for (int i = 0; i < k; i++) {
            y[i] = data.yi()[perm.get(i)];
            v[i] = data.vi()[perm.get(i)];
            x[i] = data.x()[perm.get(i)];
        }
        RmaFit a = data.fit(method());
        RmaFit b = new DataSet(data.name() + " shuffled", y, v, x, data.terms()).fit(method());
        Tolerance tol = tolerance();
        tol.assertNear("tau2", b.tau2(), a.tau2());
        tol.assertNear("b", estimates(b), estimates(a));
        tol.assertNear("se", ses(b), ses(a));
        tol.assertNear("QE", b.qe(), a.qe());
        tol.assertNear("logLik", b.logLik(), a.logLik());
    }

    @ParameterizedTest(name = "c = {0}")
    @ValueSource(doubles = {10, 0.01, 3.7})
    void scalesTau2WithTheSquareOfTheEffectScale(double c) {
        dataSets().forEach(data -> {
            double[] y = data.yi().clone();
            double[] v = data.vi().clone();
            for (int i = 0; i < y.length; i++) {
                y[i] *= c;
                v[i] *= c * c;
            }
            RmaFit a = data.fit(method());
            RmaFit b = new DataSet(data.name() + " scaled", y, v, data.x(), data.terms()).fit(method());
            Tolerance tol = tolerance();
            tol.assertNear(data + ": tau2 · c²", b.tau2(), a.tau2() * c * c);
            tol.assertNear(data + ": b · c", estimates(b), times(estimates(a), c));
            tol.assertNear(data + ": se · c", ses(b), times(ses(a), c));
            tol.assertNear(data + ": QE", b.qe(), a.qe());
            tol.assertNear(data + ": I2", b.i2(), a.i2());
        });
    }

    @Test
    void shiftsOnlyTheInterceptWhenEffectSizesShift() {
        DataSet data = dataSets().findFirst().orElseThrow();
        double[] y = data.yi().clone();
        for (int i = 0; i < y.length; i++) y[i] += 2.5;
        RmaFit a = data.fit(method());
        RmaFit b = new DataSet("shifted", y, data.vi(), data.x(), data.terms()).fit(method());
        tolerance().assertNear("tau2", b.tau2(), a.tau2());
        tolerance().assertNear("intercept + 2.5", b.coefficients().get(0).estimate(),
                a.coefficients().get(0).estimate() + 2.5);
    }

    @Test
    void refusesASingleEffectSize() {
        org.assertj.core.api.Assertions.assertThatThrownBy(
                        () -> Rma.fit(new double[] {0.3}, new double[] {0.04}, method(), TestKind.Z, 95))
                .isInstanceOf(FitException.class)
                .hasMessageStartingWith("only 1 effect size");
    }

    private static double[] estimates(RmaFit fit) {
        return fit.coefficients().stream().mapToDouble(Coefficient::estimate).toArray();
    }

    private static double[] ses(RmaFit fit) {
        return fit.coefficients().stream().mapToDouble(Coefficient::se).toArray();
    }

    private static double[] times(double[] a, double c) {
        double[] out = a.clone();
        for (int i = 0; i < out.length; i++) out[i] *= c;
        return out;
    }
}
