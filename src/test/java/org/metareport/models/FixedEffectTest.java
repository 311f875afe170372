package org.metareport.models;

/** {@link Tau2EstimatorContract} for {@code method: FE} ({@link FixedEffect}). */
class FixedEffectTest extends Tau2EstimatorContract {
    @Override
    Method method() {
        return Method.FE;
    }
}
