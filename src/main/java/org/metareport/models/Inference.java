package org.metareport.models;

import java.util.ArrayList;
import java.util.List;
import org.apache.commons.statistics.distribution.ChiSquaredDistribution;
import org.apache.commons.statistics.distribution.FDistribution;
import org.metareport.models.numeric.Cholesky;
import org.metareport.vocabulary.TestKind;

/**
 * What every fitted model says about its coefficients, computed once here for the univariate, multilevel and RVE
 * fits: the coefficient table (metafor's {@code coef(summary(fit))}), their variance-covariance matrix, the omnibus
 * test of the moderators (QM) and predictions ({@code predict.rma}).
 *
 * @param test          how coefficients were tested: z, t (k − p df) or Knapp–Hartung; RVE fits report T with their
 *                      own Satterthwaite df per coefficient
 * @param level         confidence level in percent
 * @param k             number of effect sizes
 * @param coefficients  one per kept design column, intercept first
 * @param vb            variance-covariance matrix of the coefficients (after any Knapp–Hartung scaling)
 * @param moderators    the test of all coefficients but the intercept (all of them without an intercept); null for RVE
 */
public record Inference(TestKind test, double level, int k, List<Coefficient> coefficients, double[][] vb,
                        OmnibusTest moderators) {
    public Inference {
        coefficients = List.copyOf(coefficients);
    }

    /** Number of coefficients. */
    public int p() {
        return coefficients.size();
    }

    /**
     * The inference of a GLS/WLS fit with estimates b and covariance vb: tests of each coefficient against
     * {@link TestDistribution#of(TestKind, int)} with k − p df, intervals at the level, and QM (χ² for z tests; F with
     * (m, k − p) df for t and Knapp–Hartung tests, metafor's {@code QM / m}).
     *
     * @param intercept  whether the first column is the intercept (then QM leaves it out)
     * @param percent    confidence level in percent
     */
    public static Inference of(List<String> names, double[] b, double[][] vb, TestKind test, int k, boolean intercept,
                               double percent) {
        return of(names, b, vb, test, k, intercept, percent, WaldForm.FORWARD);
    }

    /**
     * How b'V⁻¹b is evaluated from the Cholesky factor. Both are exact in theory and differ in the last bit; each
     * model keeps the one its reported numbers were checked with, so results.json stays byte-identical.
     */
    public enum WaldForm {
        /** |L⁻¹b|² by forward substitution (univariate models). */
        FORWARD,
        /** b'(A⁻¹b) by a full solve (multilevel models). */
        SOLVE
    }

    /** As {@link #of(List, double[], double[][], TestKind, int, boolean, double)} with the given form of QM. */
    public static Inference of(List<String> names, double[] b, double[][] vb, TestKind test, int k, boolean intercept,
                               double percent, WaldForm form) {
        int p = b.length;
        int residualDf = k - p;
        TestDistribution dist = TestDistribution.of(test, residualDf);
        double crit = dist.critical(ConfidenceLevel.alpha(percent));
        List<Coefficient> coefficients = new ArrayList<>(p);
        for (int j = 0; j < p; j++) {
            double se = Math.sqrt(vb[j][j]);
            double stat = b[j] / se;
            coefficients.add(new Coefficient(names.get(j), b[j], se, stat, dist.df(), dist.twoSidedP(stat),
                    b[j] - crit * se, b[j] + crit * se));
        }
        int first = intercept ? 1 : 0;
        int m = p - first;
        double qm = m == 0 ? Double.NaN : wald(b, vb, first, form);
        double qmP = Double.NaN;
        if (m > 0 && !Double.isNaN(qm)) {
            if (test == TestKind.Z) {
                qmP = ChiSquaredDistribution.of(m).survivalProbability(qm);
            } else {
                qm /= m;
                qmP = FDistribution.of(m, residualDf).survivalProbability(qm);
            }
        }
        double qmDf2 = test == TestKind.Z ? Double.POSITIVE_INFINITY : residualDf;
        return new Inference(test, percent, k, coefficients, vb, new OmnibusTest(qm, m, qmDf2, qmP));
    }

    /**
     * The predicted effect at moderator values {@code x0}, as metafor's {@code predict(fit, newmods = ...)}:
     * pred = x0'b, se = √(x0' vb x0), CI pred ± crit·se and PI pred ± crit·√(se² + heterogeneity), crit from
     * t(k − p) for t and Knapp–Hartung tests and from the normal distribution for z tests.
     *
     * @param x0             one value per coefficient, in their order ({1} for an intercept-only model)
     * @param heterogeneity  the variance a new effect adds: tau² (univariate) or Σ sigma2 (multilevel)
     */
    public Prediction predict(double[] x0, double heterogeneity) {
        int p = p();
        if (x0.length != p)
            throw new IllegalArgumentException("x0 has " + x0.length + " values, the model has " + p + " coefficients");
        double pred = 0;
        for (int j = 0; j < p; j++) pred += x0[j] * coefficients.get(j).estimate();
        double var = 0;
        for (int a = 0; a < p; a++) {
            for (int b = 0; b < p; b++) var += x0[a] * vb[a][b] * x0[b];
        }
        double se = var < 0 ? Double.NaN : Math.sqrt(var);
        double crit = TestDistribution.of(test, k - p).critical(ConfidenceLevel.alpha(level));
        double piSe = Math.sqrt(var + heterogeneity);
        return new Prediction(pred, se, pred - crit * se, pred + crit * se, pred - crit * piSe, pred + crit * piSe);
    }

    /** The coefficient named {@code term}. */
    public Coefficient requireCoefficient(String term) {
        return coefficients.stream().filter(c -> c.term().equals(term)).findFirst().orElseThrow(() ->
                new IllegalArgumentException("no coefficient '" + term + "'; the model has "
                        + coefficients.stream().map(Coefficient::term).toList()));
    }

    /** b'V⁻¹b over the coefficients from {@code first} on, by Cholesky; NaN if that block is not positive definite. */
    public static double wald(double[] b, double[][] vb, int first) {
        return wald(b, vb, first, WaldForm.FORWARD);
    }

    /** As {@link #wald(double[], double[][], int)}, evaluated in the given form. */
    public static double wald(double[] b, double[][] vb, int first, WaldForm form) {
        int m = b.length - first;
        double[][] sub = new double[m][m];
        double[] bs = new double[m];
        for (int i = 0; i < m; i++) {
            bs[i] = b[first + i];
            for (int j = 0; j <= i; j++) sub[i][j] = vb[first + i][first + j];
        }
        Cholesky c = Cholesky.tryOf(sub);
        if (c == null) return Double.NaN;
        if (form == WaldForm.FORWARD) return c.quadraticInverse(bs);
        double[] x = c.solve(bs);
        double q = 0;
        for (int i = 0; i < m; i++) q += bs[i] * x[i];
        return q;
    }
}
