package org.metareport.results;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A risk-of-bias assessment, one row per study: the contract's {@code results.json} block {@code "risk_of_bias"}.
 * Built by {@code org.metareport.review.RiskOfBias}, which has checked every judgement.
 *
 * @param tool       {@code jbi-rct}, {@code rob2}, {@code robins-i} or {@code generic}
 * @param toolName   the tool's name for a Methods section
 * @param domains    the domains (JBI: items) in order
 * @param hasOverall true when each study has an overall judgement
 * @param levels     the judgements the tool allows, best first (the order of legends and stacked bars); for
 *                   {@code generic} only those that occur
 * @param studies    in file order
 * @param items      the number of items of a scored checklist (13 for JBI); null for other tools
 * @param meanScore  the mean score across studies (JBI: number of "yes"); null for other tools
 * @param weighted   true when the summary proportions are weighted by {@link #weightColumn()}
 * @param weightColumn the column of study weights, or null
 * @param summary    per domain (then overall, if any), the studies with each judgement
 * @param warnings   e.g. studies assessed but not in the data
 */
public record RiskOfBiasResult(String tool, String toolName, List<Domain> domains, boolean hasOverall,
                               List<Level> levels, List<Study> studies, Integer items, Double meanScore,
                               boolean weighted, String weightColumn, List<DomainSummary> summary,
                               List<String> warnings) {
    public RiskOfBiasResult {
        domains = List.copyOf(domains);
        levels = List.copyOf(levels);
        studies = List.copyOf(studies);
        summary = List.copyOf(summary);
        warnings = List.copyOf(warnings);
    }

    /**
     * A domain or item.
     *
     * @param id          its key in {@code judgements}: {@code 1}..{@code 13}, {@code D1}.., or the generic tool's
     *                    column name
     * @param label       short, for plots: "Randomization process"
     * @param description the tool's wording: "Bias arising from the randomization process"
     * @param column      the column it was read from
     */
    public record Domain(String id, String label, String description, String column) {}

    /**
     * A judgement a tool allows.
     *
     * @param code         as in results.json: {@code some concerns}
     * @param label        as in tables and legends: {@code Some concerns}
     * @param abbreviation for narrow tables: {@code SC}, {@code Y}, {@code NA}
     */
    public record Level(String code, String label, String abbreviation) {}

    /**
     * One study's assessment.
     *
     * @param row        its row in the file (header = 1)
     * @param judgements domain id → judgement code, in domain order
     * @param overall    the overall judgement code, or null
     * @param score      JBI: the number of "yes"; null for other tools
     * @param applicable JBI: the items that apply (13 less "not applicable"); null for other tools
     * @param weight     its weight for the summary plot, or null
     * @param cells      the judgements as a table shows them, in domain order then overall (abbreviations for
     *                   JBI, labels otherwise)
     */
    public record Study(String study, int row, Map<String, String> judgements, String overall, Integer score,
                        Integer applicable, Double weight, List<String> cells) {
        public Study {
            judgements = Collections.unmodifiableMap(new LinkedHashMap<>(judgements));
            cells = List.copyOf(cells);
        }
    }

    /**
     * How often each judgement was given in one domain.
     *
     * @param domain      the domain id, or {@code overall}
     * @param label       the domain's description, or "Overall risk of bias"
     * @param counts      judgement code → number of studies, in {@link #levels()} order (0 included)
     * @param proportions judgement code → share of studies (weighted when the result is), summing to 1
     */
    public record DomainSummary(String domain, String label, Map<String, Integer> counts,
                                Map<String, Double> proportions) {
        public DomainSummary {
            counts = Collections.unmodifiableMap(new LinkedHashMap<>(counts));
            proportions = Collections.unmodifiableMap(new LinkedHashMap<>(proportions));
        }
    }

    /** The lowest score of a scored checklist; null for other tools. */
    public Integer minScore() {
        return studies.stream().map(Study::score).filter(java.util.Objects::nonNull).min(Integer::compare).orElse(null);
    }

    /** The highest score of a scored checklist; null for other tools. */
    public Integer maxScore() {
        return studies.stream().map(Study::score).filter(java.util.Objects::nonNull).max(Integer::compare).orElse(null);
    }

    /** The overall judgements (the last entry of {@link #summary()}), or null when the tool has none. */
    public DomainSummary overallSummary() {
        return hasOverall ? summary.get(summary.size() - 1) : null;
    }

    /** The judgements that occur overall, best first, with their numbers of studies; empty without overall. */
    public List<LevelCount> overallCounts() {
        DomainSummary o = overallSummary();
        if (o == null) return List.of();
        List<LevelCount> out = new java.util.ArrayList<>();
        for (Level l : levels) {
            int n = o.counts().getOrDefault(l.code(), 0);
            if (n > 0) out.add(new LevelCount(l, n));
        }
        return out;
    }

    /** A judgement and how many studies received it. */
    public record LevelCount(Level level, int studies) {}

    /** The headings of a table's judgement columns: domain ids, then "Overall" (or "Score" for a scored checklist). */
    public List<String> headings() {
        List<String> out = new java.util.ArrayList<>(domains.stream().map(Domain::id).toList());
        if (hasOverall) out.add("Overall");
        return out;
    }
}
