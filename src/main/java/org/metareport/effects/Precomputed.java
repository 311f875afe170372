package org.metareport.effects;

/**
 * Effect sizes computed elsewhere; metafor: {@code escalc(yi = , vi = )} or {@code escalc(yi = , sei = )}, which
 * take {@code yi} as given and {@code vi = sei²} when only standard errors are supplied.
 */
public final class Precomputed {
    private Precomputed() {}

    /**
     * {@code yi} with its sampling variance. {@code vi = 0} is accepted, as in metafor.
     *
     * @throws EffectException if an input is missing (NaN) or infinite, or {@code vi} is negative
     */
    public static Effect withVi(double yi, double vi) {
        Require.present("yi", yi);
        Require.nonNegative("vi", vi, "a sampling variance");
        return new Effect(yi, vi);
    }

    /**
     * {@code yi} with its standard error; {@code vi = sei²}.
     *
     * @throws EffectException if an input is missing (NaN) or infinite, or {@code sei} is negative
     */
    public static Effect withSei(double yi, double sei) {
        Require.present("yi", yi);
        Require.nonNegative("sei", sei, "a standard error");
        return new Effect(yi, sei * sei);
    }
}
