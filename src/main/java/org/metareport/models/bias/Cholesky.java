package org.metareport.models.bias;

/** The Cholesky factor L of a small symmetric positive-definite matrix (A = LL'), for inverses and determinants. */
final class Cholesky {
    private final double[][] l;

    private Cholesky(double[][] l) {
        this.l = l;
    }

    /** Factors {@code a}; null when it is not positive definite (R's {@code chol} fails). */
    static Cholesky of(double[][] a) {
        int n = a.length;
        double[][] l = new double[n][n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j <= i; j++) {
                double s = a[i][j];
                for (int c = 0; c < j; c++) s -= l[i][c] * l[j][c];
                if (i == j) {
                    if (!(s > 0)) return null;
                    l[i][i] = Math.sqrt(s);
                } else {
                    l[i][j] = s / l[j][j];
                }
            }
        }
        return new Cholesky(l);
    }

    /** A⁻¹ (R's {@code chol2inv(chol(A))}). */
    double[][] inverse() {
        int n = l.length;
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

    /** det A. */
    double determinant() {
        double d = 1;
        for (int i = 0; i < l.length; i++) d *= l[i][i] * l[i][i];
        return d;
    }

    /** x'A⁻¹x. */
    double quadraticInverse(double[] x) {
        int n = l.length;
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
}
