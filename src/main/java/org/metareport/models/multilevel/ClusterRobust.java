package org.metareport.models.multilevel;

import org.metareport.models.ConfidenceLevel;
import org.metareport.models.Inference;

import org.metareport.vocabulary.VcovType;

import org.metareport.models.TestDistribution;
import org.metareport.models.OmnibusTest;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.apache.commons.statistics.distribution.FDistribution;
import org.metareport.models.Coefficient;
import org.metareport.models.FitException;

/**
 * Cluster-robust inference for a fitted model's coefficients: clubSandwich 0.5.8's {@code coef_test},
 * {@code conf_int} and {@code Wald_test}, and metafor 3.8's {@code robust()}.
 *
 * <pre>{@code
 * WorkingModel wm = fit.working();                                   // an rma.mv fit, or
 * WorkingModel wu = WorkingModel.univariate(rmaFit, yi, vi, x, terms); // an rma.uni fit
 * RobustFit cr2 = ClusterRobust.coefTest(wm, study, VcovType.CR2, 95);  // coef_test(fit, cluster = study, vcov = "CR2")
 * WaldTest f = ClusterRobust.waldTest(wm, study, VcovType.CR2, List.of("ConstructD"));  // Wald_test(..., "HTZ")
 * RobustFit r = ClusterRobust.metaforRobust(wm, study, 95);          // robust(fit, cluster = study)
 * }</pre>
 *
 * <p>The sandwich is built cluster by cluster (time O(Σ nⱼ³ + m p³), memory O(k + m p²) for m clusters of nⱼ effects):
 * no k × k matrix is formed. The clusters must contain whole blocks of the model: for an rma.mv fit the random effects
 * must be nested within the clusters (cluster by the outer level or coarser), as clubSandwich requires.
 */
public final class ClusterRobust {
    private ClusterRobust() {}

    /**
     * clubSandwich's {@code coef_test(fit, cluster, vcov = type, test = "Satterthwaite")} with the intervals of
     * {@code conf_int(fit, cluster, vcov = type, level)}: robust SE, t = b/SE, Satterthwaite df, p and CI.
     *
     * <p>A coefficient whose robust SE is 0 up to rounding ({@link #DEGENERATE_SE}) has no test: its statistic, df, p
     * and interval are NaN (clubSandwich: df NaN), for the caller to report as not available.
     *
     * @param cluster  one cluster id per effect size (in the model's row order)
     * @param level    confidence level in percent (95) or as a proportion (0.95)
     * @throws FitException with fewer than 2 clusters, clusters that split a block of the model, or (CR1p) m ≤ p
     */
    public static RobustFit coefTest(WorkingModel model, String[] cluster, VcovType type, double level) {
        Objects.requireNonNull(model, "model");
        Objects.requireNonNull(type, "type");
        double percent = ConfidenceLevel.percent(level);
        Sandwich s = Sandwich.of(model, Objects.requireNonNull(cluster, "cluster"), type);
        double[] b = model.b();
        List<Coefficient> out = new ArrayList<>();
        double[][] bread = model.bread();
        for (int i = 0; i < b.length; i++) {
            double se = Math.sqrt(s.vcov()[i][i]);
            String term = model.coefficientNames().get(i);
            if (degenerate(se, bread[i][i])) {
                out.add(new Coefficient(term, b[i], se, Double.NaN, Double.NaN, Double.NaN, Double.NaN, Double.NaN));
                continue;
            }
            out.add(coefficient(term, b[i], se, s.satterthwaite(i), percent));
        }
        return new RobustFit(type, RobustDf.SATTERTHWAITE, s.clusters(), out, s.vcov(), percent, null);
    }

    /**
     * A robust SE below this fraction of the model-based SE is zero up to rounding: the coefficient rests on clusters
     * whose residuals the model fits exactly (e.g. a contrast within the one study that identifies it), so the sandwich
     * has no information about it. clubSandwich then prints SE 0 with df NaN for an rma.mv fit, and for an rma.uni fit
     * SE 1e-17 with a finite df and p &lt; .001; a real robust SE is never 10⁵ times smaller than the model-based one.
     */
    public static final double DEGENERATE_SE = 1e-5;

    /** True when the robust SE is 0 up to rounding ({@link #DEGENERATE_SE} × the model-based SE √Bᵢᵢ). */
    static boolean degenerate(double se, double modelVariance) {
        return !(se >= DEGENERATE_SE * Math.sqrt(modelVariance));
    }

    /**
     * metafor's {@code robust(fit, cluster, adjust = TRUE)} (default method, not clubSandwich): the CR0 sandwich times
     * m/(m − p) ({@link VcovType#CR1P}), t tests and intervals with m − p df, and QM as an F test of the moderators (all
     * coefficients but the intercept; the only coefficient of an intercept-only model) with df (m_btt, m − p).
     *
     * <p>metafor builds the bread from the fit's {@code vb}; for a Knapp–Hartung rma.uni fit that matrix carries the
     * factor s2w, so metafor's robust() of such a fit differs from this one (which uses (X'WX)⁻¹) by s2w².
     *
     * @throws FitException unless there are more clusters than coefficients (metafor: "Number of clusters (m) must be
     *                      larger than the number of fixed effects (p).")
     */
    public static RobustFit metaforRobust(WorkingModel model, String[] cluster, double level) {
        Objects.requireNonNull(model, "model");
        double percent = ConfidenceLevel.percent(level);
        int p = model.p();
        long m = java.util.Arrays.stream(cluster).distinct().count();
        if (m <= p)
            throw new FitException(String.format(Locale.ROOT, "the number of clusters (%d) must be larger than the "
                    + "number of coefficients (%d) for robust tests with m - p degrees of freedom", m, p));
        Sandwich s = Sandwich.of(model, cluster, VcovType.CR1P);
        int df = s.clusters() - p;
        double[] b = model.b();
        List<Coefficient> out = new ArrayList<>();
        for (int i = 0; i < p; i++) {
            out.add(coefficient(model.coefficientNames().get(i), b[i], Math.sqrt(s.vcov()[i][i]), df, percent));
        }
        int first = model.hasIntercept() && p > 1 ? 1 : 0;
        int mBtt = p - first;
        double qm = Inference.wald(b, s.vcov(), first, Inference.WaldForm.SOLVE) / mBtt;
        double qmP = Double.isNaN(qm) ? Double.NaN : FDistribution.of(mBtt, df).survivalProbability(qm);
        return new RobustFit(VcovType.CR1P, RobustDf.CLUSTERS_MINUS_P, s.clusters(), out, s.vcov(), percent,
                new OmnibusTest(qm, mBtt, df, qmP));
    }

    /**
     * clubSandwich's {@code Wald_test(fit, constraints = constrain_zero(terms), vcov = type, test = "HTZ")}: the joint
     * test that the named coefficients are all 0 (e.g. every dummy of a categorical moderator).
     *
     * @throws IllegalArgumentException if a term is not a coefficient of the model, or none is given
     */
    public static WaldTest waldTest(WorkingModel model, String[] cluster, VcovType type, List<String> terms) {
        Objects.requireNonNull(terms, "terms");
        if (terms.isEmpty()) throw new IllegalArgumentException("give at least one coefficient to test");
        List<String> names = model.coefficientNames();
        List<String> ordered = new ArrayList<>();
        for (String name : names) if (terms.contains(name)) ordered.add(name);  // constrain_zero keeps model order
        for (String t : terms) {
            if (!names.contains(t))
                throw new IllegalArgumentException("no coefficient '" + t + "' to test; the model has " + names);
        }
        double[][] c = new double[ordered.size()][names.size()];
        for (int r = 0; r < ordered.size(); r++) c[r][names.indexOf(ordered.get(r))] = 1;
        return Sandwich.of(model, cluster, type).htz(c, ordered);
    }

    /**
     * The HTZ test of general constraints Cβ = 0 (q × p, rows linearly independent), clubSandwich's
     * {@code Wald_test(fit, constraints = C, vcov = type, test = "HTZ")}.
     */
    public static WaldTest waldTest(WorkingModel model, String[] cluster, VcovType type, double[][] constraints) {
        int p = model.p();
        if (constraints.length == 0) throw new IllegalArgumentException("give at least one constraint");
        for (double[] row : constraints) {
            if (row.length != p)
                throw new IllegalArgumentException("constraints must be a q × " + p + " matrix; a row has " + row.length);
        }
        List<String> labels = new ArrayList<>();
        for (double[] row : constraints) labels.add(describe(row, model.coefficientNames()));
        return Sandwich.of(model, cluster, type).htz(constraints, labels);
    }

    private static Coefficient coefficient(String term, double b, double se, double df, double percent) {
        TestDistribution dist = TestDistribution.of(df);
        double t = b / se;
        double crit = dist.critical(ConfidenceLevel.alpha(percent));
        return new Coefficient(term, b, se, t, df, dist.twoSidedP(t), b - crit * se, b + crit * se);
    }

    private static String describe(double[] row, List<String> names) {
        StringBuilder sb = new StringBuilder();
        for (int j = 0; j < row.length; j++) {
            if (row[j] == 0) continue;
            if (sb.length() > 0) sb.append(" + ");
            sb.append(row[j] == 1 ? "" : String.format(Locale.ROOT, "%s*", row[j])).append(names.get(j));
        }
        return sb.append(" = 0").toString();
    }

}
