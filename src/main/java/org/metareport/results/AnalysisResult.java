package org.metareport.results;

import org.metareport.models.plots.Plots;
import java.util.List;
import org.metareport.vocabulary.ModelKind;

/**
 * The results of one analysis: the contract's {@code analyses[]} entry.
 *
 * @param title        the spec's {@code title:} for headings and captions, or null (the id is used)
 * @param model        the model family (results.json writes its spelling: fixed | random | multilevel | rve)
 * @param method       FE, DL, REML, ...
 * @param test         z | t | knha
 * @param level        confidence level in percent
 * @param nClusters    number of studies (clusters) among the k effects
 * @param moderators   the moderator terms as written in the spec (empty for an intercept-only model)
 * @param centered     true when numeric moderators were grand-mean centred
 * @param dropped      predictors dropped as redundant (collinear)
 * @param moderatorTest null for an intercept-only model
 * @param prediction   for the average effect (intercept-only), or at the moderators' means when centred; null
 *                     when it does not apply
 * @param weights      the effects the model used (by row) with their weights in percent
 * @param robust       cluster-robust inference, or null
 * @param marginalMeans marginal means per level of a moderator, or empty
 * @param subgroups    the same model within each subgroup level, or empty
 * @param betweenSubgroups the test of differences between subgroups, or null
 * @param rho          the assumed correlation of sampling errors within a study (multilevel, RVE), or null
 * @param bias         publication-bias results, or null when none were asked for
 * @param sensitivity  sensitivity analyses, or null when none were asked for
 * @param warnings     notes and fallbacks for this analysis, worded for the report
 * @param plots        the numbers behind the optional figures (bubble, orchard, Baujat, GOSH); not in results.json
 * @param held         where the moderators were centred and the marginal means held the other moderators
 */
public record AnalysisResult(String id, String title, ModelKind model, String method, String test, double level, int k,
                             int nClusters, List<String> moderators, boolean centered, List<String> dropped,
                             List<CoefficientResult> coefficients, Heterogeneity heterogeneity,
                             ModeratorTest moderatorTest, PredictionResult prediction, FitInfo fit,
                             List<WeightedEffect> weights, RobustResult robust, List<MarginalMeanResult> marginalMeans,
                             List<SubgroupResult> subgroups, RobustResult.WaldResult betweenSubgroups, Double rho,
                             BiasResult bias, SensitivityResult sensitivity, List<String> warnings, Plots plots,
                             HeldAt held) {
    public AnalysisResult {
        if (plots == null) plots = Plots.NONE;
        if (held == null) held = HeldAt.DEFAULT;
        marginalMeans = List.copyOf(marginalMeans);
        subgroups = List.copyOf(subgroups);
        weights = List.copyOf(weights);
        moderators = List.copyOf(moderators);
        dropped = List.copyOf(dropped);
        coefficients = List.copyOf(coefficients);
        warnings = List.copyOf(warnings);
    }

    /** An analysis without a title and without the optional figures' numbers. */
    public AnalysisResult(String id, ModelKind model, String method, String test, double level, int k,
                          int nClusters, List<String> moderators, boolean centered, List<String> dropped,
                          List<CoefficientResult> coefficients, Heterogeneity heterogeneity,
                          ModeratorTest moderatorTest, PredictionResult prediction, FitInfo fit,
                          List<WeightedEffect> weights, RobustResult robust, List<MarginalMeanResult> marginalMeans,
                          List<SubgroupResult> subgroups, RobustResult.WaldResult betweenSubgroups, Double rho,
                          BiasResult bias, SensitivityResult sensitivity, List<String> warnings) {
        this(id, null, model, method, test, level, k, nClusters, moderators, centered, dropped, coefficients,
                heterogeneity, moderatorTest, prediction, fit, weights, robust, marginalMeans, subgroups,
                betweenSubgroups, rho, bias, sensitivity, warnings, Plots.NONE, HeldAt.DEFAULT);
    }

    /** The analysis's name for headings and captions: its title, else its id. */
    public String heading() {
        return title != null ? title : id;
    }

    /** An effect size used by an analysis: its row in the effects file and its model weight in percent. */
    public record WeightedEffect(int row, double weight) {}

    /** The intercept-only pooled estimate, if this is an intercept-only model. */
    public boolean interceptOnly() {
        return moderators.isEmpty();
    }
}
