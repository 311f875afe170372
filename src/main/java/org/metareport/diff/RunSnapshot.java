package org.metareport.diff;

import java.util.List;
import java.util.Map;

/**
 * The parts of one run that {@code diff} compares, read from its results.json and manifest.json.
 *
 * @param inputs input file path to SHA-256, in the manifest's order (empty without a manifest)
 */
record RunSnapshot(String folder, String title, String toolVersion, List<EffectEntry> effects,
                   List<AnalysisEntry> analyses, Map<String, String> inputs) {

    /** One effect size: its study, its id (row number by default) and its value. */
    record EffectEntry(String study, String id, double yi, double vi) {}

    /** One analysis (or one subgroup of it, named {@code id[level]}). */
    record AnalysisEntry(String id, double level, Integer k, Integer clusters, Double tau2, Double i2,
                         List<Term> coefficients, List<Term> robust) {}

    /** One coefficient with its interval and p value (each may be null when results.json has none). */
    record Term(String term, Double estimate, Double ciLower, Double ciUpper, Double p) {}
}
