package org.metareport.results;

import java.util.List;

/**
 * Heterogeneity statistics. Values that do not apply are null (e.g. tau2 of a multilevel model, sigma2 of a
 * univariate one). I² values are percentages.
 *
 * @param levels the names of the variance components (multilevel: outer first), or null
 * @param q     Cochran's Q (residual heterogeneity QE for a meta-regression) with {@code qDf} df
 */
public record Heterogeneity(Double tau2, Double tau2Se, Double tau, List<Double> sigma2, double q, int qDf, double qP,
                            Double i2, List<Double> i2Levels, Double h2, List<String> levels) {
    public Heterogeneity {
        levels = levels == null ? null : List.copyOf(levels);
        sigma2 = sigma2 == null ? null : List.copyOf(sigma2);
        i2Levels = i2Levels == null ? null : List.copyOf(i2Levels);
    }
}
