package org.metareport.models.multilevel;

import java.util.ArrayList;
import java.util.List;

/**
 * The columns of a design that metafor keeps: linearly dependent (redundant) columns dropped, the intercept moved
 * first. metafor drops the columns whose coefficients {@code lm(yi ~ X - 1)} reports as NA; R's {@code lm} uses
 * LINPACK's {@code dqrdc2} with tolerance 1e-7, which sets a column aside, left to right, when what remains of it after
 * projecting out the columns kept so far has less than 1e-7 of its original norm. This applies the same rule with
 * re-orthogonalised Gram–Schmidt (the rule of {@code org.metareport.models.Design}, which is package-private there).
 * The intercept is a column whose entries are all within 1e-8 of 1 (metafor's {@code .is.intercept}).
 *
 * @param kept       indices of the kept columns of the original design, intercept first
 * @param names      their names
 * @param dropped    names of the redundant columns, in their original order
 * @param intercept  true when the first kept column is an intercept
 */
record Columns(int[] kept, List<String> names, List<String> dropped, boolean intercept) {
    static final double REDUNDANCY_TOLERANCE = 1e-7;
    private static final double INTERCEPT_EPS = 1e-8;

    Columns {
        names = List.copyOf(names);
        dropped = List.copyOf(dropped);
    }

    int p() {
        return kept.length;
    }

    /** Chooses the columns of a k × p row-major design with finite entries. */
    static Columns of(double[][] x, List<String> termNames) {
        int k = x.length;
        int p = termNames.size();
        if (p == 0) throw new IllegalArgumentException("design has no columns");
        double[][] cols = new double[p][k];
        for (int i = 0; i < k; i++) {
            if (x[i].length != p)
                throw new IllegalArgumentException("design row " + i + " has " + x[i].length + " columns, names give " + p);
            for (int j = 0; j < p; j++) cols[j][i] = x[i][j];
        }
        List<double[]> basis = new ArrayList<>();
        List<Integer> kept = new ArrayList<>();
        List<String> dropped = new ArrayList<>();
        for (int j = 0; j < p; j++) {
            double[] v = cols[j].clone();
            double original = Math.sqrt(Dense.dot(v, v));
            for (int pass = 0; pass < 2; pass++) {
                for (double[] b : basis) {
                    double d = Dense.dot(b, v);
                    for (int i = 0; i < k; i++) v[i] -= d * b[i];
                }
            }
            double rest = Math.sqrt(Dense.dot(v, v));
            if (original == 0 || rest < REDUNDANCY_TOLERANCE * original) {
                dropped.add(termNames.get(j));
                continue;
            }
            for (int i = 0; i < k; i++) v[i] /= rest;
            basis.add(v);
            kept.add(j);
        }
        int interceptAt = -1;
        for (int j : kept) {
            if (isIntercept(cols[j])) {
                interceptAt = j;
                break;
            }
        }
        List<Integer> order = new ArrayList<>();
        if (interceptAt >= 0) order.add(interceptAt);
        for (int j : kept) if (j != interceptAt) order.add(j);
        List<String> names = new ArrayList<>();
        for (int j : order) names.add(termNames.get(j));
        return new Columns(order.stream().mapToInt(Integer::intValue).toArray(), names, dropped, interceptAt >= 0);
    }

    /** Row i of the design restricted to the kept columns. */
    double[] row(double[] xi) {
        double[] out = new double[kept.length];
        for (int j = 0; j < kept.length; j++) out[j] = xi[kept[j]];
        return out;
    }

    private static boolean isIntercept(double[] column) {
        for (double v : column) if (!(Math.abs(v - 1) < INTERCEPT_EPS)) return false;
        return true;
    }
}
