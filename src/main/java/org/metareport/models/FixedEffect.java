package org.metareport.models;

/** The fixed-effect (equal-effects) model: tau² is 0 by assumption, with no standard error (metafor: method = "FE"). */
final class FixedEffect implements Tau2Estimator {
    @Override
    public Tau2 estimate(Observations o) {
        return new Tau2(0, Double.NaN, 0);
    }
}
