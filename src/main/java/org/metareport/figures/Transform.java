package org.metareport.figures;

import org.metareport.vocabulary.EffectTransform;

/**
 * How the effect scale is shown, as metafor's {@code forest(..., atransf = )}: values are drawn on the analysis
 * scale, and the axis ticks, estimates, CIs and PIs are printed through the transform.
 */
public enum Transform {
    /** Values are drawn and printed as given (SMD, MD, correlations, risk differences). */
    NONE(EffectTransform.NONE),
    /**
     * Values are logs (log risk ratio, log odds ratio, ROM): the axis stays on the log scale but is labelled with
     * ratios (0.25, 0.5, 1, 2, …), and estimates, CIs and PIs are printed as exp(value), as
     * {@code forest(res, atransf = exp)}. Axis limits and the reference line are still given on the log scale.
     */
    EXP(EffectTransform.EXP),
    /**
     * Values are Fisher's z: the axis is labelled with correlations (−0.5, 0, 0.5, …) placed at their z, and values
     * are printed as tanh(value) ({@code atransf = transf.ztor}).
     */
    TANH(EffectTransform.TANH),
    /**
     * Values are logits: the axis is labelled with proportions (0.2, 0.4, …) placed at their logits, and values are
     * printed as plogis(value) ({@code atransf = transf.ilogit}).
     */
    PLOGIS(EffectTransform.PLOGIS);

    /** The same transform as the results apply: one implementation, so a figure prints the numbers the tables do. */
    private final EffectTransform arithmetic;

    Transform(EffectTransform arithmetic) {
        this.arithmetic = arithmetic;
    }

    double apply(double v) {
        return arithmetic.apply(v);
    }

    /** The analysis-scale position of a value printed on this scale. */
    double invert(double y) {
        return arithmetic.invert(y);
    }

    /** True when {@code y} is a value this scale can take (ratios above 0, correlations in (−1, 1), ...). */
    boolean inRange(double y) {
        return switch (this) {
            case NONE -> true;
            case EXP -> y > 0;
            case TANH -> y > -1 && y < 1;
            case PLOGIS -> y > 0 && y < 1;
        };
    }
}
