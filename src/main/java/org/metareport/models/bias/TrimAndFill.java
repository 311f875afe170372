package org.metareport.models.bias;

import org.metareport.vocabulary.EggerPredictor;

import org.metareport.vocabulary.K0Estimator;

import org.metareport.vocabulary.Side;

import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.IntStream;
import org.metareport.models.FitException;
import org.metareport.vocabulary.Method;
import org.metareport.models.Rma;
import org.metareport.models.RmaFit;
import org.metareport.vocabulary.TestKind;

/**
 * Duval &amp; Tweedie's (2000a, Biometrics 56, 455–463; 2000b, JASA 95, 89–98) trim-and-fill method for an
 * intercept-only model, as metafor 3.8's {@code trimfill.rma.uni()}.
 *
 * <p>The side is metafor's default rule unless given: fit {@code rma(yi, vi, mods = ~ sqrt(vi))} by the same method;
 * a negative slope means small studies have smaller effects, so studies are missing on the right, otherwise on the
 * left. The effect sizes are flipped in sign for the right side and sorted; then, until k0 no longer changes, the k0
 * largest are trimmed, the model is refitted to the rest, and k0 is re-estimated from the signed ranks of |yᵢ − b|
 * over all k (ties ranked by position, R's {@code ties.method = "first"}), rounded half to even and floored at 0.
 * Finally the k0 trimmed values are mirrored about the last estimate b (2b − yᵢ) with their vᵢ, and the model is
 * refitted to all k + k0.
 *
 * <p>metafor refits the filled data with {@code test = "z"} at 95% whatever the input model used, but returns the
 * input model unchanged when k0 = 0; here both use the {@code test} and {@code level} given, so pass
 * {@link TestKind#Z} and 95 for metafor's numbers.
 */
public final class TrimAndFill {
    static final int MAX_ITERATIONS = 100;

    private TrimAndFill() {}

    /** {@code trimfill(rma(yi, vi, method))}: estimator L0, side chosen from the data, z test, 95%. */
    public static TrimAndFillResult fill(double[] yi, double[] vi, Method method) {
        return fill(yi, vi, method, TestKind.Z, 95, K0Estimator.L0, null);
    }

    /**
     * Trim-and-fill with a chosen estimator and side.
     *
     * @param side  null for metafor's default rule (see the class comment)
     * @throws FitException if k &lt; 3 (the side regression needs an intercept, a slope and one more effect size),
     *                      if a model cannot be fitted, or if k0 has not settled after 100 iterations
     */
    public static TrimAndFillResult fill(double[] yi, double[] vi, Method method, TestKind test, double level,
                                         K0Estimator estimator, Side side) {
        if (yi.length != vi.length)
            throw new IllegalArgumentException("lengths differ: yi " + yi.length + ", vi " + vi.length);
        int k = yi.length;
        if (k < 3)
            throw new FitException(String.format(Locale.ROOT, "trim-and-fill needs at least 3 effect sizes, got %d: "
                    + "with fewer there is no funnel to judge asymmetry from (metafor stops too)", k));
        RmaFit input = Rma.fit(yi, vi, method, test, level);
        if (side == null) side = defaultSide(yi, vi, method);
        double sign = side == Side.RIGHT ? -1 : 1;

        Integer[] idx = IntStream.range(0, k).boxed().toArray(Integer[]::new);
        Arrays.sort(idx, Comparator.comparingDouble(i -> sign * yi[i]));   // stable, as R's sort(index.return = TRUE)
        double[] y = new double[k];
        double[] v = new double[k];
        for (int i = 0; i < k; i++) {
            y[i] = sign * yi[idx[i]];
            v[i] = vi[idx[i]];
        }

        Trimmed t = trim(y, v, method, estimator);
        Double pK0 = estimator == K0Estimator.R0 ? Math.pow(0.5, t.k0 + 1) : null;
        Double se = Double.isNaN(t.seK0) ? null : t.seK0;
        if (t.k0 == 0) return new TrimAndFillResult(side, estimator, 0, se, pK0,
                new TrimAndFillResult.Filled(new double[0], new double[0]), input, t.iterations);

        int k0 = t.k0;
        double[] fy = new double[k0];
        double[] fv = new double[k0];
        for (int j = 0; j < k0; j++) {
            int i = k - k0 + j;
            fy[j] = sign * (2 * t.beta - y[i]);
            fv[j] = v[i];
        }
        double[] allY = Arrays.copyOf(yi, k + k0);
        double[] allV = Arrays.copyOf(vi, k + k0);
        System.arraycopy(fy, 0, allY, k, k0);
        System.arraycopy(fv, 0, allV, k, k0);
        RmaFit filled = Rma.fit(allY, allV, method, test, level);
        return new TrimAndFillResult(side, estimator, k0, se, pK0, new TrimAndFillResult.Filled(fy, fv), filled,
                t.iterations);
    }

    /**
     * Where the iteration settles: k0 with its standard error (NaN where metafor's formula gives NA), the estimate from
     * the k − k0 kept effect sizes, and the number of iterations.
     */
    private record Trimmed(int k0, double beta, double seK0, int iterations) {}

    /** A k0 estimate before rounding, with its standard error. */
    private record K0(double raw, double se) {}

    /**
     * trimfill's iteration on the effect sizes sorted so that the side to fill is on the left: estimate from the kept
     * ones, rank the centred effect sizes, estimate k0, trim; until k0 stops changing.
     */
    private static Trimmed trim(double[] y, double[] v, Method method, K0Estimator estimator) {
        int k = y.length;
        int k0 = 0;
        int previous = -1;
        int iterations = 0;
        double beta = Double.NaN;
        double seK0 = Double.NaN;
        while (k0 != previous) {
            previous = k0;
            if (++iterations > MAX_ITERATIONS)
                throw new FitException("trim-and-fill did not converge: the number of missing studies was still "
                        + "changing after " + MAX_ITERATIONS + " iterations");
            int kept = k - k0;
            if (kept < 1)
                throw new FitException("trim-and-fill trimmed all " + k + " effect sizes; it cannot estimate the "
                        + "number of missing studies for these data");
            beta = PooledEstimate.fit(Arrays.copyOf(y, kept), Arrays.copyOf(v, kept), method, TestKind.Z, 95).estimate();
            double[] centred = new double[k];
            for (int i = 0; i < k; i++) centred[i] = y[i] - beta;
            K0 estimate = k0(estimator, signedRanks(centred), kept);
            k0 = (int) Math.max(0, Math.rint(estimate.raw));   // R's round(): half to even
            seK0 = Math.max(0, estimate.se);                   // NaN stays NaN, as R's max(0, NaN)
        }
        return new Trimmed(k0, beta, seK0, iterations);
    }

    /** The estimator's k0 from the signed ranks of the k centred effect sizes (Duval &amp; Tweedie, 2000b). */
    private static K0 k0(K0Estimator estimator, double[] signedRanks, int kept) {
        int k = signedRanks.length;
        switch (estimator) {
            case R0 -> {
                double maxNegative = Double.NEGATIVE_INFINITY;
                for (double r : signedRanks) if (r < 0) maxNegative = Math.max(maxNegative, -r);
                if (maxNegative == Double.NEGATIVE_INFINITY)
                    throw new FitException("the R0 estimator needs effect sizes on both sides of the estimate; "
                            + "all " + kept + " kept effect sizes equal it");
                double raw = (k - maxNegative) - 1;
                return new K0(raw, Math.sqrt(2 * Math.max(0, raw) + 2));
            }
            case L0 -> {
                double sr = positiveRankSum(signedRanks);
                double raw = (4 * sr - k * (k + 1.0)) / (2 * k - 1.0);
                return new K0(raw, 4 * Math.sqrt(varSr(k, raw)) / (2 * k - 1.0));
            }
            case Q0 -> {
                double sr = positiveRankSum(signedRanks);
                double raw = k - 0.5 - Math.sqrt(2.0 * k * k - 4 * sr + 0.25);
                return new K0(raw, 2 * Math.sqrt(varSr(k, raw)) / Math.sqrt((k - 0.5) * (k - 0.5) - raw * (2 * k - raw - 1)));
            }
            default -> throw new IllegalStateException("unknown estimator " + estimator);
        }
    }

    /**
     * metafor's default side: the sign of the slope of {@code rma(yi, vi, mods = ~ sqrt(vi), method)}; negative gives
     * {@link Side#RIGHT}.
     */
    public static Side defaultSide(double[] yi, double[] vi, Method method) {
        RmaFit reg = Rma.fit(yi, vi, EggerTest.design(vi, EggerPredictor.SEI), List.of("intrcpt", "sqrt(vi)"), method,
                TestKind.Z, 95);
        if (reg.p() < 2)
            throw new FitException("all " + yi.length + " effect sizes have the same standard error, so the side of "
                    + "the funnel plot to fill cannot be chosen from the data; give the side");
        return reg.coefficients().get(1).estimate() < 0 ? Side.RIGHT : Side.LEFT;
    }

    /** sign(xᵢ) · rank(|xᵢ|), ties ranked in order of position. */
    private static double[] signedRanks(double[] x) {
        int k = x.length;
        Integer[] order = IntStream.range(0, k).boxed().toArray(Integer[]::new);
        Arrays.sort(order, Comparator.comparingDouble(i -> Math.abs(x[i])));
        double[] out = new double[k];
        for (int r = 0; r < k; r++) out[order[r]] = Math.signum(x[order[r]]) * (r + 1);
        return out;
    }

    private static double positiveRankSum(double[] signedRanks) {
        double s = 0;
        for (double r : signedRanks) if (r > 0) s += r;
        return s;
    }

    /** Var(Sᵣ) given k0 (Duval &amp; Tweedie, 2000b), as metafor evaluates it at the raw estimate. */
    private static double varSr(int k, double k0) {
        return (k * (k + 1.0) * (2 * k + 1.0) + 10 * k0 * k0 * k0 + 27 * k0 * k0 + 17 * k0 - 18.0 * k * k0 * k0
                - 18.0 * k * k0 + 6.0 * k * k * k0) / 24;
    }
}
