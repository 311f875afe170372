package org.metareport.models.multilevel;

import org.apache.commons.statistics.distribution.ContinuousDistribution;
import org.apache.commons.statistics.distribution.NormalDistribution;
import org.apache.commons.statistics.distribution.TDistribution;

/**
 * The distribution of a test statistic: standard normal (df = +∞) or t with df degrees of freedom, which need not be
 * an integer (Satterthwaite). Commons Statistics gives survival functions accurate in the far tails.
 */
final class ReferenceDistribution {
    private static final NormalDistribution STANDARD_NORMAL = NormalDistribution.of(0, 1);

    private final ContinuousDistribution distribution;
    private final double df;

    private ReferenceDistribution(ContinuousDistribution distribution, double df) {
        this.distribution = distribution;
        this.df = df;
    }

    /** Standard normal for df = +∞, t(df) otherwise; df must be positive. */
    static ReferenceDistribution of(double df) {
        if (df == Double.POSITIVE_INFINITY) return new ReferenceDistribution(STANDARD_NORMAL, df);
        if (!(df > 0)) throw new IllegalArgumentException("degrees of freedom must be positive, got " + df);
        return new ReferenceDistribution(TDistribution.of(df), df);
    }

    double df() {
        return df;
    }

    /** 2 P(T ≥ |stat|). */
    double twoSidedP(double stat) {
        return 2 * distribution.survivalProbability(Math.abs(stat));
    }

    /** The quantile with upper tail alpha/2 (R's {@code qt(alpha/2, df, lower.tail = FALSE)}). */
    double critical(double alpha) {
        return distribution.inverseSurvivalProbability(alpha / 2);
    }
}
