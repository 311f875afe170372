package org.metareport.models;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.metareport.data.Dataset;
import org.metareport.data.Table;
import org.metareport.effects.ComputedEffect;
import org.metareport.problems.InputException;
import org.metareport.problems.Problems;
import org.metareport.spec.AnalysisRules;
import org.metareport.spec.AnalysisSpec;
import org.metareport.spec.ColumnRef;
import org.metareport.spec.Term;

/**
 * The models stage: fits each analysis of a spec to the computed effects, as a short plan. Select the rows (those
 * with every moderator, level id and subgroup present, as metafor omits rows with NAs, with a warning); fit the model
 * ({@link ModelFitter}); then each add-on in its own class: cluster-robust tests ({@link RobustTests}), marginal means
 * ({@link MarginalMeans}), weights, bias and sensitivity ({@link BiasAndSensitivity}, {@link MultilevelSensitivity})
 * and subgroups ({@link SubgroupFitter}).
 */
public final class ModelsStage {
    private ModelsStage() {}

    /** Fits every analysis; all problems across analyses are reported together. */
    public static List<Fitted> fitAll(List<AnalysisSpec> analyses, Dataset data, List<ComputedEffect> effects) {
        Problems problems = new Problems();
        List<Fitted> out = new ArrayList<>();
        for (AnalysisSpec a : analyses) {
            try {
                out.add(fit(a, data, effects));
            } catch (InputException e) {
                problems.addAll(e);
            }
        }
        problems.throwIfAny();
        return out;
    }

    /** Fits one analysis (and its subgroups): validate its add-ons (in the spec package), select the rows, fit. */
    public static Fitted fit(AnalysisSpec a, Dataset data, List<ComputedEffect> effects) {
        AnalysisRules.check(a);
        List<String> warnings = new ArrayList<>();
        Rows rows = Rows.of(data, select(a, data, effects, warnings), effects);
        Fitted main = fitRows(a, rows, warnings, true);
        return a.subgroup() == null ? main : SubgroupFitter.add(a, rows, main);
    }

    /** Fits the analysis to these rows: the model, then each add-on. */
    static Fitted fitRows(AnalysisSpec a, Rows rows, List<String> warnings, boolean withExtras) {
        InputChecks.moderators(a, rows.columns(a), rows.k());
        InputChecks.clusterSizes(a, rows.study());
        DesignMatrix design = rows.design(a, null);
        ModelFit model = ModelFitter.fit(a, rows, design, warnings);
        InputChecks.collinear(a, design, model.dropped());
        Fitted.Robust robust = RobustTests.of(a, rows, design, model, warnings);
        InputChecks.finite(a, model, robust == null ? null : robust.fit());
        List<Fitted.MarginalMean> means = a.marginalMeans() == null ? List.of() : MarginalMeans.of(a, rows);
        Fitted.Sample sample = new Fitted.Sample(weighted(rows, model), rows.nClusters());
        Fitted.Extras extras = withExtras ? extras(a, rows, design, model, warnings)
                .with(FigureFits.of(a, rows, design, model, warnings)) : Fitted.Extras.NONE;
        return new Fitted(a, model, sample, robust, means, Fitted.Subgroups.NONE, extras, warnings);
    }

    /** The rows with every moderator, level id and subgroup value present; the others omitted with a warning. */
    static List<ComputedEffect> select(AnalysisSpec a, Dataset data, List<ComputedEffect> effects,
                                       List<String> warnings) {
        List<ColumnRef> refs = new ArrayList<>();
        for (Term term : a.moderators()) refs.addAll(term.columns());
        refs.addAll(a.levels());
        if (innerLevelIsEffectId(a, data)) refs.remove(a.levels().get(a.levels().size() - 1));
        if (a.subgroup() != null) refs.add(a.subgroup());
        data.requireColumns(refs);
        Table table = data.table();
        Set<String> needed = new LinkedHashSet<>();
        for (ColumnRef c : refs) needed.add(c.name());
        if (a.subset() != null) effects = subset(a, data, effects);
        List<ComputedEffect> used = new ArrayList<>();
        List<Integer> omitted = new ArrayList<>();
        for (ComputedEffect e : effects) {
            if (needed.stream().allMatch(c -> table.cell(e.row(), c) != null)) used.add(e);
            else omitted.add(e.row().line());
        }
        if (!omitted.isEmpty()) {
            warnings.add(String.format(Locale.ROOT, "%d effect size%s with missing moderator, level or subgroup "
                    + "values omitted from model fitting (row%s %s)", omitted.size(), omitted.size() == 1 ? "" : "s",
                    omitted.size() == 1 ? "" : "s", omitted.stream().map(String::valueOf).collect(Collectors.joining(", "))));
        }
        if (used.isEmpty()) {
            throw InputException.at(a.where(), "analysis '%s' has no effect sizes to fit%s", a.id(),
                    omitted.isEmpty() ? "" : " (every row misses a moderator, level or subgroup value)");
        }
        return used;
    }

    /** The effects on whose rows the analysis's {@code where:} is TRUE (FALSE and NA are left out, as dplyr's filter). */
    static List<ComputedEffect> subset(AnalysisSpec a, Dataset data, List<ComputedEffect> effects) {
        List<Boolean> tests = data.test(a.subset(), effects.stream().map(ComputedEffect::row).toList());
        List<ComputedEffect> kept = new ArrayList<>();
        for (int i = 0; i < effects.size(); i++) if (Boolean.TRUE.equals(tests.get(i))) kept.add(effects.get(i));
        if (kept.isEmpty()) {
            throw InputException.at(a.subset().where(), "analysis '%s' has no effect sizes to fit: where: '%s' is FALSE "
                    + "or NA on every row (NA counts as FALSE, as in dplyr's filter)", a.id(), a.subset().text());
        }
        return kept;
    }

    /** Each effect with its weight in percent: 1/(vᵢ + tau²) for univariate models, NaN otherwise. */
    static List<Fitted.Weighted> weighted(Rows rows, ModelFit model) {
        int k = rows.k();
        double[] w = new double[k];
        double total = 0;
        if (model instanceof ModelFit.Univariate u) {
            for (int i = 0; i < k; i++) total += w[i] = 1.0 / (rows.vi()[i] + u.fit().tau2());
        }
        List<Fitted.Weighted> out = new ArrayList<>(k);
        for (int i = 0; i < k; i++) {
            double weight = model instanceof ModelFit.Univariate ? 100.0 * w[i] / total : Double.NaN;
            out.add(new Fitted.Weighted(rows.used().get(i), weight));
        }
        return out;
    }

    /**
     * Bias and sensitivity: multilevel refits, or the univariate methods. Which add-on fits which model and moderators
     * was checked first ({@link AnalysisRules}).
     */
    static Fitted.Extras extras(AnalysisSpec a, Rows rows, DesignMatrix design, ModelFit model, List<String> warnings) {
        var s = a.sensitivity();
        if (model instanceof ModelFit.Multilevel && AnalysisRules.multilevelRefitsOnly(a)) {
            return MultilevelSensitivity.of(a, rows, design);
        }
        if ((a.bias() != null || s != null) && model instanceof ModelFit.Univariate) {
            return new Fitted.Extras(BiasAndSensitivity.of(a, rows, design, warnings), List.of(), List.of());
        }
        return Fitted.Extras.NONE;
    }

    /**
     * True when the innermost level names no column of the data: it is then the effect-size level, each effect its
     * own unit (metafor's {@code es_id = 1:k}), identified by the effect's id.
     */
    static boolean innerLevelIsEffectId(AnalysisSpec a, Dataset data) {
        return a.levels().size() >= 2 && !data.table().has(a.levels().get(a.levels().size() - 1).name());
    }
}
