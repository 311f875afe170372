package org.metareport.models;

import java.util.List;
import org.metareport.models.plots.Plots;
import org.metareport.effects.ComputedEffect;
import org.metareport.models.multilevel.RobustFit;
import org.metareport.models.multilevel.WaldTest;
import org.metareport.spec.AnalysisSpec;

/**
 * One analysis as fitted by the models stage: the spec it answers, the model fit, and the add-ons the report needs
 * beside it.
 *
 * @param model         the fit, one of the three model families
 * @param sample        the effects fitted, with their weights, and the number of studies among them
 * @param robust        cluster-robust tests of every coefficient with the multi-term tests, or null
 * @param marginalMeans marginal means per level of the {@code marginal_means} moderator (CR2), or empty
 * @param subgroups     the same model within each level of the {@code subgroup} column, or none
 * @param extras        publication-bias and sensitivity fits
 * @param warnings      notes and fallbacks for this analysis (rows omitted, predictors dropped, ...)
 */
public record Fitted(AnalysisSpec spec, ModelFit model, Sample sample, Robust robust, List<MarginalMean> marginalMeans,
                     Subgroups subgroups, Extras extras, List<String> warnings) {
    public Fitted {
        marginalMeans = List.copyOf(marginalMeans);
        warnings = List.copyOf(warnings);
    }

    /** The same analysis with its subgroups and these warnings. */
    Fitted with(Subgroups subgroups, List<String> warnings) {
        return new Fitted(spec, model, sample, robust, marginalMeans, subgroups, extras, warnings);
    }

    /** The numbers behind the optional figures (bubble, orchard, Baujat, GOSH), carried with the extras. */
    public Plots plots() {
        return extras.plots();
    }

    /**
     * The effects a model used.
     *
     * @param effects    in row order, with their weights (NaN when the model has no simple per-effect weight, as
     *                   multilevel models)
     * @param nClusters  number of distinct studies among them
     */
    public record Sample(List<Weighted> effects, int nClusters) {
        public Sample {
            effects = List.copyOf(effects);
        }
    }

    /** An effect size the model used, with its weight in percent (NaN when not defined for the model). */
    public record Weighted(ComputedEffect effect, double weight) {}

    /**
     * Cluster-robust inference: the coefficients' tests and the multi-term (HTZ) Wald tests, one per categorical
     * moderator.
     */
    public record Robust(RobustFit fit, List<Wald> walds) {
        public Robust {
            walds = List.copyOf(walds);
        }
    }

    /** A multi-term test of one moderator (all its dummies): HTZ Wald when robust, else the model's QM. */
    public record Wald(String moderator, String type, double statistic, int df1, double df2, double p) {
        static Wald of(String moderator, WaldTest w) {
            return new Wald(moderator, "HTZ", w.fStatistic(), w.dfNum(), w.dfDenom(), w.p());
        }

        /** The model's QM as the test of a moderator: χ² ("QM") for z tests, F otherwise. */
        static Wald of(String moderator, OmnibusTest qm) {
            return new Wald(moderator, Double.isInfinite(qm.df2()) ? "QM" : "F", qm.statistic(), qm.df1(), qm.df2(),
                    qm.p());
        }
    }

    /** The marginal mean of one level of a categorical moderator, with CR2 inference. */
    public record MarginalMean(String moderator, String level, Coefficient estimate, int k) {}

    /**
     * The analysis fitted within each level of the subgroup column, and the test of their differences.
     *
     * @param between  null when there are fewer than two levels or the test could not be run
     */
    public record Subgroups(List<Subgroup> fits, Wald between) {
        public static final Subgroups NONE = new Subgroups(List.of(), null);

        public Subgroups {
            fits = List.copyOf(fits);
        }
    }

    /** The analysis fitted within one level of the subgroup column. */
    public record Subgroup(String level, Fitted fitted) {}

    /**
     * Publication-bias and sensitivity fits.
     *
     * @param univariate    random/fixed models: bias and sensitivity fits (fields null when not asked for); null for
     *                      other models or when none were asked for
     * @param leaveStudyOut multilevel: the model refitted without each study, or empty
     * @param rho           multilevel: the model refitted at each rho of sensitivity.rho, or empty
     * @param plots         the numbers behind the optional figures ({@link Plots#NONE} when none)
     */
    public record Extras(BiasAndSensitivity.Fits univariate, List<Refit> leaveStudyOut, List<Refit> rho, Plots plots) {
        public static final Extras NONE = new Extras(null, List.of(), List.of());

        public Extras {
            leaveStudyOut = List.copyOf(leaveStudyOut);
            rho = List.copyOf(rho);
            if (plots == null) plots = Plots.NONE;
        }

        /** Extras without the optional figures' numbers. */
        public Extras(BiasAndSensitivity.Fits univariate, List<Refit> leaveStudyOut, List<Refit> rho) {
            this(univariate, leaveStudyOut, rho, Plots.NONE);
        }

        /** The same extras with these figure numbers. */
        Extras with(Plots figures) {
            return new Extras(univariate, leaveStudyOut, rho, figures);
        }
    }

    /**
     * A refit of a multilevel model for sensitivity: without one study, or at another assumed rho. The first
     * coefficient (the intercept) with its model-based and, when robust, cluster-robust inference.
     *
     * @param label    the study left out, or the rho as text
     * @param failure  why the refit failed (then the numbers are null)
     */
    public record Refit(String label, double rho, Integer k, Coefficient estimate, Coefficient robust,
                        double[] sigma2, String failure) {}

    /** The coefficients as the model reports them. */
    public List<Coefficient> coefficients() {
        return model.inference().coefficients();
    }
}
