package org.metareport.spec;

import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.metareport.problems.Where;

/**
 * A whole validated analysis spec ({@code analysis.yaml}). Built only by {@link SpecReader}.
 *
 * @param file     the spec file (absolute, normalised)
 * @param shown    the spec path as given on the command line (used in messages)
 * @param prisma          the PRISMA 2020 flow counts ({@code prisma:}), or null when absent
 * @param riskOfBias      the risk-of-bias assessment ({@code risk_of_bias:}), or null when absent
 * @param characteristics the columns of the table of included studies ({@code characteristics:}), or null when absent
 * @param extras          top-level contract keys this version accepts but does not act on yet (claims), as plain
 *                        YAML values, insertion-ordered
 * @param extrasAt        where each of those keys is written
 * @param claims          the {@code claims:} as typed records (or the problems that kept them from being read)
 */
public record Spec(Path file, String shown, String title, List<String> authors, DataSpec data, EffectSpec effect,
                   List<AnalysisSpec> analyses, ReportSpec report, PrismaSpec prisma, RiskOfBiasSpec riskOfBias,
                   CharacteristicsSpec characteristics, Map<String, Object> extras, Map<String, Where> extrasAt,
                   ClaimsSpec claims) {
    public Spec {
        authors = List.copyOf(authors);
        analyses = List.copyOf(analyses);
        extras = Collections.unmodifiableMap(new LinkedHashMap<>(extras));
        extrasAt = Collections.unmodifiableMap(new LinkedHashMap<>(extrasAt));
    }

    /** Where the top-level key {@code key} of {@link #extras()} is written (the file, line 1, if unknown). */
    public Where extrasWhere(String key) {
        return extrasAt.getOrDefault(key, Where.file(shown));
    }

    /** The folder the spec lives in; relative paths in it resolve against this. */
    public Path folder() {
        return file.getParent();
    }
}
