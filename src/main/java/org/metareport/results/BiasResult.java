package org.metareport.results;

import java.util.List;

/**
 * Publication-bias results of one analysis; a method that was not asked for (or could not run, with a warning
 * in the analysis) is null.
 */
public record BiasResult(Selection selection, Egger egger, TrimFill trimfill, boolean funnel, boolean contours,
                         PetPeese petPeese, FailSafe failSafe) {

    /**
     * The Vevea–Hedges step-function selection model (metafor {@code selmodel(type = "stepfun")}).
     *
     * @param identified false when an interval holds no p-value: the model was not fitted (see notes)
     * @param weights    one per p-value interval, the first fixed at 1
     * @param unadjusted the ML random-effects estimate the LRT compares against
     */
    public record Selection(List<Double> steps, String alternative, boolean identified,
                            CoefficientResult estimate, Double tau2, Double tau2Se, List<Weight> weights,
                            Double lrt, Integer lrtDf, Double lrtP, CoefficientResult unadjusted,
                            List<String> notes) {
        public Selection {
            steps = List.copyOf(steps);
            weights = List.copyOf(weights);
            notes = List.copyOf(notes);
        }
    }

    /** One p-value interval of the selection model: its label, the p-values in it, and its weight δ. */
    public record Weight(String interval, int k, Double delta, Double se, Double ciLower, Double ciUpper,
                         boolean fixed) {}

    /**
     * Egger's regression test: the slope of the precision term, its test, and the limit estimate (intercept).
     *
     * @param model "rma" (mixed-effects, metafor's default) or "lm" (classical weighted regression)
     * @param df    null for a z test
     */
    public record Egger(String model, String predictor, double statistic, Double df, double p, double limitEstimate,
                        double ciLower, double ciUpper) {}

    /** Trim-and-fill (Duval &amp; Tweedie): missing studies on {@code side}, and the estimate with them filled in. */
    public record TrimFill(int k0, String side, String estimator, Double seK0, CoefficientResult estimate,
                           Double tau2, Double i2, List<Filled> filled) {
        public TrimFill {
            filled = List.copyOf(filled);
        }
    }

    /** A filled-in (imputed) effect size. */
    public record Filled(double yi, double vi) {}

    /** PET and PEESE intercepts and the conditional PET-PEESE estimate. */
    public record PetPeese(CoefficientResult pet, CoefficientResult peese, boolean peeseSelected,
                           CoefficientResult conditional) {}

    /** Fail-safe N, only when asked, always printed with its caveat. */
    public record FailSafe(String type, long n, Double alpha, Double target, String caveat) {}
}
