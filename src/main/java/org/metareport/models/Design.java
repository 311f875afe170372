package org.metareport.models;

import java.util.ArrayList;
import java.util.List;

/**
 * The design matrix of a model after metafor's clean-up: linearly dependent (redundant) columns dropped and the
 * intercept, when there is one, moved to the first column.
 *
 * <p>metafor drops the columns whose coefficients {@code lm(yi ~ X - 1)} reports as NA. R's {@code lm} uses LINPACK's
 * {@code dqrdc2} with tolerance 1e-7: working left to right, a column is set aside when the norm of what remains of
 * it, after projecting out the columns kept so far, falls below 1e-7 times its original norm. This class applies the
 * same rule with Gram–Schmidt (re-orthogonalised), so a later column is dropped if it depends on earlier ones.
 * The intercept is a column whose entries are all within 1e-8 of 1 (metafor's {@code .is.intercept}).
 *
 * @param columns      kept columns, column-major ({@code columns[j][i]} is effect size i)
 * @param names        names of the kept columns, in the same order
 * @param dropped      names of the redundant columns, in their original order
 * @param intercept    true when the first kept column is an intercept
 */
public record Design(double[][] columns, List<String> names, List<String> dropped, boolean intercept) {
    /** dqrdc2's tolerance as used by {@code lm}. */
    static final double REDUNDANCY_TOLERANCE = 1e-7;
    private static final double INTERCEPT_EPS = 1e-8;

    public Design {
        names = List.copyOf(names);
        dropped = List.copyOf(dropped);
    }

    int p() {
        return columns.length;
    }

    int k() {
        return columns[0].length;
    }

    /** An intercept-only design for k effect sizes, named as metafor names it. */
    static Design interceptOnly(int k) {
        double[] ones = new double[k];
        java.util.Arrays.fill(ones, 1.0);
        return new Design(new double[][] {ones}, List.of("intrcpt"), List.of(), true);
    }

    /**
     * Cleans a k × p design (row-major, {@code x[i][j]}); entries must be finite (checked by the caller).
     *
     * @throws IllegalArgumentException if the rows are ragged or the names do not match the columns
     */
    public static Design of(double[][] x, List<String> termNames) {
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
            double original = Math.sqrt(WeightedFit.dot(v, v));
            for (int pass = 0; pass < 2; pass++) {
                for (double[] b : basis) {
                    double d = WeightedFit.dot(b, v);
                    for (int i = 0; i < k; i++) v[i] -= d * b[i];
                }
            }
            double rest = Math.sqrt(WeightedFit.dot(v, v));
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
        double[][] out = new double[order.size()][];
        List<String> names = new ArrayList<>();
        for (int n = 0; n < order.size(); n++) {
            out[n] = cols[order.get(n)];
            names.add(termNames.get(order.get(n)));
        }
        return new Design(out, names, dropped, interceptAt >= 0);
    }

    private static boolean isIntercept(double[] column) {
        for (double v : column) if (!(Math.abs(v - 1) < INTERCEPT_EPS)) return false;
        return true;
    }
}
