package org.metareport.models;

import org.metareport.vocabulary.Method;

/** {@link Tau2EstimatorContract} for {@code method: REML} ({@link RestrictedMaximumLikelihood}). */
class RestrictedMaximumLikelihoodTest extends Tau2EstimatorContract {
    @Override
    Method method() {
        return Method.REML;
    }
}
