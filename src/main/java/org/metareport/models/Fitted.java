package org.metareport.models;

import java.util.List;
import org.metareport.effects.ComputedEffect;
import org.metareport.models.multilevel.MultilevelFit;
import org.metareport.models.multilevel.RobuFit;
import org.metareport.models.multilevel.RobustFit;
import org.metareport.models.multilevel.WaldTest;
import org.metareport.spec.AnalysisSpec;

/**
 * One analysis as fitted by the models stage: the spec it answers, the fit, and what the report needs beside it.
 * Exactly one of {@code fit} (fixed/random), {@code multilevel} and {@code rve} is set.
 *
 * @param prediction   the average effect's prediction for intercept-only models; null otherwise
 * @param nClusters    number of distinct studies among the effects fitted
 * @param effects      the effects fitted, in row order, with their weights (NaN when the model has no simple
 *                     per-effect weight, as multilevel models)
 * @param robust       cluster-robust tests of every coefficient, or null
 * @param walds        multi-term (HTZ) Wald tests, one per categorical moderator, when robust
 * @param marginalMeans marginal means per level of the {@code marginal_means} moderator (CR2), or empty
 * @param subgroups    the same model within each level of the {@code subgroup} column, or empty
 * @param between      the test of differences between subgroups, or null
 * @param extras       publication-bias and sensitivity fits (fields null when not asked for)
 * @param leaveStudyOut multilevel: the model refitted without each study, or empty
 * @param rho          multilevel: the model refitted at each rho of sensitivity.rho, or empty
 * @param warnings     notes and fallbacks for this analysis (rows omitted, predictors dropped, ...)
 */
public record Fitted(AnalysisSpec spec, RmaFit fit, MultilevelFit multilevel, RobuFit rve, Prediction prediction,
                     int nClusters, List<Weighted> effects, RobustFit robust, List<Wald> walds,
                     List<MarginalMean> marginalMeans, List<Subgroup> subgroups, Wald between,
                     BiasAndSensitivity.Fits extras, List<Refit> leaveStudyOut, List<Refit> rho, List<String> warnings) {
    public Fitted {
        effects = List.copyOf(effects);
        walds = List.copyOf(walds);
        marginalMeans = List.copyOf(marginalMeans);
        subgroups = List.copyOf(subgroups);
        leaveStudyOut = List.copyOf(leaveStudyOut);
        rho = List.copyOf(rho);
        warnings = List.copyOf(warnings);
    }

    /** An effect size the model used, with its weight in percent (NaN when not defined for the model). */
    public record Weighted(ComputedEffect effect, double weight) {}

    /** A multi-term test of one moderator (all its dummies): HTZ Wald when robust, else the model's QM. */
    public record Wald(String moderator, String type, double statistic, int df1, double df2, double p) {
        static Wald of(String moderator, WaldTest w) {
            return new Wald(moderator, "HTZ", w.fStatistic(), w.dfNum(), w.dfDenom(), w.p());
        }
    }

    /** The marginal mean of one level of a categorical moderator, with CR2 inference. */
    public record MarginalMean(String moderator, String level, Coefficient estimate, int k) {}

    /** The analysis fitted within one level of the subgroup column. */
    public record Subgroup(String level, Fitted fitted) {}

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
        if (fit != null) return fit.coefficients();
        if (multilevel != null) return multilevel.coefficients();
        return rve.coefficients();
    }
}
