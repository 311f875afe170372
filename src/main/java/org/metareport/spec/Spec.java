package org.metareport.spec;

import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A whole validated analysis spec ({@code analysis.yaml}). Built only by {@link SpecReader}.
 *
 * @param file     the spec file (absolute, normalised)
 * @param shown    the spec path as given on the command line (used in messages)
 * @param extras   top-level contract keys this version accepts but does not act on yet (prisma, risk_of_bias,
 *                 characteristics, claims), as plain YAML values, insertion-ordered
 */
public record Spec(Path file, String shown, String title, List<String> authors, DataSpec data, EffectSpec effect,
                   List<AnalysisSpec> analyses, ReportSpec report, Map<String, Object> extras) {
    public Spec {
        authors = List.copyOf(authors);
        analyses = List.copyOf(analyses);
        extras = Collections.unmodifiableMap(new LinkedHashMap<>(extras));
    }

    /** The folder the spec lives in; relative paths in it resolve against this. */
    public Path folder() {
        return file.getParent();
    }
}
