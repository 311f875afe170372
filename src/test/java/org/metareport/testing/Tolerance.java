package org.metareport.testing;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tolerances named by kind, as metafor's tests name theirs ({@code .tol[["var"]]}); see shared/fixtures/README.md.
 */
public enum Tolerance {
    /** Closed forms (escalc; FE, DL, HE, SJ, HS; I² once tau² is known): 1e-10 relative. */
    CLOSED_FORM(1e-10, 1e-12),
    /** Iterative fits (REML, ML, PM, EB, rma.mv, CR2 built on them): 1e-6 relative, 1e-8 absolute near zero. */
    ITERATIVE(1e-6, 1e-8),
    /** Selection models: 1e-5 relative. */
    SELECTION(1e-5, 1e-7);

    public final double relative;
    public final double absolute;

    Tolerance(double relative, double absolute) {
        this.relative = relative;
        this.absolute = absolute;
    }

    /** True when {@code actual} is within this tolerance of {@code expected} (relative, or absolute near zero). */
    public boolean accepts(double actual, double expected) {
        if (Double.isNaN(expected)) return Double.isNaN(actual);
        if (Double.isInfinite(expected)) return actual == expected;
        double diff = Math.abs(actual - expected);
        return diff <= absolute || diff <= relative * Math.abs(expected);
    }

    /** Asserts {@code actual} ≈ {@code expected}; the message names the quantity and both values. */
    public void assertNear(String what, double actual, double expected) {
        assertThat(accepts(actual, expected))
                .as("%s: got %s, expected %s (R), tolerance %s (rel %.0e)", what, actual, expected, name(), relative)
                .isTrue();
    }

    /** Element-wise {@link #assertNear}; lengths must match. */
    public void assertNear(String what, double[] actual, double[] expected) {
        assertThat(actual.length).as("%s: length", what).isEqualTo(expected.length);
        for (int i = 0; i < expected.length; i++) assertNear(what + "[" + i + "]", actual[i], expected[i]);
    }
}
