package org.metareport.models.bias;

import org.metareport.vocabulary.EggerPredictor;

import org.metareport.models.RmaFit;

/**
 * The result of Egger's regression test for funnel-plot asymmetry, as metafor's {@code regtest()} prints it: the test
 * of the predictor's coefficient and the limit estimate, with metafor's flat names as accessors.
 *
 * @param classical  true for the weighted least-squares version ({@code model = "lm"}), false for the mixed-effects
 *                   meta-regression ({@code model = "rma"})
 * @param predictor  the precision measure regressed on
 * @param asymmetry  the test of the predictor's coefficient
 * @param limit      the intercept: the estimate at precision → ∞ (sei or vi = 0), metafor's {@code est}, the
 *                   "limit estimate", with its confidence interval at the requested level (t for {@code model = "lm"})
 * @param fit        the meta-regression ({@code model = "rma"}); null for the classical test
 */
public record EggerResult(boolean classical, EggerPredictor predictor, Asymmetry asymmetry, LimitEstimate limit,
                          RmaFit fit) {

    /**
     * The test of funnel-plot asymmetry.
     *
     * @param slope      the predictor's coefficient (the asymmetry)
     * @param statistic  its z (metafor's {@code zval}), or t for {@code model = "lm"} and for t / Knapp–Hartung tests
     * @param df         its degrees of freedom (metafor's {@code dfs}); {@code Double.POSITIVE_INFINITY} for z
     * @param p          two-sided p-value
     */
    public record Asymmetry(double slope, double statistic, double df, double p) {}

    /** metafor's {@code est}, {@code ci.lb} and {@code ci.ub}. */
    public record LimitEstimate(double estimate, double ciLower, double ciUpper) {}

    public double statistic() { return asymmetry.statistic(); }
    public double df() { return asymmetry.df(); }
    public double p() { return asymmetry.p(); }
    public double slope() { return asymmetry.slope(); }
    public double est() { return limit.estimate(); }
    public double ciLower() { return limit.ciLower(); }
    public double ciUpper() { return limit.ciUpper(); }
}
