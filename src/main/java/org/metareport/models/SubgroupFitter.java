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
import org.metareport.vocabulary.TestKind;
import org.apache.commons.statistics.distribution.ChiSquaredDistribution;
import org.apache.commons.statistics.distribution.FDistribution;

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
            if (f.model() instanceof ModelFit.Rve) return null;
            Inference inference = f.model().inference();
            // intercept-only: the model's QM is the test of the subgroup column; with moderators, only its dummies
            return Fitted.Wald.of(column, a.moderators().isEmpty() ? inference.moderators() : termsTest(inference, column));
        } catch (InputException e) {
            warnings.add("the test between subgroups was not run: " + e.problems().get(0).message());
        }
        return null;
    }

    /**
     * The Wald test of the subgroup column's dummy coefficients alone (metafor's {@code anova(fit, btt = "column")}):
     * QM = b'V⁻¹b over them, χ²(m) for z tests, F = QM/m with (m, k − p) df otherwise.
     */
    static OmnibusTest termsTest(Inference inference, String column) {
        List<Integer> idx = new ArrayList<>();
        for (int j = 0; j < inference.p(); j++) {
            if (inference.coefficients().get(j).term().startsWith(column + "[")) idx.add(j);
        }
        int m = idx.size();
        if (m == 0) return new OmnibusTest(Double.NaN, 0, Double.NaN, Double.NaN);
        double[] b = new double[m];
        double[][] vb = new double[m][m];
        for (int i = 0; i < m; i++) {
            b[i] = inference.coefficients().get(idx.get(i)).estimate();
            for (int j = 0; j < m; j++) vb[i][j] = inference.vb()[idx.get(i)][idx.get(j)];
        }
        double qm = Inference.wald(b, vb, 0);
        if (inference.test() == TestKind.Z) {
            return new OmnibusTest(qm, m, Double.POSITIVE_INFINITY, ChiSquaredDistribution.of(m).survivalProbability(qm));
        }
        int df2 = inference.k() - inference.p();
        return new OmnibusTest(qm / m, m, df2, FDistribution.of(m, df2).survivalProbability(qm / m));
    }
}
