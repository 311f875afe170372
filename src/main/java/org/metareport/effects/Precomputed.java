package org.metareport.effects;

import org.apache.commons.statistics.distribution.NormalDistribution;

/**
 * Effect sizes computed elsewhere; metafor: {@code escalc(yi = , vi = )} or {@code escalc(yi = , sei = )}, which
 * take {@code yi} as given and {@code vi = sei²} when only standard errors are supplied.
 */
public final class Precomputed {
    private static final NormalDistribution NORMAL = NormalDistribution.of(0, 1);

    private Precomputed() {}

    /**
     * {@code yi} with its sampling variance. {@code vi = 0} is accepted, as in metafor.
     *
     * @throws EffectException if an input is missing (NaN) or infinite, or {@code vi} is negative
     */
    public static Effect withVi(double yi, double vi) {
        Require.present("yi", yi);
        Require.nonNegative("vi", vi, "a sampling variance");
        return new Effect(yi, vi);
    }

    /**
     * {@code yi} with its standard error; {@code vi = sei²}.
     *
     * @throws EffectException if an input is missing (NaN) or infinite, or {@code sei} is negative
     */
    public static Effect withSei(double yi, double sei) {
        Require.present("yi", yi);
        Require.nonNegative("sei", sei, "a standard error");
        return new Effect(yi, sei * sei);
    }

    /**
     * {@code yi} with a symmetric Wald confidence interval, as metafor's {@code conv.wald(out, ci.lb, ci.ub, level)}:
     * {@code sei = (ci.ub − ci.lb) / (2·z)} with {@code z} the normal quantile of the level (1.959964 for 95%).
     * Ratio estimates (hazard, odds, risk ratios) are given on the log scale; the effects stage takes the logs when
     * the spec says {@code log: true}.
     *
     * @param level the interval's confidence level in percent (NaN: 95)
     * @throws EffectException if an input is missing or infinite, or the bounds are reversed
     */
    public static Effect withCi(double yi, double ciLb, double ciUb, double level) {
        Require.present("yi", yi);
        Require.present("ci.lb", ciLb);
        Require.present("ci.ub", ciUb);
        if (ciUb < ciLb) throw Require.fail("ci.lb is %s and ci.ub is %s; the lower bound must not exceed the upper",
                Require.show(ciLb), Require.show(ciUb));
        double percent = Double.isNaN(level) ? 95 : level;
        double z = NORMAL.inverseSurvivalProbability((1 - percent / 100) / 2);
        double sei = (ciUb - ciLb) / (2 * z);
        return new Effect(yi, sei * sei);
    }
}
