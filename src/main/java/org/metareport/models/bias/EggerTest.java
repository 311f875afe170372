package org.metareport.models.bias;

import org.metareport.vocabulary.EggerPredictor;

import java.util.List;
import java.util.Locale;
import org.apache.commons.statistics.distribution.TDistribution;
import org.metareport.models.Coefficient;
import org.metareport.models.FitException;
import org.metareport.vocabulary.Method;
import org.metareport.models.Rma;
import org.metareport.models.RmaFit;
import org.metareport.vocabulary.TestKind;

/**
 * Egger's regression test for funnel-plot asymmetry (Egger, Davey Smith, Schneider &amp; Minder, 1997, BMJ 315,
 * 629–634), in metafor 3.8's two forms of {@code regtest()} for an intercept-only model:
 * <ul>
 *   <li>{@link #mixedEffects}: {@code regtest(fit, model = "rma")}, the default. The meta-regression
 *       yᵢ = β₀ + β₁ seiᵢ + uᵢ + eᵢ fitted by the model's method, test and level (Sterne &amp; Egger, 2005); β₁ is
 *       tested.</li>
 *   <li>{@link #classical}: {@code regtest(fit, model = "lm")}, Egger's original weighted regression
 *       {@code lm(yi ~ sei, weights = 1/vi)} with a multiplicative dispersion σ² = Σwᵢeᵢ²/(k − 2) and t(k − 2)
 *       tests.</li>
 * </ul>
 * In both, the intercept β₀ is the "limit estimate" at sei = 0 (metafor's {@code est}), PET's estimate.
 */
public final class EggerTest {
    private EggerTest() {}

    /** {@code regtest(rma(yi, vi, method, test, level))} with the default predictor sei. */
    public static EggerResult mixedEffects(double[] yi, double[] vi, Method method, TestKind test, double level) {
        return mixedEffects(yi, vi, EggerPredictor.SEI, method, test, level);
    }

    /**
     * {@code regtest(rma(yi, vi, method, test, level), model = "rma", predictor = ...)}.
     *
     * @throws FitException if the meta-regression cannot be fitted (k ≤ 2, all vᵢ equal, …)
     */
    public static EggerResult mixedEffects(double[] yi, double[] vi, EggerPredictor predictor, Method method,
                                           TestKind test, double level) {
        checkData(yi, vi);
        double[][] x = design(vi, predictor);
        RmaFit fit = Rma.fit(yi, vi, x, List.of("intrcpt", predictor.term()), method, test, level);
        requireBothKept(fit, predictor);
        Coefficient b0 = fit.coefficients().get(0);
        Coefficient b1 = fit.coefficients().get(1);
        return new EggerResult(false, predictor,
                new EggerResult.Asymmetry(b1.estimate(), b1.statistic(), b1.df(), b1.p()),
                new EggerResult.LimitEstimate(b0.estimate(), b0.ciLower(), b0.ciUpper()), fit);
    }

    /** {@code regtest(fit, model = "lm")} with the default predictor sei. */
    public static EggerResult classical(double[] yi, double[] vi, double level) {
        return classical(yi, vi, EggerPredictor.SEI, level);
    }

    /**
     * {@code regtest(fit, model = "lm", predictor = ...)}: weighted least squares with weights 1/vᵢ; the variance of the
     * coefficients is σ²(X'WX)⁻¹ with σ² the weighted residual mean square on k − 2 df.
     *
     * @throws FitException if k ≤ 2 or the predictor does not vary
     */
    public static EggerResult classical(double[] yi, double[] vi, EggerPredictor predictor, double level) {
        checkData(yi, vi);
        int k = yi.length;
        double alpha = Level.alpha(level);
        double sw = 0, swx = 0, swy = 0;
        for (int i = 0; i < k; i++) {
            double w = 1 / vi[i];
            double x = predictor.value(vi[i]);
            sw += w;
            swx += w * x;
            swy += w * yi[i];
        }
        double xbar = swx / sw;
        double ybar = swy / sw;
        double sxx = 0, sxy = 0;
        for (int i = 0; i < k; i++) {
            double w = 1 / vi[i];
            double dx = predictor.value(vi[i]) - xbar;
            sxx += w * dx * dx;
            sxy += w * dx * (yi[i] - ybar);
        }
        if (!(sxx > 1e-14 * sw * (xbar * xbar + 1e-300)))
            throw new FitException(noSpread(predictor, k));
        double b1 = sxy / sxx;
        double b0 = ybar - b1 * xbar;
        double rss = 0;
        for (int i = 0; i < k; i++) {
            double e = yi[i] - b0 - b1 * predictor.value(vi[i]);
            rss += e * e / vi[i];
        }
        int df = k - 2;
        double sigma2 = rss / df;
        double se1 = Math.sqrt(sigma2 / sxx);
        double se0 = Math.sqrt(sigma2 * (1 / sw + xbar * xbar / sxx));
        TDistribution t = TDistribution.of(df);
        double stat = b1 / se1;
        double crit = t.inverseSurvivalProbability(alpha / 2);
        return new EggerResult(true, predictor,
                new EggerResult.Asymmetry(b1, stat, df, 2 * t.survivalProbability(Math.abs(stat))),
                new EggerResult.LimitEstimate(b0, b0 - crit * se0, b0 + crit * se0), null);
    }

    static double[][] design(double[] vi, EggerPredictor predictor) {
        double[][] x = new double[vi.length][];
        for (int i = 0; i < vi.length; i++) x[i] = new double[] {1, predictor.value(vi[i])};
        return x;
    }

    private static void checkData(double[] yi, double[] vi) {
        if (yi.length != vi.length)
            throw new IllegalArgumentException("lengths differ: yi " + yi.length + ", vi " + vi.length);
        if (yi.length < 3)
            throw new FitException(String.format(Locale.ROOT, "Egger's regression test needs at least 3 effect sizes "
                    + "(an intercept and a slope leave no degrees of freedom with %d)", yi.length));
        for (int i = 0; i < yi.length; i++) {
            if (!Double.isFinite(yi[i]) || !Double.isFinite(vi[i]) || vi[i] <= 0)
                throw new FitException(String.format(Locale.ROOT, "effect size %d has yi = %s and vi = %s; Egger's test "
                        + "needs finite yi and positive, finite vi", i + 1, yi[i], vi[i]));
        }
    }

    private static void requireBothKept(RmaFit fit, EggerPredictor predictor) {
        if (!fit.dropped().isEmpty()) throw new FitException(noSpread(predictor, fit.k()));
    }

    private static String noSpread(EggerPredictor predictor, int k) {
        return String.format(Locale.ROOT, "all %d effect sizes have the same %s, so it cannot predict them: Egger's "
                + "test needs studies of different precision", k, predictor == EggerPredictor.SEI
                ? "standard error" : "sampling variance");
    }
}
