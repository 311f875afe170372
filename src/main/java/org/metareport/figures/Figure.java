package org.metareport.figures;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
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
    private final Raster raster;
    private final Map<Integer, String> missingGlyphs;

    /**
     * The PNG of a figure, encoded on first use and then kept; figures that paint the same pixels may share one
     * ({@link #sharingPngs}).
     */
    private static final class Raster {
        private final Drawing drawing;
        private final double scale;
        private volatile byte[] png;

        Raster(Drawing drawing, double scale) {
            this.drawing = drawing;
            this.scale = scale;
        }

        byte[] png() {
            byte[] p = png;
            if (p == null) {
                synchronized (this) {
                    p = png;
                    if (p == null) png = p = Graphics2DCanvas.png(drawing, scale);
                }
            }
            return p;
        }
    }

    private Figure(Drawing drawing, double pngScale) {
        this.drawing = drawing;
        this.pngScale = pngScale;
        this.svg = SvgCanvas.render(drawing);
        this.raster = new Raster(drawing, pngScale);
        Map<Integer, String> missing = new LinkedHashMap<>();
        for (Drawing.Op op : drawing.ops())
            if (op instanceof Drawing.Text t)
                for (Span s : t.spans()) for (int cp : TextMeasure.missing(s.text())) missing.putIfAbsent(cp, s.text());
        this.missingGlyphs = Collections.unmodifiableMap(missing);
    }

    private Figure(Figure figure, Raster raster) {
        this.drawing = figure.drawing;
        this.pngScale = figure.pngScale;
        this.svg = figure.svg;
        this.raster = raster;
        this.missingGlyphs = figure.missingGlyphs;
    }

    /**
     * What decides a figure's PNG pixels: its size, its scale and the drawing operations that paint (not the title,
     * the description or the SVG group names, which the PNG does not show).
     */
    private record Pixels(int width, int height, double scale, List<Drawing.Op> ops) {
        static Pixels of(Figure f) {
            List<Drawing.Op> painted = new ArrayList<>(f.drawing.ops().size());
            for (Drawing.Op op : f.drawing.ops())
                if (!(op instanceof Drawing.BeginGroup) && !(op instanceof Drawing.EndGroup)) painted.add(op);
            return new Pixels(f.drawing.width(), f.drawing.height(), f.pngScale, painted);
        }
    }

    /**
     * The same figures, in the same order, where a figure whose PNG would have the same pixels as an earlier one's
     * (same size, scale and painting; e.g. the forest plot of a subgroup analysis and of the overall model of the same
     * effects) shares that figure's PNG, so it is encoded once. Everything else about each figure is its own.
     */
    public static List<Figure> sharingPngs(List<Figure> figures) {
        Map<Pixels, Raster> first = new HashMap<>();
        List<Figure> out = new ArrayList<>(figures.size());
        for (Figure f : figures) {
            Raster r = first.computeIfAbsent(Pixels.of(f), k -> f.raster);
            out.add(r == f.raster ? f : new Figure(f, r));
        }
        return out;
    }

    /** True when this figure's PNG is the same encoding as {@code other}'s (one shared by {@link #sharingPngs}). */
    public boolean sharesPngWith(Figure other) {
        return raster == other.raster;
    }

    /** The characters no font draws, each with the text it first occurs in, in order. */
    public Map<Integer, String> missingGlyphs() {
        return missingGlyphs;
    }

    static Figure of(Drawing drawing, double pngScale) {
        return new Figure(drawing, pngScale);
    }

    /** The drawing both formats are made from (for tests in this package). */
    Drawing drawing() {
        return drawing;
    }

    public String svg() {
        return svg;
    }

    /** The PNG bytes (a copy), encoded on the first call. */
    public byte[] png() {
        return raster.png().clone();
    }

    /** Encodes the PNG now unless it is encoded already (or being encoded by another thread: then waits for it). */
    public void encodePng() {
        raster.png();
    }

    /** True when the PNG has been encoded already (for tests of what a run encodes). */
    public boolean pngEncoded() {
        return raster.png != null;
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
            + (raster.png == null ? ", not encoded" : ", " + raster.png.length + " bytes") + "]";
    }
}
