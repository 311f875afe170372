package org.metareport.models;

import org.metareport.vocabulary.TestKind;

import org.metareport.vocabulary.Method;

import static org.junit.jupiter.api.Assertions.assertAll;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.metareport.testing.Fixtures;
import org.metareport.testing.Tolerance;

/**
 * Closed-form estimates for the ill-conditioned design {@code ~ ablat + year} of dat.bcg (intercept and years near
 * 1950), against the same formulas evaluated in exact rational arithmetic (Python's {@code fractions.Fraction} on the
 * doubles of dat.bcg.csv, then rounded once to double). metafor 3.8-1 is off by up to 4e-10 relative here (its QE for
 * this model is 28.325143656255275), so these values, not R's, pin the closed forms to {@code CLOSED_FORM}:
 *
 * <pre>
 * w = 1/v;  b, e = WLS(w, y);  QE = Σ w e²;  tr(P) = Σ w − tr((X'WX)⁻¹ X'W²X)
 * DL = (QE − (k − p)) / tr(P);  HS = (QE − k) / Σ w
 * HE = (RSS_OLS − (Σ v − tr((X'X)⁻¹ X'VX))) / (k − p)
 * SJ: t0 = Σ (y − ȳ)² / k;  SJ = t0 · Σ w₀ e₀² / (k − p) with w₀ = 1/(v + t0)
 * </pre>
 */
class ExactArithmeticTest {
    @Test
    void closedFormsOfAnIllConditionedMetaRegressionMatchExactArithmetic() {
        var csv = Fixtures.csv("golden/metadat/dat.bcg.csv");
        double[] yi = Fixtures.numbers(csv, "yi");
        double[] vi = Fixtures.numbers(csv, "vi");
        double[][] x = RmaGoldenTest.columns(Fixtures.numbers(csv, "ablat"), Fixtures.numbers(csv, "year"));
        List<String> names = List.of("intrcpt", "ablat", "year");
        RmaFit fe = Rma.fit(yi, vi, x, names, Method.FE, TestKind.Z, 95);
        RmaFit dl = Rma.fit(yi, vi, x, names, Method.DL, TestKind.Z, 95);
        RmaFit hs = Rma.fit(yi, vi, x, names, Method.HS, TestKind.Z, 95);
        RmaFit he = Rma.fit(yi, vi, x, names, Method.HE, TestKind.Z, 95);
        RmaFit sj = Rma.fit(yi, vi, x, names, Method.SJ, TestKind.Z, 95);
        Tolerance tol = Tolerance.CLOSED_FORM;
        assertAll(
                () -> tol.assertNear("FE b", estimates(fe), new double[] {17.15180117213488, -0.033875449410477,
                        -0.008466039114843222}),
                () -> tol.assertNear("QE", fe.qe(), 28.325143657961622),
                () -> tol.assertNear("DL tau2", dl.tau2(), 0.07903895781525448),
                () -> tol.assertNear("DL b", estimates(dl), new double[] {-1.2797914388272644, -0.028764483989566273,
                        0.0007720797820331847}),
                () -> tol.assertNear("HS tau2", hs.tau2(), 0.025135517361814144),
                () -> tol.assertNear("HS b", estimates(hs), new double[] {7.068629931714365, -0.030959811575561453,
                        -0.003419998417922559}),
                () -> tol.assertNear("HE tau2", he.tau2(), 0.2356107608170765),
                () -> tol.assertNear("SJ tau2", sj.tau2(), 0.2532261231818949));
    }

    private static double[] estimates(RmaFit fit) {
        return fit.coefficients().stream().mapToDouble(Coefficient::estimate).toArray();
    }
}
