package org.metareport.models;

import org.metareport.vocabulary.Method;

/**
 * An estimator of the between-study variance tau² for the model yᵢ = xᵢ'β + uᵢ + eᵢ, uᵢ ~ N(0, tau²),
 * eᵢ ~ N(0, vᵢ), one class per metafor {@code rma(method = ...)}.
 */
interface Tau2Estimator {
    /**
     * Estimates tau² from effect sizes with k > p and all vᵢ > 0 (checked by {@link Rma}).
     *
     * @throws FitException if an iterative estimator does not converge
     */
    Tau2 estimate(Observations o);

    /** The estimator for a method; FE gives tau² = 0. */
    static Tau2Estimator of(Method method) {
        return switch (method) {
            case FE -> new FixedEffect();
            case DL -> new DerSimonianLaird();
            case HE -> new Hedges();
            case HS -> new HunterSchmidt();
            case SJ -> new SidikJonkman();
            case ML -> new MaximumLikelihood(Convergence.TIGHT);
            case REML -> new RestrictedMaximumLikelihood(Convergence.TIGHT);
            case EB -> new EmpiricalBayes(Convergence.TIGHT);
            case PM -> new PauleMandel(Convergence.TIGHT);
        };
    }
}
