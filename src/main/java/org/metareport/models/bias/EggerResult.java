package org.metareport.models.bias;

import org.metareport.vocabulary.EggerPredictor;

import org.metareport.models.RmaFit;

/**
 * The result of Egger's regression test for funnel-plot asymmetry, as metafor's {@code regtest()} prints it.
 *
 * @param classical  true for the weighted least-squares version ({@code model = "lm"}), false for the mixed-effects
 *                   meta-regression ({@code model = "rma"})
 * @param predictor  the precision measure regressed on
 * @param statistic  the test of the predictor's coefficient: z (metafor's {@code zval}), or t for {@code model = "lm"}
 *                   and for t / Knapp–Hartung tests
 * @param df         its degrees of freedom (metafor's {@code dfs}); {@code Double.POSITIVE_INFINITY} for z
 * @param p          two-sided p-value of the asymmetry test
 * @param slope      the predictor's coefficient (the asymmetry)
 * @param est        the intercept: the estimate at precision → ∞ (sei or vi = 0), metafor's {@code est}, the
 *                   "limit estimate"
 * @param ciLower    its confidence interval at the requested level (t for {@code model = "lm"})
 * @param fit        the meta-regression ({@code model = "rma"}); null for the classical test
 */
public record EggerResult(boolean classical, EggerPredictor predictor, double statistic, double df, double p,
                          double slope, double est, double ciLower, double ciUpper, RmaFit fit) {}
