package org.metareport.models.plots;

import java.util.List;
import org.metareport.models.Prediction;

/**
 * The numbers behind one analysis's optional figures; a figure not drawn is null (or, for bubble plots, absent).
 *
 * @param bubbles one per moderator shown, in the order of the model's terms
 * @param orchard the orchard plot's groups, or null
 * @param baujat  Baujat coordinates, or null
 * @param gosh    GOSH fits, or null
 * @param weightFunction draw the selection model's weight function when one is fitted (false: {@code weight_function: false})
 * @param riskOfBias     {@code figures.risk_of_bias} as written, or null for the default (decided by the figures stage,
 *                       which knows which analysis shows the first forest plot)
 */
public record Plots(List<Bubble> bubbles, Orchard orchard, BaujatPoints baujat, GoshPoints gosh,
                    boolean weightFunction, Boolean riskOfBias) {
    public static final Plots NONE = new Plots(List.of(), null, null, null, true, null);

    public Plots {
        bubbles = List.copyOf(bubbles);
    }

    /**
     * A bubble plot: the effects at their moderator values, sized by their model weight (univariate) or precision
     * (multilevel), and the regression line.
     *
     * @param moderator the moderator column
     * @param centred   the moderator was grand-mean centred (its values are shown centred, as fitted)
     * @param rows      each effect's row in the effects file
     * @param xi        each effect's moderator value, as fitted
     * @param yi        each effect size
     * @param size      each effect's weight (percent) or precision 1/√vᵢ; larger draws larger
     * @param line      the regression line with its bands
     */
    public record Bubble(String moderator, boolean centred, int[] rows, double[] xi, double[] yi, double[] size,
                         List<RegressionLine.Point> line) {
        public Bubble {
            line = List.copyOf(line);
        }
    }

    /**
     * An orchard plot (Nakagawa et al. 2021): the effects as points sized by precision, one row per group, each with
     * its estimate, CI and PI.
     *
     * @param moderator the categorical moderator, or null for the overall estimate alone
     * @param groups    in the order of the design (reference level first)
     * @param rows      each effect's row in the effects file
     * @param yi        each effect size
     * @param vi        each sampling variance
     * @param group     each effect's index in {@code groups}
     */
    public record Orchard(String moderator, List<Group> groups, int[] rows, double[] yi, double[] vi, int[] group) {
        public Orchard {
            groups = List.copyOf(groups);
        }
    }

    /** One group of an orchard plot: its label, number of effects and the model's prediction for it. */
    public record Group(String label, int k, Prediction prediction) {}

    /**
     * Baujat coordinates per effect: x its contribution to Q (squared Pearson residual), y its influence on the fitted
     * value; y NaN where the refit without it failed.
     *
     * @param fixed a fixed-effect model (x is then the contribution to Q itself)
     */
    public record BaujatPoints(boolean fixed, boolean interceptOnly, int[] rows, double[] x, double[] y) {}

    /**
     * GOSH fits of one analysis.
     *
     * @param method  the method each subset was refitted with (FE, DL, REML, ...)
     * @param subsets the number of subsets asked for
     * @param seed    the seed of the sampling
     */
    public record GoshPoints(String method, int subsets, long seed, Gosh.Fits fits) {}
}
