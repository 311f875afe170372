package org.metareport.figures;

import java.util.List;

/**
 * Where a figure is drawn. Coordinates are pixels at 1×, origin top left, y down. A figure's layout code draws
 * once onto a {@link Drawing.Recorder}; the {@link Drawing} then replays onto {@link SvgCanvas} and
 * {@link Graphics2DCanvas}, so the SVG and the PNG show the same marks at the same places.
 *
 * <p>Text is never measured by a canvas: layout measures with {@link TextMeasure}, which both canvases agree
 * with, and passes the baseline position.
 */
interface Canvas {
    /** A straight line. */
    void line(double x1, double y1, double x2, double y2, Stroke stroke);

    /** A rectangle, filled with {@code fill} and outlined with {@code stroke}; either may be null (not both). */
    void rect(double x, double y, double width, double height, Rgb fill, Stroke stroke);

    /** A circle with centre ({@code cx}, {@code cy}) and radius {@code r}; filled and/or outlined as {@link #rect}. */
    void circle(double cx, double cy, double r, Rgb fill, Stroke stroke);

    /** A closed polygon through {@code xy} = x0, y0, x1, y1, …; filled and/or outlined as {@link #rect}. */
    void polygon(List<Double> xy, Rgb fill, Stroke stroke);

    /** One line of text on the baseline {@code y}, made of one or more pieces, each anchored at its own x. */
    void text(double y, List<Span> spans, TextStyle style, Anchor anchor);

    /** A single piece of text anchored at ({@code x}, baseline {@code y}). */
    default void text(double x, double y, String text, TextStyle style, Anchor anchor) {
        text(y, List.of(new Span(x, text)), style, anchor);
    }

    /**
     * Opens a group of marks: an SVG {@code <g>} with an optional id, class and {@code <title>} (a tooltip and
     * an accessible name). Nothing is drawn for a group in raster formats. Every call needs an {@link #endGroup}.
     */
    void beginGroup(String id, String cssClass, String title);

    void endGroup();
}
