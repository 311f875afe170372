package org.metareport.figures;

import java.awt.BasicStroke;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Line2D;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Iterator;
import java.util.List;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageTypeSpecifier;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.metadata.IIOInvalidTreeException;
import javax.imageio.metadata.IIOMetadata;
import javax.imageio.metadata.IIOMetadataNode;
import javax.imageio.stream.ImageOutputStream;

/**
 * Paints a {@link Drawing} with Java2D onto a white RGB image at a given scale (2 gives 1600 px for an 800 px
 * figure) and encodes it as PNG. Antialiased shapes and text, fractional font metrics as in {@link TextMeasure},
 * no time stamp; the PNG's pHYs chunk says 96 × scale dots per inch, so the image keeps the figure's size at 1×
 * (96 px per inch) when a PDF renderer honours it. Groups draw nothing.
 */
final class Graphics2DCanvas implements Canvas {
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
        BufferedImage image = paint(drawing, scale);
        Iterator<ImageWriter> writers = ImageIO.getImageWritersByFormatName("png");
        if (!writers.hasNext()) throw new IllegalStateException("this Java runtime has no PNG writer");
        ImageWriter writer = writers.next();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(64 * 1024);
        try (ImageOutputStream out = ImageIO.createImageOutputStream(bytes)) {
            ImageWriteParam param = writer.getDefaultWriteParam();
            IIOMetadata meta = writer.getDefaultImageMetadata(ImageTypeSpecifier.createFromRenderedImage(image), param);
            setDpi(meta, 96 * scale);
            writer.setOutput(out);
            writer.write(null, new IIOImage(image, null, meta), param);
        } catch (IOException e) {
            throw new UncheckedIOException("could not encode PNG in memory", e);  // no real I/O: a JDK fault
        } finally {
            writer.dispose();
        }
        return bytes.toByteArray();
    }

    static int pixels(int size, double scale) {
        return (int) Math.ceil(size * scale - 1e-9);
    }

    private static void setDpi(IIOMetadata meta, double dpi) throws IIOInvalidTreeException {
        String perMetre = Long.toString(Math.round(dpi / 0.0254));
        IIOMetadataNode phys = new IIOMetadataNode("pHYs");
        phys.setAttribute("pixelsPerUnitXAxis", perMetre);
        phys.setAttribute("pixelsPerUnitYAxis", perMetre);
        phys.setAttribute("unitSpecifier", "meter");
        IIOMetadataNode root = new IIOMetadataNode("javax_imageio_png_1.0");
        root.appendChild(phys);
        meta.mergeTree("javax_imageio_png_1.0", root);
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
