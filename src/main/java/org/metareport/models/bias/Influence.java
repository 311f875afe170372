package org.metareport.models.bias;

import org.metareport.models.numeric.Cholesky;

import java.util.ArrayList;
import java.util.List;
import org.apache.commons.statistics.distribution.ChiSquaredDistribution;
import org.metareport.models.Coefficient;
import org.metareport.models.FitException;
import org.metareport.vocabulary.Method;
import org.metareport.models.Rma;
import org.metareport.models.RmaFit;
import org.metareport.vocabulary.TestKind;

/**
 * Case-deletion influence diagnostics for a univariate model, metafor 3.8's {@code influence.rma.uni()}
 * (Viechtbauer &amp; Cheung, 2010, Res Synth Methods 1, 112–125): for each effect size, the model is refitted without
 * it by the same method, test and level.
 *
 * <p>An effect size is flagged as influential (metafor's {@code is.infl}, marked * in its output) when any of
 * |DFFITS| &gt; 3√(p/(k − p)), P(χ²ₚ ≤ Cook's D) &gt; 0.5, hat &gt; 3p/k, or any |DFBETAS| &gt; 1 holds. When the
 * refit without it fails, only the hat criterion can flag it (R's {@code NA | TRUE} is TRUE).
 *
 * <p>Refits that fail, or that drop a coefficient as redundant, leave that row's deletion diagnostics null (metafor's
 * NA). With k = 2 every refit has one effect size, which {@link Rma#fit} does not fit, so all deletion diagnostics are
 * null where metafor reports them from its k = 1 fits; hat and weight are always given.
 */
public final class Influence {
    private Influence() {}

    /**
     * The diagnostics of every effect size.
     *
     * @param fit               the full model
     * @param coefficientNames  its coefficients, in the order of {@link InfluenceCase.Deletion#dfbs()}
     * @param cases             one per effect size, in input order
     */
    public record Result(RmaFit fit, List<String> coefficientNames, List<InfluenceCase> cases) {
        public Result {
            coefficientNames = List.copyOf(coefficientNames);
            cases = List.copyOf(cases);
        }
    }

    /** The diagnostics of {@code rma(yi, vi, method, test, level)}, metafor's {@code influence(rma(yi, vi))}. */
    public static Result of(double[] yi, double[] vi, Method method, TestKind test, double level) {
        double[][] x = new double[yi.length][];
        for (int i = 0; i < x.length; i++) x[i] = new double[] {1};
        return of(yi, vi, x, List.of("intrcpt"), method, test, level);
    }

    /**
     * The diagnostics of a meta-regression {@code rma(yi, vi, mods = x, ...)}; redundant columns are dropped by the
     * fit, and the diagnostics use the columns it kept.
     *
     * @throws FitException if the full model cannot be fitted, or k = 1
     */
    public static Result of(double[] yi, double[] vi, double[][] x, List<String> termNames, Method method,
                            TestKind test, double level) {
        RmaFit fit = Rma.fit(yi, vi, x, termNames, method, test, level);
        int k = fit.k();
        int p = fit.p();
        if (k == 1) throw new FitException("influence diagnostics need at least 2 effect sizes");
        List<String> names = fit.coefficients().stream().map(Coefficient::term).toList();
        double[][] xk = keptColumns(x, termNames, names);
        double[] b = fit.coefficients().stream().mapToDouble(Coefficient::estimate).toArray();

        double[] w = new double[k];
        double sumW = 0;
        for (int i = 0; i < k; i++) {
            w[i] = 1 / (vi[i] + fit.tau2());
            sumW += w[i];
        }
        Cholesky xtwx = Cholesky.tryOf(crossproduct(xk, w));
        if (xtwx == null) throw new FitException("the weighted design matrix is singular; influence diagnostics "
                + "cannot be computed");
        double[][] xtwxInv = xtwx.inverseByColumns();
        Cholesky vb = Cholesky.tryOf(fit.vb());
        if (vb == null) throw new FitException("the coefficients' covariance matrix is not positive definite; "
                + "influence diagnostics cannot be computed");
        Full full = new Full(b, vb, vb.determinant());
        Refit refit = new Refit(yi, vi, xk, names, method, test, level);

        double dffitsCut = 3 * Math.sqrt((double) p / (k - p));
        double hatCut = 3.0 * p / k;
        ChiSquaredDistribution chi2 = ChiSquaredDistribution.of(p);
        List<InfluenceCase> cases = new ArrayList<>(k);
        for (int i = 0; i < k; i++) {
            double hat = w[i] * quadratic(xk[i], xtwxInv);
            if (hat > 1 - 10 * Math.ulp(1.0)) hat = 1;
            double weight = 100 * w[i] / sumW;
            InfluenceCase.Deletion d = deletion(refit, full, i, hat);
            boolean infl = hat > hatCut;
            if (d != null) {
                infl |= Math.abs(d.dffits()) > dffitsCut || chi2.cumulativeProbability(d.cookD()) > 0.5;
                for (double v : d.dfbs()) infl |= Math.abs(v) > 1;
            }
            cases.add(new InfluenceCase(i, hat, weight, d, infl));
        }
        return new Result(fit, names, cases);
    }

    /** The data and settings of the full model, which every refit without one effect size reuses. */
    private record Refit(double[] yi, double[] vi, double[][] xk, List<String> names, Method method, TestKind test,
                         double level) {
        /** The model without effect size i; null where metafor's row stays NA. */
        RmaFit without(int i) {
            int k = yi.length;
            double[] y = new double[k - 1];
            double[] v = new double[k - 1];
            double[][] xd = new double[k - 1][];
            for (int r = 0, n = 0; r < k; r++) {
                if (r == i) continue;
                y[n] = yi[r];
                v[n] = vi[r];
                xd[n++] = xk[r];
            }
            RmaFit del;
            try {
                del = Rma.fit(y, v, xd, names, method, test, level);
            } catch (FitException e) {
                return null;                                   // metafor: try-error, the row stays NA
            }
            return del.dropped().isEmpty() ? del : null;       // metafor: coef.na, the row stays NA
        }
    }

    /** The pieces of the full fit each deletion is compared with: coefficients, vb (factored) and det(vb). */
    private record Full(double[] b, Cholesky vb, double detVb) {}

    private static InfluenceCase.Deletion deletion(Refit refit, Full full, int i, double hat) {
        double[] yi = refit.yi;
        double[] vi = refit.vi;
        double[][] xk = refit.xk;
        double[] b = full.b;
        int k = yi.length;
        int p = refit.names.size();
        RmaFit del = refit.without(i);
        if (del == null) return null;
        double[] bDel = del.coefficients().stream().mapToDouble(Coefficient::estimate).toArray();
        double tau2Del = del.tau2();
        double s2wDel = del.s2w();
        double predFull = dot(xk[i], b);
        double predDel = dot(xk[i], bDel);
        double vPredDel = quadratic(xk[i], del.vb());

        double resid = yi[i] - predDel;
        if (Math.abs(resid) < 100 * Math.ulp(1.0)) resid = 0;
        double rstudent = resid / Math.sqrt(vi[i] * s2wDel + vPredDel + tau2Del * s2wDel);
        double dffits = (predFull - predDel) / Math.sqrt(s2wDel * hat * (tau2Del + vi[i]));

        // DFBETAS scale: (X'W₍₋ᵢ₎X)⁻¹ over all k rows with the weights 1/(v + tau²₍₋ᵢ₎), metafor's vb.del
        double[] wDel = new double[k];
        for (int r = 0; r < k; r++) wDel[r] = 1 / (vi[r] + tau2Del);
        Cholesky c = Cholesky.tryOf(crossproduct(xk, wDel));
        if (c == null) return null;
        double[][] vbDel = c.inverseByColumns();
        double[] dfb = new double[p];
        double[] dfbs = new double[p];
        for (int j = 0; j < p; j++) {
            dfb[j] = b[j] - bDel[j];
            dfbs[j] = dfb[j] / Math.sqrt(s2wDel * vbDel[j][j]);
        }
        double cookD = full.vb.quadraticInverse(dfb);
        Cholesky delVb = Cholesky.tryOf(del.vb());
        double covR = (delVb == null ? determinant(del.vb()) : delVb.determinant()) / full.detVb;
        return new InfluenceCase.Deletion(rstudent, dffits, cookD, covR, tau2Del, del.qe(), dfbs);
    }

    /** The rows of x restricted to the named columns, in the order of {@code kept}. */
    private static double[][] keptColumns(double[][] x, List<String> termNames, List<String> kept) {
        int[] idx = kept.stream().mapToInt(termNames::indexOf).toArray();
        double[][] out = new double[x.length][idx.length];
        for (int i = 0; i < x.length; i++) for (int j = 0; j < idx.length; j++) out[i][j] = x[i][idx[j]];
        return out;
    }

    private static double[][] crossproduct(double[][] x, double[] w) {
        int p = x[0].length;
        double[][] a = new double[p][p];
        for (int i = 0; i < x.length; i++)
            for (int r = 0; r < p; r++) for (int s = 0; s < p; s++) a[r][s] += w[i] * x[i][r] * x[i][s];
        return a;
    }

    private static double quadratic(double[] x, double[][] m) {
        double q = 0;
        for (int r = 0; r < x.length; r++) for (int s = 0; s < x.length; s++) q += x[r] * m[r][s] * x[s];
        return q;
    }

    private static double dot(double[] a, double[] b) {
        double s = 0;
        for (int j = 0; j < a.length; j++) s += a[j] * b[j];
        return s;
    }

    /** det by Gaussian elimination with partial pivoting, for a covariance matrix that is not positive definite. */
    private static double determinant(double[][] m) {
        int n = m.length;
        double[][] a = new double[n][];
        for (int i = 0; i < n; i++) a[i] = m[i].clone();
        double det = 1;
        for (int c = 0; c < n; c++) {
            int piv = c;
            for (int r = c + 1; r < n; r++) if (Math.abs(a[r][c]) > Math.abs(a[piv][c])) piv = r;
            if (a[piv][c] == 0) return 0;
            if (piv != c) {
                double[] t = a[piv];
                a[piv] = a[c];
                a[c] = t;
                det = -det;
            }
            det *= a[c][c];
            for (int r = c + 1; r < n; r++) {
                double f = a[r][c] / a[c][c];
                for (int s = c; s < n; s++) a[r][s] -= f * a[c][s];
            }
        }
        return det;
    }
}
