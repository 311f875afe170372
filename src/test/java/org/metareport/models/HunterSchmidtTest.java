package org.metareport.models;

import org.metareport.vocabulary.Method;

/** {@link Tau2EstimatorContract} for {@code method: HS} ({@link HunterSchmidt}). */
class HunterSchmidtTest extends Tau2EstimatorContract {
    @Override
    Method method() {
        return Method.HS;
    }
}
