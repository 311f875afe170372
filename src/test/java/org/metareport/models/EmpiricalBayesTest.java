package org.metareport.models;

import org.metareport.vocabulary.Method;

/** {@link Tau2EstimatorContract} for {@code method: EB} ({@link EmpiricalBayes}). */
class EmpiricalBayesTest extends Tau2EstimatorContract {
    @Override
    Method method() {
        return Method.EB;
    }
}
