package org.metareport.models.bias;

import org.metareport.models.ConfidenceLevel;
import org.apache.commons.statistics.distribution.NormalDistribution;

/**
 * Confidence levels as metafor reads them ({@code .level}): values from 1 up are percentages, values in (0.5, 1)
 * proportions; the rule of {@link ConfidenceLevel}.
 */
final class Level {
    static final NormalDistribution STANDARD_NORMAL = NormalDistribution.of(0, 1);

    private Level() {}

    /** The two-sided error rate (100 − level)/100 of a level given as a percentage or a proportion. */
    static double alpha(double level) {
        return ConfidenceLevel.alpha(level);
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
