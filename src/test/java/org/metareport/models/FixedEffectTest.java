package org.metareport.models;

import org.metareport.vocabulary.Method;

/** {@link Tau2EstimatorContract} for {@code method: FE} ({@link FixedEffect}). */
class FixedEffectTest extends Tau2EstimatorContract {
    @Override
    Method method() {
        return Method.FE;
    }
}
