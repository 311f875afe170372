package org.metareport.models.plots;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.apache.commons.statistics.distribution.BinomialDistribution;
import org.metareport.models.FitException;
import org.metareport.models.Rma;
import org.metareport.models.RmaFit;
import org.metareport.vocabulary.Method;
import org.metareport.vocabulary.TestKind;

/**
 * metafor's {@code gosh()} for an intercept-only {@code rma.uni} fit (Olkin et al. 2012, Res Synth Methods 3,
 * 214–223): the model refitted on subsets of the effect sizes, each subset's pooled estimate and I². Every subset
 * of at least one effect when there are no more than {@code subsets} of them, else {@code subsets} random ones drawn
 * as metafor draws them (a size m from 1…k with probability dbinom(m, k, 0.5), then m distinct effects), from a
 * seeded generator (java.util.SplittableRandom, so the same seed gives the same subsets on every machine; R's own
 * random numbers are not reproduced).
 *
 * <p>Each subset is refitted with the analysis's method, as metafor does: fixed effect and DerSimonian–Laird in closed
 * form (metafor's fast path for these two), any other tau² estimator through {@link Rma#fit} (metafor refits with
 * {@code rma.uni} too). A subset of one effect has no I² (metafor gives NA) and is left out of the plot, as is a refit
 * that fails.
 */
public final class Gosh {
    private Gosh() {}

    /**
     * The fits.
     *
     * @param exact     every subset was fitted (else a random sample of them)
     * @param size      each subset's number of effect sizes
     * @param estimate  each subset's pooled estimate (NaN when not fitted)
     * @param i2        each subset's I² in percent (NaN for one effect or when not fitted)
     * @param total     the number of subsets fitted, plotted or not
     */
    public record Fits(boolean exact, int[] size, double[] estimate, double[] i2, int total) {
        /** The number of subsets with both an estimate and an I²: the points of the plot. */
        public int plotted() {
            int n = 0;
            for (int s = 0; s < total; s++) if (Double.isFinite(estimate[s]) && Double.isFinite(i2[s])) n++;
            return n;
        }
    }

    /** The subsets to fit: every one when 2^k − 1 ≤ {@code subsets}, else {@code subsets} random ones. */
    public static List<boolean[]> subsets(int k, int subsets, long seed) {
        List<boolean[]> out = new ArrayList<>();
        if (k < 31 && (1L << k) - 1 <= subsets) {
            for (long mask = 1; mask < (1L << k); mask++) {
                boolean[] in = new boolean[k];
                for (int i = 0; i < k; i++) in[i] = (mask >> i & 1) == 1;
                out.add(in);
            }
            return out;
        }
        BinomialDistribution sizes = BinomialDistribution.of(k, 0.5);
        double[] cumulative = new double[k + 1];
        double total = 0;
        for (int m = 1; m <= k; m++) cumulative[m] = total += sizes.probability(m);
        SplittableRandom random = new SplittableRandom(seed);
        int[] order = new int[k];
        for (int s = 0; s < subsets; s++) {
            double u = random.nextDouble() * total;
            int m = 1;
            while (m < k && cumulative[m] <= u) m++;
            for (int i = 0; i < k; i++) order[i] = i;
            boolean[] in = new boolean[k];
            for (int i = 0; i < m; i++) {                 // partial Fisher–Yates: the first m of a random order
                int j = i + random.nextInt(k - i);
                int t = order[i];
                order[i] = order[j];
                order[j] = t;
                in[order[i]] = true;
            }
            out.add(in);
        }
        return out;
    }

    /** Fits every subset of {@link #subsets}. */
    public static Fits of(double[] yi, double[] vi, Method method, TestKind test, double level, int subsets, long seed) {
        List<boolean[]> chosen = subsets(yi.length, subsets, seed);
        boolean exact = yi.length < 31 && (1L << yi.length) - 1 <= subsets;
        return fit(yi, vi, method, test, level, chosen, exact);
    }

    /** Fits the given subsets (true = the effect is in it). */
    public static Fits fit(double[] yi, double[] vi, Method method, TestKind test, double level,
                           List<boolean[]> chosen, boolean exact) {
        int n = chosen.size();
        int[] size = new int[n];
        double[] est = new double[n], i2 = new double[n];
        double[] y = new double[yi.length], v = new double[vi.length];
        for (int s = 0; s < n; s++) {
            boolean[] in = chosen.get(s);
            int m = 0;
            for (int i = 0; i < in.length; i++) {
                if (!in[i]) continue;
                y[m] = yi[i];
                v[m++] = vi[i];
            }
            size[s] = m;
            double[] r = one(java.util.Arrays.copyOf(y, m), java.util.Arrays.copyOf(v, m), method, test, level);
            est[s] = r[0];
            i2[s] = r[1];
        }
        return new Fits(exact, size, est, i2, n);
    }

    /** {estimate, I²} of one subset; FE and DL in closed form, other estimators through {@link Rma#fit}. */
    static double[] one(double[] y, double[] v, Method method, TestKind test, double level) {
        int m = y.length;
        if (method == Method.FE || method == Method.DL) {
            double sw = 0, sw2 = 0, swy = 0;
            for (int i = 0; i < m; i++) {
                double w = 1 / v[i];
                sw += w;
                sw2 += w * w;
                swy += w * y[i];
            }
            double fe = swy / sw, q = 0;
            for (int i = 0; i < m; i++) q += (y[i] - fe) * (y[i] - fe) / v[i];
            if (m < 2) return new double[] {fe, Double.NaN};
            double i2 = q > 0 ? Math.max(0, 100 * (q - (m - 1)) / q) : 0;
            if (method == Method.FE) return new double[] {fe, i2};
            double c = sw - sw2 / sw;
            double tau2 = Math.max(0, (q - (m - 1)) / c);
            double sws = 0, swsy = 0;
            for (int i = 0; i < m; i++) {
                double w = 1 / (v[i] + tau2);
                sws += w;
                swsy += w * y[i];
            }
            double vt = (m - 1) / c;
            return new double[] {swsy / sws, 100 * tau2 / (vt + tau2)};
        }
        if (m < 2) return new double[] {y[0], Double.NaN};
        try {
            RmaFit f = Rma.fit(y, v, method, test, level);
            return new double[] {f.coefficients().get(0).estimate(), f.i2()};
        } catch (FitException | IllegalArgumentException e) {
            return new double[] {Double.NaN, Double.NaN};
        }
    }
}
