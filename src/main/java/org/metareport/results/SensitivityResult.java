package org.metareport.results;

import java.util.List;

/** Sensitivity analyses of one analysis; lists are empty when not asked for. */
public record SensitivityResult(List<Pooled> leaveOneOut, List<InfluenceRow> influence, String cumulativeBy,
                                List<Pooled> cumulative, List<Refit> leaveStudyOut, List<Refit> rho) {
    public SensitivityResult {
        leaveStudyOut = List.copyOf(leaveStudyOut);
        rho = List.copyOf(rho);
        leaveOneOut = List.copyOf(leaveOneOut);
        influence = List.copyOf(influence);
        cumulative = List.copyOf(cumulative);
    }

    /**
     * A refit: leaving out {@code label} (leave-one-out), or up to and including it (cumulative). Numbers are null
     * when the refit could not be fitted ({@code failure} says why).
     *
     * @param row the effects-file row of the effect left out or added
     */
    public record Pooled(String label, int row, Integer k, Double estimate, Double se, Double statistic, Double p,
                         Double ciLower, Double ciUpper, Double tau2, Double i2, Double q, Double qP, String failure) {}

    /**
     * A multilevel refit: without one study ({@code label} = the study), or at another assumed rho. Null numbers
     * when the refit failed ({@code failure} says why).
     *
     * @param robust the cluster-robust test of the intercept, when the analysis is robust
     */
    public record Refit(String label, double rho, Integer k, CoefficientResult estimate, CoefficientResult robust,
                        List<Double> sigma2, String failure) {}

    /**
     * metafor's {@code influence()} for one effect; deletion diagnostics are null when the refit without it failed.
     *
     * @param influential metafor's {@code is.infl} flag
     */
    public record InfluenceRow(String label, int row, Double rstudent, Double dffits, Double cookD, Double covR,
                               Double tau2Del, Double qeDel, double hat, double weight, boolean influential) {}
}
