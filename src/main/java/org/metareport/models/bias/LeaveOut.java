package org.metareport.models.bias;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import org.metareport.models.FitException;

/**
 * Sensitivity analysis by omission: refits a model with each group of rows left out in turn. metafor's
 * {@code leave1out()} is the case of single rows ({@link #eachRow}); leaving out whole clusters (the studies of a
 * multilevel model) is {@link #byCluster} with a refit function for that model.
 *
 * <pre>{@code
 * List<Omission<PooledEstimate>> rows = LeaveOut.leaveOut(LeaveOut.eachRow(k),
 *         kept -> PooledEstimate.fit(pick(yi, kept), pick(vi, kept), Method.REML, TestKind.Z, 95));
 * }</pre>
 *
 * <p>A refit that throws {@link FitException} becomes an {@link Omission} with a failure message, as metafor leaves
 * an NA row when a refit fails; every other exception propagates.
 */
public final class LeaveOut {
    private LeaveOut() {}

    /**
     * A group of rows to leave out together.
     *
     * @param label  its name in the output
     * @param rows   0-based row indices
     */
    public record Group(String label, int[] rows) {
        public Group {
            Objects.requireNonNull(label, "label");
            rows = rows.clone();
            Arrays.sort(rows);
        }

        @Override
        public int[] rows() {
            return rows.clone();
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Group g && g.label.equals(label) && Arrays.equals(g.rows, rows);
        }

        @Override
        public int hashCode() {
            return 31 * label.hashCode() + Arrays.hashCode(rows);
        }

        @Override
        public String toString() {
            return label + " " + Arrays.toString(rows);
        }
    }

    /** One group per row, labelled 1 … k as metafor's default study labels. */
    public static List<Group> eachRow(int k) {
        List<Group> groups = new ArrayList<>(k);
        for (int i = 0; i < k; i++) groups.add(new Group(Integer.toString(i + 1), new int[] {i}));
        return groups;
    }

    /** One group per cluster, in order of first appearance, labelled by the cluster's name. */
    public static List<Group> byCluster(List<String> cluster) {
        Map<String, List<Integer>> rows = new LinkedHashMap<>();
        for (int i = 0; i < cluster.size(); i++)
            rows.computeIfAbsent(Objects.requireNonNull(cluster.get(i), "cluster name"), c -> new ArrayList<>()).add(i);
        List<Group> groups = new ArrayList<>(rows.size());
        rows.forEach((name, r) -> groups.add(new Group(name, r.stream().mapToInt(Integer::intValue).toArray())));
        return groups;
    }

    /**
     * Refits with each group left out in turn.
     *
     * @param k       number of rows of the full data
     * @param groups  the groups to leave out, in output order
     * @param refit   fits the model to the kept rows (0-based, ascending); may throw {@link FitException}
     * @return one omission per group, in the order of {@code groups}
     * @throws IllegalArgumentException if a group names a row outside 0 … k − 1 or the same row twice
     */
    public static <F> List<Omission<F>> leaveOut(int k, List<Group> groups, Function<int[], F> refit) {
        List<Omission<F>> out = new ArrayList<>(groups.size());
        for (Group g : groups) {
            int[] omitted = g.rows();
            boolean[] drop = new boolean[k];
            for (int r : omitted) {
                if (r < 0 || r >= k)
                    throw new IllegalArgumentException("group " + g.label() + " names row " + r + ", outside 0 … " + (k - 1));
                if (drop[r]) throw new IllegalArgumentException("group " + g.label() + " names row " + r + " twice");
                drop[r] = true;
            }
            int[] kept = new int[k - omitted.length];
            for (int i = 0, n = 0; i < k; i++) if (!drop[i]) kept[n++] = i;
            List<Integer> omittedList = Arrays.stream(omitted).boxed().toList();
            if (kept.length == 0) {
                out.add(new Omission<>(g.label(), omittedList, null, String.format(Locale.ROOT,
                        "leaving out %s removes all %d effect sizes", g.label(), k)));
                continue;
            }
            try {
                out.add(new Omission<>(g.label(), omittedList, Objects.requireNonNull(refit.apply(kept), "refit result"),
                        null));
            } catch (FitException e) {
                out.add(new Omission<>(g.label(), omittedList, null, e.getMessage()));
            }
        }
        return out;
    }

    /** The entries of {@code values} at {@code rows}, in that order. */
    public static double[] pick(double[] values, int[] rows) {
        double[] out = new double[rows.length];
        for (int i = 0; i < rows.length; i++) out[i] = values[rows[i]];
        return out;
    }
}
