package org.metareport.models;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The design matrix of a meta-regression, built from moderator columns as R's {@code model.matrix} would:
 * an intercept column, numeric moderators as they are (optionally grand-mean centred), categorical moderators
 * as treatment (dummy) contrasts against a reference level (default: the first level in sorted order, as R's
 * {@code factor()} under the C locale), and interactions {@code a:b} as products of the columns of a and b.
 *
 * <p>Term names follow the results contract: {@code intercept}, a numeric moderator by its column name, a level
 * of a categorical one as {@code column[level]}, an interaction as {@code a:b}.
 *
 * @param x      k × p, rows in the order of the cells given
 * @param terms  one name per column of x
 * @param numeric for each moderator column, whether it was treated as numeric
 * @param means  the values subtracted from numeric moderators and indicators (grand means, or the values asked for;
 *               empty when not centred)
 */
public record DesignMatrix(double[][] x, List<String> terms, Map<String, Boolean> numeric, Map<String, Double> means) {

    /** A numeric or categorical moderator column; the cells are those of the rows to be fitted (no missing). */
    public record Column(String name, List<String> cells) {}

    /**
     * Builds the design.
     *
     * @param k          number of rows (effects)
     * @param terms      the moderator terms as written (column names, or interactions {@code a:b})
     * @param columns    every column a term mentions, cells of the rows to be fitted, none missing
     * @param reference  column → reference level for categorical moderators (absent = first sorted level)
     * @param center     grand-mean centre numeric moderators
     * @throws IllegalArgumentException (with a user-facing message) for a reference level that does not occur
     */
    public static DesignMatrix build(int k, List<String> terms, Map<String, Column> columns,
                                     Map<String, String> reference, boolean center) {
        return build(k, terms, columns, reference, center, null);
    }

    /**
     * Builds the design; with {@code cellMeansOf} set, builds the design of marginal means instead: no intercept,
     * an indicator for every level of that categorical moderator, and every other column grand-mean centred (as
     * the model study's authors computed marginal means).
     *
     * @param center centre numeric moderators and, as the model study's authors did, the 0/1 dummies of
     *               categorical ones, so the intercept is the effect at the average of every moderator
     */
    public static DesignMatrix build(int k, List<String> terms, Map<String, Column> columns,
                                     Map<String, String> reference, boolean center, String cellMeansOf) {
        return build(k, terms, columns, reference, center, cellMeansOf, Set.of());
    }

    /**
     * Builds the design with the {@code factors} columns read as categorical even when their cells are numbers, as
     * R's {@code factor()} (the subgroup column in the test between subgroups).
     */
    public static DesignMatrix build(int k, List<String> terms, Map<String, Column> columns,
                                     Map<String, String> reference, boolean center, String cellMeansOf,
                                     Set<String> factors) {
        return build(k, terms, columns, reference, center || cellMeansOf != null ? Centre.MEANS : Centre.NONE,
                cellMeansOf, factors);
    }

    /**
     * Builds the design with every numeric moderator and every indicator of a categorical one (but the indicators of
     * {@code cellMeansOf}) centred where {@code centre} says: at a given value, at its mean, or not at all.
     */
    public static DesignMatrix build(int k, List<String> terms, Map<String, Column> columns,
                                     Map<String, String> reference, Centre centre, String cellMeansOf,
                                     Set<String> factors) {
        Map<String, Boolean> numeric = new LinkedHashMap<>();
        Map<String, Double> means = new LinkedHashMap<>();
        Map<String, List<Block>> blocks = new LinkedHashMap<>();
        for (Column c : columns.values()) {
            if (c.cells().size() != k) throw new IllegalArgumentException("columns of unequal length");
            // the factor of marginal means is categorical even when coded 0/1 (R's as.factor)
            boolean isNumeric = !c.name().equals(cellMeansOf) && !factors.contains(c.name())
                    && c.cells().stream().allMatch(DesignMatrix::isNumber);
            numeric.put(c.name(), isNumeric);
            if (isNumeric) {
                double[] v = c.cells().stream().mapToDouble(s -> Double.parseDouble(s.trim())).toArray();
                if (centre.shifts(c.name())) {
                    double at = centre.of(c.name(), v);
                    means.put(c.name(), at);
                    for (int i = 0; i < v.length; i++) v[i] -= at;
                }
                blocks.put(c.name(), List.of(new Block(c.name(), v)));
            } else {
                boolean cells = c.name().equals(cellMeansOf);
                blocks.put(c.name(), dummies(c, k, reference, centre, cells, means));
            }
        }
        List<Block> out = new ArrayList<>();
        if (cellMeansOf == null) {
            double[] one = new double[k];
            java.util.Arrays.fill(one, 1.0);
            out.add(new Block("intercept", one));
        } else {
            if (!blocks.containsKey(cellMeansOf)) {
                throw new IllegalArgumentException("marginal means need '" + cellMeansOf + "' among the moderators");
            }
            out.addAll(blocks.get(cellMeansOf));
        }
        for (String term : terms) {
            if (term.equals(cellMeansOf)) continue;
            List<Block> combined = null;
            for (String part : term.split(":")) {
                List<Block> b = blocks.get(part.trim());
                if (b == null) throw new IllegalArgumentException("no column given for term part '" + part + "'");
                combined = combined == null ? b : product(combined, b, k);
            }
            out.addAll(combined);
        }
        double[][] x = new double[k][out.size()];
        List<String> names = new ArrayList<>();
        for (int j = 0; j < out.size(); j++) {
            names.add(out.get(j).name());
            for (int i = 0; i < k; i++) x[i][j] = out.get(j).values()[i];
        }
        return new DesignMatrix(x, names, numeric, means);
    }

    private record Block(String name, double[] values) {}

    /**
     * The 0/1 columns of a categorical moderator, one per level but the reference (every level for the factor of cell
     * means), each shifted where {@code centre} says (not the cell-means factor); the values subtracted go into
     * {@code means}.
     */
    private static List<Block> dummies(Column c, int k, Map<String, String> reference, Centre centre, boolean cells,
                                       Map<String, Double> means) {
        TreeSet<String> levels = new TreeSet<>(c.cells().stream().map(String::trim).toList());
        String ref = reference.getOrDefault(c.name(), levels.first());
        if (!levels.contains(ref)) {
            throw new IllegalArgumentException(String.format(Locale.ROOT,
                    "reference level '%s' of '%s' does not occur in the data; its levels are %s",
                    ref, c.name(), String.join(", ", levels)));
        }
        List<Block> dummies = new ArrayList<>();
        for (String level : levels) {
            if (level.equals(ref) && !cells) continue;
            double[] v = new double[k];
            for (int i = 0; i < k; i++) v[i] = c.cells().get(i).trim().equals(level) ? 1 : 0;
            String name = c.name() + "[" + level + "]";
            if (centre.shifts(name) && !cells) {
                double at = centre.of(name, v);
                means.put(name, at);
                for (int i = 0; i < k; i++) v[i] -= at;
            }
            dummies.add(new Block(name, v));
        }
        return dummies;
    }

    private static List<Block> product(List<Block> a, List<Block> b, int k) {
        List<Block> out = new ArrayList<>();
        for (Block p : a) {
            for (Block q : b) {
                double[] v = new double[k];
                for (int i = 0; i < k; i++) v[i] = p.values()[i] * q.values()[i];
                out.add(new Block(p.name() + ":" + q.name(), v));
            }
        }
        return out;
    }

    /** True if the cell parses as a finite decimal number. */
    public static boolean isNumber(String s) {
        if (s == null) return false;
        String t = s.trim();
        if (t.isEmpty() || !t.matches("[+-]?(\\d+\\.?\\d*|\\.\\d+)([eE][+-]?\\d+)?")) return false;
        return Double.isFinite(Double.parseDouble(t));
    }

    static double mean(double[] v) {
        // two-pass mean for accuracy with large offsets (e.g. years)
        double s = 0;
        for (double d : v) s += d;
        double m = s / v.length;
        double c = 0;
        for (double d : v) c += d - m;
        return m + c / v.length;
    }
}
