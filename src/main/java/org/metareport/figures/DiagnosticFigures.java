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
                    "Bubble plot of analysis " + a.heading() + ": " + b.moderator()), FunnelPlot.PNG_SCALE);
            add(out, id, "bubble", a, String.format(Locale.ROOT, "Bubble plot of analysis “%s”: %s against %s%s, "
                    + "each circle's area proportional to the effect's weight in the model; the line is the "
                    + "meta-regression's prediction (any other moderators at their means) with its %s%% confidence "
                    + "band (shaded) and %s%% prediction interval (dashed).", a.heading(), analysisPlural(measure),
                    b.moderator(), b.centred() ? " (centred)" : "", level, level), f);
        }
        if (plots.orchard() != null) {
            Plots.Orchard o = plots.orchard();
            Figure f = Figure.of(OrchardPlot.layout(o, ReportFigures.axisLabel(measure), a.level(),
                    "Orchard plot of analysis " + a.heading()), FunnelPlot.PNG_SCALE);
            add(out, "orchard-" + a.id(), "orchard", a, String.format(Locale.ROOT, "Orchard plot of analysis “%s”%s: "
                    + "the effect sizes as points sized by their precision (jittered vertically), the %s estimate "
                    + "(circle) with its %s%% confidence interval (thick bar) and %s%% prediction interval (thin bar); "
                    + "k is the number of effect sizes.", a.heading(), o.moderator() == null ? "" : " by " + o.moderator(),
                    o.moderator() == null ? "pooled" : "model's", level, level), f);
        }
        if (plots.baujat() != null) {
            Plots.BaujatPoints b = plots.baujat();
            List<String> labels = new ArrayList<>();
            for (int row : b.rows()) {
                EffectRow e = byRow.get(row);
                labels.add(e.study() != null && !e.study().isBlank() ? e.study() : e.label());
            }
            Figure f = Figure.of(BaujatPlot.layout(b, labels, "Baujat plot of analysis " + a.heading()), FunnelPlot.PNG_SCALE);
            add(out, "baujat-" + a.id(), "baujat", a, String.format(Locale.ROOT, "Baujat plot of analysis “%s”: each "
                    + "effect size's contribution to the heterogeneity statistic Q (squared Pearson residual) against its "
                    + "influence on the %s (the squared standardised change when the model is refitted without it); "
                    + "%s.", a.heading(), b.interceptOnly() ? "pooled estimate" : "fitted value",
                    b.x().length <= BaujatPlot.LABEL_ALL ? "points are labelled by study"
                            : "the outlying points are labelled by study"), f);
        }
        if (plots.gosh() != null && plots.gosh().fits().plotted() > 0) {
            Plots.GoshPoints g = plots.gosh();
            Figure f = Figure.of(GoshPlot.layout(g, ReportFigures.axisLabel(measure), "GOSH plot of analysis " + a.heading()),
                    FunnelPlot.PNG_SCALE);
            add(out, "gosh-" + a.id(), "gosh", a, String.format(Locale.ROOT, "GOSH plot of analysis “%s”: the pooled "
                    + "estimate against I² in %s subsets of the %d effect sizes%s, each refitted with the %s estimator.",
                    a.heading(), g.fits().exact() ? "all " + String.format(Locale.ROOT, "%,d", g.fits().plotted()) : String.format(Locale.ROOT, "%,d", g.fits().total())
                            + " randomly sampled", a.k(), g.fits().exact() ? "" : " (seed " + g.seed() + ")",
                    g.method()), f);
        }
    }

    /** The effects on the analysis scale, plural: "standardised mean differences", "log risk ratios". */
    static String analysisPlural(String measure) {
        String p = ReportFigures.plural(measure);
        var m = org.metareport.vocabulary.Measure.find(measure);
        if (!p.equals("effect sizes") || m.isEmpty() || m.get() == org.metareport.vocabulary.Measure.PRE) return p;
        return org.metareport.results.Scale.analysisName(m.get()) + "s";
    }

    /** The most domain columns drawn beside a forest plot; a generic tool with more shows only its overall column. */
    static final int MAX_ROB_DOMAINS = 10;

    /**
     * The risk-of-bias columns of an analysis's forest plot (robvis's {@code rob_append_to_forest}): each row's study's
     * judgements per domain and overall, in the plot's own rows. Drawn unless {@code figures.risk_of_bias} is false;
     * none without a risk-of-bias table, for a scored checklist (JBI: 13 items do not fit beside the estimates; the
     * review's traffic-light plot shows them), or when none of the analysis's studies was assessed.
     *
     * @param rows the forest plot's rows' effects, in the plot's row order
     * @return the columns, or null for none
     */
    static ForestRiskOfBias forestColumns(RiskOfBiasResult rob, AnalysisResult a, List<EffectRow> rows) {
        if (rob == null || Boolean.FALSE.equals(a.plots().riskOfBias()) || rob.tool().equals("jbi-rct")) return null;
        Map<String, RiskOfBiasResult.Study> assessed = new LinkedHashMap<>();
        for (RiskOfBiasResult.Study s : rob.studies()) assessed.putIfAbsent(s.study(), s);
        List<RiskOfBiasResult.Domain> domains = rob.domains().size() <= MAX_ROB_DOMAINS || !rob.hasOverall()
                ? rob.domains() : List.of();
        if (domains.size() > MAX_ROB_DOMAINS) return null;
        List<String> headings = new ArrayList<>();
        List<String> legend = new ArrayList<>();
        for (int j = 0; j < domains.size(); j++) {
            RiskOfBiasResult.Domain d = domains.get(j);
            String h = rob.tool().equals("generic") ? "D" + (j + 1) : ForestPlot.clean(d.id());
            headings.add(h);
            legend.add(h + ": " + (rob.tool().equals("generic") ? ForestPlot.clean(d.label()) : d.description()));
        }
        if (rob.hasOverall()) {
            headings.add("O");
            legend.add("O: Overall risk of bias");
        }
        boolean any = false;
        List<List<String>> judgements = new ArrayList<>();
        for (EffectRow e : rows) {
            RiskOfBiasResult.Study s = assessed.get(e.study());
            List<String> codes = new ArrayList<>();
            if (s != null) {
                any = true;
                for (RiskOfBiasResult.Domain d : domains) codes.add(s.judgements().get(d.id()));
                if (rob.hasOverall()) codes.add(s.overall());
            }
            judgements.add(codes);
        }
        if (!any) return null;
        List<ForestRiskOfBias.Level> levels = new ArrayList<>();
        for (RiskOfBiasResult.Level l : rob.levels()) levels.add(new ForestRiskOfBias.Level(l.code(), RiskOfBiasPlots.legend(rob, l)));
        return new ForestRiskOfBias(ReviewFigures.shortName(rob).replaceAll("^ \\((.*)\\)$", "$1"), headings,
                rob.hasOverall(), legend, levels, judgements);
    }

    /** The forest caption's words for its risk-of-bias columns, counting studies not assessed; "" without columns. */
    static String forestColumnsCaption(ForestRiskOfBias rob, List<EffectRow> rows) {
        if (rob == null) return "";
        Set<String> studies = new LinkedHashSet<>(), missing = new LinkedHashSet<>();
        for (int i = 0; i < rows.size(); i++) {
            studies.add(rows.get(i).study());
            if (rob.of(i).isEmpty()) missing.add(rows.get(i).study());
        }
        List<String> marks = new ArrayList<>();
        for (ForestRiskOfBias.Level l : rob.levels())
            marks.add(RiskOfBiasPlots.Mark.of(l.code()).symbol() + " " + l.text().toLowerCase(Locale.ROOT));
        return String.format(Locale.ROOT, " On the right, each study's risk-of-bias judgements%s per domain%s "
                + "(%s; the domains are named below the plot).%s",
                rob.tool().isBlank() ? "" : " (" + rob.tool() + ")", rob.overall() ? " and overall" : "",
                String.join(", ", marks),
                missing.isEmpty() ? "" : String.format(Locale.ROOT, " %d of its %d studies %s not assessed.",
                        missing.size(), studies.size(), missing.size() == 1 ? "was" : "were"));
    }

    /** The selection model's weight function, in the publication-bias section after the funnel plot. */
    static void bias(AnalysisResult a, List<ReportFigures.Drawn> out) {
        var b = a.bias();
        if (b == null || b.selection() == null || !b.selection().identified() || b.selection().weights().isEmpty()) return;
        if (!a.plots().weightFunction()) return;
        Figure f = Figure.of(WeightFunctionPlot.layout(b.selection(), a.level(), "Weight function of analysis " + a.heading()),
                FunnelPlot.PNG_SCALE);
        add(out, "weights-" + a.id(), "weights", a, String.format(Locale.ROOT, "Weight function of the step-function "
                + "selection model of analysis “%s”: the estimated relative likelihood of selection of a study in each "
                + "one-sided p-value interval (the first interval's weight fixed at 1), with %s%% confidence intervals "
                + "dashed.", a.heading(), Apa.shortest(a.level())), f);
    }

    private static void add(List<ReportFigures.Drawn> out, String id, String kind, AnalysisResult a, String caption,
                            Figure f) {
        out.add(new ReportFigures.Drawn(id, kind, a.id(), out.size() + 1, caption, "figures/" + id + ".svg",
                "figures/" + id + ".png", f));
    }
}
