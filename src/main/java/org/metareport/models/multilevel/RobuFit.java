package org.metareport.models.multilevel;

import org.metareport.vocabulary.RveWeights;
import java.util.List;
import org.metareport.models.Coefficient;
import org.metareport.models.Inference;

/**
 * A robust variance estimation fit, as robumeta's {@code robu()} object: {@code reg_table} and {@code mod_info}.
 * Each {@link Coefficient} holds robumeta's b.r, SE, t, dfs, prob, CI.L and CI.U (the intervals use
 * qt(0.975, dfs) whatever the level, as robumeta does).
 *
 * @param weights       CORR or HIER
 * @param small         whether the small-sample corrections (CR2-type adjustment and Satterthwaite dfs) were used
 * @param rho           the assumed within-study correlation (CORR; NaN for HIER)
 * @param studies       N, the number of studies
 * @param inference     the coefficients (one per design column, in the order given; t tests with their own df), the
 *                      robust variance-covariance matrix (robumeta's {@code VR.r}) and M, the number of effect sizes;
 *                      no omnibus test
 * @param heterogeneity the variance estimates
 */
public record RobuFit(RveWeights weights, boolean small, double rho, int studies, Inference inference,
                      Heterogeneity heterogeneity) {
    /**
     * robumeta's method-of-moments variance estimates.
     *
     * @param tauSq    tau², the between-study variance (truncated at 0)
     * @param omegaSq  omega², the within-study variance (HIER; NaN for CORR)
     * @param i2       I² in percent (CORR; NaN for HIER)
     */
    public record Heterogeneity(double tauSq, double omegaSq, double i2) {}

    public int effects() { return inference.k(); }
    public List<Coefficient> coefficients() { return inference.coefficients(); }
    public double[][] vcov() { return inference.vb(); }
    public double tauSq() { return heterogeneity.tauSq(); }
    public double omegaSq() { return heterogeneity.omegaSq(); }
    public double i2() { return heterogeneity.i2(); }
}
