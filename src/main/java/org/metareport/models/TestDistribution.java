package org.metareport.models;

import org.metareport.vocabulary.TestKind;

import org.apache.commons.statistics.distribution.ContinuousDistribution;
import org.apache.commons.statistics.distribution.NormalDistribution;
import org.apache.commons.statistics.distribution.TDistribution;

/**
 * The reference distribution of a coefficient test: standard normal for {@code test = "z"}, t with k − p degrees of
 * freedom for {@code "t"} and {@code "knha"} (metafor's {@code ddf}), or t with any positive df (Satterthwaite, for
 * cluster-robust tests). Uses Commons Statistics, whose survival functions and quantiles are accurate to machine
 * precision in the tails (p-values such as 1e-26 keep their digits).
 */
public final class TestDistribution {
    private static final NormalDistribution STANDARD_NORMAL = NormalDistribution.of(0, 1);

    private final ContinuousDistribution distribution;
    private final double df;

    private TestDistribution(ContinuousDistribution distribution, double df) {
        this.distribution = distribution;
        this.df = df;
    }

    /** The distribution for a test with residual degrees of freedom k − p. */
    public static TestDistribution of(TestKind test, int residualDf) {
        return switch (test) {
            case Z -> of(Double.POSITIVE_INFINITY);
            case T, KNHA -> of(residualDf);
        };
    }

    /**
     * Standard normal for df = +∞, t(df) otherwise (df need not be whole).
     *
     * @throws IllegalArgumentException unless df is positive
     */
    public static TestDistribution of(double df) {
        if (df == Double.POSITIVE_INFINITY) return new TestDistribution(STANDARD_NORMAL, df);
        if (!(df > 0)) throw new IllegalArgumentException("degrees of freedom must be positive, got " + df);
        return new TestDistribution(TDistribution.of(df), df);
    }

    /** Degrees of freedom: +∞ for z. */
    public double df() {
        return df;
    }

    /** Two-sided p-value, 2 P(|Z| ≥ |stat|) (metafor: {@code 2*pnorm(abs(zval), lower.tail=FALSE)} or pt). */
    public double twoSidedP(double stat) {
        return 2 * distribution.survivalProbability(Math.abs(stat));
    }

    /** The critical value for a two-sided interval with error rate alpha (metafor: {@code qnorm(alpha/2, lower.tail=FALSE)}). */
    public double critical(double alpha) {
        return distribution.inverseSurvivalProbability(alpha / 2);
    }
}
