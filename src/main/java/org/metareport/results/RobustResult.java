package org.metareport.results;

import java.util.List;

/**
 * Cluster-robust inference on the study clusters: every coefficient with the sandwich SE and its test.
 *
 * @param type       CR0, CR1, CR1p or CR2 (clubSandwich's names)
 * @param df         how degrees of freedom were found: "Satterthwaite" (clubSandwich's coef_test) or "m - p"
 * @param clusters   number of clusters (studies)
 * @param waldTests  multi-term (HTZ) tests, one per categorical moderator
 */
public record RobustResult(String type, String df, int clusters, List<CoefficientResult> coefficients,
                           List<WaldResult> waldTests) {
    public RobustResult {
        coefficients = List.copyOf(coefficients);
        waldTests = List.copyOf(waldTests);
    }

    /** A multi-term test: HTZ Wald (F with df1, df2), or the model's QM (chi² or F). */
    public record WaldResult(String moderator, String test, double statistic, int df1, Double df2, Double p) {}
}
