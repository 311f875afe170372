package org.metareport.effects;

/**
 * Comparisons of variability between two groups (Nakagawa et al., 2015); metafor:
 * {@code escalc(measure = "CVR" | "VR", m1i, sd1i, n1i, m2i, sd2i, n2i)}.
 *
 * <pre>
 *   VR   yi = log(sd1i/sd2i) + 1/(2(n1i − 1)) − 1/(2(n2i − 1))                   vi = 1/(2(n1i − 1)) + 1/(2(n2i − 1))
 *   CVR  yi = log(cv1/cv2) + 1/(2(n1i − 1)) − 1/(2(n2i − 1)),  cv = sd/m
 *        vi = 1/(2(n1i − 1)) + sd1i²/(n1i·m1i²) + 1/(2(n2i − 1)) + sd2i²/(n2i·m2i²)
 * </pre>
 */
public final class Variability {
    private Variability() {}

    /** Log variability ratio (log ratio of SDs, bias-corrected). */
    public static Effect vr(double sd1i, double n1i, double sd2i, double n2i) {
        positive("sd1i", sd1i);
        positive("sd2i", sd2i);
        Require.groupSize("n1i", n1i, 2, "VR");
        Require.groupSize("n2i", n2i, 2, "VR");
        double yi = Math.log(sd1i / sd2i) + 1 / (2 * (n1i - 1)) - 1 / (2 * (n2i - 1));
        return new Effect(yi, 1 / (2 * (n1i - 1)) + 1 / (2 * (n2i - 1)));
    }

    /** Log coefficient-of-variation ratio; the means must be positive. */
    public static Effect cvr(double m1i, double sd1i, double n1i, double m2i, double sd2i, double n2i) {
        positive("sd1i", sd1i);
        positive("sd2i", sd2i);
        Require.groupSize("n1i", n1i, 2, "CVR");
        Require.groupSize("n2i", n2i, 2, "CVR");
        mean("m1i", m1i);
        mean("m2i", m2i);
        double yi = Math.log((sd1i / m1i) / (sd2i / m2i)) + 1 / (2 * (n1i - 1)) - 1 / (2 * (n2i - 1));
        double vi = 1 / (2 * (n1i - 1)) + sd1i * sd1i / (n1i * m1i * m1i)
                + 1 / (2 * (n2i - 1)) + sd2i * sd2i / (n2i * m2i * m2i);
        return new Effect(yi, vi);
    }

    private static void positive(String name, double sd) {
        Require.nonNegative(name, sd, "a standard deviation");
        if (sd == 0) throw Require.fail("%s is 0; a log ratio of SDs needs positive SDs", name);
    }

    private static void mean(String name, double m) {
        Require.present(name, m);
        if (m <= 0) throw Require.fail("%s is %s; CVR divides by the mean, which must be positive", name,
                Require.show(m));
    }
}
