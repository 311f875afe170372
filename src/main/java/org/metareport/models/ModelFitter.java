package org.metareport.models;

import java.util.List;
import org.metareport.models.multilevel.MultilevelFit;
import org.metareport.models.multilevel.RmaMv;
import org.metareport.models.multilevel.Robu;
import org.metareport.problems.InputException;
import org.metareport.spec.AnalysisSpec;
import org.metareport.vocabulary.Method;

/**
 * Fits an analysis's model to its rows: the model family chosen by {@code model:}, a {@link FitException} turned into
 * a located error, and the fit's notes (dropped predictors, tau² or sigma2 on the boundary) as warnings.
 */
final class ModelFitter {
    private ModelFitter() {}

    static ModelFit fit(AnalysisSpec a, Rows rows, DesignMatrix design, List<String> warnings) {
        ModelFit model;
        try {
            model = switch (a.model()) {
                case FIXED, RANDOM -> univariate(a, rows, design);
                case MULTILEVEL -> multilevel(a, rows, design, warnings);
                case RVE -> new ModelFit.Rve(Robu.fit(rows.yi(), rows.vi(), design.x(), design.terms(), rows.study(),
                        a.weights(), a.rho(), true));
            };
        } catch (FitException e) {
            throw InputException.at(a.where(), "analysis '%s': %s", a.id(), e.getMessage());
        }
        if (!model.dropped().isEmpty()) {
            warnings.add("redundant predictors dropped from the model (collinear with earlier terms): "
                    + String.join(", ", model.dropped()));
        }
        if (model instanceof ModelFit.Univariate u && a.method() != Method.FE && u.fit().tau2AtBoundary()) {
            warnings.add("the estimate of τ² is 0 (on the boundary of its range): the random-effects model "
                    + "reduces to a fixed-effect model for these data");
        }
        return model;
    }

    private static ModelFit univariate(AnalysisSpec a, Rows rows, DesignMatrix design) {
        RmaFit fit = Rma.fit(rows.yi(), rows.vi(), design.x(), design.terms(), a.method(), a.test(), a.level());
        return new ModelFit.Univariate(fit, interceptOnly(design) ? Rma.predict(fit, new double[] {1.0}) : null);
    }

    private static ModelFit multilevel(AnalysisSpec a, Rows rows, DesignMatrix design, List<String> warnings) {
        MultilevelFit mv = RmaMv.fit(rows.yi(), rows.covariance(a.rho()), rows.levels(a), design.x(), design.terms(),
                a.method(), a.test(), a.level());
        warnings.addAll(mv.notes());
        return new ModelFit.Multilevel(mv, interceptOnly(design) ? RmaMv.predict(mv, new double[] {1.0}) : null);
    }

    /** True for a design of the intercept alone: the average effect is then predicted. */
    static boolean interceptOnly(DesignMatrix design) {
        return design.terms().size() == 1;
    }
}
