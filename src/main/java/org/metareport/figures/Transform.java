package org.metareport.figures;

/**
 * How the effect scale is shown, as metafor's {@code forest(..., atransf = )}.
 */
public enum Transform {
    /** Values are drawn and printed as given (SMD, MD, correlations, risk differences). */
    NONE,
    /**
     * Values are logs (log risk ratio, log odds ratio, ROM): the axis stays on the log scale but is labelled with
     * ratios (0.25, 0.5, 1, 2, …), and estimates, CIs and PIs are printed as exp(value), as
     * {@code forest(res, atransf = exp)}. Axis limits and the reference line are still given on the log scale.
     */
    EXP;

    double apply(double v) {
        return this == EXP ? Math.exp(v) : v;
    }
}
