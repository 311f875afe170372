package org.metareport.effects;

/** One effect size: the estimate {@code yi} and its sampling variance {@code vi}, in metafor's words. */
public record Effect(double yi, double vi) {
    /** Standard error, {@code sqrt(vi)}. */
    public double sei() {
        return Math.sqrt(vi);
    }

    /**
     * The same effect with its sign flipped ({@code -yi}, same {@code vi}), for reverse-coded outcomes, where
     * lower scores are better. Negation is exact, and every variance formula here depends on {@code yi} only
     * through {@code yi²}, so flipping before or after {@link Smd#vi} or {@link ClusterAdjustment#hedges2007}
     * gives bit-identical results.
     */
    public Effect reversed() {
        return new Effect(-yi, vi);
    }
}
