package org.metareport.models;

import org.metareport.vocabulary.Method;

/** {@link Tau2EstimatorContract} for {@code method: ML} ({@link MaximumLikelihood}). */
class MaximumLikelihoodTest extends Tau2EstimatorContract {
    @Override
    Method method() {
        return Method.ML;
    }
}
