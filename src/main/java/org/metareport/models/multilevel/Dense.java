package org.metareport.models.multilevel;

import org.hipparchus.linear.Array2DRowRealMatrix;
import org.hipparchus.linear.EigenDecompositionSymmetric;
import org.hipparchus.linear.RealMatrix;

/**
 * Arithmetic on the small dense matrices of one cluster or of the coefficients (row-major {@code double[][]}). The
 * sizes are a cluster's effect count or the number of coefficients, so plain loops suffice.
 */
final class Dense {
    private Dense() {}

    /** AB. */
    static double[][] times(double[][] a, double[][] b) {
        int n = a.length;
        int m = b.length;
        int q = m == 0 ? 0 : b[0].length;
        double[][] out = new double[n][q];
        for (int i = 0; i < n; i++) {
            double[] ai = a[i];
            double[] oi = out[i];
            for (int c = 0; c < m; c++) {
                double v = ai[c];
                if (v == 0) continue;
                double[] bc = b[c];
                for (int j = 0; j < q; j++) oi[j] += v * bc[j];
            }
        }
        return out;
    }

    /** A'B. */
    static double[][] crossprod(double[][] a, double[][] b) {
        int n = a.length;
        int p = n == 0 ? 0 : a[0].length;
        int q = n == 0 ? 0 : b[0].length;
        double[][] out = new double[p][q];
        for (int r = 0; r < n; r++) {
            double[] ar = a[r];
            double[] br = b[r];
            for (int i = 0; i < p; i++) {
                double v = ar[i];
                if (v == 0) continue;
                double[] oi = out[i];
                for (int j = 0; j < q; j++) oi[j] += v * br[j];
            }
        }
        return out;
    }

    /** AB'. */
    static double[][] tcrossprod(double[][] a, double[][] b) {
        int n = a.length;
        int m = b.length;
        double[][] out = new double[n][m];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < m; j++) out[i][j] = dot(a[i], b[j]);
        }
        return out;
    }

    /** Adds A'B to {@code into} (p × q), without allocating. */
    static void addCrossprod(double[][] into, double[][] a, double[][] b) {
        int n = a.length;
        int p = into.length;
        int q = p == 0 ? 0 : into[0].length;
        for (int r = 0; r < n; r++) {
            double[] ar = a[r];
            double[] br = b[r];
            for (int i = 0; i < p; i++) {
                double v = ar[i];
                if (v == 0) continue;
                double[] oi = into[i];
                for (int j = 0; j < q; j++) oi[j] += v * br[j];
            }
        }
    }

    /** Av. */
    static double[] times(double[][] a, double[] v) {
        double[] out = new double[a.length];
        for (int i = 0; i < a.length; i++) out[i] = dot(a[i], v);
        return out;
    }

    /** A'v. */
    static double[] crossprod(double[][] a, double[] v) {
        int p = a.length == 0 ? 0 : a[0].length;
        double[] out = new double[p];
        for (int r = 0; r < a.length; r++) {
            double x = v[r];
            if (x == 0) continue;
            for (int i = 0; i < p; i++) out[i] += a[r][i] * x;
        }
        return out;
    }

    static double dot(double[] a, double[] b) {
        double s = 0;
        for (int i = 0; i < a.length; i++) s += a[i] * b[i];
        return s;
    }

    /** tr(AB) for square A, B of the same size. */
    static double traceOfProduct(double[][] a, double[][] b) {
        double s = 0;
        for (int i = 0; i < a.length; i++) {
            for (int j = 0; j < a.length; j++) s += a[i][j] * b[j][i];
        }
        return s;
    }

    static double trace(double[][] a) {
        double s = 0;
        for (int i = 0; i < a.length; i++) s += a[i][i];
        return s;
    }

    /** Adds {@code scale}·A to {@code into}. */
    static void addTo(double[][] into, double[][] a, double scale) {
        for (int i = 0; i < a.length; i++) {
            for (int j = 0; j < a[i].length; j++) into[i][j] += scale * a[i][j];
        }
    }

    /** The sum of squared entries, ‖A‖²_F. */
    static double frobenius2(double[][] a) {
        double s = 0;
        for (double[] row : a) for (double v : row) s += v * v;
        return s;
    }

    static double[][] transpose(double[][] a) {
        int n = a.length;
        int p = n == 0 ? 0 : a[0].length;
        double[][] out = new double[p][n];
        for (int i = 0; i < n; i++) for (int j = 0; j < p; j++) out[j][i] = a[i][j];
        return out;
    }

    static double[][] identity(int n) {
        double[][] out = new double[n][n];
        for (int i = 0; i < n; i++) out[i][i] = 1;
        return out;
    }

    /** (A + A')/2, to remove rounding asymmetry before an eigendecomposition. */
    static double[][] symmetrize(double[][] a) {
        int n = a.length;
        double[][] out = new double[n][n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) out[i][j] = 0.5 * (a[i][j] + a[j][i]);
        }
        return out;
    }

    /** Eigenvalues (decreasing) and eigenvectors (columns of {@code vectors}) of a symmetric matrix. */
    record Eigen(double[] values, double[][] vectors) {
        double max() {
            return values.length == 0 ? 0 : values[0];
        }

        double min() {
            return values.length == 0 ? 0 : values[values.length - 1];
        }

        /** V diag(f(λ)) V' with f(λ) = λᵖ for λ above the threshold and 0 otherwise. */
        double[][] power(double power, double threshold) {
            int n = values.length;
            double[][] out = new double[n][n];
            for (int c = 0; c < n; c++) {
                if (!(values[c] > threshold)) continue;
                double f = Math.pow(values[c], power);
                for (int i = 0; i < n; i++) {
                    double vi = vectors[i][c] * f;
                    if (vi == 0) continue;
                    for (int j = 0; j < n; j++) out[i][j] += vi * vectors[j][c];
                }
            }
            return out;
        }
    }

    /** The eigendecomposition of a symmetric matrix (symmetrised first), by Hipparchus (Householder + QL). */
    static Eigen eigen(double[][] a) {
        int n = a.length;
        if (n == 1) return new Eigen(new double[] {a[0][0]}, new double[][] {{1}});
        RealMatrix m = new Array2DRowRealMatrix(symmetrize(a), false);
        EigenDecompositionSymmetric eig = new EigenDecompositionSymmetric(m, EigenDecompositionSymmetric.DEFAULT_EPSILON, true);
        return new Eigen(eig.getEigenvalues(), eig.getV().getData());
    }

    /**
     * A symmetric matrix to a power through its eigendecomposition, V diag(λᵖ) V', with every eigenvalue at or below
     * {@code threshold} mapped to 0 (a generalised inverse for negative powers). This is clubSandwich's
     * {@code matrix_power(x, p)}, whose threshold is 1e-12 (and robumeta's eigen step, with 1e-10).
     */
    static double[][] symmetricPower(double[][] a, double power, double threshold) {
        return eigen(a).power(power, threshold);
    }
}
