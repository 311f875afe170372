package org.metareport.figures;

import java.util.List;
import java.util.Locale;

/**
 * Everything a forest plot shows; built with {@link #builder(List)} and valid once constructed. All values are on
 * the analysis scale (logs for ratio measures; see {@link Transform}).
 *
 * @param rows            the effects, top to bottom (unless {@code sortByEffect}); at least one
 * @param summary         the pooled estimate; null for none
 * @param xlab            the axis title naming the measure, e.g. "Standardised mean difference (Hedges' g)"
 * @param transform       how values are printed and the axis labelled
 * @param refline         where the dashed reference line is drawn (0: no effect; also 0 for ratios on the log
 *                        scale); null for none
 * @param level           the confidence level in percent, used in the default estimate heading
 * @param digits          decimals for estimates and CIs (metafor's default 2)
 * @param sortByEffect    order rows by yi, ascending (for nested data: studies by mean yi, then rows within each)
 * @param axisLower       fixed lower axis limit (metafor's {@code alim}); null for automatic; set with axisUpper
 * @param axisUpper       fixed upper axis limit
 * @param labelHeading    heading of the label column, e.g. "Study"; empty for none
 * @param estimateHeading heading of the estimate column, e.g. "g [95% CI]"
 * @param weightHeading   heading of the weight column, e.g. "Weight"
 * @param columnHeadings  headings of the extra text columns, one per {@link ForestRow#columns()} cell
 * @param favoursLower    text under the axis left of the reference line, e.g. "Favours control"; null for none
 * @param favoursUpper    text under the axis right of the reference line; null for none
 * @param studyBands      shade every other study when rows are nested in studies
 * @param title           the figure's accessible name (SVG {@code <title>})
 * @param notes           lines of small text under the axis (e.g. heterogeneity statistics); wrapped to the width
 * @param riskOfBias      risk-of-bias columns right of the estimates, with their legend under the plot; null for none
 */
public record ForestData(List<ForestRow> rows, ForestSummary summary, String xlab, Transform transform,
                         Double refline, double level, int digits, boolean sortByEffect, Double axisLower,
                         Double axisUpper, String labelHeading, String estimateHeading, String weightHeading,
                         List<String> columnHeadings, String favoursLower, String favoursUpper, boolean studyBands,
                         String title, List<String> notes, ForestRiskOfBias riskOfBias) {
    public ForestData {
        rows = List.copyOf(rows);
        columnHeadings = List.copyOf(columnHeadings);
        notes = List.copyOf(notes);
        if (rows.isEmpty()) throw new IllegalArgumentException("a forest plot needs at least one row");
        for (int i = 0; i < rows.size(); i++)
            if (rows.get(i).columns().size() != columnHeadings.size())
                throw new IllegalArgumentException(String.format(Locale.ROOT,
                    "forest row %d ('%s') has %d extra column(s) but %d column heading(s) were given",
                    i + 1, rows.get(i).label(), rows.get(i).columns().size(), columnHeadings.size()));
        if (riskOfBias != null && riskOfBias.judgements().size() != rows.size())
            throw new IllegalArgumentException(String.format(Locale.ROOT,
                "the risk-of-bias columns give judgements for %d row(s) but the plot has %d",
                riskOfBias.judgements().size(), rows.size()));
        required("xlab", xlab);
        required("labelHeading", labelHeading);
        required("estimateHeading", estimateHeading);
        required("weightHeading", weightHeading);
        required("title", title);
        if (transform == null) throw new IllegalArgumentException("transform is required (NONE or EXP)");
        if (refline != null && !Double.isFinite(refline))
            throw new IllegalArgumentException("refline must be finite or absent, was " + refline);
        if (!(level > 0 && level < 100))
            throw new IllegalArgumentException("level is " + level + "; give a percentage between 0 and 100, e.g. 95");
        if (digits < 0 || digits > 6) throw new IllegalArgumentException("digits is " + digits + "; use 0 to 6");
        if ((axisLower == null) != (axisUpper == null))
            throw new IllegalArgumentException("give both axisLower and axisUpper, or neither");
        if (axisLower != null && !(Double.isFinite(axisLower) && Double.isFinite(axisUpper) && axisLower < axisUpper))
            throw new IllegalArgumentException(String.format(Locale.ROOT,
                "axis limits [%s, %s] must be finite with lower < upper", axisLower, axisUpper));
    }

    /** @return a builder with metafor's defaults: refline 0, level 95, digits 2, "Study", "Weight" */
    public static Builder builder(List<ForestRow> rows) {
        return new Builder(rows);
    }

    /** @return true when any row names its study, i.e. effects are nested in studies */
    public boolean nested() {
        return rows.stream().anyMatch(r -> r.study() != null);
    }

    /** @return true when any row has a weight */
    public boolean hasWeights() {
        return rows.stream().anyMatch(r -> r.weight() != null);
    }

    private static void required(String name, String value) {
        if (value == null) throw new IllegalArgumentException(name + " is required (may be empty)");
    }

    /** Builds a {@link ForestData}; every setter returns this builder. */
    public static final class Builder {
        private final List<ForestRow> rows;
        private ForestSummary summary;
        private String xlab = "";
        private Transform transform = Transform.NONE;
        private Double refline = 0.0;
        private double level = 95;
        private int digits = 2;
        private boolean sortByEffect;
        private Double axisLower, axisUpper;
        private String labelHeading = "Study";
        private String estimateHeading;
        private String weightHeading = "Weight";
        private List<String> columnHeadings = List.of();
        private String favoursLower, favoursUpper;
        private boolean studyBands = true;
        private String title = "Forest plot";
        private List<String> notes = List.of();
        private ForestRiskOfBias riskOfBias;

        private Builder(List<ForestRow> rows) {
            this.rows = List.copyOf(rows);
        }

        public Builder summary(ForestSummary summary) { this.summary = summary; return this; }
        public Builder xlab(String xlab) { this.xlab = xlab; return this; }
        public Builder transform(Transform transform) { this.transform = transform; return this; }
        /** @param refline the reference line on the analysis scale; null for none */
        public Builder refline(Double refline) { this.refline = refline; return this; }
        public Builder level(double level) { this.level = level; return this; }
        public Builder digits(int digits) { this.digits = digits; return this; }
        public Builder sortByEffect(boolean sort) { this.sortByEffect = sort; return this; }
        /** Fixes the axis to [lower, upper] on the analysis scale; CIs beyond end in arrows. */
        public Builder axisLimits(double lower, double upper) { axisLower = lower; axisUpper = upper; return this; }
        public Builder labelHeading(String heading) { this.labelHeading = heading; return this; }
        /** @param heading e.g. "g [95% CI]"; by default "Estimate [&lt;level&gt;% CI]" */
        public Builder estimateHeading(String heading) { this.estimateHeading = heading; return this; }
        public Builder weightHeading(String heading) { this.weightHeading = heading; return this; }
        public Builder columnHeadings(List<String> headings) { this.columnHeadings = headings; return this; }
        public Builder favours(String lower, String upper) { favoursLower = lower; favoursUpper = upper; return this; }
        public Builder studyBands(boolean bands) { this.studyBands = bands; return this; }
        public Builder title(String title) { this.title = title; return this; }
        public Builder notes(List<String> notes) { this.notes = notes; return this; }
        /** @param riskOfBias risk-of-bias columns (one judgement list per row, in row order); null for none */
        public Builder riskOfBias(ForestRiskOfBias riskOfBias) { this.riskOfBias = riskOfBias; return this; }

        public ForestData build() {
            String est = estimateHeading != null ? estimateHeading
                : "Estimate [" + NumberText.level(level) + "% CI]";
            return new ForestData(rows, summary, xlab, transform, refline, level, digits, sortByEffect, axisLower,
                axisUpper, labelHeading, est, weightHeading, columnHeadings, favoursLower, favoursUpper, studyBands,
                title, notes, riskOfBias);
        }
    }
}
