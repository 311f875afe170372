package org.metareport.models.bias;

/** Where a selection model's maximisation stops. */
public enum SelectionOptimum {
    /**
     * Where metafor 3.8's {@code selmodel()} stops with its defaults: R's {@code optim(method = "BFGS")} from metafor's
     * starting values, reltol 1.5e-8, numerical gradient. Reproduces R's printed numbers, which can be short of the
     * maximum in flat directions (a note in the result says when, and by how much).
     */
    AS_METAFOR,
    /** Continues from there with Newton steps on the analytic derivatives to the maximum of the likelihood. */
    EXACT
}
