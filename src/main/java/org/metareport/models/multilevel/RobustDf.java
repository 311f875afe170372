package org.metareport.models.multilevel;

import org.metareport.vocabulary.VcovType;

/** How the degrees of freedom of cluster-robust t tests are chosen. */
public enum RobustDf {
    /**
     * Satterthwaite's approximation for each coefficient, as clubSandwich's
     * {@code coef_test(test = "Satterthwaite")} and {@code conf_int}: df = 2E²/Var of the estimator's sampling
     * distribution under the working model (Pustejovsky &amp; Tipton, 2018, eq. 11). Computed for every
     * {@link VcovType}, with that type's adjustment matrices.
     */
    SATTERTHWAITE,
    /** m − p for every coefficient (m clusters), as metafor's {@code robust()}. */
    CLUSTERS_MINUS_P
}
