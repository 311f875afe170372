package org.metareport.results;

import java.util.List;
import org.metareport.vocabulary.Measure;

/**
 * Everything a run computed: the document model every writer (results.json, report templates, stdout summary)
 * reads. Plain values only.
 *
 * @param measure      the effect-size measure (SMD, ...)
 * @param measureName  its plain-words description
 * @param scale        the scale estimates are reported on ({@code effect.transform})
 * @param prisma       the PRISMA 2020 flow, or null
 * @param riskOfBias   the risk-of-bias assessment, or null
 * @param characteristics the table of included studies, or null
 * @param claims       the manuscript's claims checked, or empty
 * @param warnings     run-wide warnings (omitted rows, ...)
 */
public record Results(String title, List<String> authors, String measure, String measureName, Scale scale,
                      List<EffectRow> effects, List<AnalysisResult> analyses, PrismaResult prisma,
                      RiskOfBiasResult riskOfBias, CharacteristicsResult characteristics, List<ClaimResult> claims,
                      List<String> warnings, String toolVersion) {
    public Results {
        if (scale == null) throw new IllegalArgumentException("scale is required (Scale.of(measure) for the default)");
        claims = List.copyOf(claims);
        authors = List.copyOf(authors);
        effects = List.copyOf(effects);
        analyses = List.copyOf(analyses);
        warnings = List.copyOf(warnings);
    }

    /** Results reported on the measure's default scale ({@link Scale#of(String)}). */
    public Results(String title, List<String> authors, String measure, String measureName, List<EffectRow> effects,
                   List<AnalysisResult> analyses, PrismaResult prisma, RiskOfBiasResult riskOfBias,
                   CharacteristicsResult characteristics, List<ClaimResult> claims, List<String> warnings,
                   String toolVersion) {
        this(title, authors, measure, measureName, Scale.of(measure), effects, analyses, prisma, riskOfBias,
                characteristics, claims, warnings, toolVersion);
    }

    /** The same results with these claims checked. */
    public Results withClaims(List<ClaimResult> checked) {
        return new Results(title, authors, measure, measureName, scale, effects, analyses, prisma, riskOfBias, characteristics,
                checked, warnings, toolVersion);
    }

    /** What the sign of the measure's effects means ({@link Measure#direction()}); empty when it has none. */
    public String measureDirection() {
        return Measure.find(measure).map(Measure::direction).orElse("");
    }

    /** True when every claim was reproduced (also when there are none). */
    public boolean claimsReproduced() {
        return claims.stream().allMatch(ClaimResult::ok);
    }

    public static final String SCHEMA = "metareport-results/1";
}
