package org.metareport.effects;

/**
 * Correlation coefficients, raw and Fisher-z transformed; metafor: {@code escalc(measure = "COR" | "ZCOR", ri, ni)}
 * with its default {@code vtype = "LS"}.
 *
 * <p>metafor warns "Cannot estimate the sampling variance when ni &lt;= 4." and sets {@code vi} to NA for such rows,
 * for both measures; here such rows are refused, so the two agree on which rows have an effect size.
 */
public final class Correlation {
    private Correlation() {}

    /**
     * The raw correlation: {@code yi = ri}, {@code vi = (1 − ri²)²/(ni − 1)}. {@code |ri| = 1} gives {@code vi = 0},
     * as in metafor.
     *
     * @throws EffectException if an input is missing (NaN) or infinite, {@code ri} is outside [-1, 1], or
     *                         {@code ni ≤ 4}
     */
    public static Effect cor(double ri, double ni) {
        check(ri, ni, "COR");
        double vi = (1 - ri * ri) * (1 - ri * ri) / (ni - 1);
        return new Effect(ri, vi);
    }

    /**
     * Fisher's r-to-z transform: {@code yi = atanh(ri) = ½·log((1 + ri)/(1 − ri))}, {@code vi = 1/(ni − 3)}.
     *
     * @throws EffectException if an input is missing (NaN) or infinite, {@code ri} is outside (-1, 1) (z is
     *                         infinite at ±1), or {@code ni ≤ 4}
     */
    public static Effect zcor(double ri, double ni) {
        check(ri, ni, "ZCOR");
        if (Math.abs(ri) == 1) {
            throw Require.fail("ri = %s has no Fisher z (ZCOR needs -1 < ri < 1)", Require.show(ri));
        }
        double yi = 0.5 * Math.log((1 + ri) / (1 - ri));
        return new Effect(yi, 1 / (ni - 3));
    }

    private static void check(double ri, double ni, String measure) {
        Require.present("ri", ri);
        Require.present("ni", ni);
        if (Math.abs(ri) > 1) throw Require.fail("ri = %s is outside [-1, 1]", Require.show(ri));
        if (ni <= 4) {
            throw Require.fail("ni = %s leaves no variance for %s (needs ni > 4)", Require.show(ni), measure);
        }
    }
}
