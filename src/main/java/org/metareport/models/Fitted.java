package org.metareport.models;

import java.util.List;
import org.metareport.spec.AnalysisSpec;

/**
 * One analysis as fitted by the models stage: the spec it answers, the fit, and what the report needs beside it.
 *
 * @param prediction the average effect's prediction for intercept-only models; null otherwise
 * @param nClusters  number of distinct studies among the effects fitted
 * @param warnings   notes and fallbacks for this analysis (rows omitted, predictors dropped, ...)
 */
public record Fitted(AnalysisSpec spec, RmaFit fit, Prediction prediction, int nClusters, List<String> warnings) {
    public Fitted {
        warnings = List.copyOf(warnings);
    }
}
