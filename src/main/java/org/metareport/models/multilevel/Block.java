package org.metareport.models.multilevel;

/**
 * The rows of one independent block of the marginal model: effects that share an outermost random-effect group or a
 * cluster of the imputed sampling covariance. Effects in different blocks are independent, so every k × k matrix of
 * the model is block-diagonal and is handled one block at a time.
 *
 * @param rows    the block's effect sizes (indices into the data), ascending
 * @param x       n × p design rows (kept columns)
 * @param y       n effect sizes
 * @param v       n × n sampling covariance
 * @param group   group[l][i]: which group of level l row i belongs to, numbered 0 … groups[l] − 1 within the block
 * @param groups  number of groups per level within the block
 */
record Block(int[] rows, double[][] x, double[] y, double[][] v, int[][] group, int[] groups) {
    int n() {
        return rows.length;
    }

    /** The marginal covariance V + Σₗ sigma2ₗ ZₗZₗ' of the block. */
    double[][] marginal(double[] sigma2) {
        int n = rows.length;
        double[][] m = new double[n][n];
        for (int a = 0; a < n; a++) {
            for (int b = 0; b <= a; b++) {
                double s = v[a][b];
                for (int l = 0; l < sigma2.length; l++) {
                    if (group[l][a] == group[l][b]) s += sigma2[l];
                }
                m[a][b] = s;
                m[b][a] = s;
            }
        }
        return m;
    }
}
