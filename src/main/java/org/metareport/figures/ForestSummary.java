package org.metareport.figures;

import java.util.Locale;

/**
 * The pooled estimate under the rows: a diamond from {@code ciLower} to {@code ciUpper}, centred on
 * {@code estimate}, and optionally the prediction interval (metafor's {@code pi.lb}, {@code pi.ub}) on its own
 * row beneath, as a line with end bars (metafor's {@code addpred}).
 *
 * @param label   e.g. "RE Model" or "Random-effects model (REML)"
 * @param piLower null when there is no prediction interval (fixed-effect models); set together with piUpper
 */
public record ForestSummary(String label, double estimate, double ciLower, double ciUpper, Double piLower,
                            Double piUpper) {
    public ForestSummary {
        if (label == null) throw new IllegalArgumentException("the summary needs a label, e.g. \"RE Model\"");
        ForestRow.finite(label, "estimate", estimate);
        ForestRow.finite(label, "ciLower", ciLower);
        ForestRow.finite(label, "ciUpper", ciUpper);
        if (ciLower > ciUpper)
            throw new IllegalArgumentException(String.format(Locale.ROOT,
                "summary '%s': ciLower %s is above ciUpper %s", label, ciLower, ciUpper));
        if ((piLower == null) != (piUpper == null))
            throw new IllegalArgumentException("summary '" + label + "': give both piLower and piUpper, or neither");
        if (piLower != null) {
            ForestRow.finite(label, "piLower", piLower);
            ForestRow.finite(label, "piUpper", piUpper);
            if (piLower > piUpper)
                throw new IllegalArgumentException(String.format(Locale.ROOT,
                    "summary '%s': piLower %s is above piUpper %s", label, piLower, piUpper));
        }
    }

    /** A summary without a prediction interval. */
    public ForestSummary(String label, double estimate, double ciLower, double ciUpper) {
        this(label, estimate, ciLower, ciUpper, null, null);
    }

    public boolean hasPrediction() {
        return piLower != null;
    }
}
