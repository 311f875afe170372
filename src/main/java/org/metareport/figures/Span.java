package org.metareport.figures;

/**
 * One positioned piece of a line of text. Several spans on one baseline form one text element (one SVG
 * {@code <text>} with a {@code <tspan>} each), so "−0.71 [−1.07, −0.36]" is aligned column by column yet still
 * selects and searches as one string.
 */
record Span(double x, String text) {
    Span {
        if (!Double.isFinite(x)) throw new IllegalArgumentException("span x must be finite, was " + x);
        if (text == null) throw new IllegalArgumentException("span text is required");
    }
}
