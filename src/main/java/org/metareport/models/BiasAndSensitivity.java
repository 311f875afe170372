package org.metareport.models;

import org.metareport.vocabulary.Method;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.metareport.models.bias.Cumulative;
import org.metareport.models.bias.CumulativeStep;
import org.metareport.models.bias.EggerResult;
import org.metareport.models.bias.EggerTest;
import org.metareport.models.bias.FailSafeN;
import org.metareport.models.bias.Influence;
import org.metareport.models.bias.LeaveOneOut;
import org.metareport.models.bias.Omission;
import org.metareport.models.bias.PetPeese;
import org.metareport.models.bias.PooledEstimate;
import org.metareport.models.bias.SelectionModel;
import org.metareport.models.bias.SelectionModelFit;
import org.metareport.models.bias.TrimAndFill;
import org.metareport.models.bias.TrimAndFillResult;
import org.metareport.data.Dataset;
import org.metareport.problems.Problems;
import org.metareport.spec.AnalysisSpec;
import org.metareport.spec.BiasSpec;
import org.metareport.spec.SensitivitySpec;

/**
 * Runs the publication-bias and sensitivity methods an analysis asks for on the effects it fitted. A method that
 * cannot run on these data (trim-and-fill with k = 2, an empty selection interval, ...) does not stop the report:
 * its result is absent and a warning says why.
 */
public final class BiasAndSensitivity {
    private BiasAndSensitivity() {}

    /** The raw fits; a field is null when not asked for or not possible (then a warning was added). */
    public record Fits(SelectionModelFit selection, EggerResult egger, TrimAndFillResult trimfill, PetPeese.Result petPeese,
                FailSafeN.Result failSafe, List<Omission<PooledEstimate>> leaveOneOut, Influence.Result influence,
                List<CumulativeStep> cumulative) {}

    /**
     * The methods the analysis asks for, on a univariate model's rows (without moderators for bias, leave-one-out and
     * cumulative: {@link org.metareport.spec.AnalysisRules} checked that).
     */
    static Fits of(AnalysisSpec a, Rows rows, DesignMatrix design, List<String> warnings) {
        double[] key = a.sensitivity() != null && a.sensitivity().cumulative() != null ? cumulativeKey(a, rows) : null;
        return run(a, rows.yi(), rows.vi(), design.x(), design.terms(), key, warnings);
    }

    /** Each row's value of the cumulative analysis's ordering column; a missing value is a located error. */
    private static double[] cumulativeKey(AnalysisSpec a, Rows rows) {
        var by = a.sensitivity().cumulative();
        Dataset data = rows.data();
        data.requireColumns(List.of(by));
        Problems bad = new Problems();
        var cells = data.cells(bad);
        int k = rows.k();
        double[] key = new double[k];
        for (int i = 0; i < k; i++) {
            Double v = cells.number(rows.used().get(i).row(), by.name());
            if (v == null && bad.isEmpty()) {
                bad.add(data.table().where(rows.used().get(i).row(), by.name()), "column '%s' is missing; the "
                        + "cumulative meta-analysis orders every effect by it", by.name());
            }
            key[i] = v == null ? Double.NaN : v;
        }
        bad.throwIfAny();
        return key;
    }

    static Fits run(AnalysisSpec a, double[] yi, double[] vi, double[][] x, List<String> terms, double[] cumulativeKey,
                    List<String> warnings) {
        Method method = a.method();
        BiasSpec b = a.bias();
        SelectionModelFit selection = null;
        EggerResult egger = null;
        TrimAndFillResult trimfill = null;
        PetPeese.Result petPeese = null;
        FailSafeN.Result failSafe = null;
        if (b != null) {
            if (b.selection() != null) {
                selection = attempt("the selection model", warnings, () -> SelectionModel.fit(yi, vi,
                        b.selection().steps().stream().mapToDouble(Double::doubleValue).toArray(),
                        b.selection().alternative(), a.level(), b.selection().exact()
                                ? org.metareport.models.bias.SelectionOptimum.EXACT
                                : org.metareport.models.bias.SelectionOptimum.AS_METAFOR));
                if (selection != null) for (String note : selection.notes()) warnings.add("selection model: " + note);
            }
            if (b.egger() != null) {
                egger = attempt("Egger's test", warnings, () -> b.egger().classical()
                        ? EggerTest.classical(yi, vi, b.egger().predictor(), a.level())
                        : EggerTest.mixedEffects(yi, vi, b.egger().predictor(), method, a.test(), a.level()));
            }
            if (b.trimfill() != null) {
                trimfill = attempt("trim-and-fill", warnings, () -> TrimAndFill.fill(yi, vi, method, a.test(),
                        a.level(), b.trimfill().estimator(), b.trimfill().side()));
            }
            if (b.petPeese()) {
                petPeese = attempt("PET-PEESE", warnings, () -> PetPeese.fit(yi, vi, method, a.test(), a.level()));
            }
            if (b.failSafe() != null) {
                BiasSpec.FailSafe f = b.failSafe();
                failSafe = attempt("fail-safe N", warnings, () -> switch (f.type()) {
                    case "orwin" -> FailSafeN.orwin(yi, vi, f.target(), false);
                    case "rosenberg" -> FailSafeN.rosenberg(yi, vi, 0.05);
                    default -> FailSafeN.rosenthal(yi, vi, 0.05);
                });
            }
        }
        SensitivitySpec s = a.sensitivity();
        List<Omission<PooledEstimate>> loo = null;
        Influence.Result influence = null;
        List<CumulativeStep> cumulative = null;
        if (s != null) {
            if (s.leaveOneOut()) {
                loo = attempt("leave-one-out", warnings, () -> LeaveOneOut.of(yi, vi, method, a.test(), a.level()));
            }
            if (s.influence()) {
                influence = attempt("influence diagnostics", warnings,
                        () -> Influence.of(yi, vi, x, terms, method, a.test(), a.level()));
            }
            if (s.cumulative() != null && cumulativeKey != null) {
                cumulative = attempt("the cumulative meta-analysis", warnings,
                        () -> Cumulative.byKey(yi, vi, cumulativeKey, method, a.test(), a.level()));
            }
        }
        return new Fits(selection, egger, trimfill, petPeese, failSafe, loo, influence, cumulative);
    }

    private interface Attempt<T> {
        T run();
    }

    private static <T> T attempt(String what, List<String> warnings, Attempt<T> attempt) {
        try {
            return attempt.run();
        } catch (FitException e) {
            warnings.add(String.format(Locale.ROOT, "%s was not run: %s", what, e.getMessage()));
            return null;
        }
    }
}
