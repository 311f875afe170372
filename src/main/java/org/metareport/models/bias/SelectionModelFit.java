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
     * The fitted selection model.
     *
     * @param estimate     the adjusted mean effect {@code intrcpt} with its z test and CI (metafor's b, se, zval, pval,
     *                     ci.lb, ci.ub)
     * @param tau2         the adjusted tau²
     * @param seTau2       its standard error
     * @param tau2CiLower  tau2 − crit · se, truncated at 0 (metafor's {@code ci.lb.tau2})
     * @param tau2CiUpper  tau2 + crit · se
     * @param weights      one per interval, the first fixed at 1
     * @param ll           log-likelihood of the selection model
     * @param ll0          log-likelihood of the unadjusted ML model
     * @param lrt          likelihood-ratio test of δ₂ = … = δ_N = 1, max(0, 2(ll − ll0)), with {@code lrtDf} = N − 1
     * @param lrtP         its p-value
     * @param lrtTau2      likelihood-ratio test of tau² = 0 within the selection model (metafor's {@code LRT.tau2});
     *                     null when the model without tau² could not be fitted
     * @param lrtPTau2     its p-value (χ²₁); null with {@code lrtTau2}
     * @param functions    log-likelihood evaluations of the BFGS line search (optim's count)
     * @param gradients    gradient evaluations (optim's count)
     */
    public record Adjusted(Coefficient estimate, double tau2, double seTau2, double tau2CiLower, double tau2CiUpper,
                           List<SelectionWeight> weights, double ll, double ll0, double lrt, int lrtDf, double lrtP,
                           Double lrtTau2, Double lrtPTau2, int functions, int gradients) {
        public Adjusted {
            weights = List.copyOf(weights);
        }
    }
}
