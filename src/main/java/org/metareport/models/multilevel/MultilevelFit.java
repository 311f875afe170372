package org.metareport.models.multilevel;

import java.util.List;
import org.metareport.models.Coefficient;
import org.metareport.models.FitStatistics;
import org.metareport.models.Inference;
import org.metareport.models.QTest;
import org.metareport.models.RmaFit;
import org.metareport.vocabulary.Method;
import org.metareport.vocabulary.TestKind;

/**
 * A fitted multilevel model, as metafor's {@code rma.mv} object for {@code random = ~ 1 | L1/.../Lm}. Built by
 * {@link RmaMv#fit}; a model that does not converge throws instead.
 *
 * @param method      REML or ML
 * @param inference   coefficients (z, or t with k − p df; QM is then an F statistic), vb = (X'M⁻¹X)⁻¹, QM (NaN for
 *                    an intercept-only model, as {@link RmaFit}) and predictions
 * @param dropped     predictors removed as linearly dependent on earlier ones (metafor's "Redundant predictors
 *                    dropped from the model.")
 * @param components  the variance components and the heterogeneity statistics
 * @param statistics  log-likelihood, deviance and information criteria under ML at the fitted sigma2 (deviance
 *                    −2(ll − ll_sat) with ll_sat = −½ k log 2π − ½ log|V|) and under REML (deviance −2 ll), and the
 *                    Newton/Fisher-scoring iterations used
 * @param notes       what a user should know, worded like metafor's warnings (fixed or confounded levels,
 *                    components on the boundary); dropped predictors are in {@code dropped} only, so that the models
 *                    stage warns about them once
 * @param working     the fitted working model, for {@link ClusterRobust}
 */
public record MultilevelFit(Method method, Inference inference, List<String> dropped, Components components,
                            FitStatistics statistics, List<String> notes, WorkingModel working) {
    public MultilevelFit {
        dropped = List.copyOf(dropped);
        notes = List.copyOf(notes);
    }

    /**
     * The variance components of the nested levels and the heterogeneity they leave.
     *
     * @param sigma2   outer level first; exactly 0 on the boundary
     * @param names    metafor's {@code s.names}: {@code study}, {@code study/es_id}, …
     * @param levels   metafor's {@code s.nlevels}: number of groups per level
     * @param fixed    true for components held at a value (given, or 0 because their level has a single group)
     * @param qe       residual heterogeneity QE = (y − Xb)'V⁻¹(y − Xb) with the GLS b under V alone, k − p df
     * @param i2       multilevel I² (metafor FAQ matrix method)
     */
    public record Components(double[] sigma2, List<String> names, int[] levels, boolean[] fixed, QTest qe,
                             MultilevelI2 i2) {
        public Components {
            names = List.copyOf(names);
        }
    }

    public TestKind test() { return inference.test(); }
    public List<Coefficient> coefficients() { return inference.coefficients(); }
    public double[][] vb() { return inference.vb(); }
    public int k() { return inference.k(); }
    public int p() { return inference.p(); }
    public double level() { return inference.level(); }
    public double[] sigma2() { return components.sigma2(); }
    public List<String> sigma2Names() { return components.names(); }
    public int[] sigma2Levels() { return components.levels(); }
    public boolean[] sigma2Fixed() { return components.fixed(); }
    public double qe() { return components.qe().q(); }
    public int qeDf() { return components.qe().df(); }
    public double qeP() { return components.qe().p(); }
    public double qm() { return inference.moderators().statistic(); }
    public int qmDf1() { return inference.moderators().df1(); }
    public double qmDf2() { return inference.moderators().df2(); }
    public double qmP() { return inference.moderators().p(); }
    public MultilevelI2 i2() { return components.i2(); }
    public FitStatistics.Criteria ml() { return statistics.ml(); }
    public FitStatistics.Criteria reml() { return statistics.reml(); }
    public int iterations() { return statistics.iterations(); }

    /** Always true in a returned fit (non-convergence throws). */
    public boolean converged() {
        return true;
    }

    /** The log-likelihood of the fitted method (metafor's {@code logLik}). */
    public double logLik() {
        return statistics.of(method).logLik();
    }

    /** Σ sigma2, the total heterogeneity variance. */
    public double totalSigma2() {
        double s = 0;
        for (double v : sigma2()) s += v;
        return s;
    }

    /** True when component l was estimated (not fixed) and lies on the boundary 0. */
    public boolean sigma2AtBoundary(int l) {
        return !sigma2Fixed()[l] && sigma2()[l] == 0;
    }

    /** True when any estimated component lies on the boundary 0. */
    public boolean anySigma2AtBoundary() {
        for (int l = 0; l < sigma2().length; l++) if (sigma2AtBoundary(l)) return true;
        return false;
    }

    /** The coefficient named {@code term}. */
    public Coefficient requireCoefficient(String term) {
        return inference.requireCoefficient(term);
    }
}
