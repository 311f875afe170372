package org.metareport.effects;

/**
 * Change within one group measured twice (pre/post, or two conditions), with {@code ri} the correlation between the
 * two measurements; metafor: {@code escalc(measure = "MC" | "SMCR" | "SMCC", m1i, m2i, sd1i, sd2i, ri, ni)}.
 *
 * <pre>
 *   sddi = sqrt(sd1i² + sd2i² − 2·ri·sd1i·sd2i)               SD of the change scores
 *   MC    yi = m1i − m2i                                      vi = sddi² / ni
 *   SMCC  yi = J(ni − 1)·(m1i − m2i) / sddi                   vi = 1/ni + yi² / (2ni)          change-score standardisation
 *   SMCR  yi = J(ni − 1)·(m1i − m2i) / sd1i                   vi = 2(1 − ri)/ni + yi² / (2ni)  raw-score standardisation
 * </pre>
 *
 * {@code J} is Hedges' exact correction ({@link Smd#correction}); the variances are metafor's large-sample
 * ({@code vtype = "LS"}) ones. SMCR standardises by the first measurement's SD only; {@code sd2i} is not used.
 */
public final class MeanChange {
    private MeanChange() {}

    /** Raw mean change. */
    public static Effect mc(double m1i, double m2i, double sd1i, double sd2i, double ri, double ni) {
        check(m1i, m2i, ri, ni);
        double sddi = changeSd(sd1i, sd2i, ri);
        return new Effect(m1i - m2i, sddi * sddi / ni);
    }

    /** Standardised mean change, change-score standardisation. */
    public static Effect smcc(double m1i, double m2i, double sd1i, double sd2i, double ri, double ni) {
        check(m1i, m2i, ri, ni);
        double sddi = changeSd(sd1i, sd2i, ri);
        if (!(sddi > 0)) throw new EffectException("the change scores have SD 0 (sd1i = sd2i and ri = 1); SMCC "
                + "needs a positive SD of the change");
        double yi = Smd.correction(ni - 1) * (m1i - m2i) / sddi;
        return new Effect(yi, 1 / ni + yi * yi / (2 * ni));
    }

    /** Standardised mean change, raw-score standardisation (by {@code sd1i}). */
    public static Effect smcr(double m1i, double m2i, double sd1i, double ri, double ni) {
        check(m1i, m2i, ri, ni);
        Require.nonNegative("sd1i", sd1i, "a standard deviation");
        if (sd1i == 0) throw new EffectException("sd1i is 0; SMCR standardises by it and needs it positive");
        double yi = Smd.correction(ni - 1) * (m1i - m2i) / sd1i;
        return new Effect(yi, 2 * (1 - ri) / ni + yi * yi / (2 * ni));
    }

    private static double changeSd(double sd1i, double sd2i, double ri) {
        Require.nonNegative("sd1i", sd1i, "a standard deviation");
        Require.nonNegative("sd2i", sd2i, "a standard deviation");
        return Math.sqrt(Math.max(0, sd1i * sd1i + sd2i * sd2i - 2 * ri * sd1i * sd2i));
    }

    private static void check(double m1i, double m2i, double ri, double ni) {
        Require.present("m1i", m1i);
        Require.present("m2i", m2i);
        Require.present("ri", ri);
        if (ri < -1 || ri > 1) throw Require.fail("ri is %s; a correlation lies between -1 and 1", Require.show(ri));
        Require.groupSize("ni", ni, 3, "a standardised mean change");
    }
}
