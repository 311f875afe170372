package org.metareport.models;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.metareport.data.Dataset;
import org.metareport.data.Table;
import org.metareport.effects.ComputedEffect;
import org.metareport.problems.InputException;
import org.metareport.problems.Problems;
import org.metareport.spec.AnalysisSpec;
import org.metareport.spec.ColumnRef;
import org.metareport.spec.Term;

/**
 * The models stage: fits each analysis of a spec to the computed effects. Chooses the rows (those with every
 * moderator present, as metafor omits rows with NAs, with a warning), builds the design, calls the pure model
 * classes, and turns a {@link FitException} into a located error at the analysis.
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

    /** Fits one analysis. */
    public static Fitted fit(AnalysisSpec a, Dataset data, List<ComputedEffect> effects) {
        switch (a.model()) {
            case FIXED, RANDOM -> { }
            case MULTILEVEL, RVE -> throw InputException.at(a.where(),
                    "analysis '%s': model: %s is not available in this version yet; use model: random (or fixed)",
                    a.id(), a.model().spelling());
        }
        List<String> warnings = new ArrayList<>();
        Set<String> columns = new java.util.LinkedHashSet<>();
        List<ColumnRef> refs = new ArrayList<>();
        for (Term term : a.moderators()) {
            refs.addAll(term.columns());
            for (ColumnRef c : term.columns()) columns.add(c.name());
        }
        data.requireColumns(refs);
        Table table = data.table();

        List<ComputedEffect> used = new ArrayList<>();
        List<Integer> omitted = new ArrayList<>();
        for (ComputedEffect e : effects) {
            boolean complete = columns.stream().allMatch(c -> table.cell(e.row(), c) != null);
            if (complete) used.add(e);
            else omitted.add(e.row().line());
        }
        if (!omitted.isEmpty()) {
            warnings.add(String.format(Locale.ROOT, "%d effect size%s with missing moderator values omitted from "
                    + "model fitting (row%s %s)", omitted.size(), omitted.size() == 1 ? "" : "s",
                    omitted.size() == 1 ? "" : "s", omitted.stream().map(String::valueOf).collect(Collectors.joining(", "))));
        }
        int k = used.size();
        if (k == 0) {
            throw InputException.at(a.where(), "analysis '%s' has no effect sizes to fit%s", a.id(),
                    omitted.isEmpty() ? "" : " (every row misses a moderator value)");
        }
        double[] yi = new double[k];
        double[] vi = new double[k];
        Set<String> studies = new HashSet<>();
        for (int i = 0; i < k; i++) {
            yi[i] = used.get(i).yi();
            vi[i] = used.get(i).vi();
            studies.add(used.get(i).study());
        }
        Map<String, DesignMatrix.Column> cols = new LinkedHashMap<>();
        for (String c : columns) {
            List<String> cells = new ArrayList<>(k);
            for (ComputedEffect e : used) cells.add(table.cell(e.row(), c));
            cols.put(c, new DesignMatrix.Column(c, cells));
        }
        DesignMatrix design;
        try {
            design = DesignMatrix.build(k, a.moderators().stream().map(Term::name).toList(), cols, a.reference(), a.center());
        } catch (IllegalArgumentException e) {
            throw InputException.at(a.where(), "analysis '%s': %s", a.id(), e.getMessage());
        }
        Method method = a.method();
        RmaFit fit;
        try {
            fit = Rma.fit(yi, vi, design.x(), design.terms(), method, a.test(), a.level());
        } catch (FitException e) {
            throw InputException.at(a.where(), "analysis '%s': %s", a.id(), e.getMessage());
        }
        if (!fit.dropped().isEmpty()) {
            warnings.add("redundant predictors dropped from the model (collinear with earlier terms): "
                    + String.join(", ", fit.dropped()));
        }
        if (method != Method.FE && fit.tau2AtBoundary()) {
            warnings.add("the estimate of τ² is 0 (on the boundary of its range): the random-effects model "
                    + "reduces to a fixed-effect model for these data");
        }
        Prediction prediction = design.terms().size() == 1 ? Rma.predict(fit, new double[] {1.0}) : null;
        boolean interceptOnly = design.terms().size() == 1;
        if (a.bias() != null && !interceptOnly) {
            throw InputException.at(a.bias().where(), "analysis '%s': bias: applies to a model without moderators "
                    + "(the pooled estimate); add a separate analysis without moderators for it", a.id());
        }
        if (a.sensitivity() != null && !interceptOnly && (a.sensitivity().leaveOneOut() || a.sensitivity().cumulative() != null)) {
            throw InputException.at(a.sensitivity().where(), "analysis '%s': leave_one_out and cumulative apply to a "
                    + "model without moderators; keep influence: true here, or add a separate analysis", a.id());
        }
        double[] cumulativeKey = null;
        if (a.sensitivity() != null && a.sensitivity().cumulative() != null) {
            var by = a.sensitivity().cumulative();
            data.requireColumns(List.of(by));
            Problems bad = new Problems();
            var cells = data.cells(bad);
            cumulativeKey = new double[k];
            for (int i = 0; i < k; i++) {
                Double v = cells.number(used.get(i).row(), by.name());
                if (v == null && bad.isEmpty()) {
                    bad.add(table.where(used.get(i).row(), by.name()), "column '%s' is missing; the cumulative "
                            + "meta-analysis orders every effect by it", by.name());
                }
                cumulativeKey[i] = v == null ? Double.NaN : v;
            }
            bad.throwIfAny();
        }
        BiasAndSensitivity.Fits extras = BiasAndSensitivity.run(a, yi, vi, design.x(), design.terms(), cumulativeKey,
                warnings);
        double[] w = new double[k];
        double total = 0;
        for (int i = 0; i < k; i++) {
            w[i] = 1.0 / (vi[i] + fit.tau2());
            total += w[i];
        }
        List<Fitted.Weighted> weighted = new ArrayList<>(k);
        for (int i = 0; i < k; i++) weighted.add(new Fitted.Weighted(used.get(i), 100.0 * w[i] / total));
        return new Fitted(a, fit, prediction, studies.size(), weighted, extras, warnings);
    }
}
