package org.metareport.models;

import org.metareport.vocabulary.TestKind;

import org.metareport.vocabulary.Method;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.apache.commons.statistics.distribution.ChiSquaredDistribution;

/**
 * Univariate fixed- and random-effects models and meta-regression, giving the numbers of metafor 3.8's
 * {@code rma.uni} and {@code predict.rma} (Viechtbauer, 2010, J Stat Softw 36(3)).
 *
 * <pre>{@code
 * RmaFit fit = Rma.fit(yi, vi, Method.REML, TestKind.Z, 95);            // rma(yi, vi)
 * RmaFit reg = Rma.fit(yi, vi, x, List.of("intrcpt", "ablat"), Method.REML, TestKind.KNHA, 95);
 * Prediction pi = Rma.predict(fit, new double[] {1});                   // predict(fit)
 * }</pre>
 *
 * <p>The model is yᵢ = xᵢ'β + uᵢ + eᵢ with uᵢ ~ N(0, tau²) and eᵢ ~ N(0, vᵢ). tau² is estimated by the method's
 * {@link Tau2Estimator}; β by weighted least squares with wᵢ = 1/(vᵢ + tau²), vb = (X'WX)⁻¹ (times s2w for
 * Knapp–Hartung). Everything is computed from k × p arrays: no k × k matrix is formed, so time and memory are linear
 * in k.
 *
 * <p>Bad data are the user's to fix and throw {@link FitException} with a message in the user's words (k = 1 for a
 * random-effects model, k ≤ p, non-finite values, vᵢ ≤ 0, non-convergence); wrong use of this API (ragged arrays,
 * an unusable level) throws {@link IllegalArgumentException}.
 */
public final class Rma {
    private Rma() {}

    /**
     * Fits the intercept-only model, metafor's {@code rma(yi, vi, method = ..., test = ..., level = ...)}.
     *
     * @param level  confidence level in percent (95); a value in (0.5, 1) is read as a proportion, as metafor does
     * @see #fit(double[], double[], double[][], List, Method, TestKind, double)
     */
    public static RmaFit fit(double[] yi, double[] vi, Method method, TestKind test, double level) {
        Objects.requireNonNull(yi, "yi");
        double[][] x = new double[yi.length][];
        for (int i = 0; i < x.length; i++) x[i] = new double[] {1};
        return fit(yi, vi, x, List.of("intrcpt"), method, test, level);
    }

    /**
     * Fits a meta-regression, metafor's {@code rma(yi, vi, mods = ..., method = ..., test = ..., level = ...)}.
     *
     * @param x          k × p design, including the intercept column (all ones) when there is one; redundant
     *                   columns are dropped as metafor does, and the intercept is moved first
     * @param termNames  one name per column of {@code x}, used for coefficients and {@link RmaFit#dropped()}
     * @param level      confidence level in percent (95); a value in (0.5, 1) is read as a proportion, as metafor does
     * @throws FitException if the data cannot give this model (see the class comment)
     */
    public static RmaFit fit(double[] yi, double[] vi, double[][] x, List<String> termNames, Method method,
                             TestKind test, double level) {
        Objects.requireNonNull(method, "method");
        Objects.requireNonNull(test, "test");
        Objects.requireNonNull(termNames, "termNames");
        if (yi.length != vi.length || yi.length != x.length)
            throw new IllegalArgumentException("lengths differ: yi " + yi.length + ", vi " + vi.length + ", x " + x.length);
        double percent = ConfidenceLevel.percent(level);
        checkData(yi, vi, x, termNames);
        Design design = Design.of(x, termNames);
        checkSize(yi.length, design, method);
        return fit(new Observations(yi.clone(), vi.clone(), design), method, test, percent, true);
    }

    /**
     * The predicted mean effect at moderator values {@code x0}, with confidence and prediction intervals at the fit's
     * level, as metafor's {@code predict(fit, newmods = ...)}. The prediction interval is pred ± crit · √(se² + tau²),
     * with crit from t(k − p) for t and Knapp–Hartung tests and from the normal distribution otherwise. For FE models
     * (tau² = 0) it equals the confidence interval; metafor omits it there.
     *
     * @param x0  one value per coefficient of the fit, in the order of {@link RmaFit#coefficients()} (intercept
     *            first, redundant columns left out): {1} for an intercept-only model
     */
    public static Prediction predict(RmaFit fit, double[] x0) {
        return fit.inference().predict(x0, fit.tau2());
    }

    private static RmaFit fit(Observations o, Method method, TestKind test, double level, boolean withR2) {
        int k = o.k();
        int p = o.p();
        int residualDf = k - p;
        Tau2 t = Tau2Estimator.of(method).estimate(o);
        double tau2 = t.tau2();

        WeightedFit re = o.fitAt(tau2);
        double[] yi = o.yi();
        double[] b = re.coefficients(yi);
        double[] e = re.residuals(yi);
        double rssF = 0;
        for (int i = 0; i < k; i++) rssF += re.weights()[i] * e[i] * e[i];
        double[][] vb = re.covariance();
        double s2w = 1;
        if (test == TestKind.KNHA) {
            s2w = rssF <= Math.ulp(1.0) ? 0 : rssF / residualDf;   // metafor: 0 when all yi are (nearly) equal
            for (double[] row : vb) for (int j = 0; j < p; j++) row[j] *= s2w;
        }

        boolean intercept = o.design().intercept();
        Inference inference = Inference.of(o.design().names(), b, vb, test, k, intercept, level);

        // heterogeneity: QE always with the fixed-effect weights 1/vi (metafor), I² and H² via vt = (k − p)/tr(P)
        WeightedFit fe = o.fitAt(0);
        double qe = Math.max(0, fe.rss(o.ymc()));
        double qeP = ChiSquaredDistribution.of(residualDf).survivalProbability(qe);
        double vt = residualDf / fe.traceP();
        double i2;
        double h2;
        if (method == Method.FE) {
            i2 = Math.max(0, 100 * (qe - residualDf) / qe);
            h2 = qe / residualDf;
        } else {
            i2 = 100 * tau2 / (vt + tau2);
            h2 = tau2 / vt + 1;
        }

        // fit statistics (metafor's fit.stats): both likelihoods at the fitted tau², REML with the |X'X| term
        double sumLogV = 0;
        double sumLog2PiVi = 0;
        for (double v : o.vi()) {
            sumLogV += Math.log(v + tau2);
            sumLog2PiVi += Math.log(2 * Math.PI * v);
        }
        double llMl = -0.5 * k * Math.log(2 * Math.PI) - 0.5 * sumLogV - 0.5 * rssF;
        double llReml = -0.5 * residualDf * Math.log(2 * Math.PI) + 0.5 * o.unweighted().logDetXtWX() - 0.5 * sumLogV
                - 0.5 * re.logDetXtWX() - 0.5 * rssF;
        int parms = p + (method == Method.FE ? 0 : 1);
        FitStatistics statistics = new FitStatistics(FitStatistics.Criteria.of(llMl, -2 * llMl - sumLog2PiVi, parms, k),
                FitStatistics.Criteria.of(llReml, -2 * llReml, parms, residualDf), t.iterations());

        double r2 = withR2 && intercept && p > 1 ? r2(o, method, test, level, tau2, fe) : Double.NaN;

        RmaFit.Heterogeneity heterogeneity = new RmaFit.Heterogeneity(tau2, t.seTau2(), new QTest(qe, residualDf, qeP),
                i2, h2, vt);
        return new RmaFit(method, inference, o.design().dropped(), heterogeneity, r2, s2w, statistics);
    }

    /**
     * Pseudo-R² (metafor's default {@code r2def = "1"}, Raudenbush, 2009): max(0, 100 (tau²₀ − tau²) / tau²₀) with
     * tau²₀ from the intercept-only model fitted by the same method; 0 when tau²₀ = 0. For FE models metafor reports
     * the adjusted R² of the weighted least-squares regression, {@code summary(lm(yi ~ X, weights = 1/vi))}.
     */
    private static double r2(Observations o, Method method, TestKind test, double level, double tau2, WeightedFit fe) {
        int k = o.k();
        if (method == Method.FE) {
            double[] yi = o.yi();
            double[] w = fe.weights();
            double sw = 0;
            double swy = 0;
            for (int i = 0; i < k; i++) {
                sw += w[i];
                swy += w[i] * yi[i];
            }
            double mean = swy / sw;
            double tss = 0;
            for (int i = 0; i < k; i++) tss += w[i] * (yi[i] - mean) * (yi[i] - mean);
            if (tss == 0) return 0;
            double r2 = 1 - fe.rss(yi) / tss;
            double adjusted = 1 - (1 - r2) * (k - 1.0) / (k - o.p());
            return Math.max(0, 100 * adjusted);
        }
        double tau2Re;
        try {
            tau2Re = fit(new Observations(o.yi(), o.vi(), Design.interceptOnly(k)), method, test, level, false).tau2();
        } catch (FitException e) {
            return Double.NaN;                                     // metafor: R2 is NA when the reduced fit fails
        }
        if (tau2Re == 0) return 0;
        return Math.max(0, 100 * (tau2Re - tau2) / tau2Re);
    }

    private static void checkData(double[] yi, double[] vi, double[][] x, List<String> names) {
        int k = yi.length;
        DataChecks.notEmpty(k);
        for (int i = 0; i < k; i++) {
            DataChecks.finiteYi(i, yi[i]);
            if (!Double.isFinite(vi[i]))
                throw new FitException(String.format(Locale.ROOT, "effect size %d has sampling variance vi = %s; every "
                        + "effect size needs a finite variance (missing values must be removed before fitting)", i + 1,
                        DataChecks.show(vi[i])));
        }
        if (Arrays.stream(vi).allMatch(v -> v == 0))
            throw new FitException(String.format(Locale.ROOT, "all %d sampling variances (vi) are 0; the model needs "
                    + "each effect size's sampling variance: check that vi holds variances (squared standard errors)", k));
        for (int i = 0; i < k; i++) {
            if (vi[i] <= 0)
                throw new FitException(String.format(Locale.ROOT, "effect size %d has sampling variance vi = %s; every "
                        + "vi must be greater than 0 (a variance of 0 gives one study infinite weight)", i + 1,
                        DataChecks.show(vi[i])));
        }
        for (int i = 0; i < k; i++) DataChecks.finiteModerators(i, x[i], names);
    }

    private static void checkSize(int k, Design design, Method method) {
        if (k == 1 && method != Method.FE)
            throw new FitException("only 1 effect size: a random-effects model needs at least 2 to estimate tau²; "
                    + "add effect sizes or report the single study on its own");
        if (k == 1)
            throw new FitException("only 1 effect size: a meta-analysis needs at least 2");
        DataChecks.moreEffectsThanCoefficients(k, design.p(), design.names());
    }
}
