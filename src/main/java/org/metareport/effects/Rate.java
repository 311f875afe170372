package org.metareport.effects;

/**
 * Incidence rates from {@code xi} events over {@code ti} person-time; metafor:
 * {@code escalc(measure = "IR" | "IRLN", xi, ti)} and, for two groups, {@code escalc(measure = "IRR", x1i, x2i, t1i,
 * t2i)}.
 *
 * <pre>
 *   IR    yi = xi / ti                                        vi = xi / ti²
 *   IRLN  yi = log(xi / ti)                                   vi = 1 / xi
 *   IRR   yi = log(x1i / t1i) − log(x2i / t2i)                vi = 1/x1i + 1/x2i
 * </pre>
 *
 * <p><b>Zero counts.</b> As metafor's defaults ({@code add = 1/2}, {@code to = "only0"}): IR and IRLN add 1/2 to a
 * count of 0; IRR adds 1/2 to both counts of a row where either is 0.
 */
public final class Rate {
    private static final double ADD = 0.5;

    private Rate() {}

    /** Raw incidence rate, 1/2 added to a count of 0. */
    public static Effect ir(double xi, double ti) {
        check("xi", xi, "ti", ti);
        double x = xi == 0 ? ADD : xi;
        return new Effect(x / ti, x / (ti * ti));
    }

    /** Log incidence rate, 1/2 added to a count of 0. */
    public static Effect irln(double xi, double ti) {
        check("xi", xi, "ti", ti);
        double x = xi == 0 ? ADD : xi;
        return new Effect(Math.log(x / ti), 1 / x);
    }

    /** Log incidence rate ratio of group 1 against group 2, 1/2 added to both counts when one is 0. */
    public static Effect irr(double x1i, double x2i, double t1i, double t2i) {
        check("x1i", x1i, "t1i", t1i);
        check("x2i", x2i, "t2i", t2i);
        double a = x1i;
        double b = x2i;
        if (a == 0 || b == 0) {
            a += ADD;
            b += ADD;
        }
        return new Effect(Math.log(a / t1i) - Math.log(b / t2i), 1 / a + 1 / b);
    }

    private static void check(String x, double xi, String t, double ti) {
        Require.nonNegative(x, xi, "a count");
        Require.present(t, ti);
        if (ti <= 0) throw Require.fail("%s is %s; person-time must be positive", t, Require.show(ti));
    }
}
