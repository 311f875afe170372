/**
 * The numbers behind the models stage's diagnostic figures, as metafor computes them: the meta-regression line with its
 * confidence and prediction bands ({@code regplot}, {@link org.metareport.models.plots.RegressionLine}), Baujat's
 * heterogeneity/influence coordinates ({@code baujat}, {@link org.metareport.models.plots.Baujat}), the fits on subsets
 * of a GOSH plot ({@code gosh}, {@link org.metareport.models.plots.Gosh}) and the groups of an orchard plot
 * ({@link org.metareport.models.plots.Orchard}). Pure: no I/O; the figures stage only draws what is here.
 *
 * <p>It must not draw.
 */
package org.metareport.models.plots;
