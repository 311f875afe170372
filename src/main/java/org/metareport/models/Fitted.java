package org.metareport.models;

import java.util.List;
import org.metareport.effects.ComputedEffect;
import org.metareport.spec.AnalysisSpec;

/**
 * One analysis as fitted by the models stage: the spec it answers, the fit, and what the report needs beside it.
 *
 * @param prediction the average effect's prediction for intercept-only models; null otherwise
 * @param nClusters  number of distinct studies among the effects fitted
 * @param effects    the effects fitted, in row order, with their weights
 * @param extras     publication-bias and sensitivity fits (fields null when not asked for)
 * @param warnings   notes and fallbacks for this analysis (rows omitted, predictors dropped, ...)
 */
public record Fitted(AnalysisSpec spec, RmaFit fit, Prediction prediction, int nClusters, List<Weighted> effects,
                     BiasAndSensitivity.Fits extras, List<String> warnings) {
    public Fitted {
        effects = List.copyOf(effects);
        warnings = List.copyOf(warnings);
    }

    /**
     * An effect size the model used, with its weight in percent (metafor's {@code weights()}: the model's inverse
     * variance weights 1/(vi + tau2), or 1/vi for FE, as a share of their sum).
     */
    public record Weighted(ComputedEffect effect, double weight) {}
}
