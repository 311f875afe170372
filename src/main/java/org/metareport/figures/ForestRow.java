package org.metareport.figures;

import java.util.List;
import java.util.Locale;

/**
 * One effect in a forest plot: a square at {@code yi} sized by {@code weight} and a line from {@code ciLower} to
 * {@code ciUpper}, on the scale of the analysis (log scale for ratios; see {@link Transform}).
 *
 * @param label   the text in the label column (e.g. "Aronson, 1948"); long labels are shortened with "…" and
 *                given in full in the row's SVG {@code <title>}; runs of white space print as one space
 * @param study   the study (cluster) this effect belongs to, for nested data: rows of the same study are kept
 *                together and consecutive studies are banded; null when each row is its own study
 * @param weight  the row's weight in percent (metafor's {@code weights()}); null when not known, in which case
 *                the square has a middle size and the weight column is blank
 * @param columns extra text cells, one per {@link ForestData#columnHeadings()} (e.g. year, n), drawn between
 *                the labels and the plot; empty when there are none
 */
public record ForestRow(String label, String study, double yi, double ciLower, double ciUpper, Double weight,
                        List<String> columns) {
    public ForestRow {
        if (label == null) throw new IllegalArgumentException("a forest row needs a label (may be empty)");
        columns = List.copyOf(columns);
        finite(label, "yi", yi);
        finite(label, "ciLower", ciLower);
        finite(label, "ciUpper", ciUpper);
        double slack = 1e-9 * Math.max(1, Math.abs(yi));        // CIs computed as yi ± z·sei may round
        if (ciLower > yi + slack || ciUpper < yi - slack)
            throw new IllegalArgumentException(String.format(Locale.ROOT,
                "forest row '%s': yi = %s is outside its CI [%s, %s]", label, yi, ciLower, ciUpper));
        if (weight != null && (!Double.isFinite(weight) || weight < 0))
            throw new IllegalArgumentException(String.format(Locale.ROOT,
                "forest row '%s': weight is %s; it must be a finite percentage >= 0", label, weight));
    }

    /** A row of a non-nested analysis, with no extra columns. */
    public ForestRow(String label, double yi, double ciLower, double ciUpper, Double weight) {
        this(label, null, yi, ciLower, ciUpper, weight, List.of());
    }

    static void finite(String label, String name, double v) {
        if (!Double.isFinite(v))
            throw new IllegalArgumentException(String.format(Locale.ROOT,
                "forest row '%s': %s is %s; it must be a finite number", label, name, v));
    }
}
