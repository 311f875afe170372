package org.metareport.models;

/**
 * A test of several coefficients at once: metafor's QM with {@code QMdf = [df1, df2]} and {@code QMp}. A χ² statistic
 * when {@code df2} is +∞ (z tests), an F statistic (the Wald statistic divided by df1) otherwise.
 *
 * @param statistic  QM; NaN when there is nothing to test (df1 = 0) or the block of vb is not positive definite
 * @param p          NaN when the statistic is
 */
public record OmnibusTest(double statistic, int df1, double df2, double p) {}
