package org.metareport.effects;

/**
 * Single-group proportions from {@code xi} events among {@code ni} participants; metafor:
 * {@code escalc(measure = "PR" | "PLO" | "PAS" | "PFT", xi, ni)} (or {@code mi = ni − xi} non-events).
 *
 * <pre>
 *   pi = xi / ni
 *   PR   yi = pi                                              vi = pi(1 − pi) / ni
 *   PLO  yi = log(pi / (1 − pi))                              vi = 1/xi + 1/(ni − xi)
 *   PAS  yi = asin(sqrt(pi))                                  vi = 1 / (4ni)
 *   PFT  yi = (asin(sqrt(xi/(ni + 1))) + asin(sqrt((xi + 1)/(ni + 1)))) / 2     vi = 1 / (4ni + 2)
 * </pre>
 *
 * <p><b>Zero cells.</b> As metafor's defaults ({@code add = 1/2}, {@code to = "only0"}): for PR and PLO, a row with
 * {@code xi = 0} or {@code xi = ni} gets 1/2 added to events and non-events (so {@code ni} grows by 1) before both
 * {@code yi} and {@code vi}; PAS and PFT are never adjusted (metafor 3.8 sets {@code add = 0} for them).
 */
public final class Proportion {
    private static final double ADD = 0.5;

    private Proportion() {}

    /** Raw proportion. */
    public static Effect pr(double xi, double ni) {
        check(xi, ni);
        double[] c = cells(xi, ni);
        double n = c[0] + c[1];
        double p = c[0] / n;
        return new Effect(p, p * (1 - p) / n);
    }

    /** Logit-transformed proportion (log odds), 1/2 added to both cells when one is 0. */
    public static Effect plo(double xi, double ni) {
        check(xi, ni);
        double[] c = cells(xi, ni);
        return new Effect(Math.log(c[0] / c[1]), 1 / c[0] + 1 / c[1]);
    }

    /** Events and non-events, with 1/2 added to both when either is 0. */
    private static double[] cells(double xi, double ni) {
        double x = xi;
        double m = ni - xi;
        return x == 0 || m == 0 ? new double[] {x + ADD, m + ADD} : new double[] {x, m};
    }

    /** Arcsine square-root transformed proportion. */
    public static Effect pas(double xi, double ni) {
        check(xi, ni);
        return new Effect(Math.asin(Math.sqrt(xi / ni)), 1 / (4 * ni));
    }

    /** Freeman–Tukey double-arcsine transformed proportion. */
    public static Effect pft(double xi, double ni) {
        check(xi, ni);
        double yi = (Math.asin(Math.sqrt(xi / (ni + 1))) + Math.asin(Math.sqrt((xi + 1) / (ni + 1)))) / 2;
        return new Effect(yi, 1 / (4 * ni + 2));
    }

    /** The number of events from {@code xi} or, when it is not given (NaN), {@code ni − mi}. */
    static double events(double xi, double mi, double ni) {
        if (!Double.isNaN(xi) || Double.isNaN(mi) || Double.isNaN(ni)) return xi;
        return ni - mi;
    }

    private static void check(double xi, double ni) {
        Require.nonNegative("xi", xi, "a count");
        Require.present("ni", ni);
        if (ni <= 0) throw Require.fail("ni is %s; a proportion needs at least one participant", Require.show(ni));
        if (xi > ni) throw Require.fail("xi is %s but ni is %s; there cannot be more events than participants",
                Require.show(xi), Require.show(ni));
    }
}
