package org.metareport.models.multilevel;

/**
 * The Cholesky factorisation A = LL' of a small symmetric positive-definite matrix (LAPACK's {@code dpotrf}, which R's
 * {@code chol} calls, computes the same factor up to rounding). Used per block of the marginal covariance, so blocks
 * have the size of one cluster's effect sizes.
 */
final class Cholesky {
    private final double[][] l;
    private final int n;

    private Cholesky(double[][] l) {
        this.l = l;
        this.n = l.length;
    }

    /**
     * Factorises {@code a} (only its lower triangle is read).
     *
     * @return the factorisation, or null if {@code a} is not positive definite (a pivot is not positive)
     */
    static Cholesky tryOf(double[][] a) {
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
    double logDet() {
        double s = 0;
        for (int i = 0; i < n; i++) s += Math.log(l[i][i]);
        return 2 * s;
    }

    /** The lower factor L (not copied). */
    double[][] lower() {
        return l;
    }

    /** The upper factor R = L' with R'R = A, which is what R's {@code chol()} returns. */
    double[][] upper() {
        double[][] r = new double[n][n];
        for (int i = 0; i < n; i++) for (int j = 0; j <= i; j++) r[j][i] = l[i][j];
        return r;
    }

    /** A⁻¹b. */
    double[] solve(double[] b) {
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

    /** A⁻¹, symmetric (R's {@code chol2inv(chol(A))}). */
    double[][] inverse() {
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
}
