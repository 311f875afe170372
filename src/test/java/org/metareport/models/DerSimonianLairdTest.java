package org.metareport.models;

import org.metareport.vocabulary.Method;

/** {@link Tau2EstimatorContract} for {@code method: DL} ({@link DerSimonianLaird}). */
class DerSimonianLairdTest extends Tau2EstimatorContract {
    @Override
    Method method() {
        return Method.DL;
    }
}
