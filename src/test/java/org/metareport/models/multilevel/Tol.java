package org.metareport.models.multilevel;

import static org.assertj.core.api.Assertions.assertThat;

import org.metareport.testing.Tolerance;

/**
 * A tolerance as {@link Tolerance} (relative, with an absolute floor near zero), so that this package can name the
 * two looser ones its golden tests need besides {@link Tolerance#ITERATIVE}.
 */
record Tol(String name, double relative, double absolute) {
    /** {@link Tolerance#ITERATIVE}: 1e-6 relative, 1e-8 absolute. */
    static final Tol ITERATIVE = of(Tolerance.ITERATIVE);

    /**
     * For end-to-end comparisons with fixture blocks whose rma.mv optimum R did not reach (nlminb, rel.tol 1e-10,
     * stopped where the log-likelihood is still 1e-11 to 5e-11 below the maximum; sigma2 is then off by up to 5e-6
     * relative, confidence bounds near 0 by up to 5e-7 absolute): 2e-5 relative, 1e-6 absolute. Those blocks are also
     * checked at {@link #ITERATIVE} with sigma2 fixed at R's values, and our log-likelihood must be the higher one.
     */
    static final Tol FIXTURE_OPTIMUM = new Tol("FIXTURE_OPTIMUM", 2e-5, 1e-6);

    /**
     * For the four CR2 Satterthwaite df (and their p-values) of the school-based sensitivity model s_1 where
     * clubSandwich's eigendecomposition-based (X'WX)⁻¹ keeps a rounding-error eigenvalue of 7.6e-10 that exact
     * arithmetic (and our Cholesky) sets to 0; see golden/local/multilevel_extras.R, section 9: 2e-5 relative.
     */
    static final Tol CLUBSANDWICH_EIGEN_INVERSE = new Tol("CLUBSANDWICH_EIGEN_INVERSE", 2e-5, 1e-8);

    static Tol of(Tolerance t) {
        return new Tol(t.name(), t.relative, t.absolute);
    }

    boolean accepts(double actual, double expected) {
        if (Double.isNaN(expected)) return Double.isNaN(actual);
        if (Double.isInfinite(expected)) return actual == expected;
        double diff = Math.abs(actual - expected);
        return diff <= absolute || diff <= relative * Math.abs(expected);
    }

    void assertNear(String what, double actual, double expected) {
        assertThat(accepts(actual, expected))
                .as("%s: got %s, expected %s (R), tolerance %s (rel %.0e)", what, actual, expected, name, relative)
                .isTrue();
    }

    void assertNear(String what, double[] actual, double[] expected) {
        assertThat(actual.length).as("%s: length", what).isEqualTo(expected.length);
        for (int i = 0; i < expected.length; i++) assertNear(what + "[" + i + "]", actual[i], expected[i]);
    }
}
