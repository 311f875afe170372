package org.metareport.models;

/** {@link Tau2EstimatorContract} for {@code method: DL} ({@link DerSimonianLaird}). */
class DerSimonianLairdTest extends Tau2EstimatorContract {
    @Override
    Method method() {
        return Method.DL;
    }
}
