package org.metareport.models;

/** {@link Tau2EstimatorContract} for {@code method: PM} ({@link PauleMandel}). */
class PauleMandelTest extends Tau2EstimatorContract {
    @Override
    Method method() {
        return Method.PM;
    }
}
