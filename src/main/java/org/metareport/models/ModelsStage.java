package org.metareport.models;

import org.metareport.vocabulary.Method;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.metareport.data.Dataset;
import org.metareport.data.Table;
import org.metareport.effects.ComputedEffect;
import org.metareport.models.multilevel.ClusterRobust;
import org.metareport.models.multilevel.ModelWeights;
import org.metareport.models.multilevel.MultilevelFit;
import org.metareport.models.multilevel.NestedLevels;
import org.metareport.models.multilevel.RmaMv;
import org.metareport.models.multilevel.Robu;
import org.metareport.models.multilevel.RobuFit;
import org.metareport.models.multilevel.RobustFit;
import org.metareport.models.multilevel.SamplingCovariance;
import org.metareport.vocabulary.VcovType;
import org.metareport.models.multilevel.WorkingModel;
import org.metareport.problems.InputException;
import org.metareport.problems.Problems;
import org.metareport.spec.AnalysisSpec;
import org.metareport.spec.ColumnRef;
import org.metareport.spec.Term;

/**
 * The models stage: fits each analysis of a spec to the computed effects. Chooses the rows (those with every
 * moderator and level id present, as metafor omits rows with NAs, with a warning), builds the design, calls the pure
 * model classes (univariate, multilevel, RVE), adds cluster-robust inference, marginal means and subgroups, and
 * turns a {@link FitException} into a located error at the analysis.
 */
public final class ModelsStage {
    /** Satterthwaite df below this make a cluster-robust test unreliable (Tipton 2015); the report warns. */
    static final double SMALL_DF = 4;

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

    /** Fits one analysis (and its subgroups). */
    public static Fitted fit(AnalysisSpec a, Dataset data, List<ComputedEffect> effects) {
        List<String> warnings = new ArrayList<>();
        List<ColumnRef> refs = new ArrayList<>();
        for (Term term : a.moderators()) refs.addAll(term.columns());
        refs.addAll(a.levels());
        if (innerLevelIsEffectId(a, data)) refs.remove(a.levels().get(a.levels().size() - 1));
        if (a.subgroup() != null) refs.add(a.subgroup());
        data.requireColumns(refs);
        Table table = data.table();
        Set<String> needed = new LinkedHashSet<>();
        for (ColumnRef c : refs) needed.add(c.name());

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
        Fitted main = fitRows(a, data, used, warnings, true);
        if (a.subgroup() == null) return main;

        // subgroups: the same model within each level, and a test of the differences between levels
        String column = a.subgroup().name();
        Map<String, List<ComputedEffect>> byLevel = new LinkedHashMap<>();
        for (String level : new TreeSet<>(used.stream().map(e -> table.cell(e.row(), column)).toList())) {
            byLevel.put(level, new ArrayList<>());
        }
        for (ComputedEffect e : used) byLevel.get(table.cell(e.row(), column)).add(e);
        List<Fitted.Subgroup> subgroups = new ArrayList<>();
        List<String> all = new ArrayList<>(main.warnings());
        for (var entry : byLevel.entrySet()) {
            List<String> w = new ArrayList<>();
            try {
                subgroups.add(new Fitted.Subgroup(entry.getKey(), fitRows(a, data, entry.getValue(), w, false)));
                for (String x : w) all.add("subgroup " + entry.getKey() + ": " + x);
            } catch (InputException e) {
                all.add(String.format(Locale.ROOT, "subgroup %s (k = %d) was not fitted: %s", entry.getKey(),
                        entry.getValue().size(), e.problems().get(0).message()));
            }
        }
        Fitted.Wald between = null;
        if (byLevel.size() >= 2) {
            between = betweenSubgroups(a, data, used, column, all);
        } else {
            all.add("subgroup column '" + column + "' has only one level among the effects fitted; nothing to compare");
        }
        return new Fitted(main.spec(), main.fit(), main.multilevel(), main.rve(), main.prediction(), main.nClusters(),
                main.effects(), main.robust(), main.walds(), main.marginalMeans(), subgroups, between, main.extras(),
                main.leaveStudyOut(), main.rho(), all);
    }

    /** The moderator test of the subgroup column added as a categorical moderator (HTZ when robust, else QM). */
    static Fitted.Wald betweenSubgroups(AnalysisSpec a, Dataset data, List<ComputedEffect> used, String column,
                                        List<String> warnings) {
        List<Term> terms = new ArrayList<>(a.moderators());
        ColumnRef ref = a.subgroup();
        terms.add(new Term(column, List.of(ref), ref.where()));
        AnalysisSpec with = new AnalysisSpec(a.id(), a.model(), a.method(), a.test(), a.levels(), a.rho(), a.robust(),
                terms, a.reference(), false, a.level(), null, null, null, null, a.weights(), a.where());
        try {
            Fitted f = fitRows(with, data, used, new ArrayList<>(), false);
            for (Fitted.Wald w : f.walds()) if (w.moderator().equals(column)) return w;
            if (f.fit() != null) {
                return new Fitted.Wald(column, Double.isInfinite(f.fit().qmDf2()) ? "QM" : "F", f.fit().qm(),
                        f.fit().qmDf1(), f.fit().qmDf2(), f.fit().qmP());
            }
            if (f.multilevel() != null) {
                MultilevelFit m = f.multilevel();
                return new Fitted.Wald(column, Double.isInfinite(m.qmDf2()) ? "QM" : "F", m.qm(), m.qmDf1(), m.qmDf2(),
                        m.qmP());
            }
        } catch (InputException e) {
            warnings.add("the test between subgroups was not run: " + e.problems().get(0).message());
        }
        return null;
    }

    /** Fits the analysis to these rows. */
    static Fitted fitRows(AnalysisSpec a, Dataset data, List<ComputedEffect> used, List<String> warnings,
                          boolean withExtras) {
        Table table = data.table();
        int k = used.size();
        double[] yi = new double[k];
        double[] vi = new double[k];
        String[] study = new String[k];
        for (int i = 0; i < k; i++) {
            yi[i] = used.get(i).yi();
            vi[i] = used.get(i).vi();
            study[i] = used.get(i).study();
        }
        int nClusters = new TreeSet<>(List.of(study)).size();
        List<String> termNames = a.moderators().stream().map(Term::name).toList();
        Map<String, DesignMatrix.Column> cols = columns(a, table, used);
        InputChecks.moderators(a, cols, k);
        InputChecks.clusterSizes(a, study);
        DesignMatrix design = design(a, k, termNames, cols, null);

        RmaFit fit = null;
        MultilevelFit mv = null;
        RobuFit rve = null;
        Prediction prediction;
        WorkingModel working = null;
        boolean interceptOnly = design.terms().size() == 1;
        try {
            switch (a.model()) {
                case FIXED, RANDOM -> {
                    fit = Rma.fit(yi, vi, design.x(), design.terms(), a.method(), a.test(), a.level());
                    prediction = interceptOnly ? Rma.predict(fit, new double[] {1.0}) : null;
                    if (a.robust() != null) working = WorkingModel.univariate(fit, yi, vi, design.x(), design.terms());
                }
                case MULTILEVEL -> {
                    mv = RmaMv.fit(yi, covariance(a, vi, study), levels(a, table, used), design.x(), design.terms(),
                            a.method(), a.test(), a.level());
                    prediction = interceptOnly ? RmaMv.predict(mv, new double[] {1.0}) : null;
                    working = mv.working();
                    warnings.addAll(mv.notes());
                }
                case RVE -> {
                    rve = Robu.fit(yi, vi, design.x(), design.terms(), study,
                            "HIER".equals(a.weights()) ? ModelWeights.HIER : ModelWeights.CORR, a.rho(), true);
                    prediction = null;
                }
                default -> throw new IllegalStateException("unknown model " + a.model());
            }
        } catch (FitException e) {
            throw InputException.at(a.where(), "analysis '%s': %s", a.id(), e.getMessage());
        }
        List<String> dropped = fit != null ? fit.dropped() : mv != null ? mv.dropped() : List.of();
        InputChecks.collinear(a, design, dropped);
        if (!dropped.isEmpty()) {
            warnings.add("redundant predictors dropped from the model (collinear with earlier terms): "
                    + String.join(", ", dropped));
        }
        if (fit != null && a.method() != Method.FE && fit.tau2AtBoundary()) {
            warnings.add("the estimate of τ² is 0 (on the boundary of its range): the random-effects model "
                    + "reduces to a fixed-effect model for these data");
        }

        RobustFit robust = null;
        List<Fitted.Wald> walds = new ArrayList<>();
        if (rve != null && a.robust() != null) {
            warnings.add("robust: " + a.robust() + " is not applied to model: rve, whose standard errors are already "
                    + "cluster-robust (robumeta's small-sample corrected estimator)");
        }
        if (a.robust() != null && working != null) {
            VcovType type = VcovType.find(a.robust()).orElseThrow();
            try {
                robust = ClusterRobust.coefTest(working, study, type, a.level());
                for (Coefficient c : robust.coefficients()) {
                    if (c.df() < SMALL_DF) {
                        warnings.add(String.format(Locale.ROOT, "the cluster-robust test of '%s' has %.2f Satterthwaite "
                                + "degrees of freedom (below %d): its p-value and CI are unreliable (Tipton, 2015)",
                                c.term(), c.df(), (int) SMALL_DF));
                    }
                }
                for (var e : dummies(design).entrySet()) {
                    walds.add(Fitted.Wald.of(e.getKey(), ClusterRobust.waldTest(working, study, type, e.getValue())));
                }
            } catch (FitException | IllegalArgumentException e) {
                // IllegalArgumentException: a Satterthwaite df that is not a number (too few clusters for a term)
                throw InputException.at(a.where(), "analysis '%s': robust: %s: %s", a.id(), a.robust(), cause(e));
            }
        }

        InputChecks.finite(a, fit, mv, rve, robust);
        List<Fitted.MarginalMean> marginal = new ArrayList<>();
        if (a.marginalMeans() != null) {
            marginal = marginalMeans(a, yi, vi, study, table, used, termNames, cols);
        }

        List<Fitted.Weighted> weighted = new ArrayList<>(k);
        double total = 0;
        double[] w = new double[k];
        if (fit != null) {
            for (int i = 0; i < k; i++) total += w[i] = 1.0 / (vi[i] + fit.tau2());
        }
        for (int i = 0; i < k; i++) weighted.add(new Fitted.Weighted(used.get(i), fit != null ? 100.0 * w[i] / total : Double.NaN));

        BiasAndSensitivity.Fits extras = null;
        List<Fitted.Refit> leaveStudyOut = List.of();
        List<Fitted.Refit> rhoRefits = List.of();
        if (withExtras && mv != null && a.sensitivity() != null && a.bias() == null && !a.sensitivity().influence()
                && a.sensitivity().cumulative() == null) {
            NestedLevels levels = levels(a, table, used);
            if (a.sensitivity().leaveOneOut()) leaveStudyOut = leaveStudyOut(a, yi, vi, study, levels, design);
            rhoRefits = new ArrayList<>();
            for (double r : a.sensitivity().rho()) rhoRefits.add(refit(a, yi, vi, study, levels, design, r, String.valueOf(r)));
        } else if (withExtras && (a.bias() != null || a.sensitivity() != null)) {
            if (fit == null) {
                throw InputException.at(a.bias() != null ? a.bias().where() : a.sensitivity().where(),
                        "analysis '%s': for model: %s, sensitivity: takes leave_one_out (by study) and rho; bias:, "
                                + "influence and cumulative apply to model: random or fixed; add a separate random-effects "
                                + "analysis for them", a.id(), a.model().spelling());
            }
            extras = extras(a, data, used, yi, vi, design, interceptOnly, warnings);
        }
        if (a.sensitivity() != null && !a.sensitivity().rho().isEmpty() && mv == null && withExtras) {
            throw InputException.at(a.sensitivity().where(), "analysis '%s': sensitivity.rho applies to model: "
                    + "multilevel (the assumed correlation of sampling errors); remove it here", a.id());
        }
        return new Fitted(a, fit, mv, rve, prediction, nClusters, weighted, robust, walds, marginal, List.of(), null,
                extras, leaveStudyOut, rhoRefits, warnings);
    }

    /** The multilevel model without each study in turn (metafor's leave1out for rma.mv, cluster = study). */
    static List<Fitted.Refit> leaveStudyOut(AnalysisSpec a, double[] yi, double[] vi, String[] study, NestedLevels levels,
                                            DesignMatrix design) {
        List<Fitted.Refit> out = new ArrayList<>();
        for (String s : new java.util.LinkedHashSet<>(List.of(study))) {
            List<Integer> keep = new ArrayList<>();
            for (int i = 0; i < study.length; i++) if (!study[i].equals(s)) keep.add(i);
            int n = keep.size();
            double[] y = new double[n], v = new double[n];
            String[] st = new String[n];
            double[][] x = new double[n][];
            List<String[]> ids = new ArrayList<>();
            for (String[] col : levels.ids()) ids.add(new String[n]);
            for (int j = 0; j < n; j++) {
                int i = keep.get(j);
                y[j] = yi[i];
                v[j] = vi[i];
                st[j] = study[i];
                x[j] = design.x()[i];
                for (int l = 0; l < ids.size(); l++) ids.get(l)[j] = levels.ids().get(l)[i];
            }
            NestedLevels nl = new NestedLevels(levels.names(), ids);
            DesignMatrix d = new DesignMatrix(x, design.terms(), design.numeric(), design.means());
            out.add(refit(a, y, v, st, nl, d, a.rho(), s));
        }
        return out;
    }

    /** One multilevel refit (at the given rho), with CR2 when the analysis is robust; failures are recorded. */
    static Fitted.Refit refit(AnalysisSpec a, double[] yi, double[] vi, String[] study, NestedLevels levels,
                              DesignMatrix design, double rho, String label) {
        try {
            SamplingCovariance v = rho == 0 ? SamplingCovariance.diagonal(vi) : SamplingCovariance.imputed(vi, study, rho);
            MultilevelFit m = RmaMv.fit(yi, v, levels, design.x(), design.terms(), a.method(), a.test(), a.level());
            Coefficient robust = null;
            if (a.robust() != null) {
                robust = ClusterRobust.coefTest(m.working(), study, VcovType.find(a.robust()).orElseThrow(), a.level())
                        .coefficients().get(0);
            }
            return new Fitted.Refit(label, rho, m.k(), m.coefficients().get(0), robust, m.sigma2().clone(), null);
        } catch (FitException e) {
            return new Fitted.Refit(label, rho, null, null, null, null, e.getMessage());
        }
    }

    static BiasAndSensitivity.Fits extras(AnalysisSpec a, Dataset data, List<ComputedEffect> used, double[] yi,
                                          double[] vi, DesignMatrix design, boolean interceptOnly, List<String> warnings) {
        if (a.bias() != null && !interceptOnly) {
            throw InputException.at(a.bias().where(), "analysis '%s': bias: applies to a model without moderators "
                    + "(the pooled estimate); add a separate analysis without moderators for it", a.id());
        }
        if (a.sensitivity() != null && !interceptOnly
                && (a.sensitivity().leaveOneOut() || a.sensitivity().cumulative() != null)) {
            throw InputException.at(a.sensitivity().where(), "analysis '%s': leave_one_out and cumulative apply to a "
                    + "model without moderators; keep influence: true here, or add a separate analysis", a.id());
        }
        int k = used.size();
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
                    bad.add(data.table().where(used.get(i).row(), by.name()), "column '%s' is missing; the "
                            + "cumulative meta-analysis orders every effect by it", by.name());
                }
                cumulativeKey[i] = v == null ? Double.NaN : v;
            }
            bad.throwIfAny();
        }
        return BiasAndSensitivity.run(a, yi, vi, design.x(), design.terms(), cumulativeKey, warnings);
    }

    /** Marginal means of each level of a categorical moderator: a no-intercept model, others centred, CR2 tests. */
    static List<Fitted.MarginalMean> marginalMeans(AnalysisSpec a, double[] yi, double[] vi, String[] study, Table table,
                                                   List<ComputedEffect> used, List<String> termNames,
                                                   Map<String, DesignMatrix.Column> cols) {
        String factor = a.marginalMeans().name();
        int k = used.size();
        DesignMatrix d = design(a, k, termNames, cols, factor);
        try {
            WorkingModel working;
            switch (a.model()) {
                case MULTILEVEL -> working = RmaMv.fit(yi, covariance(a, vi, study), levels(a, table, used), d.x(),
                        d.terms(), a.method(), a.test(), a.level()).working();
                case FIXED, RANDOM -> working = WorkingModel.univariate(
                        Rma.fit(yi, vi, d.x(), d.terms(), a.method(), a.test(), a.level()), yi, vi, d.x(), d.terms());
                default -> throw InputException.at(a.marginalMeans().where(), "analysis '%s': marginal_means needs "
                        + "model: random, fixed or multilevel", a.id());
            }
            RobustFit r = ClusterRobust.coefTest(working, study, VcovType.CR2, a.level());
            List<Fitted.MarginalMean> out = new ArrayList<>();
            String prefix = factor + "[";
            for (Coefficient c : r.coefficients()) {
                if (!c.term().startsWith(prefix) || c.term().contains(":")) continue;
                String level = c.term().substring(prefix.length(), c.term().length() - 1);
                int n = (int) used.stream().filter(e -> level.equals(table.cell(e.row(), factor).trim())).count();
                out.add(new Fitted.MarginalMean(factor, level, c, n));
            }
            return out;
        } catch (FitException | IllegalArgumentException e) {
            throw InputException.at(a.marginalMeans().where(), "analysis '%s': marginal means of '%s': %s", a.id(),
                    factor, cause(e));
        }
    }

    /** A fit failure in the user's words: the model's message, or what a non-numeric df means. */
    static String cause(RuntimeException e) {
        if (e instanceof FitException) return e.getMessage();
        return "the cluster-robust degrees of freedom cannot be computed (" + e.getMessage() + "); this happens when a "
                + "coefficient rests on a single study: use fewer levels, or group rare levels";
    }

    static Map<String, DesignMatrix.Column> columns(AnalysisSpec a, Table table, List<ComputedEffect> used) {
        Map<String, DesignMatrix.Column> cols = new LinkedHashMap<>();
        for (Term t : a.moderators()) {
            for (ColumnRef c : t.columns()) {
                if (cols.containsKey(c.name())) continue;
                List<String> cells = new ArrayList<>(used.size());
                for (ComputedEffect e : used) cells.add(table.cell(e.row(), c.name()));
                cols.put(c.name(), new DesignMatrix.Column(c.name(), cells));
            }
        }
        return cols;
    }

    static DesignMatrix design(AnalysisSpec a, int k, List<String> termNames, Map<String, DesignMatrix.Column> cols,
                               String cellMeansOf) {
        try {
            return DesignMatrix.build(k, termNames, cols, a.reference(), a.center(), cellMeansOf);
        } catch (IllegalArgumentException e) {
            throw InputException.at(a.where(), "analysis '%s': %s", a.id(), e.getMessage());
        }
    }

    /** Each categorical moderator's dummy terms in the design (for its multi-term Wald test). */
    static Map<String, List<String>> dummies(DesignMatrix design) {
        Map<String, List<String>> out = new LinkedHashMap<>();
        for (String term : design.terms()) {
            int open = term.indexOf('[');
            if (open < 0 || term.contains(":")) continue;
            out.computeIfAbsent(term.substring(0, open), x -> new ArrayList<>()).add(term);
        }
        return out;
    }

    static SamplingCovariance covariance(AnalysisSpec a, double[] vi, String[] study) {
        return a.rho() == 0 ? SamplingCovariance.diagonal(vi) : SamplingCovariance.imputed(vi, study, a.rho());
    }

    /**
     * True when the innermost level names no column of the data: it is then the effect-size level, each effect its
     * own unit (metafor's {@code es_id = 1:k}), identified by the effect's id.
     */
    static boolean innerLevelIsEffectId(AnalysisSpec a, Dataset data) {
        return a.levels().size() >= 2 && !data.table().has(a.levels().get(a.levels().size() - 1).name());
    }

    /** The nested random-effects levels, outer first, from the level columns' cells (or the effect ids). */
    static NestedLevels levels(AnalysisSpec a, Table table, List<ComputedEffect> used) {
        List<String> names = a.levels().stream().map(ColumnRef::name).toList();
        List<String[]> ids = new ArrayList<>();
        for (ColumnRef c : a.levels()) {
            String[] v = new String[used.size()];
            boolean column = table.has(c.name());
            for (int i = 0; i < v.length; i++) v[i] = column ? table.cell(used.get(i).row(), c.name()) : used.get(i).id();
            ids.add(v);
        }
        return new NestedLevels(names, ids);
    }
}
