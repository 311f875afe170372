package org.metareport.effects;

import org.hipparchus.special.Gamma;

/**
 * Standardised mean difference, Hedges' g with the exact bias correction; metafor:
 * {@code escalc(measure = "SMD")} with its default {@code vtype = "LS"}.
 *
 * <p>Also the pre/post difference used by school-based reviews: {@code g(post) − g(pre)} with the
 * post-test variance formula.
 *
 * @see Md
 * @see Rom
 * @see ClusterAdjustment
 */
public final class Smd {
    private Smd() {}

    /**
     * Hedges' g of group 1 against group 2 and its large-sample variance.
     *
     * <pre>
     *   mi   = n1i + n2i − 2
     *   sdpi = sqrt(((n1i − 1)·sd1i² + (n2i − 1)·sd2i²) / mi)          pooled SD
     *   yi   = J(mi) · (m1i − m2i) / sdpi                               Hedges (1981), exact J
     *   vi   = 1/n1i + 1/n2i + yi² / (2·(n1i + n2i))                    Hedges &amp; Olkin (1985), ch. 5; metafor vtype "LS"
     * </pre>
     *
     * Group sizes need not be whole numbers (metafor accepts any), but each must be at least 2; metafor itself only
     * needs {@code n1i + n2i ≥ 4}, so a group of 1 is refused here although metafor would compute a value.
     *
     * @return {@code Effect(yi, vi)}, both finite
     * @throws EffectException if an input is missing (NaN) or infinite, an SD is negative, a group has fewer than 2,
     *                         or both SDs are 0 (no pooled SD to standardise by)
     */
    public static Effect of(double m1i, double sd1i, double n1i, double m2i, double sd2i, double n2i) {
        Require.present("m1i", m1i);
        Require.present("m2i", m2i);
        Require.nonNegative("sd1i", sd1i, "a standard deviation");
        Require.nonNegative("sd2i", sd2i, "a standard deviation");
        Require.groupSize("n1i", n1i, 2, "SMD");
        Require.groupSize("n2i", n2i, 2, "SMD");
        double mi = n1i + n2i - 2;
        double sdpi = Math.sqrt(((n1i - 1) * sd1i * sd1i + (n2i - 1) * sd2i * sd2i) / mi);
        if (!(sdpi > 0)) throw new EffectException("sd1i and sd2i are both 0; SMD needs a positive standard deviation");
        double di = (m1i - m2i) / sdpi;
        double yi = correction(mi) * di;
        return new Effect(yi, vi(yi, n1i, n2i));
    }

    /**
     * The exact small-sample bias correction of Hedges (1981), as metafor's {@code .cmicalc}:
     * {@code J(mi) = Γ(mi/2) / (sqrt(mi/2)·Γ((mi − 1)/2))}, computed as
     * {@code exp(lgamma(mi/2) − log(sqrt(mi/2)) − lgamma((mi − 1)/2))} because the gamma functions themselves
     * overflow a double once {@code mi ≥ 344}. {@code J} increases towards 1 (about {@code 1 − 3/(4mi − 1)}).
     *
     * @param mi degrees of freedom, {@code n1i + n2i − 2} for SMD
     * @throws EffectException if {@code mi ≤ 1} (metafor returns NA) or {@code mi} is missing or infinite
     */
    public static double correction(double mi) {
        Require.present("mi", mi);
        if (mi <= 1) {
            throw Require.fail("mi is %s; the bias correction needs more than 1 degree of freedom", Require.show(mi));
        }
        return Math.exp(Gamma.logGamma(mi / 2) - Math.log(Math.sqrt(mi / 2)) - Gamma.logGamma((mi - 1) / 2));
    }

    /**
     * The large-sample variance of a standardised mean difference {@code yi} from groups of {@code n1i} and
     * {@code n2i}: {@code 1/n1i + 1/n2i + yi²/(2·(n1i + n2i))}. This is metafor's {@code vtype = "LS"} for SMD
     * (Hedges &amp; Olkin, 1985, ch. 5) and, written as {@code (n1i + n2i)/(n1i·n2i) + yi²/(2(n1i + n2i))}, Lipsey
     * &amp; Wilson, <i>Practical Meta-Analysis</i>, eq. 3.23.
     *
     * @throws EffectException if an input is missing or infinite, or a group has fewer than 2
     */
    public static double vi(double yi, double n1i, double n2i) {
        Require.present("yi", yi);
        Require.groupSize("n1i", n1i, 2, "SMD");
        Require.groupSize("n2i", n2i, 2, "SMD");
        return 1 / n1i + 1 / n2i + yi * yi / (2 * (n1i + n2i));
    }

    /**
     * The pre/post difference of two Hedges' g values, as in the school-based authors' pipeline:
     * {@code yi = gPost − gPre} (each from {@link #of}), and {@code vi = }{@link #vi}{@code (yi, n1i, n2i)}, the
     * post-test variance formula with the difference plugged in (Lipsey &amp; Wilson, <i>Practical Meta-Analysis</i>, eq. 3.23). This ignores
     * the pre/post correlation, as those authors did; it is not metafor's {@code SMCC}/{@code SMCR}.
     *
     * @param gPre  g at pre-test (group 1 against group 2)
     * @param gPost g at post-test
     * @param n1i   post-test size of group 1
     * @param n2i   post-test size of group 2
     * @throws EffectException if an input is missing or infinite, or a group has fewer than 2
     */
    public static Effect prePost(double gPre, double gPost, double n1i, double n2i) {
        Require.present("gPre", gPre);
        Require.present("gPost", gPost);
        double yi = gPost - gPre;
        return new Effect(yi, vi(yi, n1i, n2i));
    }
}
