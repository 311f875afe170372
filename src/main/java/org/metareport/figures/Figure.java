package org.metareport.figures;

import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A rendered figure in both formats: SVG text for HTML and PNG bytes for PDF, drawn from the same layout.
 *
 * @param svg         a complete {@code <svg>} element (UTF-8 text, no XML declaration), valid as a standalone
 *                    {@code .svg} file and inline in HTML; its {@code width}/{@code height} are {@link #width()}
 *                    and {@link #height()}
 * @param png         PNG bytes of {@link #pngWidth()} × {@link #pngHeight()} pixels; {@link #png()} returns a copy
 * @param width       the figure's width in CSS pixels (1×)
 * @param height      the figure's height in CSS pixels (1×)
 * @param pngWidth    the PNG's width in pixels, width × scale rounded up
 * @param pngHeight   the PNG's height in pixels
 * @param description a text alternative (also the SVG's {@code <desc>}), for an HTML {@code alt}
 * @param missingGlyphs the visible characters of the figure's text that neither the bundled DejaVu nor any installed
 *                    font has (drawn as empty boxes in the PNG), each with the text it first occurs in; in order
 */
public record Figure(String svg, byte[] png, int width, int height, int pngWidth, int pngHeight,
                     String description, Map<Integer, String> missingGlyphs) {
    public Figure {
        png = png.clone();
        missingGlyphs = Collections.unmodifiableMap(new LinkedHashMap<>(missingGlyphs));
    }

    /** A figure whose text every font draws. */
    public Figure(String svg, byte[] png, int width, int height, int pngWidth, int pngHeight, String description) {
        this(svg, png, width, height, pngWidth, pngHeight, description, Map.of());
    }

    static Figure of(Drawing drawing, double pngScale) {
        Map<Integer, String> missing = new LinkedHashMap<>();
        for (Drawing.Op op : drawing.ops())
            if (op instanceof Drawing.Text t)
                for (Span s : t.spans()) for (int cp : TextMeasure.missing(s.text())) missing.putIfAbsent(cp, s.text());
        return new Figure(SvgCanvas.render(drawing), Graphics2DCanvas.png(drawing, pngScale), drawing.width(),
            drawing.height(), Graphics2DCanvas.pixels(drawing.width(), pngScale),
            Graphics2DCanvas.pixels(drawing.height(), pngScale), drawing.description(), missing);
    }

    @Override public byte[] png() {
        return png.clone();
    }

    @Override public boolean equals(Object o) {
        return o instanceof Figure f && svg.equals(f.svg) && Arrays.equals(png, f.png) && width == f.width
            && height == f.height && pngWidth == f.pngWidth && pngHeight == f.pngHeight
            && description.equals(f.description);
    }

    @Override public int hashCode() {
        return 31 * svg.hashCode() + Arrays.hashCode(png);
    }

    @Override public String toString() {
        return "Figure[" + width + "×" + height + " px, PNG " + pngWidth + "×" + pngHeight + " px, "
            + png.length + " bytes]";
    }
}
