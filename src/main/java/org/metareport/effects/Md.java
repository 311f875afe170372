package org.metareport.effects;

/**
 * Raw mean difference; metafor: {@code escalc(measure = "MD")} with its default {@code vtype = "LS"}, which for MD
 * is the heteroscedastic variance (the same as {@code "UB"}; {@code "HO"} would pool the SDs).
 *
 * @see Smd
 * @see Rom
 */
public final class Md {
    private Md() {}

    /**
     * The difference of means and its variance:
     * <pre>
     *   yi = m1i − m2i
     *   vi = sd1i²/n1i + sd2i²/n2i
     * </pre>
     * Both SDs 0 give {@code vi = 0}, as in metafor (the model stage decides what to do with it).
     *
     * @return {@code Effect(yi, vi)}
     * @throws EffectException if an input is missing (NaN) or infinite, an SD is negative, or a group has fewer than 1
     */
    public static Effect of(double m1i, double sd1i, double n1i, double m2i, double sd2i, double n2i) {
        Require.present("m1i", m1i);
        Require.present("m2i", m2i);
        Require.nonNegative("sd1i", sd1i, "a standard deviation");
        Require.nonNegative("sd2i", sd2i, "a standard deviation");
        Require.groupSize("n1i", n1i, 1, "MD");
        Require.groupSize("n2i", n2i, 1, "MD");
        return new Effect(m1i - m2i, sd1i * sd1i / n1i + sd2i * sd2i / n2i);
    }
}
