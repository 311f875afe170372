package org.metareport.figures;

/**
 * The room a figure has on a printed page: the width of the text block and the tallest a figure may be beside its
 * caption, in millimetres. The figures stage cuts a forest plot taller than this into page-sized parts for the PDF
 * (HTML keeps one SVG).
 *
 * @param widthMm  the text block's width; a figure wider than this is printed at this width
 * @param heightMm the tallest a figure may be printed, leaving room for its caption
 */
public record PrintFrame(double widthMm, double heightMm) {
    public PrintFrame {
        if (!(widthMm > 0 && heightMm > 0 && Double.isFinite(widthMm) && Double.isFinite(heightMm)))
            throw new IllegalArgumentException("a print frame needs a positive width and height, was "
                + widthMm + " × " + heightMm + " mm");
    }

    /** @return the tallest a figure {@code widthPx} wide may be, in its own pixels, when printed across the frame */
    public double maxHeight(double widthPx) {
        return widthPx * heightMm / widthMm;
    }
}
