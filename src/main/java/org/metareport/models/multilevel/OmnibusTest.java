package org.metareport.models.multilevel;

/**
 * An F test of several coefficients at once: metafor's QM with {@code QMdf = [df1, df2]} and {@code QMp}.
 *
 * @param statistic  the F statistic (the Wald statistic divided by df1)
 */
public record OmnibusTest(double statistic, int df1, double df2, double p) {}
