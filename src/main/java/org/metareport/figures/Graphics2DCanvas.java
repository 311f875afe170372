package org.metareport.figures;

import com.pngencoder.PngEncoder;
import com.pngencoder.PngEncoderPhysicalPixelDimensions;
import java.awt.BasicStroke;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Line2D;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.util.List;

/**
 * Paints a {@link Drawing} with Java2D onto a white RGB image at a given scale (2 gives 1600 px for an 800 px
 * figure) and encodes it as PNG. Antialiased shapes and text, fractional font metrics as in {@link TextMeasure},
 * no time stamp; the PNG's pHYs chunk says 96 × scale dots per inch, so the image keeps the figure's size at 1×
 * (96 px per inch) when a PDF renderer honours it. Groups draw nothing.
 */
final class Graphics2DCanvas implements Canvas {
    /** zlib's level for the PNG data (1 fastest .. 9 smallest), chosen by measurement (docs/performance.md, "png"). */
    static final int PNG_DEFLATE_LEVEL = 3;

    private final Graphics2D g;

    private Graphics2DCanvas(Graphics2D g) {
        this.g = g;
    }

    /** @return the drawing painted at {@code scale} device pixels per figure pixel */
    static BufferedImage paint(Drawing drawing, double scale) {
        if (!(scale > 0) || scale > 16) throw new IllegalArgumentException("PNG scale must be in (0, 16], was " + scale);
        BufferedImage image = new BufferedImage(pixels(drawing.width(), scale), pixels(drawing.height(), scale),
            BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
            g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
            g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
            g.setColor(java.awt.Color.WHITE);
            g.fillRect(0, 0, image.getWidth(), image.getHeight());
            g.scale(scale, scale);
            drawing.replay(new Graphics2DCanvas(g));
        } finally {
            g.dispose();
        }
        return image;
    }

    /** @return PNG bytes of the drawing at {@code scale}; the same drawing and scale give the same bytes */
    static byte[] png(Drawing drawing, double scale) {
        return encode(paint(drawing, scale), 96 * scale);
    }

    /**
     * The image as an 8-bit RGB, non-interlaced PNG: IHDR, a pHYs chunk of {@code dpi} (in pixels per metre, rounded),
     * the IDAT chunks and IEND; no time stamp, text, colour or other chunk. Every row has filter type None and the
     * rows are deflated at {@link #PNG_DEFLATE_LEVEL} on the calling thread, so the bytes depend on the pixels and the
     * zlib in use only (not on the thread or the number of cores); the PDF embeds them as they are
     * ({@code render.pdf.PngPassThrough}). Against the JDK's ImageIO writer (adaptive row filters, zlib level 4) it takes
     * about a quarter of the CPU time for files about 13% larger (docs/performance.md, "png").
     */
    static byte[] encode(BufferedImage image, double dpi) {
        if (image.getType() != BufferedImage.TYPE_INT_RGB)
            throw new IllegalArgumentException("PNG encoding expects an RGB image without alpha, was type " + image.getType());
        return new PngEncoder()
            .withBufferedImage(image)
            .withCompressionLevel(PNG_DEFLATE_LEVEL)
            .withPredictorEncoding(false)                 // filter None: smaller and faster for flat-coloured figures
            .withMultiThreadedCompressionEnabled(false)   // one thread per image: the pipeline encodes images in parallel
            .withTryIndexedEncoding(false)                // always RGB, the kind the PDF takes without decoding
            .withSrgbRenderingIntent(null)
            .withPhysicalPixelDimensions(PngEncoderPhysicalPixelDimensions.pixelsPerMeter(
                Math.toIntExact(Math.round(dpi / 0.0254))))
            .toBytes();
    }

    static int pixels(int size, double scale) {
        return (int) Math.ceil(size * scale - 1e-9);
    }

    @Override public void line(double x1, double y1, double x2, double y2, Stroke stroke) {
        use(stroke);
        g.draw(new Line2D.Double(x1, y1, x2, y2));
    }

    @Override public void rect(double x, double y, double width, double height, Rgb fill, Stroke stroke) {
        Rectangle2D r = new Rectangle2D.Double(x, y, width, height);
        if (fill != null) {
            g.setColor(fill.awt());
            g.fill(r);
        }
        if (stroke != null) {
            use(stroke);
            g.draw(r);
        }
    }

    @Override public void circle(double cx, double cy, double r, Rgb fill, Stroke stroke) {
        java.awt.geom.Ellipse2D e = new java.awt.geom.Ellipse2D.Double(cx - r, cy - r, 2 * r, 2 * r);
        if (fill != null) {
            g.setColor(fill.awt());
            g.fill(e);
        }
        if (stroke != null) {
            use(stroke);
            g.draw(e);
        }
    }

    @Override public void polygon(List<Double> xy, Rgb fill, Stroke stroke) {
        Path2D.Double p = new Path2D.Double();
        p.moveTo(xy.get(0), xy.get(1));
        for (int i = 2; i < xy.size(); i += 2) p.lineTo(xy.get(i), xy.get(i + 1));
        p.closePath();
        if (fill != null) {
            g.setColor(fill.awt());
            g.fill(p);
        }
        if (stroke != null) {
            use(stroke);
            g.draw(p);
        }
    }

    @Override public void text(double y, List<Span> spans, TextStyle style, Anchor anchor) {
        g.setColor(style.color().awt());
        for (Span s : spans) {
            if (s.text().isEmpty()) continue;
            double x = anchor.left(s.x(), TextMeasure.width(s.text(), style));
            for (TextMeasure.Run run : TextMeasure.runs(s.text(), style)) {   // DejaVu, and fallbacks it lacks
                g.setFont(run.font());
                g.drawString(run.text(), (float) x, (float) y);
                x += TextMeasure.width(run, style);
            }
        }
    }

    @Override public void beginGroup(String id, String cssClass, String title) {}

    @Override public void endGroup() {}

    private void use(Stroke s) {
        g.setColor(s.color().awt());
        float[] dash = null;
        if (s.isDashed()) {
            dash = new float[s.dash().size()];
            for (int i = 0; i < dash.length; i++) dash[i] = s.dash().get(i).floatValue();
        }
        g.setStroke(new BasicStroke((float) s.width(), BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f, dash, 0f));
    }
}
