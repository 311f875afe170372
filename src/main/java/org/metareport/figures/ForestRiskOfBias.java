package org.metareport.figures;

import java.util.List;
import java.util.Locale;

/**
 * Risk-of-bias columns drawn to the right of a forest plot's estimates, as robvis's {@code rob_append_to_forest}
 * (McGuinness &amp; Higgins, 2021) draws them: one narrow column per domain and one for the overall judgement, a
 * coloured circle with a symbol per study (+ low, − some concerns or moderate, × high or serious, ! critical, ?
 * no information or unclear; the symbol keeps the judgement readable in grey print and for colour-blind readers),
 * and under the plot a legend naming the domains and the judgements.
 *
 * @param tool       the tool's short name for the legend and description, e.g. "RoB 2"
 * @param headings   the column headings, e.g. D1 … D5 then "O" (the overall judgement, if any, comes last)
 * @param overall    whether the last column is the overall judgement (set a little apart, as robvis does)
 * @param domains    legend lines naming each heading, e.g. "D1: Bias arising from the randomization process"
 * @param levels     the judgements for the legend, best first
 * @param judgements per forest row, in {@link ForestData#rows()} order: the judgement codes (results.json spelling,
 *                   e.g. {@code some concerns}) one per heading, or an empty list when the row's study was not
 *                   assessed. In a nested plot every row of a study carries its study's judgements; they are drawn
 *                   once, on the study's heading row (or on its single row)
 */
public record ForestRiskOfBias(String tool, List<String> headings, boolean overall, List<String> domains,
                               List<Level> levels, List<List<String>> judgements) {
    public ForestRiskOfBias {
        headings = List.copyOf(headings);
        domains = List.copyOf(domains);
        levels = List.copyOf(levels);
        judgements = judgements.stream().map(List::copyOf).toList();
        if (tool == null) throw new IllegalArgumentException("tool is required (may be empty)");
        if (headings.isEmpty()) throw new IllegalArgumentException("risk-of-bias columns need at least one heading");
        for (Level l : levels) RiskOfBiasPlots.Mark.of(l.code());
        for (int i = 0; i < judgements.size(); i++) {
            List<String> row = judgements.get(i);
            if (!row.isEmpty() && row.size() != headings.size())
                throw new IllegalArgumentException(String.format(Locale.ROOT,
                        "forest row %d has %d risk-of-bias judgement(s) for %d column(s)", i + 1, row.size(),
                        headings.size()));
            for (String code : row) RiskOfBiasPlots.Mark.of(code);   // throws, naming an unknown code
        }
    }

    /**
     * A judgement in the legend.
     *
     * @param code its results.json spelling, e.g. {@code some concerns}
     * @param text how the legend names it, e.g. "Some concerns", "High risk"
     */
    public record Level(String code, String text) {}

    /** @return the judgements of forest row {@code i}, empty when its study was not assessed */
    List<String> of(int i) {
        return judgements.get(i);
    }
}
