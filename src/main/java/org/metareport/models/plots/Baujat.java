package org.metareport.models.plots;

import java.util.List;
import org.metareport.models.FitException;
import org.metareport.models.Rma;
import org.metareport.models.RmaFit;
import org.metareport.vocabulary.Method;
import org.metareport.vocabulary.TestKind;

/**
 * metafor's {@code baujat()} for an {@code rma.uni} fit (Baujat et al. 2002, Stat Med 21, 2641–2652): for each effect
 * size, x = its squared Pearson residual (yᵢ − x'ᵢb)² / (τ² + vᵢ), its contribution to the Q statistic (to Q itself
 * in a fixed-effect model), and y = (x'ᵢb₍₋ᵢ₎ − x'ᵢb)² / x'ᵢ Var(b₍₋ᵢ₎) xᵢ, the squared standardised change of its
 * fitted value when the model is refitted without it (same method, test and level; τ² re-estimated).
 */
public final class Baujat {
    private Baujat() {}

    /**
     * The coordinates, one pair per effect size, in input order; y is NaN where the refit failed or a coefficient
     * became inestimable without the effect (metafor leaves those out).
     *
     * @param x      the design as fitted (intercept first)
     * @param full   the fit on all k effect sizes
     */
    public static double[][] of(double[] yi, double[] vi, double[][] x, List<String> names, RmaFit full, Method method,
                                TestKind test, double level) {
        int k = yi.length, p = x[0].length;
        double[] b = new double[p];
        for (int j = 0; j < p; j++) b[j] = full.coefficients().get(j).estimate();
        double[] xs = new double[k], ys = new double[k];
        for (int i = 0; i < k; i++) {
            double fitted = dot(x[i], b);
            xs[i] = (yi[i] - fitted) * (yi[i] - fitted) / (full.tau2() + vi[i]);
            ys[i] = Double.NaN;
            double[] y1 = new double[k - 1], v1 = new double[k - 1];
            double[][] x1 = new double[k - 1][];
            for (int r = 0, n = 0; r < k; r++) {
                if (r == i) continue;
                y1[n] = yi[r];
                v1[n] = vi[r];
                x1[n++] = x[r];
            }
            try {
                RmaFit without = Rma.fit(y1, v1, x1, names, method, test, level);
                if (!without.dropped().isEmpty()) continue;
                double[] bi = new double[p];
                for (int j = 0; j < p; j++) bi[j] = without.coefficients().get(j).estimate();
                double var = 0;
                double[][] vb = without.vb();
                for (int a = 0; a < p; a++) for (int c = 0; c < p; c++) var += x[i][a] * vb[a][c] * x[i][c];
                double d = dot(x[i], bi) - fitted;
                ys[i] = d * d / var;
            } catch (FitException | IllegalArgumentException e) {
                // as metafor: a refit that fails leaves this point out
            }
        }
        return new double[][] {xs, ys};
    }

    private static double dot(double[] a, double[] b) {
        double s = 0;
        for (int j = 0; j < a.length; j++) s += a[j] * b[j];
        return s;
    }
}
