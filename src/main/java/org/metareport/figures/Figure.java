package org.metareport.figures;

import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A rendered figure in both formats, drawn from the same layout: SVG text for Markdown and HTML, and PNG bytes for
 * the PDF. The SVG is written when the figure is drawn; the PNG is encoded only when first asked for (a Markdown or
 * HTML report needs none), once, and is then kept. Immutable and safe to share between threads.
 *
 * <p>{@link #svg()} is a complete {@code <svg>} element (UTF-8 text, no XML declaration), valid as a standalone
 * {@code .svg} file and inline in HTML; its {@code width}/{@code height} are {@link #width()} and {@link #height()}
 * (CSS pixels, 1×). {@link #png()} gives a copy of the PNG bytes of {@link #pngWidth()} × {@link #pngHeight()} pixels
 * (the width × scale rounded up). {@link #description()} is a text alternative (also the SVG's {@code <desc>}), for
 * an HTML {@code alt}. {@link #missingGlyphs()} lists the visible characters of the figure's text that neither the
 * bundled DejaVu nor any installed font has (drawn as empty boxes in the PNG), each with the text it first occurs in.
 */
public final class Figure {
    private final Drawing drawing;
    private final double pngScale;
    private final String svg;
    private volatile byte[] png;
    private final Map<Integer, String> missingGlyphs;

    private Figure(Drawing drawing, double pngScale) {
        this.drawing = drawing;
        this.pngScale = pngScale;
        this.svg = SvgCanvas.render(drawing);
        Map<Integer, String> missing = new LinkedHashMap<>();
        for (Drawing.Op op : drawing.ops())
            if (op instanceof Drawing.Text t)
                for (Span s : t.spans()) for (int cp : TextMeasure.missing(s.text())) missing.putIfAbsent(cp, s.text());
        this.missingGlyphs = Collections.unmodifiableMap(missing);
    }

    /** The characters no font draws, each with the text it first occurs in, in order. */
    public Map<Integer, String> missingGlyphs() {
        return missingGlyphs;
    }

    static Figure of(Drawing drawing, double pngScale) {
        return new Figure(drawing, pngScale);
    }

    public String svg() {
        return svg;
    }

    /** The PNG bytes (a copy), encoded on the first call. */
    public byte[] png() {
        byte[] p = png;
        if (p == null) {
            synchronized (this) {
                p = png;
                if (p == null) png = p = Graphics2DCanvas.png(drawing, pngScale);
            }
        }
        return p.clone();
    }

    /** True when the PNG has been encoded already (for tests of what a run encodes). */
    public boolean pngEncoded() {
        return png != null;
    }

    public int width() {
        return drawing.width();
    }

    public int height() {
        return drawing.height();
    }

    public int pngWidth() {
        return Graphics2DCanvas.pixels(drawing.width(), pngScale);
    }

    public int pngHeight() {
        return Graphics2DCanvas.pixels(drawing.height(), pngScale);
    }

    public String description() {
        return drawing.description();
    }

    @Override public boolean equals(Object o) {
        return o instanceof Figure f && svg.equals(f.svg) && pngScale == f.pngScale && drawing.equals(f.drawing);
    }

    @Override public int hashCode() {
        return svg.hashCode();
    }

    @Override public String toString() {
        return "Figure[" + width() + "×" + height() + " px, PNG " + pngWidth() + "×" + pngHeight() + " px"
            + (png == null ? ", not encoded" : ", " + png.length + " bytes") + "]";
    }
}
