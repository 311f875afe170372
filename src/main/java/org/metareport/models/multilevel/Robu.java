package org.metareport.models.multilevel;

import org.metareport.vocabulary.RveWeights;
import org.metareport.models.numeric.Cholesky;

import org.metareport.models.TestDistribution;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.metareport.models.Coefficient;
import org.metareport.models.FitException;
import org.metareport.models.Inference;
import org.metareport.vocabulary.TestKind;

/**
 * Robust variance estimation for dependent effect sizes, giving the numbers of robumeta 2.0's
 * {@code robu(yi ~ x, studynum, var.eff.size = vi, modelweights = "CORR" | "HIER", rho, small)} (Hedges, Tipton &amp;
 * Johnson, 2010; Tipton, 2015, Psychol Methods 20:375 for the small-sample corrections).
 *
 * <pre>{@code
 * RobuFit corr = Robu.fit(yi, vi, x, List.of("intrcpt"), study, RveWeights.CORR, 0.8, true);
 * }</pre>
 *
 * <p>Two stages, as robumeta: weighted least squares with the working weights at tau² = 0 (and omega² = 0) gives the
 * residuals for the method-of-moments estimates of tau² (and omega² for HIER); the final weights use them. The
 * variance is the sandwich Q (Σⱼ Xⱼ'WⱼAⱼeⱼeⱼ'AⱼWⱼXⱼ) Q with Q = (X'WX)⁻¹ and, with {@code small}, robumeta's
 * adjustment matrices Aⱼ and Satterthwaite degrees of freedom; without it Aⱼ = I, the variance is scaled by
 * N/(N − p) and df = N − p. Everything is per study; no M × M matrix is formed (robumeta forms I − H).
 */
public final class Robu {
    private Robu() {}

    /**
     * @param x           M × p design including the intercept column when there is one
     * @param termNames   one name per column
     * @param studynum    study id per effect size
     * @param weights     CORR or HIER
     * @param rho         the assumed within-study correlation for CORR (in [0, 1]; ignored for HIER)
     * @param small       robumeta's {@code small = TRUE} (the default there)
     * @throws FitException for non-finite or non-positive inputs, fewer studies than coefficients + 1, or a
     *                      singular design
     */
    public static RobuFit fit(double[] yi, double[] vi, double[][] x, List<String> termNames, String[] studynum,
                              RveWeights weights, double rho, boolean small) {
        Objects.requireNonNull(weights, "weights");
        int m = yi.length;
        check(yi, vi, x, termNames, studynum, weights, rho);
        int p = termNames.size();
        List<Study> studies = studies(yi, vi, x, studynum);
        int n = studies.size();
        if (n <= p)
            throw new FitException(String.format(Locale.ROOT, "%d studies for %d coefficients: robust variance "
                    + "estimation needs more studies than coefficients", n, p));

        // first stage: working weights without heterogeneity
        for (Study s : studies) {
            for (int a = 0; a < s.k(); a++) s.w[a] = weights == RveWeights.HIER ? 1 / s.v[a] : 1 / (s.k() * s.meanV);
        }
        Wls first = wls(studies, p);
        RobuFit.Heterogeneity heterogeneity = heterogeneity(studies, first, weights, m, rho);

        // second stage
        Wls second = wls(studies, p);
        double[][] q = second.q;
        double[] b = second.b;
        double unit = 0;                                   // mean working variance (HIER), for the eigenvalue cut
        for (Study s : studies) for (int a = 0; a < s.k(); a++) unit += 1 / s.w[a] / m;
        double[][] meat = new double[p][p];
        double[][][] aj = new double[n][][];
        for (int j = 0; j < n; j++) {
            Study s = studies.get(j);
            double[] e = s.residuals(b);
            double[][] a = small ? adjustment(s, q, weights, unit) : Dense.identity(s.k());
            aj[j] = a;
            double[] u = Dense.crossprod(s.x, multiplyW(s, Dense.times(a, e)));   // X'W A e
            for (int r = 0; r < p; r++) for (int c = 0; c < p; c++) meat[r][c] += u[r] * u[c];
        }
        double[][] vr = Dense.symmetrize(Dense.times(Dense.times(q, meat), q));
        double[] dfs = new double[p];
        if (small) {
            for (int i = 0; i < p; i++) dfs[i] = satterthwaite(studies, aj, q, i);
        } else {
            for (double[] row : vr) for (int c = 0; c < p; c++) row[c] *= n / (double) (n - p);
            Arrays.fill(dfs, n - p);
        }
        Inference inference = new Inference(TestKind.T, 95, m, coefficients(termNames, b, vr, dfs), vr, null);
        return new RobuFit(weights, small, weights == RveWeights.CORR ? rho : Double.NaN, n, inference, heterogeneity);
    }

    private static void check(double[] yi, double[] vi, double[][] x, List<String> termNames, String[] studynum,
                              RveWeights weights, double rho) {
        int m = yi.length;
        if (vi.length != m || x.length != m || studynum.length != m)
            throw new IllegalArgumentException("lengths differ: yi " + m + ", vi " + vi.length + ", x " + x.length
                    + ", studynum " + studynum.length);
        int p = termNames.size();
        for (int i = 0; i < m; i++) {
            if (!Double.isFinite(yi[i]) || !Double.isFinite(vi[i]) || vi[i] <= 0)
                throw new FitException(String.format(Locale.ROOT, "effect size %d has yi = %s and vi = %s; robust "
                        + "variance estimation needs finite effect sizes and variances greater than 0", i + 1, yi[i], vi[i]));
            if (x[i].length != p) throw new IllegalArgumentException("design row " + i + " has " + x[i].length + " columns");
            if (studynum[i] == null || studynum[i].isBlank())
                throw new FitException(String.format(Locale.ROOT, "effect size %d has no study id", i + 1));
        }
        if (weights == RveWeights.CORR && !(rho >= 0 && rho <= 1))
            throw new FitException("rho must be a value between 0 and 1 (robumeta), got " + rho);
    }

    /** A weighted least-squares fit with the studies' current weights: Q = (X'WX)⁻¹ and b = Q X'Wy. */
    private record Wls(double[][] q, double[] b) {}

    private static Wls wls(List<Study> studies, int p) {
        double[][] xwx = new double[p][p];
        double[] xwy = new double[p];
        for (Study s : studies) accumulate(s, xwx, xwy);
        double[][] q = inverse(xwx);
        return new Wls(q, Dense.times(q, xwy));
    }

    /**
     * The method-of-moments heterogeneity from the first stage's residuals (HIER: tau² and omega²; CORR: tau² and I²),
     * and the final working weights that use it.
     */
    private static RobuFit.Heterogeneity heterogeneity(List<Study> studies, Wls first, RveWeights weights, int m,
                                                       double rho) {
        int p = first.b.length;
        if (weights == RveWeights.HIER) {
            double[] moments = hierMoments(studies, first.q, first.b, m, p);
            double tauSq = moments[0];
            double omegaSq = moments[1];
            for (Study s : studies) for (int a = 0; a < s.k(); a++) s.w[a] = 1 / (s.v[a] + tauSq + omegaSq);
            return new RobuFit.Heterogeneity(tauSq, omegaSq, Double.NaN);
        }
        double[] moments = corrMoments(studies, first.q, first.b, studies.size(), rho);
        double tauSq = moments[0];
        for (Study s : studies) for (int a = 0; a < s.k(); a++) s.w[a] = 1 / (s.k() * (s.meanV + tauSq));
        return new RobuFit.Heterogeneity(tauSq, Double.NaN, moments[1]);
    }

    /** Each coefficient's t test and CI with its own df: robumeta's {@code qt(0.975, dfs)}. */
    private static List<Coefficient> coefficients(List<String> termNames, double[] b, double[][] vr, double[] dfs) {
        List<Coefficient> coefficients = new ArrayList<>();
        for (int i = 0; i < b.length; i++) {
            double se = Math.sqrt(vr[i][i]);
            double t = b[i] / se;
            TestDistribution dist = TestDistribution.of(dfs[i]);
            double crit = dist.critical(0.05);
            coefficients.add(new Coefficient(termNames.get(i), b[i], se, t, dfs[i], dist.twoSidedP(t), b[i] - crit * se,
                    b[i] + crit * se));
        }
        return coefficients;
    }

    /** One study's rows; {@code w} holds the current weights. */
    private static final class Study {
        final double[][] x;
        final double[] y;
        final double[] v;
        final double meanV;
        final double[] w;

        Study(double[][] x, double[] y, double[] v) {
            this.x = x;
            this.y = y;
            this.v = v;
            this.meanV = Arrays.stream(v).sum() / v.length;
            this.w = new double[v.length];
        }

        int k() {
            return y.length;
        }

        double[] residuals(double[] b) {
            double[] e = y.clone();
            for (int a = 0; a < e.length; a++) e[a] -= Dense.dot(x[a], b);
            return e;
        }

        /** Σᵢ wᵢxᵢ = Xⱼ'Wⱼ1. */
        double[] xw1() {
            double[] u = new double[x[0].length];
            for (int a = 0; a < k(); a++) for (int c = 0; c < u.length; c++) u[c] += w[a] * x[a][c];
            return u;
        }

        /** Σᵢ xᵢ = Xⱼ'1. */
        double[] x1() {
            double[] s = new double[x[0].length];
            for (double[] row : x) for (int c = 0; c < s.length; c++) s[c] += row[c];
            return s;
        }
    }

    private static List<Study> studies(double[] yi, double[] vi, double[][] x, String[] studynum) {
        Map<String, List<Integer>> rows = new LinkedHashMap<>();
        for (int i = 0; i < yi.length; i++) rows.computeIfAbsent(studynum[i], s -> new ArrayList<>()).add(i);
        List<Study> out = new ArrayList<>();
        for (List<Integer> r : rows.values()) {
            double[][] xs = new double[r.size()][];
            double[] ys = new double[r.size()];
            double[] vs = new double[r.size()];
            for (int a = 0; a < r.size(); a++) {
                xs[a] = x[r.get(a)].clone();
                ys[a] = yi[r.get(a)];
                vs[a] = vi[r.get(a)];
            }
            out.add(new Study(xs, ys, vs));
        }
        return out;
    }

    private static void accumulate(Study s, double[][] xwx, double[] xwy) {
        int p = xwy.length;
        for (int a = 0; a < s.k(); a++) {
            double[] row = s.x[a];
            for (int r = 0; r < p; r++) {
                xwy[r] += s.w[a] * row[r] * s.y[a];
                for (int c = 0; c < p; c++) xwx[r][c] += s.w[a] * row[r] * row[c];
            }
        }
    }

    private static double[][] inverse(double[][] a) {
        Cholesky c = Cholesky.tryOf(Dense.symmetrize(a));
        if (c == null) throw new FitException("the design is singular (X'WX has no inverse); remove redundant moderators");
        return c.inverse();
    }

    /** robumeta's HIER moment estimators of tau² and omega² (truncated at 0). */
    private static double[] hierMoments(List<Study> studies, double[][] vInv, double[] b, int m, int p) {
        double[][] sumXJX = new double[p][p];
        double[][] sumXWJJX = new double[p][p];
        double[][] sumXJJWX = new double[p][p];
        double[][] sumXWWX = new double[p][p];
        double[][] sumXJWX = new double[p][p];
        double[][] sumXWJX = new double[p][p];
        double[][] sumXWJWX = new double[p][p];
        double trJJ = 0;
        double sumV = 0;
        double sumW = 0;
        double qe = 0;
        double qa = 0;
        for (Study s : studies) {
            int k = s.k();
            double[] u = s.xw1();
            double[] x1 = s.x1();
            trJJ += (double) k * k;
            for (int r = 0; r < p; r++) for (int c = 0; c < p; c++) {
                sumXJX[r][c] += x1[r] * x1[c];
                sumXWJJX[r][c] += k * u[r] * x1[c];
                sumXJJWX[r][c] += k * x1[r] * u[c];
                sumXJWX[r][c] += x1[r] * u[c];
                sumXWJX[r][c] += u[r] * x1[c];
                sumXWJWX[r][c] += u[r] * u[c];
            }
            double[] e = s.residuals(b);
            double se = 0;
            for (int a = 0; a < k; a++) {
                double w = s.w[a];
                for (int r = 0; r < p; r++) for (int c = 0; c < p; c++) sumXWWX[r][c] += w * w * s.x[a][r] * s.x[a][c];
                sumV += s.v[a];
                sumW += w;
                qe += w * e[a] * e[a];
                se += e[a];
            }
            qa += se * se;
        }
        double a1 = trJJ - Dense.traceOfProduct(vInv, sumXJJWX) - Dense.traceOfProduct(vInv, sumXWJJX)
                + Dense.traceOfProduct(Dense.times(vInv, sumXJX), Dense.times(vInv, sumXWJWX));
        double b1 = m - Dense.traceOfProduct(vInv, sumXWJX) - Dense.traceOfProduct(vInv, sumXJWX)
                + Dense.traceOfProduct(Dense.times(vInv, sumXJX), Dense.times(vInv, sumXWWX));
        double c1 = sumV - Dense.traceOfProduct(vInv, sumXJX);
        double a2 = sumW - Dense.traceOfProduct(vInv, sumXWJWX);
        double b2 = sumW - Dense.traceOfProduct(vInv, sumXWWX);
        double c2 = m - p;
        double omega = ((qa - c1) * a2 - (qe - c2) * a1) / (b1 * a2 - b2 * a1);
        omega = omega < 0 ? 0 : omega;
        double tau = (qe - c2) / a2 - omega * (b2 / a2);
        tau = tau < 0 ? 0 : tau;
        return new double[] {tau, omega};
    }

    /** robumeta's CORR moment estimator of tau² (truncated at 0) and its I². */
    private static double[] corrMoments(List<Study> studies, double[][] vInv, double[] b, int n, double rho) {
        int p = b.length;
        double[][] sumXWJWX = new double[p][p];
        double[][] wkxx = new double[p][p];
        double[][] wkXJXmXX = new double[p][p];
        double sumW = 0;
        double qe = 0;
        for (Study s : studies) {
            int k = s.k();
            double[] u = s.xw1();
            double[] x1 = s.x1();
            double wk = s.w[0] / k;                        // robumeta: (W/k)[1, 1]
            for (int r = 0; r < p; r++) for (int c = 0; c < p; c++) {
                sumXWJWX[r][c] += u[r] * u[c];
                wkXJXmXX[r][c] += wk * x1[r] * x1[c];
            }
            double[] e = s.residuals(b);
            for (int a = 0; a < k; a++) {
                double wa = s.w[a] / k;
                for (int r = 0; r < p; r++) for (int c = 0; c < p; c++) {
                    wkxx[r][c] += wa * s.x[a][r] * s.x[a][c];
                    wkXJXmXX[r][c] -= wk * s.x[a][r] * s.x[a][c];
                }
                sumW += s.w[a];
                qe += s.w[a] * e[a] * e[a];
            }
        }
        double denom = sumW - Dense.traceOfProduct(vInv, sumXWJWX);
        double termA = Dense.traceOfProduct(vInv, wkxx);
        double termB = Dense.traceOfProduct(vInv, wkXJXmXX);
        double tau = (qe - n + termA) / denom + rho * termB / denom;
        tau = tau < 0 ? 0 : tau;
        double df = n - termA - rho * termB;
        double i2 = (qe - df) / qe * 100;
        return new double[] {tau, i2 < 0 ? 0 : i2};
    }

    /**
     * robumeta's adjustment matrix Aⱼ. CORR: (I − XⱼQXⱼ'Wⱼ)^(−1/2); HIER: D^½ (D^½(I − XⱼQXⱼ'Wⱼ)D^(3/2))^(−1/2) D^½
     * with D = Wⱼ⁻¹, as robumeta writes it. Eigenvalues below 1e-10 are set to 0 (robumeta's rule).
     */
    private static double[][] adjustment(Study s, double[][] q, RveWeights weights, double unit) {
        int k = s.k();
        double[][] xqx = Dense.times(Dense.times(s.x, q), Dense.transpose(s.x));
        double[][] imh = new double[k][k];
        for (int a = 0; a < k; a++) for (int c = 0; c < k; c++) imh[a][c] = (a == c ? 1 : 0) - xqx[a][c] * s.w[c];
        if (weights == RveWeights.CORR) return inverseSqrt(imh, 1);
        double[] d = new double[k];
        for (int a = 0; a < k; a++) d[a] = 1 / s.w[a];
        double[][] inside = new double[k][k];
        for (int a = 0; a < k; a++) for (int c = 0; c < k; c++) inside[a][c] = Math.sqrt(d[a]) * imh[a][c] * Math.pow(d[c], 1.5);
        double[][] root = inverseSqrt(inside, unit * unit);
        for (int a = 0; a < k; a++) for (int c = 0; c < k; c++) root[a][c] *= Math.sqrt(d[a]) * Math.sqrt(d[c]);
        return root;
    }

    /**
     * V diag(λ^(−½)) V' with λ &lt; 1e-10·scale mapped to 0: robumeta's {@code ifelse(eigenval < 10^-10, 0,
     * 1/sqrt(eigenval))}. CORR's matrix is unit-free (scale 1); HIER's has the units of a variance squared, so its cut
     * is scaled by the squared mean working variance, which keeps the fit independent of the units of yi.
     */
    private static double[][] inverseSqrt(double[][] a, double scale) {
        Dense.Eigen eig = Dense.eigen(a);
        return eig.power(-0.5, Math.nextDown(1e-10 * scale));
    }

    /**
     * robumeta's dfs = (tr B)²/‖B‖²_F with B = Σⱼ bⱼbⱼ', bⱼ = D^½(I − H)'ⱼ cⱼ and cⱼ = AⱼWⱼXⱼQeᵢ. Because
     * (I − H)D(I − H)' = D − XQX', bⱼ·bₖ = δⱼₖ cⱼ'Dⱼcⱼ − hⱼ·hₖ with hⱼ = L'Xⱼ'cⱼ, LL' = Q: the same structure as
     * clubSandwich's Satterthwaite P array, summed the same way ({@link Sandwich#satterthwaite}).
     */
    private static double satterthwaite(List<Study> studies, double[][][] aj, double[][] q, int i) {
        int p = q.length;
        double[][] l = Cholesky.tryOf(Dense.symmetrize(q)).lower();
        double[] qi = new double[p];
        for (int r = 0; r < p; r++) qi[r] = q[r][i];
        double trace = 0;
        double diag = 0;
        double cross = 0;
        double[][] before = new double[p][p];
        for (int j = 0; j < studies.size(); j++) {
            Study s = studies.get(j);
            double[] xq = Dense.times(s.x, qi);                                  // Xⱼ Q eᵢ
            double[] c = Dense.times(aj[j], multiplyW(s, xq));                   // Aⱼ Wⱼ Xⱼ Q eᵢ
            double d = 0;
            for (int a = 0; a < s.k(); a++) d += c[a] * c[a] / s.w[a];
            double[] h = Dense.crossprod(l, Dense.crossprod(s.x, c));            // L' Xⱼ' cⱼ
            double gjj = d - Dense.dot(h, h);
            trace += gjj;
            diag += gjj * gjj;
            cross += Dense.dot(h, Dense.times(before, h));
            for (int a = 0; a < p; a++) for (int b = 0; b < p; b++) before[a][b] += h[a] * h[b];
        }
        return trace * trace / (diag + 2 * cross);
    }

    private static double[] multiplyW(Study s, double[] v) {
        double[] out = new double[v.length];
        for (int a = 0; a < v.length; a++) out[a] = s.w[a] * v[a];
        return out;
    }
}
