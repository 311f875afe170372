package org.metareport.models;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.metareport.models.multilevel.ClusterRobust;
import org.metareport.models.multilevel.RobustFit;
import org.metareport.models.multilevel.WorkingModel;
import org.metareport.problems.InputException;
import org.metareport.spec.AnalysisSpec;
import org.metareport.vocabulary.VcovType;

/**
 * The {@code robust:} add-on: clubSandwich's {@code coef_test} of every coefficient on the study clusters, and an HTZ
 * Wald test of each categorical moderator. RVE fits are robust already: a warning says so and nothing is added.
 */
final class RobustTests {
    /** Satterthwaite df below this make a cluster-robust test unreliable (Tipton 2015); the report warns. */
    static final double SMALL_DF = 4;

    private RobustTests() {}

    /** The robust inference, or null when the analysis asks for none (or the model is RVE). */
    static Fitted.Robust of(AnalysisSpec a, Rows rows, DesignMatrix design, ModelFit model, List<String> warnings) {
        if (a.robust() == null) return null;
        WorkingModel working;
        if (model instanceof ModelFit.Univariate u) {
            working = WorkingModel.univariate(u.fit(), rows.yi(), rows.vi(), design.x(), design.terms());
        } else if (model instanceof ModelFit.Multilevel m) {
            working = m.fit().working();
        } else {
            warnings.add("robust: " + a.robust() + " is not applied to model: rve, whose standard errors are already "
                    + "cluster-robust (robumeta's small-sample corrected estimator)");
            return null;
        }
        VcovType type = a.robust();
        try {
            RobustFit robust = ClusterRobust.coefTest(working, rows.study(), type, a.level());
            for (Coefficient c : robust.untested()) {
                warnings.add(String.format(Locale.ROOT, "the cluster-robust (%s) test of '%s' is not available: its "
                        + "robust standard error is 0 up to rounding (%.1e, against a model-based %.4f), because the "
                        + "coefficient rests on study clusters that the model fits exactly (e.g. a contrast within the one "
                        + "study that has it; clubSandwich gives it no degrees of freedom); report its model-based "
                        + "test, or drop the moderator",
                        type, c.term(), c.se(), modelSe(model, c.term())));
            }
            for (Coefficient c : robust.coefficients()) {
                if (c.df() < SMALL_DF) {
                    warnings.add(String.format(Locale.ROOT, "the cluster-robust test of '%s' has %.2f Satterthwaite "
                            + "degrees of freedom (below %d): its p-value and CI are unreliable (Tipton, 2015)",
                            c.term(), c.df(), (int) SMALL_DF));
                }
            }
            List<Fitted.Wald> walds = new ArrayList<>();
            for (var e : dummies(design).entrySet()) {
                walds.add(Fitted.Wald.of(e.getKey(), ClusterRobust.waldTest(working, rows.study(), type, e.getValue())));
            }
            return new Fitted.Robust(robust, walds);
        } catch (FitException | IllegalArgumentException e) {
            // IllegalArgumentException: a Satterthwaite df that is not a number (too few clusters for a term)
            throw InputException.at(a.where(), "analysis '%s': robust: %s: %s", a.id(), a.robust(), cause(e));
        }
    }

    /** The model-based SE of a coefficient, for the warning about an untested robust coefficient. */
    private static double modelSe(ModelFit model, String term) {
        List<Coefficient> cs = model instanceof ModelFit.Univariate u ? u.fit().coefficients()
                : model instanceof ModelFit.Multilevel m ? m.fit().coefficients() : List.of();
        return cs.stream().filter(c -> c.term().equals(term)).mapToDouble(Coefficient::se).findFirst().orElse(Double.NaN);
    }

    /** A fit failure in the user's words: the model's message, or what a non-numeric df means. */
    static String cause(RuntimeException e) {
        if (e instanceof FitException) return e.getMessage();
        return "the cluster-robust degrees of freedom cannot be computed (" + e.getMessage() + "); this happens when a "
                + "coefficient rests on a single study: use fewer levels, or group rare levels";
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
}
