package org.metareport.models.bias;

import org.apache.commons.statistics.distribution.NormalDistribution;

/**
 * Confidence levels as metafor reads them ({@code .level}): values from 1 up are percentages, values in (0.5, 1)
 * proportions; the same rule as {@link org.metareport.models.Rma}.
 */
final class Level {
    static final NormalDistribution STANDARD_NORMAL = NormalDistribution.of(0, 1);

    private Level() {}

    /** The two-sided error rate (100 − level)/100 of a level given as a percentage or a proportion. */
    static double alpha(double level) {
        if (level >= 1 && level < 100) return (100 - level) / 100;
        if (level > 0.5 && level < 1) return 1 - level;
        throw new IllegalArgumentException("level must be a percentage in [1, 100) or a proportion in (0.5, 1), got " + level);
    }

    /** The normal critical value of a two-sided interval, metafor's {@code qnorm(level/2, lower.tail = FALSE)}. */
    static double zCritical(double level) {
        return STANDARD_NORMAL.inverseSurvivalProbability(alpha(level) / 2);
    }

    /** Two-sided normal p-value 2 P(Z ≥ |z|). */
    static double twoSidedP(double z) {
        return 2 * STANDARD_NORMAL.survivalProbability(Math.abs(z));
    }
}
