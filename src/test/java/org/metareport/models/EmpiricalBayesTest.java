package org.metareport.models;

/** {@link Tau2EstimatorContract} for {@code method: EB} ({@link EmpiricalBayes}). */
class EmpiricalBayesTest extends Tau2EstimatorContract {
    @Override
    Method method() {
        return Method.EB;
    }
}
