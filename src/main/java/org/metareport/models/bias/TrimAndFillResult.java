package org.metareport.models.bias;

import org.metareport.vocabulary.K0Estimator;

import org.metareport.vocabulary.Side;

import org.metareport.models.RmaFit;

/**
 * The result of trim-and-fill, as metafor's {@code trimfill()} object.
 *
 * @param side        the side on which studies were imputed (chosen from the data unless given)
 * @param estimator   the k0 estimator used
 * @param k0          estimated number of missing studies (0: none imputed, {@code fit} is the input model)
 * @param seK0        standard error of k0 as metafor computes it; null when its formula gives no number (L0 and Q0
 *                    with a strongly negative raw estimate: the variance formula turns negative, metafor's NA)
 * @param pK0         for R0, the p-value of the test of k0 = 0, 0.5^(k0 + 1) (metafor's {@code p.k0}); null for L0
 *                    and Q0
 * @param filled      the k0 imputed effect sizes
 * @param fit         the model refitted to the observed and imputed effect sizes (k + k0)
 * @param iterations  trim-and-fill iterations until k0 stopped changing
 */
public record TrimAndFillResult(Side side, K0Estimator estimator, int k0, Double seK0, Double pK0, Filled filled,
                                RmaFit fit, int iterations) {

    /**
     * The imputed effect sizes.
     *
     * @param yi  mirror images 2b − yᵢ of the k0 most extreme ones on the other side, in metafor's order
     * @param vi  their sampling variances (those of the mirrored effect sizes)
     */
    public record Filled(double[] yi, double[] vi) {
        public Filled {
            yi = yi.clone();
            vi = vi.clone();
        }

        @Override
        public double[] yi() {
            return yi.clone();
        }

        @Override
        public double[] vi() {
            return vi.clone();
        }
    }

    /** The imputed effect sizes (a copy). */
    public double[] filledYi() {
        return filled.yi();
    }

    /** Their sampling variances (a copy). */
    public double[] filledVi() {
        return filled.vi();
    }
}
