package org.metareport.models.bias;

import java.util.Locale;
import org.metareport.models.Coefficient;
import org.metareport.models.FitException;
import org.metareport.models.QTest;
import org.metareport.vocabulary.Method;
import org.metareport.models.Rma;
import org.metareport.models.RmaFit;
import org.metareport.vocabulary.TestKind;

/**
 * The summary of an intercept-only model that metafor's {@code leave1out()} and {@code cumul()} print per row:
 * estimate, se, zval, pval, ci.lb, ci.ub, Q, Qp, tau2, I2, H2 (the accessors keep those flat names).
 *
 * @param k           number of effect sizes in this fit
 * @param pooled      the intercept {@code intrcpt} with its test and CI: statistic is z, or t when the fit used a t or
 *                    Knapp–Hartung test, with df {@code Double.POSITIVE_INFINITY} for z
 * @param q           Cochran's Q with k − 1 df and its p-value ({@code 0}, 0 df and p = {@code 1} when k = 1)
 * @param tau2        the fit's tau²
 * @param i2          I² in percent
 * @param h2          H²
 */
public record PooledEstimate(int k, Coefficient pooled, QTest q, double tau2, double i2, double h2) {
    public double estimate() { return pooled.estimate(); }
    public double se() { return pooled.se(); }
    public double statistic() { return pooled.statistic(); }
    public double df() { return pooled.df(); }
    public double p() { return pooled.p(); }
    public double ciLower() { return pooled.ciLower(); }
    public double ciUpper() { return pooled.ciUpper(); }
    public double qe() { return q.q(); }
    public double qeP() { return q.p(); }

    /**
     * The summary of a fitted intercept-only model.
     *
     * @throws IllegalArgumentException if the fit has moderators
     */
    public static PooledEstimate of(RmaFit fit) {
        if (fit.p() != 1)
            throw new IllegalArgumentException("a pooled estimate needs an intercept-only model, this one has "
                    + fit.p() + " coefficients");
        Coefficient b = fit.coefficients().get(0);
        return new PooledEstimate(fit.k(), b, fit.heterogeneity().qe(), fit.tau2(), fit.i2(), fit.h2());
    }

    /**
     * Fits {@code rma(yi, vi, method, test, level)} and summarises it; a single effect size gives the estimate as metafor
     * does for k = 1 (see {@link #single}), where {@link Rma#fit} would refuse.
     *
     * @throws FitException if the model cannot be fitted to these data
     */
    public static PooledEstimate fit(double[] yi, double[] vi, Method method, TestKind test, double level) {
        if (yi.length == 1) return single(yi[0], vi[0], level);
        return of(Rma.fit(yi, vi, method, test, level));
    }

    /**
     * One effect size on its own, as metafor's {@code rma()} gives it for k = 1 whatever the method: the estimate is yi
     * with se √vi, tau2 = 0, Q = 0 (p = 1), I2 = 0, H2 = 1, and a z test (metafor: "Setting argument test = "z" since k = 1").
     *
     * @throws FitException if yi is not finite or vi is not positive
     */
    public static PooledEstimate single(double yi, double vi, double level) {
        if (!Double.isFinite(yi) || !Double.isFinite(vi) || vi <= 0)
            throw new FitException(String.format(Locale.ROOT, "the single effect size has yi = %s and vi = %s; it needs "
                    + "a finite yi and a positive, finite vi", yi, vi));
        double se = Math.sqrt(vi);
        double z = yi / se;
        double crit = Level.zCritical(level);
        return new PooledEstimate(1, new Coefficient("intrcpt", yi, se, z, Double.POSITIVE_INFINITY, Level.twoSidedP(z),
                yi - crit * se, yi + crit * se), new QTest(0, 0, 1), 0, 0, 1);
    }
}
