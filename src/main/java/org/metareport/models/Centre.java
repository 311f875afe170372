package org.metareport.models;

import java.util.Map;
import java.util.TreeMap;

/**
 * Where each column of a design is centred: the value subtracted from a numeric moderator (by its name) or from the
 * 0/1 indicator of a level of a categorical one (by {@code column[level]}). A column without a value of its own is
 * centred at its mean over the rows fitted when {@code means} is true, and left as it is otherwise. Centring at a value
 * c is metafor's {@code mods = ~ I(x - c)}: the intercept (or a marginal mean) is then the effect at x = c; an
 * interaction is the product of the centred columns, so it is 0 there too.
 *
 * @param means  centre the columns without a value at their means over the rows fitted
 * @param values column (or {@code column[level]}) → the value subtracted
 */
public record Centre(boolean means, Map<String, Double> values) {
    /** Every column as it is. */
    public static final Centre NONE = new Centre(false, Map.of());
    /** Every column at its mean over the rows fitted (grand-mean centring). */
    public static final Centre MEANS = new Centre(true, Map.of());

    public Centre {
        values = java.util.Collections.unmodifiableMap(new TreeMap<>(values));
    }

    /** True when a column named {@code name} with these values is shifted at all (a value of its own, or means). */
    boolean shifts(String name) {
        return means || values.containsKey(name);
    }

    /** The value subtracted from the column {@code name} whose cells are {@code v}. */
    double of(String name, double[] v) {
        Double c = values.get(name);
        return c != null ? c : means ? DesignMatrix.mean(v) : 0;
    }
}
