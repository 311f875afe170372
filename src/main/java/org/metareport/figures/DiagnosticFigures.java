package org.metareport.figures;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.metareport.format.Apa;
import org.metareport.models.plots.Plots;
import org.metareport.results.AnalysisResult;
import org.metareport.results.EffectRow;
import org.metareport.results.RiskOfBiasResult;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * The optional figures of an analysis, beside its forest and funnel plots: bubble plots per numeric moderator, the
 * orchard plot, the Baujat and GOSH plots (all placed in the analysis's results section) and the selection model's
 * weight function (placed with its publication-bias results). Which are drawn was decided by the models stage
 * ({@link Plots}); this class only draws them and words their captions.
 */
final class DiagnosticFigures {
    private DiagnosticFigures() {}

    /** The figures of the analysis's results section, after its forest plot, numbered from {@code out.size() + 1}. */
    static void analysis(String measure, AnalysisResult a, Map<Integer, EffectRow> byRow,
                         List<ReportFigures.Drawn> out) {
        Plots plots = a.plots();
        String level = Apa.shortest(a.level());
        for (int j = 0; j < plots.bubbles().size(); j++) {
            Plots.Bubble b = plots.bubbles().get(j);
            String id = "bubble-" + a.id() + "-" + (j + 1);
            Figure f = Figure.of(BubblePlot.layout(b, ReportFigures.axisLabel(measure), a.level(),
                    "Bubble plot of analysis " + a.id() + ": " + b.moderator()), FunnelPlot.PNG_SCALE);
            add(out, id, "bubble", a, String.format(Locale.ROOT, "Bubble plot of analysis “%s”: %s against %s%s, "
                    + "each circle's area proportional to the effect's weight in the model; the line is the "
                    + "meta-regression's prediction (any other moderators at their means) with its %s%% confidence "
                    + "band (shaded) and %s%% prediction interval (dashed).", a.id(), ReportFigures.plural(measure),
                    b.moderator(), b.centred() ? " (centred)" : "", level, level), f);
        }
        if (plots.orchard() != null) {
            Plots.Orchard o = plots.orchard();
            Figure f = Figure.of(OrchardPlot.layout(o, ReportFigures.axisLabel(measure), a.level(),
                    "Orchard plot of analysis " + a.id()), FunnelPlot.PNG_SCALE);
            add(out, "orchard-" + a.id(), "orchard", a, String.format(Locale.ROOT, "Orchard plot of analysis “%s”%s: "
                    + "the effect sizes as points sized by their precision (jittered vertically), the %s estimate "
                    + "(circle) with its %s%% confidence interval (thick bar) and %s%% prediction interval (thin bar); "
                    + "k is the number of effect sizes.", a.id(), o.moderator() == null ? "" : " by " + o.moderator(),
                    o.moderator() == null ? "pooled" : "model's", level, level), f);
        }
        if (plots.baujat() != null) {
            Plots.BaujatPoints b = plots.baujat();
            List<String> labels = new ArrayList<>();
            for (int row : b.rows()) {
                EffectRow e = byRow.get(row);
                labels.add(e.study() != null && !e.study().isBlank() ? e.study() : e.label());
            }
            Figure f = Figure.of(BaujatPlot.layout(b, labels, "Baujat plot of analysis " + a.id()), FunnelPlot.PNG_SCALE);
            add(out, "baujat-" + a.id(), "baujat", a, String.format(Locale.ROOT, "Baujat plot of analysis “%s”: each "
                    + "effect size's contribution to the heterogeneity statistic Q (squared Pearson residual) against its "
                    + "influence on the %s (the squared standardised change when the model is refitted without it); "
                    + "%s.", a.id(), b.interceptOnly() ? "pooled estimate" : "fitted value",
                    b.x().length <= BaujatPlot.LABEL_ALL ? "points are labelled by study"
                            : "the outlying points are labelled by study"), f);
        }
        if (plots.gosh() != null && plots.gosh().fits().plotted() > 0) {
            Plots.GoshPoints g = plots.gosh();
            Figure f = Figure.of(GoshPlot.layout(g, ReportFigures.axisLabel(measure), "GOSH plot of analysis " + a.id()),
                    FunnelPlot.PNG_SCALE);
            add(out, "gosh-" + a.id(), "gosh", a, String.format(Locale.ROOT, "GOSH plot of analysis “%s”: the pooled "
                    + "estimate against I² in %s subsets of the %d effect sizes%s, each refitted with the %s estimator.",
                    a.id(), g.fits().exact() ? "all " + String.format(Locale.ROOT, "%,d", g.fits().plotted()) : String.format(Locale.ROOT, "%,d", g.fits().total())
                            + " randomly sampled", a.k(), g.fits().exact() ? "" : " (seed " + g.seed() + ")",
                    g.method()), f);
        }
    }

    /**
     * The risk-of-bias judgements of the studies of an analysis, in the order its forest plot lists them, placed right
     * after that forest plot (robvis's {@code rob_append_to_forest}, as a figure of its own: the forest plot's layout is
     * not changed). Drawn when {@code figures.risk_of_bias} is true, or by default for the first analysis with a forest
     * plot; nothing without a risk-of-bias table or when none of the analysis's studies was assessed.
     *
     * @param firstForest this analysis's forest plot is the report's first
     */
    static void riskOfBias(RiskOfBiasResult rob, AnalysisResult a, Map<Integer, EffectRow> byRow, boolean firstForest,
                           List<ReportFigures.Drawn> out) {
        Boolean asked = a.plots().riskOfBias();
        if (rob == null || Boolean.FALSE.equals(asked) || (asked == null && !firstForest)) return;
        Map<String, RiskOfBiasResult.Study> assessed = new LinkedHashMap<>();
        for (RiskOfBiasResult.Study s : rob.studies()) assessed.putIfAbsent(s.study(), s);
        Set<String> studies = new LinkedHashSet<>();
        for (AnalysisResult.WeightedEffect w : a.weights()) studies.add(byRow.get(w.row()).study());
        List<RiskOfBiasResult.Study> shown = new ArrayList<>();
        int missing = 0;
        for (String s : studies) {
            if (assessed.containsKey(s)) shown.add(assessed.get(s));
            else missing++;
        }
        if (shown.isEmpty()) return;
        RiskOfBiasResult ordered = new RiskOfBiasResult(rob.tool(), rob.toolName(), rob.domains(), rob.hasOverall(),
                rob.levels(), shown, rob.items(), rob.meanScore(), rob.weighted(), rob.weightColumn(), rob.summary(),
                List.of());
        Figure f = RiskOfBiasPlots.trafficLight(ordered);
        add(out, "risk-of-bias-" + a.id(), "risk-of-bias", a, String.format(Locale.ROOT, "Risk of bias of the studies "
                + "of analysis “%s”, in the order of its forest plot: one circle per domain%s, coloured and marked by "
                + "judgement.%s", a.id(), rob.hasOverall() ? " and the overall judgement" : "",
                missing == 0 ? "" : String.format(Locale.ROOT, " %d %s of the analysis %s not assessed.", missing,
                        missing == 1 ? "study" : "studies", missing == 1 ? "was" : "were")), f);
    }

    /** The selection model's weight function, in the publication-bias section after the funnel plot. */
    static void bias(AnalysisResult a, List<ReportFigures.Drawn> out) {
        var b = a.bias();
        if (b == null || b.selection() == null || !b.selection().identified() || b.selection().weights().isEmpty()) return;
        if (!a.plots().weightFunction()) return;
        Figure f = Figure.of(WeightFunctionPlot.layout(b.selection(), a.level(), "Weight function of analysis " + a.id()),
                FunnelPlot.PNG_SCALE);
        add(out, "weights-" + a.id(), "weights", a, String.format(Locale.ROOT, "Weight function of the step-function "
                + "selection model of analysis “%s”: the estimated relative likelihood of selection of a study in each "
                + "one-sided p-value interval (the first interval's weight fixed at 1), with %s%% confidence intervals "
                + "dashed.", a.id(), Apa.shortest(a.level())), f);
    }

    private static void add(List<ReportFigures.Drawn> out, String id, String kind, AnalysisResult a, String caption,
                            Figure f) {
        out.add(new ReportFigures.Drawn(id, kind, a.id(), out.size() + 1, caption, "figures/" + id + ".svg",
                "figures/" + id + ".png", f));
    }
}
