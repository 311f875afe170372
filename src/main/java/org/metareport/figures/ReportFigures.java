package org.metareport.figures;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;
import org.apache.commons.statistics.distribution.NormalDistribution;
import org.metareport.format.Apa;
import org.metareport.results.AnalysisResult;
import org.metareport.results.EffectRow;
import org.metareport.results.Results;
import org.metareport.results.RiskOfBiasResult;
import org.metareport.vocabulary.ModelKind;
import org.metareport.results.Scale;

/**
 * The figures stage: draws every figure a report shows from its results, numbered in report order. Today: a forest
 * plot per intercept-only analysis (the effects the model used, their weights, the pooled estimate and the
 * prediction interval).
 */
public final class ReportFigures {
    private ReportFigures() {}

    /**
     * One drawn figure and where it goes.
     *
     * @param id       file stem, e.g. {@code forest-overall}
     * @param kind     forest, funnel, ...
     * @param analysis the analysis it belongs to
     * @param number   its number in the report (Figure 1, 2, ...)
     * @param caption  plain text, without "Figure n."
     * @param svgPath  relative output path of the SVG ({@code figures/forest-overall.svg}); the PNG is beside it
     */
    public record Drawn(String id, String kind, String analysis, int number, String caption, String svgPath, String pngPath,
                        Figure figure, List<PrintPart> printParts) {
        public Drawn {
            printParts = List.copyOf(printParts);
        }

        /** A figure printed whole, on one page. */
        public Drawn(String id, String kind, String analysis, int number, String caption, String svgPath, String pngPath,
                     Figure figure) {
            this(id, kind, analysis, number, caption, svgPath, pngPath, figure, List.of());
        }

        /** @return the same figure numbered {@code n} */
        public Drawn numbered(int n) {
            return new Drawn(id, kind, analysis, n, caption, svgPath, pngPath, figure, printParts);
        }
    }

    /**
     * One page-sized part of a figure too tall for a printed page: the PDF shows the parts one after another, the
     * first with the figure's caption, the others with "(continued)"; HTML and Markdown show the whole figure.
     *
     * @param pngPath relative output path of the part's PNG, e.g. {@code figures/forest-overall.part2.png} (analysis
     *                ids cannot hold a dot, so this never names another figure)
     * @param figure  the part, drawn at the figure's width with its header and axis repeated
     */
    public record PrintPart(String pngPath, Figure figure) {}

    /**
     * The largest forest plot drawn: one row per effect, so beyond this the figure would be tens of thousands of
     * pixels tall (a living review's thousands of effects); the report says it was left out.
     */
    public static final int MAX_FOREST_ROWS = 2000;

    /** Every figure for these results, in report order, effects in data order. */
    public static List<Drawn> draw(Results results) {
        return draw(results, false);
    }

    /**
     * Every figure for these results, in report order.
     *
     * @param sortForest list a forest plot's effects by size instead of in data order
     */
    public static List<Drawn> draw(Results results, boolean sortForest) {
        return draw(results, sortForest, null);
    }

    /**
     * Every figure for these results, in report order, with print parts for forest plots taller than a page.
     *
     * @param sortForest list a forest plot's effects by size instead of in data order
     * @param frame      the printed page's room for a figure; null to print every figure whole
     */
    public static List<Drawn> draw(Results results, boolean sortForest, PrintFrame frame) {
        return numbered(Jobs.IN_ORDER.all(jobs(results, sortForest, frame)), 1);
    }

    /** The figures of several jobs in the jobs' order, numbered from {@code first}. */
    static List<Drawn> numbered(List<List<Drawn>> groups, int first) {
        List<Drawn> out = new ArrayList<>();
        for (List<Drawn> group : groups) for (Drawn d : group) out.add(d.numbered(first + out.size()));
        return out;
    }

    /**
     * The drawing jobs of these results, in report order: for each analysis its forest plot, then its other
     * results-section figures; then for each analysis its funnel plot, then its selection model's weight function.
     * Each job draws its figures numbered from 1; {@link #numbered} numbers them in the report.
     */
    static List<Supplier<List<Drawn>>> jobs(Results results, boolean sortForest, PrintFrame frame) {
        Map<Integer, EffectRow> byRow = new HashMap<>();
        for (EffectRow e : results.effects()) byRow.put(e.row(), e);
        List<Supplier<List<Drawn>>> jobs = new ArrayList<>();
        for (AnalysisResult a : results.analyses()) {
            if (a.interceptOnly() && a.prediction() != null && !a.weights().isEmpty()
                    && a.weights().size() <= MAX_FOREST_ROWS) {
                jobs.add(() -> List.of(forest(results, a, byRow, sortForest, frame)));
            }
            jobs.add(() -> {
                List<Drawn> out = new ArrayList<>();
                DiagnosticFigures.analysis(results.measure(), a, byRow, out);
                return out;
            });
        }
        for (AnalysisResult a : results.analyses()) {
            if (a.bias() != null && a.bias().funnel() && a.prediction() != null) {
                String id = "funnel-" + a.id();
                jobs.add(() -> List.of(new Drawn(id, "funnel", a.id(), 1, funnelCaption(a), "figures/" + id + ".svg",
                        "figures/" + id + ".png", FunnelPlot.draw(funnel(results.measure(), a, byRow)))));
            }
            jobs.add(() -> {
                List<Drawn> out = new ArrayList<>();
                DiagnosticFigures.bias(a, out);
                return out;
            });
        }
        return jobs;
    }

    /** The forest plot of an analysis, with its page-sized print parts when it is taller than {@code frame}. */
    private static Drawn forest(Results results, AnalysisResult a, Map<Integer, EffectRow> byRow, boolean sortForest,
                                PrintFrame frame) {
        String id = "forest-" + a.id();
        ForestData data = forest(results.measure(), results.scale(), a, byRow, sortForest, results.riskOfBias());
        Figure f = ForestPlot.draw(data);
        List<PrintPart> parts = new ArrayList<>();
        if (frame != null && f.height() > frame.maxHeight(f.width())) {
            List<Figure> pages = ForestPlot.drawPages(data, frame.maxHeight(f.width()), ForestPlot.PNG_SCALE);
            for (int i = 0; pages.size() > 1 && i < pages.size(); i++)
                parts.add(new PrintPart("figures/" + id + ".part" + (i + 1) + ".png", pages.get(i)));
        }
        return new Drawn(id, "forest", a.id(), 1, caption(results.measure(), results.scale(), a)
                + DiagnosticFigures.forestColumnsCaption(data.riskOfBias(), effects(a, byRow)),
                "figures/" + id + ".svg", "figures/" + id + ".png", f, parts);
    }

    static FunnelData funnel(String measure, AnalysisResult a, Map<Integer, EffectRow> byRow) {
        List<FunnelPoint> points = new ArrayList<>();
        for (AnalysisResult.WeightedEffect w : a.weights()) {
            EffectRow e = byRow.get(w.row());
            points.add(new FunnelPoint(e.label(), e.yi(), Math.sqrt(e.vi()), false));
        }
        var trimfill = a.bias().trimfill();
        double estimate = a.prediction().estimate();
        String estimateLabel = "Pooled estimate";
        if (trimfill != null && trimfill.k0() > 0) {
            for (var f : trimfill.filled()) points.add(new FunnelPoint(null, f.yi(), Math.sqrt(f.vi()), true));
            estimate = trimfill.estimate().estimate();
            estimateLabel = "Trim-and-fill estimate";
        }
        FunnelData.Builder b = FunnelData.builder(points).estimate(estimate).level(a.level())
                .xlab(axisLabel(measure)).estimateLabel(estimateLabel)
                .title((a.bias().contours() ? "Contour-enhanced funnel plot" : "Funnel plot") + " of analysis " + a.heading());
        if (a.bias().contours()) b.contours(List.of(90.0, 95.0, 99.0)).contourCentre(0);
        return b.build();
    }

    static String funnelCaption(AnalysisResult a) {
        var b = a.bias();
        boolean filled = b.trimfill() != null && b.trimfill().k0() > 0;
        String what = b.contours()
                ? "Contour-enhanced funnel plot of analysis “" + a.heading() + "”: effect sizes against their standard "
                        + "errors, with regions where a study's two-sided p-value lies between .10 and .05, .05 and .01, "
                        + "and below .01 shaded"
                : "Funnel plot of analysis “" + a.heading() + "”: effect sizes against their standard errors, with the "
                        + Apa.shortest(a.level()) + "% pseudo-confidence region around the "
                        + (filled ? "trim-and-fill" : "pooled") + " estimate";
        if (!filled) return what + ".";
        return what + (b.trimfill().k0() == 1 ? "; the open circle is the study filled in by trim-and-fill."
                : "; open circles are the " + b.trimfill().k0() + " studies filled in by trim-and-fill.");
    }

    static ForestData forest(String measure, AnalysisResult a, Map<Integer, EffectRow> byRow, boolean sort) {
        return forest(measure, Scale.of(measure), a, byRow, sort);
    }

    /**
     * The forest plot of an intercept-only analysis: drawn on the analysis scale, its axis labelled and its numbers
     * printed on the report's {@code scale} (metafor's {@code atransf}).
     */
    static ForestData forest(String measure, Scale scale, AnalysisResult a, Map<Integer, EffectRow> byRow,
                             boolean sort) {
        return forest(measure, scale, a, byRow, sort, null);
    }

    /** The effects of an analysis's forest plot, in its rows' order. */
    static List<EffectRow> effects(AnalysisResult a, Map<Integer, EffectRow> byRow) {
        List<EffectRow> out = new ArrayList<>(a.weights().size());
        for (AnalysisResult.WeightedEffect w : a.weights()) out.add(byRow.get(w.row()));
        return out;
    }

    /**
     * The forest plot of an intercept-only analysis, with risk-of-bias columns when {@code rob} assesses any of its
     * studies (and the analysis does not turn them off).
     */
    static ForestData forest(String measure, Scale scale, AnalysisResult a, Map<Integer, EffectRow> byRow,
                             boolean sort, RiskOfBiasResult rob) {
        double z = NormalDistribution.of(0, 1).inverseSurvivalProbability((1 - a.level() / 100) / 2);
        Map<String, Integer> perStudy = new HashMap<>();                  // lookup only, never iterated
        for (AnalysisResult.WeightedEffect w : a.weights()) perStudy.merge(byRow.get(w.row()).study(), 1, Integer::sum);
        boolean nested = perStudy.values().stream().anyMatch(n -> n > 1);
        List<ForestRow> rows = new ArrayList<>();
        for (AnalysisResult.WeightedEffect w : a.weights()) {
            EffectRow e = byRow.get(w.row());
            double half = z * Math.sqrt(e.vi());
            // a study with several effects: its name heads them, each effect by its own label (ForestLines)
            boolean grouped = perStudy.get(e.study()) > 1;
            Double weight = Double.isFinite(w.weight()) ? w.weight() : null;
            rows.add(new ForestRow(grouped ? e.effectLabel() : e.label(), nested ? e.study() : null, e.yi(),
                    e.yi() - half, e.yi() + half, weight, List.of()));
        }
        boolean random = a.model() != ModelKind.FIXED;
        var p = a.prediction();
        String label = summaryLabel(a);
        ForestSummary summary = random
                ? new ForestSummary(label, p.estimate(), p.ciLower(), p.ciUpper(), p.lower(), p.upper())
                : new ForestSummary(label, p.estimate(), p.ciLower(), p.ciUpper());
        String symbol = scale.symbol();
        Transform transform = Transform.valueOf(scale.transform().name());
        return ForestData.builder(rows)
                .summary(summary)
                .transform(transform)
                .refline(transform == Transform.PLOGIS ? null : 0.0)   // a logit of 0 (p = .5) is no "no effect" line
                .xlab(scale.axis())
                .level(a.level())
                .sortByEffect(sort)
                .estimateHeading(symbol + " [" + Apa.shortest(a.level()) + "% CI]")
                .title("Forest plot of analysis " + a.heading())
                .notes(List.of(note(a)))
                .riskOfBias(DiagnosticFigures.forestColumns(rob, a, effects(a, byRow)))
                .build();
    }

    /** The pooled row's label, as the Methods name the model: "Multilevel model (REML)". */
    static String summaryLabel(AnalysisResult a) {
        return switch (a.model()) {
            case FIXED -> "Fixed-effect model";
            case MULTILEVEL -> "Multilevel model (" + a.method() + ")";
            case RVE -> "RVE model";
            case RANDOM -> "Random-effects model (" + a.method() + ")";
        };
    }

    static String note(AnalysisResult a) {
        var h = a.heterogeneity();
        String het = String.format(Locale.ROOT, "I² = %s, Q(%d) = %s, %s", Apa.percent(h.i2()), h.qDf(),
                Apa.fixed(h.q(), 2), Apa.pText(h.qP()));
        if (a.model() == ModelKind.FIXED) return "Fixed-effect model: " + het + ".";
        if (a.model() == ModelKind.MULTILEVEL) {
            StringBuilder sb = new StringBuilder("Multilevel model (" + a.method() + "): ");
            for (int i = 0; i < h.sigma2().size(); i++) {
                sb.append("σ²(").append(h.levels().get(i)).append(") = ").append(Apa.fixed(h.sigma2().get(i), 2)).append(", ");
            }
            return sb + het + ".";
        }
        return "Random-effects model (" + a.method() + "): τ² = " + Apa.fixed(h.tau2(), 2) + ", " + het + ".";
    }

    static String caption(String measure, AnalysisResult a) {
        return caption(measure, Scale.of(measure), a);
    }

    static String caption(String measure, Scale scale, AnalysisResult a) {
        String level = Apa.shortest(a.level());
        return String.format(Locale.ROOT, "Forest plot of analysis “%s”: %s with %s%% confidence intervals and "
                        + "%s; the diamond is the pooled estimate%s.", a.heading(),
                shownAs(measure, scale), level, a.model() == ModelKind.MULTILEVEL
                        ? "grouped by study, in the multilevel (" + a.method() + ") model"
                        : "their weights in the " + (a.model() == ModelKind.FIXED ? "fixed-effect" : "random-effects ("
                                + a.method() + ")") + " model",
                a.model() == ModelKind.FIXED ? "" : ", the bar below it the " + level + "% prediction interval");
    }

    /** What a forest plot's rows are: "standardised mean differences", "risk ratios (log scale)". */
    static String shownAs(String measure, Scale scale) {
        if (!scale.transformed()) return plural(measure);
        if (scale.transform() == org.metareport.vocabulary.EffectTransform.EXP) return scale.name() + "s (log scale)";
        return plural(measure) + " shown as " + scale.name() + "s";
    }

    /** The axis label naming the measure (analysis scale, as funnel plots show it). */
    static String axisLabel(String measure) {
        return Scale.analysisAxis(org.metareport.vocabulary.Measure.find(measure).orElse(org.metareport.vocabulary.Measure.PRE));
    }

    static String symbol(String measure) {
        return Scale.analysisSymbol(org.metareport.vocabulary.Measure.find(measure).orElse(org.metareport.vocabulary.Measure.PRE));
    }

    static String plural(String measure) {
        return switch (measure) {
            case "SMD" -> "standardised mean differences";
            case "COR" -> "correlations";
            case "ZCOR" -> "Fisher's z values";
            default -> "effect sizes";
        };
    }
}
