package org.metareport.models;

/** {@link Tau2EstimatorContract} for {@code method: ML} ({@link MaximumLikelihood}). */
class MaximumLikelihoodTest extends Tau2EstimatorContract {
    @Override
    Method method() {
        return Method.ML;
    }
}
