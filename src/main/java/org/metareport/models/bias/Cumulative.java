package org.metareport.models.bias;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.IntStream;
import org.metareport.models.FitException;
import org.metareport.vocabulary.Method;
import org.metareport.vocabulary.TestKind;

/**
 * Cumulative meta-analysis, metafor's {@code cumul()} for an intercept-only {@code rma.uni} model: the effect sizes
 * are put in order and the model is refitted to the first 1, 2, …, k of them with the same method, test and level
 * (Lau et al., 1992, N Engl J Med 327, 248–254). The first step has one effect size and is given as metafor gives
 * k = 1 ({@link PooledEstimate#single}).
 */
public final class Cumulative {
    private Cumulative() {}

    /**
     * Orders by {@code key} ascending, ties kept in input order: metafor's {@code cumul(fit, order = key)}, which sorts
     * with R's stable {@code order(key)}.
     *
     * @throws IllegalArgumentException if the arrays differ in length, k = 0, or a key is NaN
     */
    public static List<CumulativeStep> byKey(double[] yi, double[] vi, double[] key, Method method, TestKind test,
                                             double level) {
        if (key.length != yi.length)
            throw new IllegalArgumentException("lengths differ: yi " + yi.length + ", key " + key.length);
        for (int i = 0; i < key.length; i++)
            if (Double.isNaN(key[i])) throw new IllegalArgumentException("order key of effect size " + (i + 1) + " is missing");
        int[] order = IntStream.range(0, key.length).boxed()
                .sorted(Comparator.comparingDouble(i -> key[i])).mapToInt(Integer::intValue).toArray();
        return inOrder(yi, vi, order, method, test, level);
    }

    /**
     * Adds the effect sizes in the given order.
     *
     * @param order  a permutation of 0 … k − 1: {@code order[0]} enters first
     * @throws IllegalArgumentException if {@code order} is not a permutation of the rows
     */
    public static List<CumulativeStep> inOrder(double[] yi, double[] vi, int[] order, Method method, TestKind test,
                                               double level) {
        int k = yi.length;
        if (vi.length != k) throw new IllegalArgumentException("lengths differ: yi " + k + ", vi " + vi.length);
        if (k == 0) throw new IllegalArgumentException("no effect sizes");
        if (order.length != k) throw new IllegalArgumentException("order has " + order.length + " entries for " + k + " rows");
        boolean[] seen = new boolean[k];
        for (int r : order) {
            if (r < 0 || r >= k || seen[r]) throw new IllegalArgumentException("order is not a permutation of 0 … " + (k - 1));
            seen[r] = true;
        }
        Level.alpha(level);
        List<CumulativeStep> steps = new ArrayList<>(k);
        for (int n = 1; n <= k; n++) {
            double[] y = new double[n];
            double[] v = new double[n];
            for (int i = 0; i < n; i++) {
                y[i] = yi[order[i]];
                v[i] = vi[order[i]];
            }
            try {
                steps.add(new CumulativeStep(order[n - 1], n, PooledEstimate.fit(y, v, method, test, level), null));
            } catch (FitException e) {
                steps.add(new CumulativeStep(order[n - 1], n, null, e.getMessage()));
            }
        }
        return steps;
    }
}
