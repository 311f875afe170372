package org.metareport.models;

import java.util.List;
import org.metareport.models.multilevel.MultilevelFit;
import org.metareport.models.multilevel.RobuFit;

/**
 * A fitted model of one of the three families the models stage fits: univariate ({@code rma.uni}), multilevel
 * ({@code rma.mv}) or robust variance estimation ({@code robu}). Each case carries its family's fit; all share one
 * {@link Inference}. Consumers dispatch on the case, never on a string or a null field.
 */
public sealed interface ModelFit permits ModelFit.Univariate, ModelFit.Multilevel, ModelFit.Rve {
    /** The coefficients, their covariance and tests. */
    Inference inference();

    /** Predictors dropped as linearly dependent on earlier ones (none for RVE). */
    List<String> dropped();

    /** The average effect's prediction for an intercept-only model; null otherwise and for RVE. */
    Prediction average();

    /** A fixed- or random-effects model, with its prediction when intercept-only (else null). */
    record Univariate(RmaFit fit, Prediction average) implements ModelFit {
        public Inference inference() {
            return fit.inference();
        }

        public List<String> dropped() {
            return fit.dropped();
        }
    }

    /** A multilevel model, with its prediction when intercept-only (else null). */
    record Multilevel(MultilevelFit fit, Prediction average) implements ModelFit {
        public Inference inference() {
            return fit.inference();
        }

        public List<String> dropped() {
            return fit.dropped();
        }
    }

    /** A robust variance estimation model (robumeta gives no prediction). */
    record Rve(RobuFit fit) implements ModelFit {
        public Inference inference() {
            return fit.inference();
        }

        public List<String> dropped() {
            return List.of();
        }

        public Prediction average() {
            return null;
        }
    }
}
