package org.metareport.figures;

import java.util.Locale;

/**
 * One effect size in a funnel plot: a circle at ({@code yi}, {@code sei}), on the scale of the analysis (log scale
 * for ratios; see {@link Transform}).
 *
 * @param label  the study, e.g. "Aronson, 1948", shown as the circle's SVG {@code <title>} (a tooltip) and named in
 *               errors; null for none (large plots stay small without them)
 * @param yi     the effect size
 * @param sei    its standard error, √vᵢ; finite and &gt; 0
 * @param filled true for an effect size imputed by trim-and-fill (metafor's "filled" studies): drawn as an open
 *               circle and named in the legend
 * @throws IllegalArgumentException if yi is not finite or sei is not a finite number &gt; 0; the message names the
 *                                  point by its label, or by its yi when it has none
 */
public record FunnelPoint(String label, double yi, double sei, boolean filled) {
    public FunnelPoint {
        if (!Double.isFinite(yi))
            throw new IllegalArgumentException(String.format(Locale.ROOT,
                "funnel point %s: yi is %s; it must be a finite number", name(label, yi), yi));
        if (!(sei > 0) || Double.isInfinite(sei))
            throw new IllegalArgumentException(String.format(Locale.ROOT,
                "funnel point %s: sei is %s; a funnel plot needs a finite standard error > 0 for every point",
                name(label, yi), sei));
    }

    /** An observed effect size without a label. */
    public FunnelPoint(double yi, double sei) {
        this(null, yi, sei, false);
    }

    /** An observed effect size with a label. */
    public FunnelPoint(String label, double yi, double sei) {
        this(label, yi, sei, false);
    }

    private static String name(String label, double yi) {
        return label != null ? "'" + label + "'" : "at yi = " + yi;
    }
}
