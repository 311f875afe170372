package org.metareport.models.bias;

import org.metareport.models.numeric.Cholesky;

import org.metareport.vocabulary.Alternative;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.apache.commons.statistics.distribution.ChiSquaredDistribution;
import org.metareport.models.Coefficient;
import org.metareport.models.FitException;
import org.metareport.vocabulary.Method;
import org.metareport.models.Rma;
import org.metareport.models.RmaFit;
import org.metareport.vocabulary.TestKind;

/**
 * Vevea &amp; Hedges' (1995, Psychometrika 60, 419–435) step-function selection model for publication bias, fitted by
 * maximum likelihood as metafor 3.8's {@code selmodel(rma(yi, vi, method = "ML"), type = "stepfun", steps = ...,
 * alternative = ...)} (the model of weightr's {@code weightfunct(yi, vi, steps)}, whose {@code steps = c(.025, 1)} is
 * {@code steps = .025} here).
 *
 * <pre>{@code
 * SelectionModelFit s = SelectionModel.fit(yi, vi, new double[] {0.025, 0.5}, Alternative.GREATER, 95);
 * if (s.identified()) s.adjusted().estimate().estimate();   // the adjusted mean effect
 * }</pre>
 *
 * <p><b>Fitting.</b> As metafor: parameters β, log tau² and, for each weight, the logit of δ/100 (so 0 &lt; δ &lt; 100,
 * metafor's {@code delta.max}), starting from the ML estimates, log(tau² + 0.001) and δ = 1; maximised with the BFGS
 * algorithm of R's {@code optim} ({@link VariableMetric}); standard errors from the inverse of the analytic Hessian of
 * −ℓ in (β, tau², δ₂ … δ_N) (metafor: numerical Hessian by numDeriv in the same parameters). See
 * {@link SelectionOptimum} for where the maximisation stops.
 *
 * <p><b>Checks before fitting.</b> An interval without any p-value makes its weight unidentified (the likelihood keeps
 * rising as the weight goes to 0 or to its bound): the result then has no adjusted model and a note naming the interval
 * (metafor stops for an empty interval other than the first, and for an empty first interval returns a weight at its
 * bound). Intervals with fewer than 4 p-values are fitted with a note (weightr warns likewise).
 * k must be at least 2 + (number of weights).
 *
 * <p>Only intercept-only models are offered: metafor rescales moderators before fitting, which this class does not
 * reproduce.
 */
public final class SelectionModel {
    /** metafor's {@code delta.max} for step functions. */
    static final double DELTA_MAX = 100;
    /** Intervals with fewer p-values than this get a note. */
    public static final int FEW_PVALUES = 4;

    private SelectionModel() {}

    /** The model as metafor fits it with its defaults ({@link SelectionOptimum#AS_METAFOR}). */
    public static SelectionModelFit fit(double[] yi, double[] vi, double[] steps, Alternative alternative, double level) {
        return fit(yi, vi, steps, alternative, level, SelectionOptimum.AS_METAFOR);
    }

    /**
     * Fits the step-function selection model.
     *
     * @param steps        p-value cut points in [0, 1]; sorted, duplicates removed and 1 appended when missing, as
     *                     metafor does; at least one must be below 1
     * @param alternative  the hypothesis of the one- or two-sided p-values
     * @param level        confidence level in percent (95) or as a proportion
     * @throws FitException if the data cannot give this model (non-finite values, vᵢ ≤ 0, k too small), the ML random
     *                      effects model cannot be fitted, or the maximisation does not converge
     * @throws IllegalArgumentException for steps outside [0, 1] or without a cut point below 1
     */
    public static SelectionModelFit fit(double[] yi, double[] vi, double[] steps, Alternative alternative, double level,
                                        SelectionOptimum optimum) {
        return fit(yi, vi, steps, alternative, level, optimum, VariableMetric.MAXIT);
    }

    static SelectionModelFit fit(double[] yi, double[] vi, double[] steps, Alternative alternative, double level,
                                 SelectionOptimum optimum, int maxit) {
        Objects.requireNonNull(alternative, "alternative");
        Objects.requireNonNull(optimum, "optimum");
        if (yi.length != vi.length)
            throw new IllegalArgumentException("lengths differ: yi " + yi.length + ", vi " + vi.length);
        double[] cuts = cutPoints(steps);
        double alpha = Level.alpha(level);
        int k = yi.length;
        int n = cuts.length;
        RmaFit unadjusted = Rma.fit(yi, vi, Method.ML, TestKind.Z, level);   // checks yi and vi

        int[] group = new int[k];
        int[] counts = new int[n];
        for (int i = 0; i < k; i++) {
            double pv = pValue(alternative, yi[i], vi[i]);
            int g = 0;
            while (!(pv <= cuts[g])) g++;    // which(p <= steps)[1]; the last cut is 1
            group[i] = g;
            counts[g]++;
        }
        List<PInterval> ptable = ptable(cuts, counts);
        List<String> notes = new ArrayList<>();

        int parms = 1 + 1 + (n - 1);
        if (k < parms)
            throw new FitException(String.format(Locale.ROOT, "%d effect sizes are too few for a selection model with "
                    + "%d p-value intervals: it estimates %d parameters (mean, tau², %d weight%s); use fewer steps",
                    k, n, parms, n - 1, n - 1 == 1 ? "" : "s"));

        List<PInterval> empty = ptable.stream().filter(t -> t.k() == 0).toList();
        if (!empty.isEmpty()) {
            notes.add(emptyNote(empty, alternative, yi, k));
            return new SelectionModelFit(Arrays.stream(cuts).boxed().toList(), alternative, ptable, unadjusted, null,
                    notes, optimum);
        }
        for (PInterval t : ptable) {
            if (t.k() < FEW_PVALUES)
                notes.add(String.format(Locale.ROOT, "only %d p-value%s in the interval %s: with fewer than %d per "
                        + "interval the weight is poorly estimated; consider fewer or different steps", t.k(),
                        t.k() == 1 ? " falls" : "s fall", t.label().replaceAll(" +", " "), FEW_PVALUES));
        }

        double[][] x = new double[k][];
        for (int i = 0; i < k; i++) x[i] = new double[] {1};
        StepLikelihood lik = new StepLikelihood(yi, vi, x, cuts, alternative, group);
        SelectionModelFit.Adjusted adjusted = adjusted(lik, unadjusted, ptable, alpha, optimum, maxit, notes);
        return new SelectionModelFit(Arrays.stream(cuts).boxed().toList(), alternative, ptable, unadjusted, adjusted,
                notes, optimum);
    }

    /**
     * The selection model fitted, as selmodel: start values, BFGS, the point reported (metafor's or the maximum),
     * standard errors from the Hessian, the weights, and the likelihood-ratio tests.
     */
    private static SelectionModelFit.Adjusted adjusted(StepLikelihood lik, RmaFit unadjusted, List<PInterval> ptable,
                                                       double alpha, SelectionOptimum optimum, int maxit,
                                                       List<String> notes) {
        int n = ptable.size();
        double[] start = startValues(unadjusted, n);
        VariableMetric.Result opt = optimise(lik, start, n, maxit);
        double[] par = reported(lik, opt.par(), n, optimum, notes);
        double b = par[0];
        double tau2 = tau2Of(par[1]);
        double[] delta = deltaOf(par, 2, n);
        double ll = lik.logLik(new double[] {b}, tau2, delta);

        double[][] cov = covariance(lik, b, tau2, delta);
        double crit = Level.STANDARD_NORMAL.inverseSurvivalProbability(alpha / 2);
        double se = Math.sqrt(cov[0][0]);
        double z = b / se;
        Coefficient coefficient = new Coefficient("intrcpt", b, se, z, Double.POSITIVE_INFINITY, Level.twoSidedP(z),
                b - crit * se, b + crit * se);
        double seTau2 = Math.sqrt(cov[1][1]);
        List<SelectionWeight> weights = weights(ptable, delta, cov, crit, notes);

        double ll0 = unadjusted.ml().logLik();
        double lrt = Math.max(0, -2 * (ll0 - ll));
        double lrtP = ChiSquaredDistribution.of(n - 1).survivalProbability(lrt);
        SelectionModelFit.LikelihoodRatio noTau2 = tau2Test(lik, start, maxit, optimum, ll, notes);
        return new SelectionModelFit.Adjusted(coefficient, new SelectionModelFit.Tau2Estimate(tau2, seTau2,
                Math.max(0, tau2 - crit * seTau2), tau2 + crit * seTau2), weights, ll, ll0,
                new SelectionModelFit.LikelihoodRatio(lrt, n - 1, lrtP), noTau2,
                new SelectionModelFit.Counts(opt.functions(), opt.gradients()));
    }

    /** metafor's start values: the ML estimates, log(tau² + 0.001), and δ = 1 for every weight. */
    private static double[] startValues(RmaFit unadjusted, int n) {
        double[] start = new double[2 + n];
        start[0] = unadjusted.coefficients().get(0).estimate();
        start[1] = Math.log(unadjusted.tau2() + 0.001);
        for (int j = 0; j < n; j++) start[2 + j] = Math.log(1 / (DELTA_MAX - 1));   // metafor's .mapinvfun(1, 0, 100)
        return start;
    }

    /** −ℓ minimised by BFGS as optim does. */
    private static VariableMetric.Result optimise(StepLikelihood lik, double[] start, int n, int maxit) {
        VariableMetric.Result opt;
        try {
            opt = VariableMetric.minimise(par -> -lik.logLik(new double[] {par[0]}, tau2Of(par[1]), deltaOf(par, 2, n)),
                    start, maxit, VariableMetric.RELTOL);
        } catch (VariableMetric.NotFinite e) {
            throw new FitException("the selection model could not be fitted: " + e.getMessage()
                    + "; check the data for extreme effect sizes or variances");
        }
        if (!opt.converged())
            throw new FitException(String.format(Locale.ROOT, "the selection model did not converge: the optimiser "
                    + "(BFGS, as metafor) reached its limit of %d iterations; the weights may not be identified by "
                    + "these data, try fewer steps", maxit));
        return opt;
    }

    /**
     * The parameters reported: the polished maximum for {@link SelectionOptimum#EXACT}; else where BFGS stopped, with a
     * note when that is noticeably short of the maximum.
     */
    private static double[] reported(StepLikelihood lik, double[] par, int n, SelectionOptimum optimum,
                                     List<String> notes) {
        double[] polished = SelectionPolish.polish(lik, par, n, false);
        double llMetafor = lik.logLik(new double[] {par[0]}, tau2Of(par[1]), deltaOf(par, 2, n));
        double llBest = lik.logLik(new double[] {polished[0]}, tau2Of(polished[1]), deltaOf(polished, 2, n));
        if (optimum == SelectionOptimum.EXACT) return polished;
        if (Math.abs(polished[0] - par[0]) > 1e-4 * Math.max(1, Math.abs(par[0]))) {
            notes.add(String.format(Locale.ROOT, "metafor's optimiser stops before the maximum for these data: "
                    + "the estimate %.6g (as metafor reports it) becomes %.6g at the maximum, where the log-likelihood "
                    + "is higher by %.2g; the difference is within the estimate's uncertainty", par[0], polished[0],
                    llBest - llMetafor));
        }
        return par;
    }

    /** Inverse of −∂²ℓ/∂θ∂θ' in θ = (β, tau², δ₂ … δ_N), as metafor's Hessian. */
    private static double[][] covariance(StepLikelihood lik, double b, double tau2, double[] delta) {
        double[][] d = lik.derivatives(new double[] {b}, tau2, delta);
        int m = lik.parameters();
        double[][] info = new double[m][m];
        for (int r = 0; r < m; r++) for (int c = 0; c < m; c++) info[r][c] = -d[1 + r][c];
        Cholesky chol = Cholesky.tryOf(info);
        if (chol == null)
            throw new FitException("the selection model's information matrix is not positive definite at the "
                    + "estimate, so standard errors cannot be computed: a weight is probably not identified by these "
                    + "data; use fewer or different steps");
        return chol.inverseByColumns();
    }

    /** One weight per interval (the first fixed at 1) with its z test of δ = 1, and a note for each at its bound. */
    private static List<SelectionWeight> weights(List<PInterval> ptable, double[] delta, double[][] cov, double crit,
                                                 List<String> notes) {
        int n = ptable.size();
        List<SelectionWeight> weights = new ArrayList<>(n);
        weights.add(new SelectionWeight(ptable.get(0), 1, true, null, null, null, null, null));
        for (int j = 1; j < n; j++) {
            double sd = Math.sqrt(cov[1 + j][1 + j]);
            double zd = (delta[j] - 1) / sd;
            weights.add(new SelectionWeight(ptable.get(j), delta[j], false, sd, zd, Level.twoSidedP(zd),
                    Math.max(0, delta[j] - crit * sd), delta[j] + crit * sd));
        }
        for (int j = 0; j < n; j++) {
            if (delta[j] <= Math.pow(Math.ulp(1.0), 0.25) || delta[j] >= DELTA_MAX - 100 * Math.pow(Math.ulp(1.0), 0.25))
                notes.add(String.format(Locale.ROOT, "the weight of the interval %s is at its bound (%.4g; weights are "
                        + "kept between 0 and %.0f, as metafor does): treat the results with caution",
                        ptable.get(j).label().replaceAll(" +", " "), delta[j], DELTA_MAX));
        }
        return weights;
    }

    /**
     * metafor's {@code LRT.tau2}: the likelihood-ratio test of tau² = 0 within the selection model (χ²₁), from the same
     * start values; null, with a note, when the model without tau² cannot be fitted.
     */
    private static SelectionModelFit.LikelihoodRatio tau2Test(StepLikelihood lik, double[] start, int maxit, SelectionOptimum optimum,
                                     double ll, List<String> notes) {
        int n = start.length - 2;
        try {
            VariableMetric.Result h0 = VariableMetric.minimise(
                    q -> -lik.logLik(new double[] {q[0]}, 0, deltaOf(q, 2, n)), start, maxit, VariableMetric.RELTOL);
            double[] q = optimum == SelectionOptimum.EXACT ? SelectionPolish.polish(lik, h0.par(), n, true) : h0.par();
            double llNoTau2 = lik.logLik(new double[] {q[0]}, 0, deltaOf(q, 2, n));
            double lrtTau2 = Math.max(0, -2 * (llNoTau2 - ll));
            return new SelectionModelFit.LikelihoodRatio(lrtTau2, 1,
                    ChiSquaredDistribution.of(1).survivalProbability(lrtTau2));
        } catch (VariableMetric.NotFinite e) {
            notes.add("the test of tau² = 0 within the selection model could not be computed: the model without "
                    + "heterogeneity could not be fitted");
            return null;
        }
    }

    /** metafor's tau² from its parameter: exp, and 0 below 10ε. */
    static double tau2Of(double logTau2) {
        double t = Math.exp(logTau2);
        return t < 10 * Math.ulp(1.0) ? 0 : t;
    }

    /** The N weights from the optimiser's parameters from {@code from} on: δ₁ = 1, δⱼ = 100/(1 + e^(−parⱼ)). */
    static double[] deltaOf(double[] par, int from, int n) {
        double[] delta = new double[n];
        delta[0] = 1;
        for (int j = 1; j < n; j++) delta[j] = DELTA_MAX / (1 + Math.exp(-par[from + j]));
        return delta;
    }

    /** metafor's steps: sorted, unique, 1 appended when missing. */
    static double[] cutPoints(double[] steps) {
        if (steps == null || steps.length == 0)
            throw new IllegalArgumentException("a step-function selection model needs at least one p-value cut point");
        for (double s : steps) {
            if (!(s >= 0 && s <= 1))
                throw new IllegalArgumentException("p-value cut points must be between 0 and 1, got " + s);
        }
        double[] sorted = Arrays.stream(steps).distinct().sorted().toArray();
        if (sorted[sorted.length - 1] != 1) {
            sorted = Arrays.copyOf(sorted, sorted.length + 1);
            sorted[sorted.length - 1] = 1;
        }
        if (sorted.length < 2)
            throw new IllegalArgumentException("steps must include a cut point below 1 (e.g. 0.025), got "
                    + Arrays.toString(steps));
        return sorted;
    }

    /** The intervals with metafor's labels ("0     < p <= 0.025"). */
    static List<PInterval> ptable(double[] cuts, int[] counts) {
        int n = cuts.length;
        String[] left = new String[n];
        int width = 0;
        for (int j = 0; j < n; j++) {
            left[j] = rNumber(j == 0 ? 0 : cuts[j - 1]);
            width = Math.max(width, left[j].length());
        }
        List<PInterval> out = new ArrayList<>(n);
        for (int j = 0; j < n; j++) {
            String label = String.format(Locale.ROOT, "%-" + width + "s < p <= %s", left[j], rNumber(cuts[j]));
            out.add(new PInterval(j == 0 ? 0 : cuts[j - 1], cuts[j], counts[j], label));
        }
        return out;
    }

    private static String rNumber(double v) {
        return BigDecimal.valueOf(v).stripTrailingZeros().toPlainString();
    }

    private static String emptyNote(List<PInterval> empty, Alternative alternative, double[] yi, int k) {
        String which = String.join(", ", empty.stream().map(t -> t.label().replaceAll(" +", " ")).toList());
        long negative = Arrays.stream(yi).filter(y -> y < 0).count();
        String hint = "";
        if (alternative == Alternative.GREATER && negative > k / 2)
            hint = String.format(Locale.ROOT, " %d of the %d effect sizes are negative: if the hypothesis of the "
                    + "studies is an effect below 0, use alternative \"less\".", negative, k);
        else if (alternative == Alternative.LESS && k - negative > k / 2)
            hint = String.format(Locale.ROOT, " %d of the %d effect sizes are positive or 0: if the hypothesis of the "
                    + "studies is an effect above 0, use alternative \"greater\".", k - negative, k);
        return String.format(Locale.ROOT, "no p-value (alternative \"%s\") falls in the interval%s %s, so the "
                + "selection model is not identified: the weight of an empty interval cannot be estimated and the "
                + "likelihood keeps rising as it goes to its bound. The model was not fitted; choose steps so that "
                + "every interval holds p-values (at least %d each is advisable).%s", alternative.spelling(),
                empty.size() == 1 ? "" : "s", which, FEW_PVALUES, hint);
    }

    /** The p-value of yᵢ with sampling variance vᵢ under an alternative (metafor's {@code .selmodel.pval}). */
    static double pValue(Alternative alternative, double yi, double vi) {
        double z = yi / Math.sqrt(vi);
        return switch (alternative) {
            case GREATER -> Level.STANDARD_NORMAL.survivalProbability(z);
            case LESS -> Level.STANDARD_NORMAL.cumulativeProbability(z);
            case TWO_SIDED -> 2 * Level.STANDARD_NORMAL.survivalProbability(Math.abs(z));
        };
    }
}
