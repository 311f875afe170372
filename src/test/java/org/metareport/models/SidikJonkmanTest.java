package org.metareport.models;

import org.metareport.vocabulary.Method;

/** {@link Tau2EstimatorContract} for {@code method: SJ} ({@link SidikJonkman}). */
class SidikJonkmanTest extends Tau2EstimatorContract {
    @Override
    Method method() {
        return Method.SJ;
    }
}
