package org.metareport.spec;

import org.metareport.problems.Where;

/**
 * An analysis's {@code sensitivity:} block.
 *
 * @param leaveOneOut  refit leaving out each effect size (metafor's {@code leave1out})
 * @param influence    influence diagnostics (metafor's {@code influence})
 * @param cumulative   cumulative meta-analysis ordered by this column (e.g. year); null = none
 * @param rho          multilevel: refit with each of these assumed within-study correlations; empty = none
 */
public record SensitivitySpec(boolean leaveOneOut, boolean influence, ColumnRef cumulative, java.util.List<Double> rho,
                              Where where) {
    public SensitivitySpec {
        rho = java.util.List.copyOf(rho);
    }
}
