package org.metareport.models.numeric;

/**
 * The Cholesky factorisation A = LL' of a small symmetric positive-definite matrix (LAPACK's {@code dpotrf}, which R's
 * {@code chol} calls, computes the same factor up to rounding): the one factorisation behind the models' inverses,
 * determinants, solves and Wald statistics. Used per block of a marginal covariance, so matrices have the size of one
 * cluster's effect sizes or of the coefficients.
 */
public final class Cholesky {
    private final double[][] l;
    private final int n;

    private Cholesky(double[][] l) {
        this.l = l;
        this.n = l.length;
    }

    /**
     * Factorises {@code a} (only its lower triangle is read).
     *
     * @return the factorisation, or null if {@code a} is not positive definite (a pivot is not positive; R's
     *         {@code chol} fails)
     */
    public static Cholesky tryOf(double[][] a) {
        int n = a.length;
        double[][] l = new double[n][n];
        for (int i = 0; i < n; i++) {
            double[] li = l[i];
            for (int j = 0; j <= i; j++) {
                double[] lj = l[j];
                double s = a[i][j];
                for (int c = 0; c < j; c++) s -= li[c] * lj[c];
                if (i == j) {
                    if (!(s > 0)) return null;
                    li[i] = Math.sqrt(s);
                } else {
                    li[j] = s / lj[j];
                }
            }
        }
        return new Cholesky(l);
    }

    /** log det A = 2 Σ log Lᵢᵢ. */
    public double logDet() {
        double s = 0;
        for (int i = 0; i < n; i++) s += Math.log(l[i][i]);
        return 2 * s;
    }

    /** det A = Π Lᵢᵢ². */
    public double determinant() {
        double d = 1;
        for (int i = 0; i < n; i++) d *= l[i][i] * l[i][i];
        return d;
    }

    /** The lower factor L (not copied). */
    public double[][] lower() {
        return l;
    }

    /** The upper factor R = L' with R'R = A, which is what R's {@code chol()} returns. */
    public double[][] upper() {
        double[][] r = new double[n][n];
        for (int i = 0; i < n; i++) for (int j = 0; j <= i; j++) r[j][i] = l[i][j];
        return r;
    }

    /** A⁻¹b, by forward and back substitution. */
    public double[] solve(double[] b) {
        double[] z = new double[n];
        for (int i = 0; i < n; i++) {
            double s = b[i];
            for (int c = 0; c < i; c++) s -= l[i][c] * z[c];
            z[i] = s / l[i][i];
        }
        for (int i = n - 1; i >= 0; i--) {
            double s = z[i];
            for (int c = i + 1; c < n; c++) s -= l[c][i] * z[c];
            z[i] = s / l[i][i];
        }
        return z;
    }

    /** x'A⁻¹x = |L⁻¹x|², by forward substitution only (a Wald statistic b'V⁻¹b). */
    public double quadraticInverse(double[] x) {
        double q = 0;
        double[] z = new double[n];
        for (int i = 0; i < n; i++) {
            double s = x[i];
            for (int c = 0; c < i; c++) s -= l[i][c] * z[c];
            z[i] = s / l[i][i];
            q += z[i] * z[i];
        }
        return q;
    }

    /** A⁻¹, symmetric, as L⁻ᵀL⁻¹ (R's {@code chol2inv(chol(A))}). */
    public double[][] inverse() {
        double[][] linv = new double[n][n];                 // L⁻¹, lower triangular
        for (int c = 0; c < n; c++) {
            linv[c][c] = 1 / l[c][c];
            for (int i = c + 1; i < n; i++) {
                double s = 0;
                for (int m = c; m < i; m++) s -= l[i][m] * linv[m][c];
                linv[i][c] = s / l[i][i];
            }
        }
        double[][] out = new double[n][n];                  // A⁻¹ = L⁻ᵀ L⁻¹
        for (int i = 0; i < n; i++) {
            for (int j = 0; j <= i; j++) {
                double s = 0;
                for (int m = i; m < n; m++) s += linv[m][i] * linv[m][j];
                out[i][j] = s;
                out[j][i] = s;
            }
        }
        return out;
    }

    /**
     * A⁻¹ column by column, each by {@link #solve}-style substitution. Rounds differently from {@link #inverse} in the
     * last bits; the bias methods (influence diagnostics, the selection model's Hessian) were checked against R with
     * this one, and keeping it keeps their reported numbers bit for bit.
     */
    public double[][] inverseByColumns() {
        double[][] inv = new double[n][n];
        for (int col = 0; col < n; col++) {
            double[] z = new double[n];
            for (int i = 0; i < n; i++) {
                double s = i == col ? 1 : 0;
                for (int c = 0; c < i; c++) s -= l[i][c] * z[c];
                z[i] = s / l[i][i];
            }
            for (int i = n - 1; i >= 0; i--) {
                double s = z[i];
                for (int c = i + 1; c < n; c++) s -= l[c][i] * inv[c][col];
                inv[i][col] = s / l[i][i];
            }
        }
        return inv;
    }
}
