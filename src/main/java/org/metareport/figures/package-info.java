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
 * <p>Nothing here reads files other than the installed font, knows about specs or depends on another stage: the
 * render stage maps results into these records. Output is deterministic: the same input gives the same SVG string
 * and PNG bytes (on one machine; across machines the PNG depends on the installed fonts and JDK).
 */
package org.metareport.figures;
