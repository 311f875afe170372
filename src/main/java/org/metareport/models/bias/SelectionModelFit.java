package org.metareport.models.bias;

import org.metareport.vocabulary.Alternative;

import java.util.List;
import org.metareport.models.Coefficient;
import org.metareport.models.RmaFit;

/**
 * A step-function selection model, as metafor's {@code selmodel(type = "stepfun")} reports it, with the unadjusted
 * random-effects model it is compared with.
 *
 * @param steps        the p-value cut points, ascending, ending with 1 (metafor's {@code steps})
 * @param alternative  the hypothesis of the p-values
 * @param ptable       the intervals with the number of p-values in each
 * @param unadjusted   the random-effects model fitted by ML ({@code rma(yi, vi, method = "ML")}), whose log-likelihood
 *                     is ll0
 * @param adjusted     the selection model; null when it cannot be identified (an interval holds no p-value, see
 *                     {@code notes})
 * @param notes        warnings in the user's words: empty intervals, intervals with fewer than 4 p-values, weights at
 *                     their bounds, and (for {@link SelectionOptimum#AS_METAFOR}) how far metafor's stopping point is
 *                     from the maximum when that matters
 * @param optimum      how the maximisation was stopped
 */
public record SelectionModelFit(List<Double> steps, Alternative alternative, List<PInterval> ptable, RmaFit unadjusted,
                                Adjusted adjusted, List<String> notes, SelectionOptimum optimum) {
    public SelectionModelFit {
        steps = List.copyOf(steps);
        ptable = List.copyOf(ptable);
        notes = List.copyOf(notes);
    }

    /** True when the model was fitted (no empty interval). */
    public boolean identified() {
        return adjusted != null;
    }

    /**
     * The fitted selection model; the accessors {@code tau2()} … {@code gradients()} give selmodel's flat fields.
     *
     * @param estimate       the adjusted mean effect {@code intrcpt} with its z test and CI (metafor's b, se, zval, pval,
     *                       ci.lb, ci.ub)
     * @param heterogeneity  the adjusted tau² with its standard error and CI
     * @param weights        one per interval, the first fixed at 1
     * @param ll             log-likelihood of the selection model
     * @param ll0            log-likelihood of the unadjusted ML model
     * @param weightTest     likelihood-ratio test of δ₂ = … = δ_N = 1, max(0, 2(ll − ll0)) with N − 1 df (metafor's
     *                       {@code LRT}, {@code LRTdf}, {@code LRTp})
     * @param tau2Test       likelihood-ratio test of tau² = 0 within the selection model, with 1 df (metafor's
     *                       {@code LRT.tau2}, {@code LRTp.tau2}); null when the model without tau² could not be fitted
     * @param counts         the optimiser's evaluation counts
     */
    public record Adjusted(Coefficient estimate, Tau2Estimate heterogeneity, List<SelectionWeight> weights, double ll,
                           double ll0, LikelihoodRatio weightTest, LikelihoodRatio tau2Test, Counts counts) {
        public Adjusted {
            weights = List.copyOf(weights);
        }

        public double tau2() { return heterogeneity.tau2(); }
        public double seTau2() { return heterogeneity.se(); }
        public double tau2CiLower() { return heterogeneity.ciLower(); }
        public double tau2CiUpper() { return heterogeneity.ciUpper(); }
        public double lrt() { return weightTest.statistic(); }
        public int lrtDf() { return weightTest.df(); }
        public double lrtP() { return weightTest.p(); }
        public Double lrtTau2() { return tau2Test == null ? null : tau2Test.statistic(); }
        public Double lrtPTau2() { return tau2Test == null ? null : tau2Test.p(); }
        public int functions() { return counts.functions(); }
        public int gradients() { return counts.gradients(); }
    }

    /**
     * The adjusted tau².
     *
     * @param se       its standard error
     * @param ciLower  tau2 − crit · se, truncated at 0 (metafor's {@code ci.lb.tau2})
     * @param ciUpper  tau2 + crit · se
     */
    public record Tau2Estimate(double tau2, double se, double ciLower, double ciUpper) {}

    /** A likelihood-ratio statistic with its χ² degrees of freedom and p-value. */
    public record LikelihoodRatio(double statistic, int df, double p) {}

    /**
     * optim's counts.
     *
     * @param functions  log-likelihood evaluations of the BFGS line search
     * @param gradients  gradient evaluations
     */
    public record Counts(int functions, int gradients) {}
}
