package org.metareport.models.bias;

/**
 * One row of a cumulative meta-analysis: the model fitted to the first {@code k} effect sizes in the chosen order.
 *
 * @param added    0-based index (in the input) of the effect size this step adds
 * @param k        number of effect sizes in this fit
 * @param fit      the fit; null when it failed (metafor's NA row)
 * @param failure  why it failed, in the user's words; null when {@code fit} is present
 */
public record CumulativeStep(int added, int k, PooledEstimate fit, String failure) {
    public CumulativeStep {
        if ((fit == null) == (failure == null))
            throw new IllegalArgumentException("a step has either a fit or a failure, not both or neither");
    }
}
