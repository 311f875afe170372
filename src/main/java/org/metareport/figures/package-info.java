/**
 * The figures stage: results in, SVG/PNG out. {@link org.metareport.figures.ForestPlot#draw} takes a
 * {@link org.metareport.figures.ForestData} (plain values: {@link org.metareport.figures.ForestRow}s, an optional
 * {@link org.metareport.figures.ForestSummary}, axis and headings) and gives a
 * {@link org.metareport.figures.Figure}: SVG text for HTML and PNG bytes for PDF.
 *
 * <p>Each figure lays itself out once onto a {@code Canvas} that records a {@code Drawing}; the drawing is then
 * written as SVG by hand ({@code SvgCanvas}: real {@code <text>}, escaped, fixed decimals) and painted with Java2D
 * ({@code Graphics2DCanvas}), so both formats place the same marks. Text is measured once, with the AWT metrics of
 * DejaVu Sans ({@code TextMeasure}), the first family the SVG names. Later figures (funnel plot, PRISMA flow,
 * risk-of-bias plots) reuse the canvas.
 *
 * <p>Takes results (and the diagnostic numbers of {@code models.plots}, which it only draws); gives figures to the
 * render stage. Nothing here reads files other than the installed font, knows about specs or fits a model. Output is
 * deterministic: the same input gives the same SVG string and PNG bytes (on one machine; across machines the PNG
 * depends on the installed fonts and JDK).
 */
package org.metareport.figures;
