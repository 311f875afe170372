package org.metareport.models;

/**
 * Weighted least squares of a response on a k × p design with diagonal weights, through the thin QR decomposition
 * √W X = QR (Gram–Schmidt with one re-orthogonalisation pass), as metafor's {@code .invcalc} solves √W X by QR.
 *
 * <p>Everything metafor computes from the k × k matrix P = W − WX(X'WX)⁻¹X'W is obtained here from Q (k × p) and the
 * leverages hᵢ = ‖Qᵢ‖² without forming P: P = √W (I − QQ') √W, so Py = W e for the weighted residuals e, tr(P) =
 * Σ wᵢ(1 − hᵢ), and tr(P D₁ P D₂) for diagonal D₁, D₂ follows from p × p products ({@link #tracePDPD}). Memory and time
 * are O(k p²).
 *
 * <p>Columns are stored column-major: {@code x[j][i]} is row i of column j. Callers guarantee full column rank (see
 * {@link Design}) and positive, finite weights.
 */
final class WeightedFit {
    private final double[][] x;
    private final double[] w;
    private final double[] sqrtW;
    private final double[][] q;   // q[j][i]
    private final double[][] r;   // upper triangular, r[row][col]
    private final double[] h;
    private final int k;
    private final int p;

    WeightedFit(double[][] x, double[] w) {
        this.x = x;
        this.w = w;
        this.p = x.length;
        this.k = w.length;
        this.sqrtW = new double[k];
        for (int i = 0; i < k; i++) sqrtW[i] = Math.sqrt(w[i]);
        for (double wi : w) {                                  // tau² run off to infinity: all weights 0
            if (!(wi > 0 && wi < Double.POSITIVE_INFINITY)) throw new FitException("the estimation of tau² ran off its "
                    + "range: the sampling variances range too widely to fit reliably (metafor warns when the largest is "
                    + "more than 1e7 times the smallest); check the smallest and largest vi, or use method: DL");
        }
        this.q = new double[p][];
        this.r = new double[p][p];
        for (int j = 0; j < p; j++) {
            double[] v = new double[k];
            for (int i = 0; i < k; i++) v[i] = sqrtW[i] * x[j][i];
            for (int pass = 0; pass < 2; pass++) {            // "twice is enough" (Kahan–Parlett) for orthogonality
                for (int l = 0; l < j; l++) {
                    double dot = dot(q[l], v);
                    r[l][j] += dot;
                    axpy(-dot, q[l], v);
                }
            }
            double norm = Math.sqrt(dot(v, v));
            if (!(norm > 0)) throw new IllegalStateException("design column " + j + " is linearly dependent after dropping");
            r[j][j] = norm;
            for (int i = 0; i < k; i++) v[i] /= norm;
            q[j] = v;
        }
        this.h = new double[k];
        for (int j = 0; j < p; j++) {
            double[] qj = q[j];
            for (int i = 0; i < k; i++) h[i] += qj[i] * qj[i];
        }
    }

    int k() {
        return k;
    }

    int p() {
        return p;
    }

    double[] weights() {
        return w;
    }

    /** Leverages hᵢ, the diagonal of the weighted hat matrix √W X (X'WX)⁻¹ X' √W. */
    double[] leverages() {
        return h;
    }

    /** The weighted least-squares coefficients b = (X'WX)⁻¹ X'W y = R⁻¹ Q' √W y. */
    double[] coefficients(double[] y) {
        double[] qty = new double[p];
        for (int j = 0; j < p; j++) {
            double s = 0;
            for (int i = 0; i < k; i++) s += q[j][i] * sqrtW[i] * y[i];
            qty[j] = s;
        }
        return backSolve(qty);
    }

    /** Residuals y − X b for the weighted least-squares b of y. */
    double[] residuals(double[] y) {
        double[] b = coefficients(y);
        double[] e = y.clone();
        for (int j = 0; j < p; j++) axpy(-b[j], x[j], e);
        return e;
    }

    /** y'Py = Σ wᵢ eᵢ², the weighted residual sum of squares. */
    double rss(double[] y) {
        double[] e = residuals(y);
        double s = 0;
        for (int i = 0; i < k; i++) s += w[i] * e[i] * e[i];
        return s;
    }

    /** (X'WX)⁻¹ = R⁻¹ R⁻ᵀ, symmetric p × p. */
    double[][] covariance() {
        double[][] rinv = new double[p][p];                    // upper triangular inverse of R
        for (int c = 0; c < p; c++) {
            double[] e = new double[p];
            e[c] = 1;
            double[] col = backSolve(e);
            for (int i = 0; i < p; i++) rinv[i][c] = col[i];
        }
        double[][] out = new double[p][p];
        for (int i = 0; i < p; i++) {
            for (int j = i; j < p; j++) {
                double s = 0;
                for (int l = Math.max(i, j); l < p; l++) s += rinv[i][l] * rinv[j][l];
                out[i][j] = s;
                out[j][i] = s;
            }
        }
        return out;
    }

    /** log det(X'WX) = 2 Σ log |Rⱼⱼ|. */
    double logDetXtWX() {
        double s = 0;
        for (int j = 0; j < p; j++) s += Math.log(Math.abs(r[j][j]));
        return 2 * s;
    }

    /** tr(P) = Σ wᵢ − tr((X'WX)⁻¹ X'W²X) = Σ wᵢ (1 − hᵢ). */
    double traceP() {
        double s = 0;
        for (int i = 0; i < k; i++) s += w[i] * (1 - h[i]);
        return s;
    }

    /** tr(P D) = Σ wᵢ dᵢ (1 − hᵢ) for diagonal D. */
    double tracePD(double[] d) {
        double s = 0;
        for (int i = 0; i < k; i++) s += w[i] * d[i] * (1 - h[i]);
        return s;
    }

    /**
     * tr(P D₁ P D₂) for diagonal D₁, D₂ ({@code null} = identity). With Eₘ = W Dₘ and H = QQ':
     * tr((I − H) E₁ (I − H) E₂) = Σ e₁e₂ − 2 Σ hᵢ e₁ᵢ e₂ᵢ + tr(Q'E₁Q · Q'E₂Q). So tr(PP) = {@code tracePDPD(null, null)}
     * (metafor's {@code sum(P*P)}), tr(PVPV) = {@code tracePDPD(vi, vi)} ({@code sum(PV*t(PV))}) and tr(PVP) =
     * {@code tracePDPD(vi, null)} ({@code sum(PV*P)}).
     */
    double tracePDPD(double[] d1, double[] d2) {
        double[] e1 = new double[k];
        double[] e2 = new double[k];
        double diag = 0;
        for (int i = 0; i < k; i++) {
            e1[i] = w[i] * (d1 == null ? 1 : d1[i]);
            e2[i] = w[i] * (d2 == null ? 1 : d2[i]);
            diag += e1[i] * e2[i] * (1 - 2 * h[i]);
        }
        double[][] s1 = qtEq(e1);
        double[][] s2 = d1 == d2 ? s1 : qtEq(e2);
        double cross = 0;
        for (int a = 0; a < p; a++) {
            for (int b = 0; b < p; b++) cross += s1[a][b] * s2[b][a];
        }
        return diag + cross;
    }

    /** Q' diag(e) Q. */
    private double[][] qtEq(double[] e) {
        double[][] s = new double[p][p];
        for (int a = 0; a < p; a++) {
            for (int b = a; b < p; b++) {
                double t = 0;
                double[] qa = q[a];
                double[] qb = q[b];
                for (int i = 0; i < k; i++) t += qa[i] * e[i] * qb[i];
                s[a][b] = t;
                s[b][a] = t;
            }
        }
        return s;
    }

    private double[] backSolve(double[] rhs) {
        double[] b = new double[p];
        for (int j = p - 1; j >= 0; j--) {
            double s = rhs[j];
            for (int l = j + 1; l < p; l++) s -= r[j][l] * b[l];
            b[j] = s / r[j][j];
        }
        return b;
    }

    static double dot(double[] a, double[] b) {
        double s = 0;
        for (int i = 0; i < a.length; i++) s += a[i] * b[i];
        return s;
    }

    private static void axpy(double alpha, double[] xs, double[] ys) {
        for (int i = 0; i < ys.length; i++) ys[i] += alpha * xs[i];
    }
}
