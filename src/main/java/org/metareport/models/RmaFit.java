package org.metareport.models;

import java.util.List;
import org.metareport.vocabulary.Method;
import org.metareport.vocabulary.TestKind;

/**
 * A fitted univariate fixed- or random-effects (meta-regression) model, as metafor's {@code rma.uni} object.
 * Built by {@link Rma#fit}; an iterative estimator that does not converge throws instead of returning a fit.
 *
 * @param inference      coefficients, their vb (after any Knapp–Hartung scaling), QM and predictions
 * @param dropped        names of predictors removed as linearly dependent on earlier ones (metafor's warning)
 * @param heterogeneity  tau², its SE, QE, I² and H²
 * @param r2             pseudo-R² in percent for meta-regressions with an intercept (NaN for intercept-only models,
 *                       models without an intercept, or when the intercept-only fit fails)
 * @param s2w            Knapp–Hartung scale factor Σ wᵢ(yᵢ − xᵢ'b)² / (k − p) applied to vb (1 unless test is KNHA;
 *                       not truncated at 1), metafor's {@code s2w}
 * @param statistics     log-likelihoods and information criteria under ML and REML, and the iterations used
 */
public record RmaFit(Method method, Inference inference, List<String> dropped, Heterogeneity heterogeneity, double r2,
                     double s2w, FitStatistics statistics) {
    public RmaFit {
        dropped = List.copyOf(dropped);
    }

    /**
     * The between-study variance and the heterogeneity statistics.
     *
     * @param tau2    0 for FE; exactly 0 when the estimate is on the boundary
     * @param seTau2  standard error of tau² as metafor computes it for the method (NaN for FE)
     * @param qe      Cochran's Q / residual heterogeneity QE with k − p df
     * @param i2      I² in percent, as metafor (uses the typical within-study variance {@code vt} for RE models)
     * @param h2      H², as metafor
     * @param vt      typical within-study variance (k − p) / tr(P) with P built on the weights 1/vᵢ (metafor's
     *                {@code vt}, Higgins &amp; Thompson, 2002, generalised to meta-regression)
     */
    public record Heterogeneity(double tau2, double seTau2, QTest qe, double i2, double h2, double vt) {}

    public TestKind test() { return inference.test(); }
    public List<Coefficient> coefficients() { return inference.coefficients(); }
    public double[][] vb() { return inference.vb(); }
    public int k() { return inference.k(); }
    public int p() { return inference.p(); }
    public double level() { return inference.level(); }
    public double tau2() { return heterogeneity.tau2(); }
    public double seTau2() { return heterogeneity.seTau2(); }
    public double qe() { return heterogeneity.qe().q(); }
    public int qeDf() { return heterogeneity.qe().df(); }
    public double qeP() { return heterogeneity.qe().p(); }
    public double qm() { return inference.moderators().statistic(); }
    public int qmDf1() { return inference.moderators().df1(); }
    public double qmDf2() { return inference.moderators().df2(); }
    public double qmP() { return inference.moderators().p(); }
    public double i2() { return heterogeneity.i2(); }
    public double h2() { return heterogeneity.h2(); }
    public double vt() { return heterogeneity.vt(); }
    public FitStatistics.Criteria ml() { return statistics.ml(); }
    public FitStatistics.Criteria reml() { return statistics.reml(); }
    public int iterations() { return statistics.iterations(); }

    /** Always true in a returned fit (non-convergence throws {@link FitException}). */
    public boolean converged() {
        return true;
    }

    /** The log-likelihood of the fitted method: the REML log-likelihood for REML, the ML one otherwise (metafor's {@code logLik}). */
    public double logLik() {
        return statistics.of(method).logLik();
    }

    /** True when tau² was estimated (not FE) and the estimate is 0: heterogeneity on the boundary, not an error. */
    public boolean tau2AtBoundary() {
        return method != Method.FE && tau2() == 0;
    }
}
