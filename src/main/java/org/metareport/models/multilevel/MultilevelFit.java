package org.metareport.models.multilevel;

import java.util.List;
import org.metareport.models.Coefficient;
import org.metareport.vocabulary.Method;
import org.metareport.models.RmaFit;
import org.metareport.vocabulary.TestKind;

/**
 * A fitted multilevel model, as metafor's {@code rma.mv} object for {@code random = ~ 1 | L1/.../Lm}. Built by
 * {@link RmaMv#fit}; a model that does not converge throws instead.
 *
 * @param method        REML or ML
 * @param test          Z, or T (t with k − p df for every coefficient; QM is then an F statistic)
 * @param coefficients  one per kept design column, intercept first (metafor's coefficient table)
 * @param vb            variance-covariance matrix of the coefficients, (X'M⁻¹X)⁻¹
 * @param dropped       predictors removed as linearly dependent on earlier ones (metafor's "Redundant predictors
 *                      dropped from the model.")
 * @param k             number of effect sizes
 * @param p             number of coefficients kept
 * @param sigma2        the variance components, outer level first; exactly 0 on the boundary
 * @param sigma2Names   metafor's {@code s.names}: {@code study}, {@code study/es_id}, …
 * @param sigma2Levels  metafor's {@code s.nlevels}: number of groups per level
 * @param sigma2Fixed   true for components held at 0 because their level has a single group (metafor's warning)
 * @param qe            residual heterogeneity QE = (y − Xb)'V⁻¹(y − Xb) with the GLS b under V alone, k − p df
 * @param qm            omnibus test of the moderators (all coefficients but the intercept; all of them without an
 *                      intercept): a χ² statistic with {@code qmDf1} df for z tests, an F statistic with
 *                      ({@code qmDf1}, {@code qmDf2} = k − p) df for t tests. NaN for an intercept-only model
 *                      ({@code qmDf1} = 0), as {@link RmaFit}
 * @param qmDf2         +∞ for z tests
 * @param ml            log-likelihood, deviance and information criteria under ML at the fitted sigma2
 *                      (deviance −2(ll − ll_sat) with ll_sat = −½ k log 2π − ½ log|V|)
 * @param reml          the same under REML (metafor's {@code fit.stats}; deviance −2 ll)
 * @param i2            multilevel I² (metafor FAQ matrix method)
 * @param iterations    Newton/Fisher-scoring iterations used
 * @param converged     always true in a returned fit
 * @param level         confidence level in percent
 * @param notes         what a user should know, worded like metafor's warnings (dropped predictors, fixed or
 *                      confounded levels, components on the boundary)
 * @param working       the fitted working model, for {@link ClusterRobust}
 */
public record MultilevelFit(Method method, TestKind test, List<Coefficient> coefficients, double[][] vb,
                            List<String> dropped, int k, int p, double[] sigma2, List<String> sigma2Names,
                            int[] sigma2Levels, boolean[] sigma2Fixed, double qe, int qeDf, double qeP, double qm,
                            int qmDf1, double qmDf2, double qmP, RmaFit.FitStatistics ml, RmaFit.FitStatistics reml,
                            MultilevelI2 i2, int iterations, boolean converged, double level, List<String> notes,
                            WorkingModel working) {
    public MultilevelFit {
        coefficients = List.copyOf(coefficients);
        dropped = List.copyOf(dropped);
        sigma2Names = List.copyOf(sigma2Names);
        notes = List.copyOf(notes);
    }

    /** The log-likelihood of the fitted method (metafor's {@code logLik}). */
    public double logLik() {
        return method == Method.REML ? reml.logLik() : ml.logLik();
    }

    /** Σ sigma2, the total heterogeneity variance. */
    public double totalSigma2() {
        double s = 0;
        for (double v : sigma2) s += v;
        return s;
    }

    /** True when component l was estimated (not fixed) and lies on the boundary 0. */
    public boolean sigma2AtBoundary(int l) {
        return !sigma2Fixed[l] && sigma2[l] == 0;
    }

    /** The coefficient named {@code term}. */
    public Coefficient requireCoefficient(String term) {
        return coefficients.stream().filter(c -> c.term().equals(term)).findFirst().orElseThrow(() ->
                new IllegalArgumentException("no coefficient '" + term + "'; the model has "
                        + coefficients.stream().map(Coefficient::term).toList()));
    }
}
