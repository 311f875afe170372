package org.metareport.effects;

/**
 * Measures from a 2×2 table of counts: log risk ratio, log odds ratio and risk difference; metafor:
 * {@code escalc(measure = "RR" | "OR" | "RD", ai, bi, ci, di)} with its defaults {@code add = 1/2},
 * {@code to = "only0"}, {@code drop00 = FALSE}, {@code vtype = "LS"}.
 *
 * <pre>
 *              event   no event
 *   group 1     ai       bi        n1i = ai + bi
 *   group 2     ci       di        n2i = ci + di
 * </pre>
 *
 * <p><b>Zero cells.</b> When any of the four cells is 0, metafor adds {@code 1/2} to all four cells of that row
 * ({@code to = "only0"}) before computing both {@code yi} and {@code vi}; rows without a zero are left alone. This
 * applies to RR, OR and RD alike (metafor sets {@code add = 0} by default only for AS, PHI, RTET and the
 * incidence/proportion transforms). Rows with no events in either group, or only events, are kept
 * ({@code drop00 = FALSE}) and get the same 1/2: for them RR's {@code yi} is {@code log((n2i + 1)/(n1i + 1))}, OR's is
 * {@code log((di + 1/2)/(bi + 1/2))} (0 only when {@code bi = di}), and RD's is
 * {@code 1/(2(n1i + 1)) − 1/(2(n2i + 1))}. Counts need not be whole numbers (metafor accepts any).
 *
 * @see #hasZeroCell
 */
public final class TwoByTwo {
    private static final double ADD = 0.5;

    private TwoByTwo() {}

    /**
     * Log risk ratio: {@code yi = log(ai/n1i) − log(ci/n2i)}, {@code vi = 1/ai − 1/n1i + 1/ci − 1/n2i}, on counts
     * with 1/2 added when a cell is 0.
     *
     * @throws EffectException if a count is missing (NaN), infinite or negative, or a group is empty
     */
    public static Effect rr(double ai, double bi, double ci, double di) {
        Table t = Table.of(ai, bi, ci, di);
        double yi = Math.log(t.p1()) - Math.log(t.p2());
        double vi = 1 / t.ai - 1 / t.n1() + 1 / t.ci - 1 / t.n2();
        return new Effect(yi, vi);
    }

    /**
     * Log odds ratio: {@code yi = log(p1/(1 − p1)) − log(p2/(1 − p2))} with {@code p1 = ai/n1i}, {@code p2 = ci/n2i},
     * {@code vi = 1/ai + 1/bi + 1/ci + 1/di} (Woolf), on counts with 1/2 added when a cell is 0.
     *
     * @throws EffectException if a count is missing (NaN), infinite or negative, or a group is empty
     */
    public static Effect or(double ai, double bi, double ci, double di) {
        Table t = Table.of(ai, bi, ci, di);
        double p1 = t.p1();
        double p2 = t.p2();
        double yi = Math.log(p1 / (1 - p1)) - Math.log(p2 / (1 - p2));
        double vi = 1 / t.ai + 1 / t.bi + 1 / t.ci + 1 / t.di;
        return new Effect(yi, vi);
    }

    /**
     * Risk difference: {@code yi = p1 − p2}, {@code vi = p1(1 − p1)/n1i + p2(1 − p2)/n2i} (metafor's
     * {@code vtype = "LS"}), on counts with 1/2 added when a cell is 0.
     *
     * @throws EffectException if a count is missing (NaN), infinite or negative, or a group is empty
     */
    public static Effect rd(double ai, double bi, double ci, double di) {
        Table t = Table.of(ai, bi, ci, di);
        double p1 = t.p1();
        double p2 = t.p2();
        return new Effect(p1 - p2, p1 * (1 - p1) / t.n1() + p2 * (1 - p2) / t.n2());
    }

    /**
     * Whether the row has a zero cell, so that {@link #rr}, {@link #or} and {@link #rd} add 1/2 to its four cells
     * (for a report's "1/2 added to k studies with zero cells").
     *
     * @throws EffectException if a count is missing (NaN), infinite or negative, or a group is empty
     */
    public static boolean hasZeroCell(double ai, double bi, double ci, double di) {
        Table.check(ai, bi, ci, di);
        return ai == 0 || bi == 0 || ci == 0 || di == 0;
    }

    /** The four cells after metafor's {@code to = "only0"} correction. */
    private record Table(double ai, double bi, double ci, double di) {
        static Table of(double ai, double bi, double ci, double di) {
            return hasZeroCell(ai, bi, ci, di) ? new Table(ai + ADD, bi + ADD, ci + ADD, di + ADD)
                                               : new Table(ai, bi, ci, di);
        }

        static void check(double ai, double bi, double ci, double di) {
            Require.nonNegative("ai", ai, "a count");
            Require.nonNegative("bi", bi, "a count");
            Require.nonNegative("ci", ci, "a count");
            Require.nonNegative("di", di, "a count");
            if (ai + bi == 0) throw new EffectException("ai and bi are both 0; group 1 has no participants");
            if (ci + di == 0) throw new EffectException("ci and di are both 0; group 2 has no participants");
        }

        double n1() {
            return ai + bi;
        }

        double n2() {
            return ci + di;
        }

        double p1() {
            return ai / n1();
        }

        double p2() {
            return ci / n2();
        }
    }
}
