package org.metareport.models;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import org.metareport.data.Table;
import org.metareport.effects.ComputedEffect;
import org.metareport.problems.InputException;
import org.metareport.spec.AnalysisSpec;
import org.metareport.spec.ColumnRef;
import org.metareport.spec.Term;

/**
 * The {@code subgroup:} add-on: the same model within each level of the subgroup column (a level that cannot be
 * fitted is a warning), and the test of the differences between levels.
 */
final class SubgroupFitter {
    private SubgroupFitter() {}

    /** The main fit with its subgroups and their warnings added. */
    static Fitted add(AnalysisSpec a, Rows rows, Fitted main) {
        Table table = rows.table();
        String column = a.subgroup().name();
        Map<String, List<ComputedEffect>> byLevel = new LinkedHashMap<>();
        for (String level : new TreeSet<>(rows.used().stream().map(e -> table.cell(e.row(), column)).toList())) {
            byLevel.put(level, new ArrayList<>());
        }
        for (ComputedEffect e : rows.used()) byLevel.get(table.cell(e.row(), column)).add(e);
        List<Fitted.Subgroup> subgroups = new ArrayList<>();
        List<String> all = new ArrayList<>(main.warnings());
        for (var entry : byLevel.entrySet()) {
            List<String> w = new ArrayList<>();
            try {
                Fitted f = ModelsStage.fitRows(a, rows.subset(entry.getValue()), w, false);
                subgroups.add(new Fitted.Subgroup(entry.getKey(), f));
                for (String x : w) all.add("subgroup " + entry.getKey() + ": " + x);
            } catch (InputException e) {
                all.add(String.format(Locale.ROOT, "subgroup %s (k = %d) was not fitted: %s", entry.getKey(),
                        entry.getValue().size(), e.problems().get(0).message()));
            }
        }
        Fitted.Wald between = null;
        if (byLevel.size() >= 2) {
            between = between(a, rows, column, all);
        } else {
            all.add("subgroup column '" + column + "' has only one level among the effects fitted; nothing to compare");
        }
        return main.with(new Fitted.Subgroups(subgroups, between), all);
    }

    /**
     * The moderator test of the subgroup column added as a categorical moderator (HTZ when robust, else QM). The
     * column is a factor even when coded 0/1 or 1/2/3: a numeric subgroup column would otherwise enter as one slope
     * (one df, and no HTZ test, since only categorical moderators get one).
     */
    static Fitted.Wald between(AnalysisSpec a, Rows rows, String column, List<String> warnings) {
        List<Term> terms = new ArrayList<>(a.moderators());
        ColumnRef ref = a.subgroup();
        terms.add(new Term(column, List.of(ref), ref.where()));
        AnalysisSpec with = new AnalysisSpec(a.id(), a.title(), a.model(), a.method(), a.test(), a.levels(), a.rho(), a.robust(),
                terms, a.reference(), org.metareport.spec.CenterSpec.NONE, a.level(), null, null, null, null, a.weights(), a.subset(), a.where(), a.figures());
        try {
            Fitted f = ModelsStage.fitRows(with, rows.withFactor(column), new ArrayList<>(), false);
            if (f.robust() != null) {
                for (Fitted.Wald w : f.robust().walds()) if (w.moderator().equals(column)) return w;
            }
            if (!(f.model() instanceof ModelFit.Rve)) return Fitted.Wald.of(column, f.model().inference().moderators());
        } catch (InputException e) {
            warnings.add("the test between subgroups was not run: " + e.problems().get(0).message());
        }
        return null;
    }
}
