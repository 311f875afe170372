package org.metareport.effects;

/**
 * One group's mean; metafor: {@code escalc(measure = "MN" | "MNLN", mi, sdi, ni)}.
 *
 * <pre>
 *   MN    yi = mi                                             vi = sdi² / ni
 *   MNLN  yi = log(mi)                                        vi = sdi² / (ni·mi²)
 * </pre>
 */
public final class SingleMean {
    private SingleMean() {}

    /** Raw mean. */
    public static Effect mn(double mi, double sdi, double ni) {
        check(mi, sdi, ni);
        return new Effect(mi, sdi * sdi / ni);
    }

    /** Log-transformed mean; the mean must be positive. */
    public static Effect mnln(double mi, double sdi, double ni) {
        check(mi, sdi, ni);
        if (mi <= 0) throw Require.fail("mi is %s; MNLN takes the log of the mean, which must be positive",
                Require.show(mi));
        return new Effect(Math.log(mi), sdi * sdi / (ni * mi * mi));
    }

    private static void check(double mi, double sdi, double ni) {
        Require.present("mi", mi);
        Require.nonNegative("sdi", sdi, "a standard deviation");
        Require.groupSize("ni", ni, 1, "a mean");
    }
}
