package org.metareport.models;

/**
 * Confidence levels as metafor reads them ({@code .level}): values from 1 up are percentages, values in (0.5, 1)
 * proportions. The one place every model (univariate, multilevel, cluster-robust, bias) turns a level into a
 * percentage or an error rate.
 */
public final class ConfidenceLevel {
    private ConfidenceLevel() {}

    /**
     * The level in percent.
     *
     * @throws IllegalArgumentException unless the level is a percentage in [1, 100) or a proportion in (0.5, 1)
     */
    public static double percent(double level) {
        if (level >= 1 && level < 100) return level;
        if (level > 0.5 && level < 1) return 100 * level;
        throw invalid(level);
    }

    /**
     * The two-sided error rate: (100 − level)/100 for a percentage, 1 − level for a proportion (metafor's alpha).
     *
     * @throws IllegalArgumentException as {@link #percent}
     */
    public static double alpha(double level) {
        if (level >= 1 && level < 100) return (100 - level) / 100;
        if (level > 0.5 && level < 1) return 1 - level;
        throw invalid(level);
    }

    private static IllegalArgumentException invalid(double level) {
        return new IllegalArgumentException("level must be a percentage in [1, 100) or a proportion in (0.5, 1), got "
                + level);
    }
}
