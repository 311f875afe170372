package org.metareport.models;

import org.metareport.vocabulary.Method;

/** {@link Tau2EstimatorContract} for {@code method: HE} ({@link Hedges}). */
class HedgesTest extends Tau2EstimatorContract {
    @Override
    Method method() {
        return Method.HE;
    }
}
