package org.metareport.spec;

import java.util.List;
import org.metareport.problems.Where;

/**
 * An analysis's {@code figures:} block: which of the optional figures to draw. A null switch means "not written":
 * the figures stage then applies its default (see docs/spec.md).
 *
 * @param bubble         bubble plots (metafor's {@code regplot}): true = every numeric moderator, false = none,
 *                       null = default (each numeric moderator with more than two distinct values)
 * @param bubbleOn       the moderators named in {@code bubble: [a, b]}; empty when {@code bubble} was a switch
 * @param orchard        orchard plot (Nakagawa et al. 2021); null = default (multilevel models)
 * @param baujat         Baujat plot; null = default (when {@code sensitivity.influence} is asked)
 * @param gosh           GOSH plot settings, or null for none (never drawn by default)
 * @param weightFunction the selection model's weight function; null = default (whenever a selection model is fitted)
 * @param riskOfBias     the risk-of-bias judgements of the analysis's studies beside its forest plot; null = default
 *                       (the first analysis with a forest plot, when the spec has a risk-of-bias table)
 */
public record FiguresSpec(Boolean bubble, List<ColumnRef> bubbleOn, Boolean orchard, Boolean baujat, Gosh gosh,
                          Boolean weightFunction, Boolean riskOfBias, Where where) {
    /** Nothing written: every default. */
    public static final FiguresSpec DEFAULT = new FiguresSpec(null, List.of(), null, null, null, null, null, null);

    /** The default number of sampled subsets of a GOSH plot. */
    public static final int GOSH_SUBSETS = 1000;
    /** The largest number of subsets a GOSH plot may ask for. */
    public static final int GOSH_MAX_SUBSETS = 100_000;

    public FiguresSpec {
        bubbleOn = List.copyOf(bubbleOn);
    }

    /**
     * metafor's {@code gosh(res, subsets = , seed = )}.
     *
     * @param subsets how many subsets to sample (all subsets when there are no more than that)
     * @param seed    the seed of the sampling, so that runs repeat
     */
    public record Gosh(int subsets, long seed) {}
}
