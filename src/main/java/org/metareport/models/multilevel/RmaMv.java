package org.metareport.models.multilevel;

import org.metareport.models.ConfidenceLevel;


import org.metareport.vocabulary.VcovType;


import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import org.apache.commons.statistics.distribution.ChiSquaredDistribution;
import org.metareport.models.Coefficient;
import org.metareport.models.DataChecks;
import org.metareport.models.FitException;
import org.metareport.vocabulary.Method;
import org.metareport.models.Prediction;
import org.metareport.models.FitStatistics;
import org.metareport.models.Inference;
import org.metareport.models.QTest;
import org.metareport.vocabulary.TestKind;

/**
 * Multilevel (three-level and deeper) meta-analysis and meta-regression, giving the numbers of metafor 3.8's
 * {@code rma.mv(yi, V, mods = x, random = ~ 1 | L1/L2/.../Lm, method, test)} and {@code predict.rma}
 * (Konstantopoulos, 2011, Res Synth Methods 2:61; Van den Noortgate et al., 2013, Behav Res 45:576).
 *
 * <pre>{@code
 * NestedLevels random = NestedLevels.of(List.of("study", "es_id"), study, esId);
 * MultilevelFit fit = RmaMv.fit(yi, SamplingCovariance.imputed(vi, study, 0.8), random, Method.REML, TestKind.T, 95);
 * Prediction pi = RmaMv.predict(fit, new double[] {1});                  // predict(fit)
 * RobustFit cr2 = ClusterRobust.coefTest(fit.working(), study, VcovType.CR2, 95);   // clubSandwich coef_test
 * }</pre>
 *
 * <p>The model is y = Xβ + Σₗ Zₗuₗ + e with uₗ ~ N(0, sigma2ₗ I) per level and e ~ N(0, V), so y has marginal
 * covariance M = V + Σₗ sigma2ₗ ZₗZₗ'. sigma2 is estimated by REML or ML ({@link Optimizer}), β by generalised least
 * squares, b = (X'M⁻¹X)⁻¹X'M⁻¹y with vb = (X'M⁻¹X)⁻¹. Rows are grouped into independent blocks (the outer level's groups,
 * joined where V links them), and every computation runs block by block: time O(Σ nⱼ³ + k p²) per likelihood
 * evaluation and memory O(Σ nⱼ² + k p), linear in k when clusters have bounded size. No k × k matrix is formed.
 *
 * <p>Bad data throw {@link FitException} with a message in the user's words (k &lt; 2, k ≤ p, non-finite or
 * non-positive values, a missing id, rho outside [0, 1), non-convergence); wrong use of the API (ragged arrays, a
 * method other than REML/ML, a Knapp–Hartung test) throws {@link IllegalArgumentException}.
 */
public final class RmaMv {
    private static final String KEY_SEPARATOR = "\u001f";

    private RmaMv() {}

    /** The intercept-only model: {@code rma.mv(yi, V, random = ~ 1 | L1/.../Lm, method, test, level)}. */
    public static MultilevelFit fit(double[] yi, SamplingCovariance v, NestedLevels random, Method method,
                                    TestKind test, double level) {
        Objects.requireNonNull(yi, "yi");
        double[][] x = new double[yi.length][];
        for (int i = 0; i < x.length; i++) x[i] = new double[] {1};
        return fit(yi, v, random, x, List.of("intrcpt"), method, test, level);
    }

    /**
     * A multilevel meta-regression: {@code rma.mv(yi, V, mods = x, random = ~ 1 | L1/.../Lm, method, test, level)}.
     *
     * @param yi         effect sizes
     * @param v          sampling covariance: diag(vi) or clubSandwich's imputed constant correlation
     * @param random     the nested levels, outermost first
     * @param x          k × p design including the intercept column (all ones) when there is one; redundant columns
     *                   are dropped as metafor does ({@link MultilevelFit#dropped()}), the intercept moved first
     * @param termNames  one name per column of x
     * @param method     {@link Method#REML} or {@link Method#ML}
     * @param test       {@link TestKind#Z} or {@link TestKind#T} (metafor's {@code test = "t"}: t(k − p) for every
     *                   coefficient and F(m, k − p) for QM)
     * @param level      confidence level in percent (95); a value in (0.5, 1) is read as a proportion, as metafor does
     * @throws FitException if the data cannot give this model (see the class comment)
     */
    public static MultilevelFit fit(double[] yi, SamplingCovariance v, NestedLevels random, double[][] x,
                                    List<String> termNames, Method method, TestKind test, double level) {
        return fit(yi, v, random, x, termNames, Options.of(method, test, level));
    }

    /**
     * How rma.mv fits and tests: its {@code method}, {@code test} and {@code level} arguments and, optionally, variance
     * components fixed at given values (metafor's {@code rma.mv(..., sigma2 = c(NA, 0.3))}). Fixed components are not
     * estimated and not counted as parameters in AIC, BIC and AICc.
     *
     * @param method  {@link Method#REML} or {@link Method#ML}
     * @param test    {@link TestKind#Z} or {@link TestKind#T}
     * @param level   confidence level in percent (95); a value in (0.5, 1) is read as a proportion, as metafor does
     * @param sigma2  one entry per level: a value ≥ 0 to fix that component, NaN to estimate it; null estimates all
     */
    public record Options(Method method, TestKind test, double level, double[] sigma2) {
        public Options {
            sigma2 = sigma2 == null ? null : sigma2.clone();
        }

        /** Every component estimated. */
        public static Options of(Method method, TestKind test, double level) {
            return new Options(method, test, level, null);
        }

        /** The same options with components fixed as {@code sigma2} says. */
        public Options withSigma2(double[] sigma2) {
            return new Options(method, test, level, sigma2);
        }

        @Override
        public double[] sigma2() {
            return sigma2 == null ? null : sigma2.clone();
        }
    }

    /**
     * As {@link #fit(double[], SamplingCovariance, NestedLevels, double[][], List, Method, TestKind, double)}, with the
     * options (among them fixed variance components) in one record.
     */
    public static MultilevelFit fit(double[] yi, SamplingCovariance v, NestedLevels random, double[][] x,
                                    List<String> termNames, Options options) {
        checkArguments(yi, v, random, x, termNames, options);
        int k = yi.length;
        double percent = ConfidenceLevel.percent(options.level);
        checkData(yi, v, random, x, termNames);
        Columns columns = Columns.of(x, termNames);
        int p = columns.p();
        checkSize(k, p, columns.names());

        int m = random.m();
        List<String> componentNames = random.componentNames();
        String[][] keys = keys(random);
        int[] nlevels = new int[m];
        for (int l = 0; l < m; l++) nlevels[l] = new HashSet<>(List.of(keys[l])).size();
        List<Block> blocks = Block.partition(yi, v, x, columns, keys);
        MarginalLikelihood lik = new MarginalLikelihood(blocks, k, p, m);

        List<String> notes = new ArrayList<>();   // dropped predictors are in dropped(), warned once by the models stage
        FixedComponents fixed = fixedComponents(options.sigma2, nlevels, random, notes);

        // fixed-effect fit under V alone: QE, the saturated likelihood, tr(P) for I², and metafor's starting values
        MarginalLikelihood.Evaluation fe = lik.at(new double[m], false);
        if (!fe.positiveDefinite)
            throw new FitException(String.format(Locale.ROOT, "the sampling covariance matrix V is not positive definite "
                    + "(rho = %s); use a correlation in [0, 1)", v.rho()));
        double meanVi = 0;
        for (double vi : v.vi()) meanVi += vi / k;
        double[] init = startValues(fe, v.vi(), fixed);

        boolean reml = options.method == Method.REML;
        Optimizer.Result result = Optimizer.maximise(lik, reml, init, fixed.fixed, meanVi, componentNames);
        MarginalLikelihood.Evaluation e = result.at();
        double[] estimate = estimates(e, fixed.fixed, componentNames, notes);

        int residualDf = k - p;
        Inference inference = Inference.of(columns.names(), e.b, e.vb, options.test, k, columns.intercept(), percent,
                Inference.WaldForm.SOLVE);
        double qe = Math.max(0, fe.rss);
        double qeP = ChiSquaredDistribution.of(residualDf).survivalProbability(qe);
        FitStatistics statistics = statistics(fe, e, fixed.fixed, p, k, result.iterations());
        MultilevelI2 i2 = i2(estimate, residualDf / fe.traceP, componentNames);
        WorkingModel working = working(blocks, e, columns, k);
        MultilevelFit.Components components = new MultilevelFit.Components(estimate, componentNames, nlevels,
                fixed.fixed, new QTest(qe, residualDf, qeP), i2);
        return new MultilevelFit(options.method, inference, columns.dropped(), components, statistics, notes, working);
    }

    /** Wrong use of the API: nulls, a method other than REML/ML, a test other than z/t, ragged arrays. */
    private static void checkArguments(double[] yi, SamplingCovariance v, NestedLevels random, double[][] x,
                                       List<String> termNames, Options options) {
        Objects.requireNonNull(yi, "yi");
        Objects.requireNonNull(v, "v");
        Objects.requireNonNull(random, "random");
        Objects.requireNonNull(x, "x");
        Objects.requireNonNull(termNames, "termNames");
        Objects.requireNonNull(options, "options");
        if (options.method != Method.REML && options.method != Method.ML)
            throw new IllegalArgumentException("rma.mv estimates sigma2 by REML or ML, not " + options.method);
        if (options.test != TestKind.Z && options.test != TestKind.T)
            throw new IllegalArgumentException("rma.mv tests coefficients with z or t, not " + options.test);
        int k = yi.length;
        if (v.k() != k || random.k() != k || x.length != k)
            throw new IllegalArgumentException("lengths differ: yi " + k + ", vi " + v.k() + ", levels " + random.k()
                    + ", x " + x.length);
    }

    /**
     * Components not estimated, with their values: those the user fixed, and (at 0) those of a level with a single
     * group.
     */
    private record FixedComponents(boolean[] fixed, double[] at) {}

    /** The components to hold fixed, with a note for each single-group level and each pair of confounded levels. */
    private static FixedComponents fixedComponents(double[] sigma2, int[] nlevels, NestedLevels random,
                                                   List<String> notes) {
        int m = nlevels.length;
        List<String> componentNames = random.componentNames();
        boolean[] fixed = new boolean[m];
        double[] fixedAt = new double[m];
        boolean[] userFixed = new boolean[m];
        if (sigma2 != null) {
            if (sigma2.length != m)
                throw new IllegalArgumentException("sigma2 has " + sigma2.length + " entries, the model has " + m + " levels");
            for (int l = 0; l < m; l++) {
                if (Double.isNaN(sigma2[l])) continue;
                if (!(sigma2[l] >= 0) || Double.isInfinite(sigma2[l]))
                    throw new IllegalArgumentException("a fixed sigma2 must be finite and at least 0, got " + sigma2[l]);
                fixed[l] = true;
                userFixed[l] = true;
                fixedAt[l] = sigma2[l];
            }
        }
        for (int l = 0; l < m; l++) {
            if (nlevels[l] == 1 && !userFixed[l]) {
                fixed[l] = true;
                notes.add(String.format(Locale.ROOT, "Level '%s' has a single group; its sigma2 is fixed to 0 (as "
                        + "metafor does for a single-level factor).", componentNames.get(l)));
            }
        }
        for (int l = 1; l < m; l++) {
            if (nlevels[l] == nlevels[l - 1] && !fixed[l] && !fixed[l - 1]) {
                notes.add(String.format(Locale.ROOT, "Levels '%s' and '%s' have the same %d groups (one '%s' per '%s'), "
                        + "so only the sum of their sigma2 is identified; it is split equally between them, as metafor's "
                        + "equal starting values give.", componentNames.get(l - 1), componentNames.get(l), nlevels[l],
                        random.names().get(l), random.names().get(l - 1)));
            }
        }
        return new FixedComponents(fixed, fixedAt);
    }

    /**
     * metafor's starting values: the total max(0.001·m, var(residuals of the FE fit) − 1/mean(1/vᵢ)) split equally
     * between the estimated components; fixed ones at their value.
     */
    private static double[] startValues(MarginalLikelihood.Evaluation fe, double[] vi, FixedComponents fixed) {
        int k = vi.length;
        int m = fixed.fixed.length;
        double meanInvVi = 0;
        for (double v : vi) meanInvVi += 1 / v / k;
        double[] init = new double[m];
        double total = Math.max(0.001 * m, variance(fe.residuals) - 1 / meanInvVi);
        for (int l = 0; l < m; l++) init[l] = fixed.fixed[l] ? fixed.at[l] : total / m;
        return init;
    }

    /** The components at the optimum, those within 10ε of 0 set to 0 (metafor's rule), with a note for each at 0. */
    private static double[] estimates(MarginalLikelihood.Evaluation e, boolean[] fixed, List<String> componentNames,
                                      List<String> notes) {
        double[] estimate = e.sigma2.clone();
        for (int l = 0; l < estimate.length; l++) {
            if (estimate[l] <= 10 * Math.ulp(1.0)) estimate[l] = 0;       // metafor: sigma2 <= 10 * .Machine$double.eps
            if (!fixed[l] && estimate[l] == 0)
                notes.add(String.format(Locale.ROOT, "The sigma2 of level '%s' is estimated at 0 (on the boundary).",
                        componentNames.get(l)));
        }
        return estimate;
    }

    /** logLik, deviance, AIC, BIC and AICc for ML and REML, counting the estimated components as parameters. */
    private static FitStatistics statistics(MarginalLikelihood.Evaluation fe, MarginalLikelihood.Evaluation e,
                                            boolean[] fixed, int p, int k, int iterations) {
        int parms = p;
        for (boolean f : fixed) if (!f) parms++;
        double llSaturated = fe.llMl + 0.5 * fe.rss;            // −½ k log 2π − ½ log|V|
        return new FitStatistics(
                FitStatistics.Criteria.of(e.llMl, -2 * (e.llMl - llSaturated), parms, k),
                FitStatistics.Criteria.of(e.llReml, -2 * e.llReml, parms, k - p), iterations);
    }

    /** The multilevel I² per level and in total, with the typical sampling variance (k − p)/tr(P). */
    private static MultilevelI2 i2(double[] estimate, double typical, List<String> componentNames) {
        int m = estimate.length;
        double sum = 0;
        for (double s : estimate) sum += s;
        double[] byLevel = new double[m];
        double i2Total = 0;
        for (int l = 0; l < m; l++) {
            byLevel[l] = 100 * estimate[l] / (sum + typical);
            i2Total += byLevel[l];
        }
        return new MultilevelI2(i2Total, byLevel, componentNames, typical);
    }

    /** The fitted model's pieces per block, for the cluster-robust sandwich. */
    private static WorkingModel working(List<Block> blocks, MarginalLikelihood.Evaluation e, Columns columns, int k) {
        List<WorkingModel.Part> parts = new ArrayList<>(blocks.size());
        for (int j = 0; j < blocks.size(); j++) {
            Block block = blocks.get(j);
            parts.add(new WorkingModel.Part(block.rows(), block.x(), e.residuals[j], e.marginal[j], e.w[j]));
        }
        double meanWeight = 0;                                           // mean of diag(M⁻¹), for the sandwich's cuts
        for (double[][] w : e.w) for (int a = 0; a < w.length; a++) meanWeight += w[a][a] / k;
        return new WorkingModel(columns.names(), e.b, e.vb, parts, k, meanWeight, columns.intercept());
    }

    /**
     * The predicted effect at moderator values {@code x0} with confidence and prediction intervals, as metafor's
     * {@code predict(fit, newmods = ...)} for an rma.mv model with nested random effects: pred = x0'b,
     * se = √(x0' vb x0), CI pred ± crit·se and PI pred ± crit·√(se² + Σ sigma2), with crit from t(k − p) for t tests and
     * the normal distribution for z tests.
     *
     * @param x0  one value per coefficient of the fit, in the order of {@link MultilevelFit#coefficients()} ({1} for an
     *            intercept-only model)
     */
    public static Prediction predict(MultilevelFit fit, double[] x0) {
        return fit.inference().predict(x0, fit.totalSigma2());
    }

    /**
     * The school-based authors' prediction interval b₀ ± 1.96·√(Σ sigma2): the first coefficient plus or minus the
     * literal 1.96 times the total heterogeneity SD. It ignores the uncertainty in b₀ and the t distribution, so it is
     * narrower than {@link #predict}; it is given only to reproduce the published numbers.
     */
    public static Interval authorsPredictionInterval(MultilevelFit fit) {
        double b0 = fit.coefficients().get(0).estimate();
        double half = 1.96 * Math.sqrt(fit.totalSigma2());
        return new Interval(b0 - half, b0 + half);
    }

    /** The sample variance (n − 1) of the residuals of all blocks, R's {@code var}. */
    private static double variance(double[][] residuals) {
        int n = 0;
        double mean = 0;
        for (double[] r : residuals) for (double v : r) {
            n++;
            mean += v;
        }
        mean /= n;
        double ss = 0;
        for (double[] r : residuals) for (double v : r) ss += (v - mean) * (v - mean);
        return n > 1 ? ss / (n - 1) : 0;
    }

    /** Level l's group key of each row: the ids of levels 0 … l joined, as metafor's nested factor. */
    private static String[][] keys(NestedLevels random) {
        int m = random.m();
        int k = random.k();
        String[][] keys = new String[m][k];
        for (int i = 0; i < k; i++) {
            StringBuilder sb = new StringBuilder();
            for (int l = 0; l < m; l++) {
                if (l > 0) sb.append(KEY_SEPARATOR);
                sb.append(random.ids().get(l)[i]);
                keys[l][i] = sb.toString();
            }
        }
        return keys;
    }

    private static void checkData(double[] yi, SamplingCovariance v, NestedLevels random, double[][] x,
                                  List<String> names) {
        int k = yi.length;
        DataChecks.notEmpty(k);
        for (int i = 0; i < k; i++) {
            DataChecks.finiteYi(i, yi[i]);
            double vi = v.vi()[i];
            if (!Double.isFinite(vi) || vi <= 0)
                throw new FitException(String.format(Locale.ROOT, "effect size %d has sampling variance vi = %s; every "
                        + "vi must be a finite number greater than 0", i + 1, DataChecks.show(vi)));
            for (int l = 0; l < random.m(); l++) {
                String id = random.ids().get(l)[i];
                if (id == null || id.isBlank())
                    throw new FitException(String.format(Locale.ROOT, "effect size %d has no id at level '%s'; every "
                            + "effect size needs an id at every level of the model", i + 1, random.names().get(l)));
            }
            if (!v.isDiagonal() && (v.cluster()[i] == null || v.cluster()[i].isBlank()))
                throw new FitException(String.format(Locale.ROOT, "effect size %d has no cluster id for the imputed "
                        + "sampling covariance", i + 1));
            if (x[i].length != names.size())
                throw new IllegalArgumentException("design row " + i + " has " + x[i].length + " columns, names give "
                        + names.size());
            DataChecks.finiteModerators(i, x[i], names);
        }
        double rho = v.rho();
        if (!(rho >= 0 && rho < 1))
            throw new FitException(String.format(Locale.ROOT, "rho = %s is not a correlation in [0, 1); with rho = 1 "
                    + "the effects of a cluster would be perfectly correlated and V would have no inverse", rho));
        Set<String> seen = new HashSet<>();
        for (String n : names) {
            if (!seen.add(n)) throw new IllegalArgumentException("term name '" + n + "' occurs twice");
        }
    }

    private static void checkSize(int k, int p, List<String> names) {
        if (k < 2)
            throw new FitException("only 1 effect size: a multilevel model needs at least 2 (and more to separate "
                    + "the levels)");
        DataChecks.moreEffectsThanCoefficients(k, p, names);
    }
}
