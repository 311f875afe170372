package org.metareport.models.multilevel;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

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

    /**
     * Independent blocks: rows linked by a common outermost group or a common cluster of V (union–find), in order of
     * first appearance, with each level's groups numbered within the block.
     *
     * @param keys  keys[l][i]: the group of row i at level l, as one string that tells nested groups apart
     */
    static List<Block> partition(double[] yi, SamplingCovariance v, double[][] x, Columns columns, String[][] keys) {
        int k = yi.length;
        int[] parent = new int[k];
        for (int i = 0; i < k; i++) parent[i] = i;
        Map<String, Integer> firstOuter = new HashMap<>();
        for (int i = 0; i < k; i++) {
            Integer f = firstOuter.putIfAbsent(keys[0][i], i);
            if (f != null) union(parent, f, i);
        }
        if (!v.isDiagonal()) {
            Map<String, Integer> firstCluster = new HashMap<>();
            for (int i = 0; i < k; i++) {
                Integer f = firstCluster.putIfAbsent(v.cluster()[i], i);
                if (f != null) union(parent, f, i);
            }
        }
        Map<Integer, List<Integer>> members = new LinkedHashMap<>();
        for (int i = 0; i < k; i++) members.computeIfAbsent(find(parent, i), r -> new ArrayList<>()).add(i);
        int m = keys.length;
        List<Block> blocks = new ArrayList<>(members.size());
        for (List<Integer> rowsList : members.values()) {
            int n = rowsList.size();
            int[] rows = rowsList.stream().mapToInt(Integer::intValue).toArray();
            double[][] xb = new double[n][];
            double[] yb = new double[n];
            double[][] vb = new double[n][n];
            int[][] group = new int[m][n];
            int[] groups = new int[m];
            for (int a = 0; a < n; a++) {
                xb[a] = columns.row(x[rows[a]]);
                yb[a] = yi[rows[a]];
                for (int b = 0; b < n; b++) vb[a][b] = v.covariance(rows[a], rows[b]);
            }
            for (int l = 0; l < m; l++) {
                Map<String, Integer> local = new HashMap<>();
                for (int a = 0; a < n; a++) {
                    Integer g = local.get(keys[l][rows[a]]);
                    if (g == null) {
                        g = local.size();
                        local.put(keys[l][rows[a]], g);
                    }
                    group[l][a] = g;
                }
                groups[l] = local.size();
            }
            blocks.add(new Block(rows, xb, yb, vb, group, groups));
        }
        return blocks;
    }

    private static int find(int[] parent, int i) {
        while (parent[i] != i) {
            parent[i] = parent[parent[i]];
            i = parent[i];
        }
        return i;
    }

    private static void union(int[] parent, int a, int b) {
        int ra = find(parent, a);
        int rb = find(parent, b);
        if (ra != rb) parent[Math.max(ra, rb)] = Math.min(ra, rb);
    }
}
