package org.metareport.models.bias;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;
import org.metareport.models.FitException;

/**
 * Fail-safe N, metafor 3.8's {@code fsn()}: how many unpublished null studies would overturn a result.
 * <ul>
 *   <li>{@link #rosenthal}: Rosenthal (1979, Psychol Bull 86, 638–641), Stouffer's combined z:
 *       N = max(0, k (z̄/z₁₋α)² − k) with z̄ = |Σ zᵢ| / √k and zᵢ = yᵢ/√vᵢ.</li>
 *   <li>{@link #orwin}: Orwin (1983, J Educ Stat 8, 157–159): N = max(0, k (ȳ − target)/target), ȳ the mean effect
 *       (unweighted unless asked), target ȳ/2 unless given.</li>
 *   <li>{@link #rosenberg}: Rosenberg (2005, Evolution 59, 464–468), the weighted fixed-effect version.</li>
 * </ul>
 * N is rounded up unless within √ε of an integer, as metafor. Each result carries {@link #CAVEAT}.
 */
public final class FailSafeN {
    /** What to say next to any fail-safe N. */
    public static final String CAVEAT = "Fail-safe N assumes the missing studies average exactly the null (or target) "
            + "effect, ignores heterogeneity and study size, and says nothing about whether publication bias is present; "
            + "it is not recommended as a test of publication bias (Becker, 2005, in Rothstein, Sutton & Borenstein, "
            + "Publication bias in meta-analysis, ch. 7). Report selection models, funnel-plot regression or "
            + "trim-and-fill instead, and fail-safe N at most alongside them.";

    private FailSafeN() {}

    /** The fail-safe N methods, as metafor's {@code fsn(type = ...)}. */
    public enum Type {
        ROSENTHAL("Rosenthal"), ORWIN("Orwin"), ROSENBERG("Rosenberg");

        private final String spelling;

        Type(String spelling) {
            this.spelling = spelling;
        }

        public String spelling() {
            return spelling;
        }

        public static Optional<Type> find(String name) {
            return Arrays.stream(values()).filter(t -> t.spelling.equalsIgnoreCase(name.trim())).findFirst();
        }

        public static String choices() {
            return Arrays.stream(values()).map(Type::spelling).collect(Collectors.joining(", "));
        }
    }

    /**
     * A fail-safe N.
     *
     * @param fsnum   the fail-safe number of studies
     * @param alpha   significance level (Rosenthal, Rosenberg); null for Orwin
     * @param pval    p-value of the combined test (Rosenthal: one-sided Stouffer; Rosenberg: two-sided z); null for Orwin
     * @param meanes  the mean effect (Orwin: unweighted or weighted mean; Rosenberg: fixed-effect mean); null for Rosenthal
     * @param target  the target effect (Orwin); null otherwise
     * @param caveat  {@link #CAVEAT}
     */
    public record Result(Type type, long fsnum, Double alpha, Double pval, Double meanes, Double target,
                         String caveat) {}

    /** {@code fsn(yi, vi, type = "Rosenthal", alpha = alpha)} with Stouffer's method. */
    public static Result rosenthal(double[] yi, double[] vi, double alpha) {
        check(yi, vi, alpha);
        int k = yi.length;
        double sum = 0;
        for (int i = 0; i < k; i++) sum += yi[i] / Math.sqrt(vi[i]);
        double zAvg = Math.abs(sum / Math.sqrt(k));
        double pval = Level.STANDARD_NORMAL.survivalProbability(zAvg);
        double crit = Level.STANDARD_NORMAL.inverseSurvivalProbability(alpha);
        double n = Math.max(0, k * (zAvg / crit) * (zAvg / crit) - k);
        return new Result(Type.ROSENTHAL, round(n), alpha, pval, null, null, CAVEAT);
    }

    /**
     * {@code fsn(yi, vi, type = "Orwin", target = target, weighted = weighted)}.
     *
     * @param vi        sampling variances; used only when {@code weighted} (may then not be null)
     * @param target    the effect the mean should fall to; null for half the mean effect. A target of the other sign
     *                  is mirrored, as metafor.
     * @param weighted  weight the mean by 1/vᵢ
     * @throws IllegalArgumentException if the target is 0 (N would be infinite) or the mean effect is 0
     */
    public static Result orwin(double[] yi, double[] vi, Double target, boolean weighted) {
        int k = yi.length;
        if (k == 0) throw new FitException("no effect sizes for fail-safe N");
        double sw = 0, swy = 0;
        for (int i = 0; i < k; i++) {
            double w = weighted ? 1 / vi[i] : 1;
            sw += w;
            swy += w * yi[i];
        }
        double meanes = swy / sw;
        if (meanes == 0) throw new IllegalArgumentException("the mean effect is 0: Orwin's fail-safe N is undefined");
        double t = target == null ? meanes / 2 : target;
        if (t == 0) throw new IllegalArgumentException("Orwin's target must not be 0 (the fail-safe N would be infinite)");
        if (Math.signum(t) != Math.signum(meanes)) t = -t;
        double n = Math.max(0, k * (meanes - t) / t);
        return new Result(Type.ORWIN, round(n), null, null, meanes, t, CAVEAT);
    }

    /** {@code fsn(yi, vi, type = "Rosenberg", alpha = alpha)}. */
    public static Result rosenberg(double[] yi, double[] vi, double alpha) {
        check(yi, vi, alpha);
        int k = yi.length;
        double sw = 0, swy = 0;
        for (int i = 0; i < k; i++) {
            sw += 1 / vi[i];
            swy += yi[i] / vi[i];
        }
        double meanes = swy / sw;
        double z = meanes / Math.sqrt(1 / sw);
        double crit = Level.STANDARD_NORMAL.inverseSurvivalProbability(alpha / 2);
        double wp = (swy / crit) * (swy / crit) - sw;
        double n = Math.max(0, k * wp / sw);
        return new Result(Type.ROSENBERG, round(n), alpha, Level.twoSidedP(z), meanes, null, CAVEAT);
    }

    /** metafor: round up unless within √ε of an integer. */
    private static long round(double n) {
        return Math.abs(n - Math.rint(n)) >= Math.sqrt(Math.ulp(1.0)) ? (long) Math.ceil(n) : (long) Math.rint(n);
    }

    private static void check(double[] yi, double[] vi, double alpha) {
        if (yi.length != vi.length)
            throw new IllegalArgumentException("lengths differ: yi " + yi.length + ", vi " + vi.length);
        if (yi.length == 0) throw new FitException("no effect sizes for fail-safe N");
        if (!(alpha > 0 && alpha < 1)) throw new IllegalArgumentException("alpha must be in (0, 1), got " + alpha);
        for (int i = 0; i < yi.length; i++) {
            if (!Double.isFinite(yi[i]) || !(vi[i] > 0) || !Double.isFinite(vi[i]))
                throw new FitException(String.format(Locale.ROOT, "effect size %d has yi = %s and vi = %s; fail-safe N "
                        + "needs finite yi and positive, finite vi", i + 1, yi[i], vi[i]));
        }
    }
}
