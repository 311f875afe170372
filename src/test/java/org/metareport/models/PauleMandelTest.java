package org.metareport.models;

import org.metareport.vocabulary.Method;

/** {@link Tau2EstimatorContract} for {@code method: PM} ({@link PauleMandel}). */
class PauleMandelTest extends Tau2EstimatorContract {
    @Override
    Method method() {
        return Method.PM;
    }
}
