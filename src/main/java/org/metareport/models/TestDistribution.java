package org.metareport.models;

import org.apache.commons.statistics.distribution.ContinuousDistribution;
import org.apache.commons.statistics.distribution.NormalDistribution;
import org.apache.commons.statistics.distribution.TDistribution;

/**
 * The reference distribution of a coefficient test: standard normal for {@code test = "z"}, t with k − p degrees of
 * freedom for {@code "t"} and {@code "knha"} (metafor's {@code ddf}). Uses Commons Statistics, whose survival
 * functions and quantiles are accurate to machine precision in the tails (p-values such as 1e-26 keep their digits).
 */
final class TestDistribution {
    private static final NormalDistribution STANDARD_NORMAL = NormalDistribution.of(0, 1);

    private final ContinuousDistribution distribution;
    private final double df;

    private TestDistribution(ContinuousDistribution distribution, double df) {
        this.distribution = distribution;
        this.df = df;
    }

    /** The distribution for a test with residual degrees of freedom k − p. */
    static TestDistribution of(TestKind test, int residualDf) {
        return switch (test) {
            case Z -> new TestDistribution(STANDARD_NORMAL, Double.POSITIVE_INFINITY);
            case T, KNHA -> new TestDistribution(TDistribution.of(residualDf), residualDf);
        };
    }

    /** Degrees of freedom: +∞ for z. */
    double df() {
        return df;
    }

    /** Two-sided p-value, 2 P(|Z| ≥ |stat|) (metafor: {@code 2*pnorm(abs(zval), lower.tail=FALSE)} or pt). */
    double twoSidedP(double stat) {
        return 2 * distribution.survivalProbability(Math.abs(stat));
    }

    /** The critical value for a two-sided interval with error rate alpha (metafor: {@code qnorm(alpha/2, lower.tail=FALSE)}). */
    double critical(double alpha) {
        return distribution.inverseSurvivalProbability(alpha / 2);
    }
}
