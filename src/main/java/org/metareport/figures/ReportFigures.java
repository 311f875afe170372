package org.metareport.figures;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.commons.statistics.distribution.NormalDistribution;
import org.metareport.format.Apa;
import org.metareport.results.AnalysisResult;
import org.metareport.results.EffectRow;
import org.metareport.results.Results;

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
                        Figure figure) {}

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
        Map<Integer, EffectRow> byRow = new HashMap<>();
        for (EffectRow e : results.effects()) byRow.put(e.row(), e);
        List<Drawn> out = new ArrayList<>();
        boolean firstForest = true;
        for (AnalysisResult a : results.analyses()) {
            if (a.interceptOnly() && a.prediction() != null && !a.weights().isEmpty()
                    && a.weights().size() <= MAX_FOREST_ROWS) {
                String id = "forest-" + a.id();
                Figure f = ForestPlot.draw(forest(results.measure(), a, byRow, sortForest));
                out.add(new Drawn(id, "forest", a.id(), out.size() + 1, caption(results.measure(), a),
                        "figures/" + id + ".svg", "figures/" + id + ".png", f));
                DiagnosticFigures.riskOfBias(results.riskOfBias(), a, byRow, firstForest, out);
                firstForest = false;
            }
            DiagnosticFigures.analysis(results.measure(), a, byRow, out);
        }
        for (AnalysisResult a : results.analyses()) {
            if (a.bias() != null && a.bias().funnel() && a.prediction() != null) {
                String id = "funnel-" + a.id();
                Figure f = FunnelPlot.draw(funnel(results.measure(), a, byRow));
                out.add(new Drawn(id, "funnel", a.id(), out.size() + 1, funnelCaption(a), "figures/" + id + ".svg",
                        "figures/" + id + ".png", f));
            }
            DiagnosticFigures.bias(a, out);
        }
        return out;
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
                .title((a.bias().contours() ? "Contour-enhanced funnel plot" : "Funnel plot") + " of analysis " + a.id());
        if (a.bias().contours()) b.contours(List.of(90.0, 95.0, 99.0)).contourCentre(0);
        return b.build();
    }

    static String funnelCaption(AnalysisResult a) {
        var b = a.bias();
        boolean filled = b.trimfill() != null && b.trimfill().k0() > 0;
        String what = b.contours()
                ? "Contour-enhanced funnel plot of analysis “" + a.id() + "”: effect sizes against their standard "
                        + "errors, with regions where a study's two-sided p-value lies between .10 and .05, .05 and .01, "
                        + "and below .01 shaded"
                : "Funnel plot of analysis “" + a.id() + "”: effect sizes against their standard errors, with the "
                        + Apa.shortest(a.level()) + "% pseudo-confidence region around the "
                        + (filled ? "trim-and-fill" : "pooled") + " estimate";
        return what + (filled ? "; open circles are the " + b.trimfill().k0() + " studies filled in by trim-and-fill." : ".");
    }

    static ForestData forest(String measure, AnalysisResult a, Map<Integer, EffectRow> byRow, boolean sort) {
        double z = NormalDistribution.of(0, 1).inverseSurvivalProbability((1 - a.level() / 100) / 2);
        List<ForestRow> rows = new ArrayList<>();
        for (AnalysisResult.WeightedEffect w : a.weights()) {
            EffectRow e = byRow.get(w.row());
            double half = z * Math.sqrt(e.vi());
            boolean nested = a.model().equals("multilevel");
            Double weight = Double.isFinite(w.weight()) ? w.weight() : null;
            rows.add(new ForestRow(nested ? "Effect " + e.id() : e.label(), nested ? e.study() : null, e.yi(),
                    e.yi() - half, e.yi() + half, weight, List.of()));
        }
        boolean random = !a.model().equals("fixed");
        var p = a.prediction();
        String label = switch (a.model()) {
            case "fixed" -> "FE Model";
            case "multilevel" -> "Multilevel Model";
            default -> "RE Model";
        };
        ForestSummary summary = random
                ? new ForestSummary(label, p.estimate(), p.ciLower(), p.ciUpper(), p.lower(), p.upper())
                : new ForestSummary(label, p.estimate(), p.ciLower(), p.ciUpper());
        String symbol = symbol(measure);
        return ForestData.builder(rows)
                .summary(summary)
                .xlab(axisLabel(measure))
                .level(a.level())
                .sortByEffect(sort)
                .estimateHeading(symbol + " [" + Apa.shortest(a.level()) + "% CI]")
                .title("Forest plot of analysis " + a.id())
                .notes(List.of(note(a)))
                .build();
    }

    static String note(AnalysisResult a) {
        var h = a.heterogeneity();
        String het = String.format(Locale.ROOT, "I² = %s, Q(%d) = %s, %s", Apa.percent(h.i2()), h.qDf(),
                Apa.fixed(h.q(), 2), Apa.pText(h.qP()));
        if (a.model().equals("fixed")) return "Fixed-effect model: " + het + ".";
        if (a.model().equals("multilevel")) {
            StringBuilder sb = new StringBuilder("Multilevel model (" + a.method() + "): ");
            for (int i = 0; i < h.sigma2().size(); i++) {
                sb.append("σ²(").append(h.levels().get(i)).append(") = ").append(Apa.fixed(h.sigma2().get(i), 2)).append(", ");
            }
            return sb + het + ".";
        }
        return "Random-effects model (" + a.method() + "): τ² = " + Apa.fixed(h.tau2(), 2) + ", " + het + ".";
    }

    static String caption(String measure, AnalysisResult a) {
        String level = Apa.shortest(a.level());
        return String.format(Locale.ROOT, "Forest plot of analysis “%s”: %s with %s%% confidence intervals and "
                        + "%s; the diamond is the pooled estimate%s.", a.id(),
                plural(measure), level, a.model().equals("multilevel")
                        ? "grouped by study, in the multilevel (" + a.method() + ") model"
                        : "their weights in the " + (a.model().equals("fixed") ? "fixed-effect" : "random-effects ("
                                + a.method() + ")") + " model",
                a.model().equals("fixed") ? "" : ", the bar below it the " + level + "% prediction interval");
    }

    /** The axis label naming the measure. */
    static String axisLabel(String measure) {
        return switch (measure) {
            case "SMD" -> "Standardised mean difference (Hedges' g)";
            case "MD" -> "Mean difference";
            case "ROM" -> "Log ratio of means";
            case "OR" -> "Log odds ratio";
            case "RR" -> "Log risk ratio";
            case "RD" -> "Risk difference";
            case "COR" -> "Correlation coefficient";
            case "ZCOR" -> "Fisher's z";
            default -> "Effect size";
        };
    }

    static String symbol(String measure) {
        return switch (measure) {
            case "SMD" -> "g";
            case "MD" -> "MD";
            case "ROM" -> "Log ROM";
            case "OR" -> "Log OR";
            case "RR" -> "Log RR";
            case "RD" -> "RD";
            case "COR" -> "r";
            case "ZCOR" -> "z";
            default -> "Estimate";
        };
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
