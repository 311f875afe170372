package org.metareport.effects;

/** One effect size: the estimate {@code yi} and its sampling variance {@code vi}, in metafor's words. */
public record Effect(double yi, double vi) {
    /** Standard error, {@code sqrt(vi)}. */
    public double sei() {
        return Math.sqrt(vi);
    }
}
