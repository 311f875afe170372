package org.metareport.figures;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * A horizontal axis on the analysis scale: its limits and its labelled ticks. Automatic axes round outwards to
 * "nice" ticks, steps of 1, 2, 2.5 or 5 × 10^k, as R's {@code pretty()}; on a ratio axis ({@link Transform#EXP})
 * the ticks are ratios (1-2-5 or doubling sequences), placed at their logs; on a correlation ({@link Transform#TANH})
 * or proportion ({@link Transform#PLOGIS}) axis they are nice values of r or p, placed at their z or logit.
 *
 * @param lower lower limit, analysis scale
 * @param upper upper limit, analysis scale
 * @param ticks ascending, all within the limits
 */
record Axis(double lower, double upper, List<Tick> ticks) {
    /** The largest number of intervals between ticks an automatic axis uses. */
    static final int MAX_INTERVALS = 6;
    private static final double[] MANTISSAS = {1, 2, 2.5, 5};
    private static final double EPS = 1e-9;

    Axis {
        ticks = List.copyOf(ticks);
        if (!(lower < upper)) throw new IllegalArgumentException("axis limits must increase: " + lower + ", " + upper);
    }

    /** A tick at {@code at} (analysis scale) labelled {@code label} (e.g. "−0.5", or "0.25" on a ratio axis). */
    record Tick(double at, String label) {}

    /** @return an axis covering [lo, hi] (analysis scale), widened to the nearest nice ticks */
    static Axis auto(double lo, double hi, Transform transform) {
        double[] r = widenIfFlat(lo, hi);
        return build(r[0], r[1], transform, true);
    }

    /** @return an axis with exactly these limits and the nice ticks that fall inside them */
    static Axis fixed(double lo, double hi, Transform transform) {
        return build(lo, hi, transform, false);
    }

    double span() {
        return upper - lower;
    }

    private static Axis build(double lo, double hi, Transform transform, boolean extend) {
        List<BigDecimal> values;                 // tick values on the displayed scale, exact
        boolean uniform = true;                  // same decimals on every label (linear steps)
        if (transform == Transform.NONE) values = linear(lo, hi);
        else if (transform != Transform.EXP) values = bounded(transform, lo, hi); // r or proportion: linear in its range
        else if (hi - lo < Math.log(3)) values = linear(Math.exp(lo), Math.exp(hi)); // narrow ratio axis: 0.8, 0.9, 1, …
        else {
            values = ratio(Math.exp(lo), Math.exp(hi));
            uniform = false;                     // 0.25, 0.5, 1, 2: each as short as it can be
        }

        List<Tick> ticks = new ArrayList<>();
        int decimals = uniform ? commonScale(values) : -1;
        for (BigDecimal v : values) {
            if (!transform.inRange(v.doubleValue())) continue;
            double at = transform.invert(v.doubleValue());
            String label = decimals >= 0 ? NumberText.fixed(v.doubleValue(), decimals) : NumberText.shortest(v.doubleValue());
            ticks.add(new Tick(at, label));
        }
        if (extend) {
            double newLo = Math.min(lo, ticks.get(0).at()), newHi = Math.max(hi, ticks.get(ticks.size() - 1).at());
            return new Axis(newLo, newHi, ticks);
        }
        double tol = EPS * Math.max(1, hi - lo);
        ticks.removeIf(t -> t.at() < lo - tol || t.at() > hi + tol);
        return new Axis(lo, hi, ticks);
    }

    /**
     * Nice ticks for a scale bounded on both sides (correlations, proportions): linear steps of the printed value over
     * [apply(lo), apply(hi)], without the bounds themselves (±1, 0 and 1 lie at infinity on the analysis scale); at
     * least the two ends when the steps leave fewer.
     */
    private static List<BigDecimal> bounded(Transform transform, double lo, double hi) {
        List<BigDecimal> values = new ArrayList<>(linear(transform.apply(lo), transform.apply(hi)));
        values.removeIf(v -> !transform.inRange(v.doubleValue()));
        if (values.size() < 2) {
            values.clear();
            for (double v : new double[] {transform.apply(lo), transform.apply(hi)})
                values.add(new BigDecimal(v).round(new java.math.MathContext(2)));
            values.removeIf(v -> !transform.inRange(v.doubleValue()));
            if (values.isEmpty()) values.add(new BigDecimal(transform.apply((lo + hi) / 2)).round(new java.math.MathContext(6)));
        }
        return values;
    }

    /**
     * Nice ticks on a linear scale: the smallest step m × 10^k (m = 1, 2, 2.5, 5) with at most MAX_INTERVALS
     * intervals over [lo, hi], one fewer for m = 2.5, whose two-decimal labels crowd the axis sooner.
     */
    static List<BigDecimal> linear(double lo, double hi) {
        double[] r = widenIfFlat(lo, hi);
        lo = r[0];
        hi = r[1];
        int k = (int) Math.floor(Math.log10((hi - lo) / MAX_INTERVALS)) - 1;
        while (true) {
            for (double m : MANTISSAS) {
                BigDecimal step = BigDecimal.valueOf(m).scaleByPowerOfTen(k);
                double s = step.doubleValue();
                long first = (long) Math.floor(lo / s + EPS), last = (long) Math.ceil(hi / s - EPS);
                if (last - first <= (m == 2.5 ? MAX_INTERVALS - 1 : MAX_INTERVALS)) { // quarters only when sparse
                    List<BigDecimal> out = new ArrayList<>();
                    for (long i = first; i <= last; i++) out.add(step.multiply(BigDecimal.valueOf(i)));
                    return out;
                }
            }
            k++;
        }
    }

    /**
     * Nice ratios covering [rlo, rhi] (both > 0): doubling (0.125 … 8) when that needs at most MAX_INTERVALS
     * intervals, else 1-2-5 per decade when at most MAX_INTERVALS + 1, else decades (every d-th decade).
     */
    static List<BigDecimal> ratio(double rlo, double rhi) {
        int a = (int) Math.floor(Math.log(rlo) / Math.log(2) + EPS), b = (int) Math.ceil(Math.log(rhi) / Math.log(2) - EPS);
        if (a >= -3 && b <= 3 && b - a <= MAX_INTERVALS) {
            List<BigDecimal> out = new ArrayList<>();
            for (int i = a; i <= b; i++)
                out.add(i >= 0 ? BigDecimal.valueOf(1L << i) : BigDecimal.ONE.divide(BigDecimal.valueOf(1L << -i)));
            return out;
        }
        List<BigDecimal> onetwofive = new ArrayList<>();
        int d0 = (int) Math.floor(Math.log10(rlo) + EPS) - 1, d1 = (int) Math.ceil(Math.log10(rhi) - EPS) + 1;
        for (int d = d0; d <= d1; d++)
            for (int m : new int[] {1, 2, 5}) onetwofive.add(BigDecimal.valueOf(m).scaleByPowerOfTen(d));
        List<BigDecimal> covered = cover(onetwofive, rlo, rhi);
        if (covered.size() - 1 <= MAX_INTERVALS + 1) return covered;
        int lo10 = (int) Math.floor(Math.log10(rlo) + EPS), hi10 = (int) Math.ceil(Math.log10(rhi) - EPS);
        int every = Math.max(1, (int) Math.ceil((hi10 - lo10) / (double) MAX_INTERVALS));
        lo10 = Math.floorDiv(lo10, every) * every;
        List<BigDecimal> decades = new ArrayList<>();
        for (int d = lo10; d < hi10 + every; d += every) decades.add(BigDecimal.ONE.scaleByPowerOfTen(d));
        return decades;
    }

    /** @return the run of {@code sorted} from the last value ≤ lo to the first value ≥ hi */
    private static List<BigDecimal> cover(List<BigDecimal> sorted, double lo, double hi) {
        int from = 0, to = sorted.size() - 1;
        for (int i = 0; i < sorted.size(); i++) if (sorted.get(i).doubleValue() <= lo * (1 + EPS)) from = i;
        for (int i = sorted.size() - 1; i >= 0; i--) if (sorted.get(i).doubleValue() >= hi * (1 - EPS)) to = i;
        return new ArrayList<>(sorted.subList(from, to + 1));
    }

    /** @return the number of decimals that prints every value exactly with the same decimals (e.g. 1 for 0.5 steps) */
    private static int commonScale(List<BigDecimal> values) {
        int scale = 0;
        for (BigDecimal v : values) scale = Math.max(scale, v.stripTrailingZeros().scale());
        return scale;
    }

    private static double[] widenIfFlat(double lo, double hi) {
        if (hi - lo > 1e-12 * Math.max(1, Math.abs(lo))) return new double[] {lo, hi};
        double half = Math.max(0.5, Math.abs(lo) * 0.1);
        return new double[] {lo - half, hi + half};
    }
}
