package org.metareport.results;

import java.util.List;

/**
 * Everything a run computed: the document model every writer (results.json, report templates, stdout summary)
 * reads. Plain values only.
 *
 * @param measure      the effect-size measure (SMD, ...)
 * @param measureName  its plain-words description
 * @param warnings     run-wide warnings (omitted rows, ...)
 */
public record Results(String title, List<String> authors, String measure, String measureName,
                      List<EffectRow> effects, List<AnalysisResult> analyses, List<String> warnings,
                      String toolVersion) {
    public Results {
        authors = List.copyOf(authors);
        effects = List.copyOf(effects);
        analyses = List.copyOf(analyses);
        warnings = List.copyOf(warnings);
    }

    public static final String SCHEMA = "metareport-results/1";
}
