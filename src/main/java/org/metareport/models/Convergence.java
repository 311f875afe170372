package org.metareport.models;

/**
 * When an iterative tau² estimator stops: the change in tau² between iterations is at most {@code threshold} times
 * the scale of the data, max(tau², mean vᵢ), within {@code maxIterations} iterations.
 *
 * <p>metafor's {@code threshold} is absolute (1e-5 by default). Judging the change relative to the data's scale gives
 * the same answer for effect sizes near unit scale (1e-10 absolute or tighter) and keeps the estimators equivariant
 * when yᵢ and vᵢ are rescaled: with τ² around 600 (mean differences in points), an absolute 1e-13 cannot be met in
 * double precision, which is why metafor reports non-convergence there.
 */
record Convergence(double threshold, int maxIterations) {
    /** 1e-10 relative, at most 1000 iterations. */
    static final Convergence TIGHT = new Convergence(1e-10, 1000);

    /** The largest change in tau² that counts as converged at the current tau². */
    double tolerance(double tau2, Observations o) {
        return threshold * Math.max(tau2, o.scale());
    }
}
