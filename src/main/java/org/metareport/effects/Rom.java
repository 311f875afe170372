package org.metareport.effects;

/**
 * Log ratio of means (response ratio); metafor: {@code escalc(measure = "ROM")} with its default
 * {@code vtype = "LS"} (Hedges, Gurevitch &amp; Curtis, 1999).
 *
 * @see Smd
 * @see Md
 */
public final class Rom {
    private Rom() {}

    /**
     * The log ratio of means and its large-sample (delta-method) variance:
     * <pre>
     *   yi = log(m1i / m2i)
     *   vi = sd1i²/(n1i·m1i²) + sd2i²/(n2i·m2i²)
     * </pre>
     * Both means must be positive: a ratio of means is meaningful only on a ratio scale. metafor computes a value
     * when both means are negative (the ratio is then positive); that case is refused here.
     *
     * @return {@code Effect(yi, vi)}
     * @throws EffectException if an input is missing (NaN) or infinite, a mean is not positive, an SD is negative,
     *                         or a group has fewer than 1
     */
    public static Effect of(double m1i, double sd1i, double n1i, double m2i, double sd2i, double n2i) {
        positiveMean("m1i", m1i);
        positiveMean("m2i", m2i);
        Require.nonNegative("sd1i", sd1i, "a standard deviation");
        Require.nonNegative("sd2i", sd2i, "a standard deviation");
        Require.groupSize("n1i", n1i, 1, "ROM");
        Require.groupSize("n2i", n2i, 1, "ROM");
        double yi = Math.log(m1i / m2i);
        double vi = sd1i * sd1i / (n1i * m1i * m1i) + sd2i * sd2i / (n2i * m2i * m2i);
        return new Effect(yi, vi);
    }

    private static void positiveMean(String name, double m) {
        Require.present(name, m);
        if (!(m > 0)) {
            throw Require.fail("%s is %s; ROM needs positive means (m1i and m2i must be positive for a log ratio)",
                    name, Require.show(m));
        }
    }
}
