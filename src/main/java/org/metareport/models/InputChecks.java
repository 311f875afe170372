package org.metareport.models;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.metareport.models.multilevel.MultilevelFit;
import org.metareport.models.multilevel.RobuFit;
import org.metareport.models.multilevel.RobustFit;
import org.metareport.problems.InputException;
import org.metareport.problems.Problems;
import org.metareport.spec.AnalysisSpec;
import org.metareport.spec.ColumnRef;
import org.metareport.spec.Term;
import org.metareport.vocabulary.ModelKind;

/**
 * Checks at the edges of what the models can estimate, each a located error rather than a silent drop, a NaN or a run
 * that does not end: a moderator that cannot be estimated from the rows analysed (one level, no variance, wholly
 * collinear with earlier moderators), a study too large for the dense per-study matrices of the multilevel model and
 * of CR2, and a fit whose coefficients are not finite numbers with a positive standard error.
 */
final class InputChecks {
    /**
     * The largest study the multilevel model and cluster-robust inference accept. Both work on a dense n × n matrix per
     * study (its Cholesky factor, and CR2's adjustment matrix), so time grows with the cube of the largest study: one
     * study of 500 effects took 41 s, of 1,000 effects 92 s, of 2,000 effects over 300 s (docs/notes.md).
     */
    static final int MAX_CLUSTER = 500;

    private InputChecks() {}

    /**
     * A categorical moderator with one level or a numeric one without variance, in the rows analysed, is an error at
     * its moderators entry: no coefficient can be estimated for it.
     */
    static void moderators(AnalysisSpec a, Map<String, DesignMatrix.Column> cols, int k) {
        Problems problems = new Problems();
        Set<String> seen = new HashSet<>();
        for (Term t : a.moderators()) {
            for (ColumnRef c : t.columns()) {
                DesignMatrix.Column col = cols.get(c.name());
                if (col == null || !seen.add(c.name())) continue;
                TreeSet<String> levels = new TreeSet<>();
                for (String cell : col.cells()) levels.add(cell.trim());
                boolean numeric = col.cells().stream().allMatch(DesignMatrix::isNumber);
                if (numeric) {
                    Set<Double> values = new TreeSet<>();
                    for (String cell : col.cells()) values.add(Double.parseDouble(cell.trim()));
                    if (values.size() == 1) {
                        problems.add(t.where(), "analysis '%s': moderator '%s' has the same value (%s) in all %d rows "
                                + "analysed; a moderator needs at least two different values: remove it from "
                                + "moderators", a.id(), c.name(), levels.first(), k);
                    }
                } else if (levels.size() == 1) {
                    problems.add(t.where(), "analysis '%s': moderator '%s' has one level ('%s') in the %d rows "
                            + "analysed; a moderator needs at least two levels: remove it from moderators, or use it as "
                            + "a filter (data: include)", a.id(), c.name(), levels.first(), k);
                }
            }
        }
        problems.throwIfAny();
    }

    /**
     * A moderator term none of whose columns the fit kept (each was linearly dependent on earlier terms) is an error at
     * its entry. A term that loses only some columns (a dummy of an interaction whose combination never occurs) is
     * kept, as metafor keeps it, and the report lists what was dropped.
     */
    static void collinear(AnalysisSpec a, DesignMatrix design, List<String> dropped) {
        if (dropped.isEmpty()) return;
        Problems problems = new Problems();
        for (Term t : a.moderators()) {
            List<String> own = new ArrayList<>();
            for (String name : design.terms()) if (belongsTo(name, t)) own.add(name);
            if (!own.isEmpty() && dropped.containsAll(own)) {
                problems.add(t.where(), "analysis '%s': moderator '%s' cannot be estimated: %s linearly dependent on "
                        + "the moderators before it in the rows analysed; remove it, or one of the moderators it "
                        + "repeats", a.id(), t.name(), own.size() == 1 ? "its column is" : "all its columns are");
            }
        }
        problems.throwIfAny();
    }

    /** True when a design column comes from this term: "x", "x[b]", "x:z", "x[b]:z[c]" for term x or x:z. */
    private static boolean belongsTo(String column, Term t) {
        String[] parts = column.split(":");
        String[] names = t.name().split(":");
        if (parts.length != names.length) return false;
        for (int i = 0; i < parts.length; i++) {
            String p = parts[i];
            int open = p.indexOf('[');
            String base = open >= 0 && p.endsWith("]") ? p.substring(0, open) : p;
            if (!base.equals(names[i].trim()) && !p.equals(names[i].trim())) return false;
        }
        return true;
    }

    /**
     * A study too large for the dense per-study matrices is an error at the analysis (multilevel models, and
     * cluster-robust inference on any model).
     */
    static void clusterSizes(AnalysisSpec a, String[] study) {
        if (a.model() != ModelKind.MULTILEVEL && (a.robust() == null || a.model() == ModelKind.RVE)) return;
        Map<String, Integer> sizes = new TreeMap<>();
        for (String s : study) sizes.merge(s, 1, Integer::sum);
        for (var e : sizes.entrySet()) {
            if (e.getValue() > MAX_CLUSTER) {
                throw InputException.at(a.where(), "analysis '%s': study '%s' has %,d effect sizes; %s works on a dense "
                        + "%,d × %,d matrix per study, and metareport fits studies of up to %d effect sizes: split the "
                        + "study into smaller clusters, or use model: rve", a.id(), e.getKey(), e.getValue(),
                        a.model() == ModelKind.MULTILEVEL ? "the multilevel model" : "robust: " + a.robust(),
                        e.getValue(), e.getValue(), MAX_CLUSTER);
            }
        }
    }

    /**
     * Every coefficient must be a finite estimate with a positive, finite standard error and finite test and interval;
     * otherwise (identical effect sizes under a Knapp–Hartung or cluster-robust test, whose standard error is then 0)
     * the analysis is an error, never a NaN or a zero-width interval in the report.
     */
    static void finite(AnalysisSpec a, ModelFit model, RobustFit robust) {
        if (model instanceof ModelFit.Univariate u) finite(a, "", u.fit().coefficients());
        else if (model instanceof ModelFit.Multilevel m) finite(a, "", m.fit().coefficients());
        else if (model instanceof ModelFit.Rve r) finite(a, "robust ", r.fit().coefficients());
        if (robust != null) {
            // coefficients without a robust test are reported as such (RobustTests warns), unless no coefficient has one
            List<Coefficient> tested = robust.coefficients().stream().filter(c -> !robust.untested().contains(c)).toList();
            finite(a, "cluster-robust ", tested.isEmpty() ? robust.coefficients() : tested);
        }
    }

    private static void finite(AnalysisSpec a, String what, List<Coefficient> coefficients) {
        for (Coefficient c : coefficients) {
            boolean ok = Double.isFinite(c.estimate()) && Double.isFinite(c.se()) && c.se() > 0
                    && Double.isFinite(c.statistic()) && Double.isFinite(c.p()) && Double.isFinite(c.ciLower())
                    && Double.isFinite(c.ciUpper());
            if (!ok) {
                throw InputException.at(a.where(), String.format(Locale.ROOT, "analysis '%%s': the %sstandard error "
                        + "of '%%s' is %%s, so no test or confidence interval can be computed; this happens when the "
                        + "effect sizes do not vary around the model (e.g. all are identical): use test: z and no "
                        + "robust:, or check the data", what), a.id(), c.term(),
                        c.se() == 0 || Double.isNaN(c.statistic()) && Double.isFinite(c.se()) ? "0"
                                : Double.isFinite(c.se()) ? String.valueOf(c.se()) : "not a number");
            }
        }
    }
}
