package org.metareport.spec;

import org.metareport.problems.InputException;
import org.metareport.problems.Where;
import org.metareport.vocabulary.ModelKind;

/**
 * The rules that tie an analysis's add-ons to its model and moderators, checked on the spec alone: {@code
 * marginal_means} needs a model with a working covariance (not rve); {@code bias:}, {@code influence} and {@code
 * cumulative} need a univariate model; bias, leave-one-out and cumulative need a model without moderators; {@code
 * sensitivity.rho} needs a multilevel model. Only the first broken rule of an analysis is reported, in that order.
 *
 * <p>{@link SpecReader} does not apply them: a spec that lists every key (the contract's example) still reads. The
 * models stage applies them as the first step of its plan, before any row is selected, so the models themselves
 * never inspect the spec for them.
 */
public final class AnalysisRules {
    private AnalysisRules() {}

    /**
     * Checks the analysis's add-ons against its model.
     *
     * @throws InputException at the key that breaks the first rule
     */
    public static void check(AnalysisSpec a) {
        boolean univariate = a.model() == ModelKind.FIXED || a.model() == ModelKind.RANDOM;
        boolean interceptOnly = a.moderators().isEmpty();
        SensitivitySpec s = a.sensitivity();
        if (a.marginalMeans() != null && a.model() == ModelKind.RVE) {
            fail(a.marginalMeans().where(), a, "marginal_means needs model: random, fixed or multilevel");
        } else if (!univariate && (a.bias() != null || s != null) && !multilevelRefitsOnly(a)) {
            fail(a.bias() != null ? a.bias().where() : s.where(), a, "for model: " + a.model().spelling()
                    + ", sensitivity: takes leave_one_out (by study) and rho; bias:, influence and cumulative apply to "
                    + "model: random or fixed; add a separate random-effects analysis for them");
        } else if (univariate && a.bias() != null && !interceptOnly) {
            fail(a.bias().where(), a, "bias: applies to a model without moderators (the pooled estimate); add a "
                    + "separate analysis without moderators for it");
        } else if (univariate && s != null && !interceptOnly && (s.leaveOneOut() || s.cumulative() != null)) {
            fail(s.where(), a, "leave_one_out and cumulative apply to a model without moderators; keep influence: "
                    + "true here, or add a separate analysis");
        } else if (s != null && !s.rho().isEmpty() && a.model() != ModelKind.MULTILEVEL) {
            fail(s.where(), a, "sensitivity.rho applies to model: multilevel (the assumed correlation of sampling "
                    + "errors); remove it here");
        }
    }

    /**
     * True for a multilevel model whose sensitivity asks only for its own refits (leave a study out, other rho) and no
     * bias: the models stage then refits the multilevel model instead of running the univariate methods.
     */
    public static boolean multilevelRefitsOnly(AnalysisSpec a) {
        SensitivitySpec s = a.sensitivity();
        return a.model() == ModelKind.MULTILEVEL && s != null && a.bias() == null && !s.influence()
                && s.cumulative() == null;
    }

    private static void fail(Where where, AnalysisSpec a, String rule) {
        throw InputException.at(where, "analysis '%s': %s", a.id(), rule);
    }
}
