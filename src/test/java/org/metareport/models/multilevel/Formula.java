package org.metareport.models.multilevel;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * Test-only expansion of an R model formula's term labels into design columns in {@code model.matrix} order, so
 * that a fixture's recorded {@code call} can be rebuilt from the raw data: {@code a*b*c} expands to a, b, c, a:b, a:c,
 * b:c, a:b:c; duplicates keep their first place; terms are ordered by degree, then by first appearance; the variables
 * of an interaction are named in the order the formula first mentions them. A factor may appear as a main effect: as
 * the first term of a formula without intercept ({@code - 1}) it gets one dummy per level, otherwise treatment
 * contrasts against its first level (levels sorted as R's {@code factor()} in the C locale), named variable + level.
 */
final class Formula {
    private Formula() {}

    /** A design column. */
    record Column(String name, double[] values) {}

    /**
     * @param labels     the formula's term labels, e.g. {@code ["Longduration.c", "Teacher.c*CBT.c"]}
     * @param numeric    numeric variables by name
     * @param factors    categorical variables by name (level of each row)
     * @param intercept  whether the formula keeps its intercept (then named {@code intrcpt}, as metafor)
     */
    static List<Column> expand(List<String> labels, Map<String, double[]> numeric, Map<String, String[]> factors,
                               boolean intercept, int k) {
        List<String> variables = new ArrayList<>();
        List<List<Integer>> terms = new ArrayList<>();
        for (String label : labels) {
            String[] parts = label.split("\\*");
            List<Integer> vars = new ArrayList<>();
            for (String part : parts) {
                String v = part.trim();
                if (!variables.contains(v)) variables.add(v);
                vars.add(variables.indexOf(v));
            }
            int n = vars.size();
            for (int size = 1; size <= n; size++) {
                for (List<Integer> combo : combinations(vars, size)) {
                    List<Integer> sorted = new ArrayList<>(new TreeSet<>(combo));
                    if (!terms.contains(sorted)) terms.add(sorted);
                }
            }
        }
        List<List<Integer>> ordered = new ArrayList<>();
        int maxDegree = terms.stream().mapToInt(List::size).max().orElse(0);
        for (int d = 1; d <= maxDegree; d++) for (List<Integer> t : terms) if (t.size() == d) ordered.add(t);

        List<Column> out = new ArrayList<>();
        if (intercept) {
            double[] ones = new double[k];
            java.util.Arrays.fill(ones, 1);
            out.add(new Column("intrcpt", ones));
        }
        for (List<Integer> t : ordered) {
            if (t.size() == 1 && factors.containsKey(variables.get(t.get(0)))) {
                String name = variables.get(t.get(0));
                boolean full = !intercept && out.isEmpty();          // R: all levels only for the first factor of a no-intercept formula
                String[] level = factors.get(name);
                TreeSet<String> levels = new TreeSet<>(List.of(level));
                if (!full) levels.remove(levels.first());           // treatment contrasts against the first level
                for (String l : levels) {
                    double[] v = new double[k];
                    for (int i = 0; i < k; i++) v[i] = level[i].equals(l) ? 1 : 0;
                    out.add(new Column(name + l, v));
                }
                continue;
            }
            StringBuilder name = new StringBuilder();
            double[] v = new double[k];
            java.util.Arrays.fill(v, 1);
            for (int var : t) {
                String vn = variables.get(var);
                double[] col = numeric.get(vn);
                if (col == null) throw new IllegalArgumentException("no numeric variable " + vn);
                if (name.length() > 0) name.append(':');
                name.append(vn);
                for (int i = 0; i < k; i++) v[i] *= col[i];
            }
            out.add(new Column(name.toString(), v));
        }
        return out;
    }

    /** The columns as a k × p row-major matrix. */
    static double[][] matrix(List<Column> columns, int k) {
        double[][] x = new double[k][columns.size()];
        for (int j = 0; j < columns.size(); j++) for (int i = 0; i < k; i++) x[i][j] = columns.get(j).values()[i];
        return x;
    }

    static List<String> names(List<Column> columns) {
        return columns.stream().map(Column::name).toList();
    }

    private static List<List<Integer>> combinations(List<Integer> items, int size) {
        List<List<Integer>> out = new ArrayList<>();
        combine(items, size, 0, new ArrayList<>(), out);
        return out;
    }

    private static void combine(List<Integer> items, int size, int from, List<Integer> current, List<List<Integer>> out) {
        if (current.size() == size) {
            out.add(new ArrayList<>(current));
            return;
        }
        for (int i = from; i < items.size(); i++) {
            current.add(items.get(i));
            combine(items, size, i + 1, current, out);
            current.remove(current.size() - 1);
        }
    }
}
