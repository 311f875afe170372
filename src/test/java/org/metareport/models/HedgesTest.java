package org.metareport.models;

/** {@link Tau2EstimatorContract} for {@code method: HE} ({@link Hedges}). */
class HedgesTest extends Tau2EstimatorContract {
    @Override
    Method method() {
        return Method.HE;
    }
}
