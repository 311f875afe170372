package org.metareport.figures;

import com.pngencoder.PngEncoder;
import com.pngencoder.PngEncoderPhysicalPixelDimensions;
import java.awt.BasicStroke;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Line2D;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import java.awt.Transparency;
import java.awt.color.ColorSpace;
import java.awt.image.BufferedImage;
import java.awt.image.ComponentColorModel;
import java.awt.image.DataBuffer;
import java.awt.image.DataBufferByte;
import java.awt.image.DataBufferInt;
import java.awt.image.DirectColorModel;
import java.awt.image.Raster;
import java.awt.image.SinglePixelPackedSampleModel;
import java.awt.image.WritableRaster;
import java.lang.ref.SoftReference;
import java.util.List;
import java.util.function.IntFunction;
import java.util.function.ToIntFunction;

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

    /** @return the drawing painted at {@code scale} device pixels per figure pixel, in an image of its own */
    static BufferedImage paint(Drawing drawing, double scale) {
        checkScale(scale);
        return paintOnto(new BufferedImage(pixels(drawing.width(), scale), pixels(drawing.height(), scale),
            BufferedImage.TYPE_INT_RGB), drawing, scale);
    }

    private static void checkScale(double scale) {
        if (!(scale > 0) || scale > 16) throw new IllegalArgumentException("PNG scale must be in (0, 16], was " + scale);
    }

    /**
     * This thread's pixel buffers, kept from one PNG to the next: a report paints about 100 MB of pixels (a 79-row
     * forest plot alone is 25 MB), which as new arrays the collector had to copy whenever it stopped during a paint
     * (docs/performance.md, "stops 23–24"). Soft, so memory pressure can take them back.
     */
    private static final ThreadLocal<SoftReference<int[]>> RGB = new ThreadLocal<>();
    private static final ThreadLocal<SoftReference<byte[]>> GREY = new ThreadLocal<>();

    /** An RGB image of {@code width} × {@code height} over this thread's buffer (its old pixels are not cleared). */
    static BufferedImage reusedRgb(int width, int height) {
        int n = Math.multiplyExact(width, height);
        int[] pixels = buffer(RGB, n, int[]::new, a -> a.length);
        WritableRaster raster = Raster.createPackedRaster(new DataBufferInt(pixels, n), width, height, width,
                new int[] {0xff0000, 0xff00, 0xff}, null);
        return typed(new BufferedImage(new DirectColorModel(24, 0xff0000, 0xff00, 0xff), raster, false, null),
                BufferedImage.TYPE_INT_RGB);
    }

    /** A grey image of {@code width} × {@code height} over this thread's buffer (its old samples are not cleared). */
    private static BufferedImage reusedGrey(int width, int height) {
        int n = Math.multiplyExact(width, height);
        byte[] samples = buffer(GREY, n, byte[]::new, a -> a.length);
        WritableRaster raster = Raster.createInterleavedRaster(new DataBufferByte(samples, n), width, height, width, 1,
                new int[] {0}, null);
        return typed(new BufferedImage(new ComponentColorModel(ColorSpace.getInstance(ColorSpace.CS_GRAY),
                new int[] {8}, false, true, Transparency.OPAQUE, DataBuffer.TYPE_BYTE), raster, false, null),
                BufferedImage.TYPE_BYTE_GRAY);
    }

    /** This thread's array of at least {@code n} elements from {@code local}, made anew when too small or collected. */
    private static <A> A buffer(ThreadLocal<SoftReference<A>> local, int n, IntFunction<A> make, ToIntFunction<A> length) {
        SoftReference<A> ref = local.get();
        A array = ref == null ? null : ref.get();
        if (array == null || length.applyAsInt(array) < n) {
            array = make.apply(n);
            local.set(new SoftReference<>(array));
        }
        return array;
    }

    /** The image, which Java2D must see as {@code type} (its fast loops and the encoder's paths depend on it). */
    private static BufferedImage typed(BufferedImage image, int type) {
        if (image.getType() != type) throw new IllegalStateException("image of type " + image.getType() + ", not " + type);
        return image;
    }

    private static BufferedImage paintOnto(BufferedImage image, Drawing drawing, double scale) {
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
        checkScale(scale);
        int width = pixels(drawing.width(), scale);
        int height = pixels(drawing.height(), scale);
        if (paintsGrey(drawing)) return encodeGrey(paintOnto(reusedGrey(width, height), drawing, scale), 96 * scale);
        return encode(paintOnto(reusedRgb(width, height), drawing, scale), 96 * scale, true);
    }

    /**
     * True when painting {@code drawing} can give only grey pixels: every colour it uses is a grey and the bundled
     * DejaVu draws all its text (a fallback font may draw its glyphs in colour). Java2D blends the three channels
     * alike, so such a drawing painted straight into a grey image has the samples its RGB painting has in each
     * channel, and the PNG the same bytes, without a test of each painted pixel (PngEncodingTest compares the two).
     */
    static boolean paintsGrey(Drawing drawing) {
        for (Drawing.Op op : drawing.ops()) {
            boolean grey;
            if (op instanceof Drawing.Line l) grey = grey(l.stroke());
            else if (op instanceof Drawing.Rect r) grey = grey(r.fill()) && grey(r.stroke());
            else if (op instanceof Drawing.Circle c) grey = grey(c.fill()) && grey(c.stroke());
            else if (op instanceof Drawing.Polygon p) grey = grey(p.fill()) && grey(p.stroke());
            else if (op instanceof Drawing.Text t) {
                grey = t.style().color().isGrey();
                for (Span span : t.spans()) grey = grey && TextMeasure.bundledDraws(span.text(), t.style());
            } else grey = true;                                       // groups paint nothing
            if (!grey) return false;
        }
        return true;
    }

    private static boolean grey(Rgb fill) {
        return fill == null || fill.isGrey();
    }

    private static boolean grey(Stroke stroke) {
        return stroke == null || stroke.color().isGrey();
    }

    /**
     * The image as an 8-bit, non-interlaced PNG: grey (one byte a pixel) when every pixel is grey, as in most figures
     * (black, greys and white, antialiased), else RGB; IHDR, a pHYs chunk of {@code dpi} (in pixels per metre,
     * rounded), the IDAT chunks and IEND; no time stamp, text, colour or other chunk. Every row has filter type None
     * and the rows are deflated at {@link #PNG_DEFLATE_LEVEL} on the calling thread, so the bytes depend on the pixels
     * and the zlib in use only (not on the thread or the number of cores); the PDF embeds them as they are
     * ({@code render.pdf.PngPassThrough}). Against the JDK's ImageIO writer (adaptive row filters, zlib level 4) it
     * takes about a quarter of the CPU time for files about 13% larger; grey takes a third of the bytes to deflate
     * (docs/performance.md, "png" and "stop 21").
     */
    static byte[] encode(BufferedImage image, double dpi) {
        return encode(image, dpi, false);
    }

    /** {@code reuse}: the grey samples go into this thread's buffer ({@link #png} only). */
    private static byte[] encode(BufferedImage image, double dpi, boolean reuse) {
        if (image.getType() != BufferedImage.TYPE_INT_RGB)
            throw new IllegalArgumentException("PNG encoding expects an RGB image without alpha, was type " + image.getType());
        BufferedImage grey = grey(image, reuse);
        return grey != null ? encodeGrey(grey, dpi) : encoder(image, dpi).toBytes();
    }

    /** A grey image ({@link BufferedImage#TYPE_BYTE_GRAY}) as {@link #encode} writes it. */
    private static byte[] encodeGrey(BufferedImage grey, double dpi) {
        // pngencoder tags a grey image with the JDK's grey colour profile, whose gamma is linear: viewers that honour it
        // would show every grey lighter than painted. Untagged, grey samples mean what RGB ones do (sRGB, as browsers,
        // PDF's DeviceGray and Word read them), so the chunk goes.
        return withoutChunk(encoder(typed(grey, BufferedImage.TYPE_BYTE_GRAY), dpi).toBytes(), "iCCP");
    }

    private static PngEncoder encoder(BufferedImage image, double dpi) {
        return new PngEncoder()
            .withBufferedImage(image)
            .withCompressionLevel(PNG_DEFLATE_LEVEL)
            .withPredictorEncoding(false)                 // filter None: smaller and faster for flat-coloured figures
            .withMultiThreadedCompressionEnabled(false)   // one thread per image: the pipeline encodes images in parallel
            .withTryIndexedEncoding(false)                // grey or RGB, the kinds the PDF takes without decoding
            .withSrgbRenderingIntent(null)
            .withPhysicalPixelDimensions(PngEncoderPhysicalPixelDimensions.pixelsPerMeter(
                Math.toIntExact(Math.round(dpi / 0.0254))));
    }

    /** The PNG without its chunks of {@code type} (each chunk stands alone: length, type, data, CRC). */
    static byte[] withoutChunk(byte[] png, String type) {
        byte[] name = type.getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream(png.length);
        out.write(png, 0, 8);                                                       // the signature
        for (int at = 8; at + 12 <= png.length; ) {
            int length = java.nio.ByteBuffer.wrap(png, at, 4).getInt();
            int size = 12 + length;
            if (length < 0 || at + size > png.length) throw new IllegalStateException("damaged PNG chunk at byte " + at);
            if (!java.util.Arrays.equals(png, at + 4, at + 8, name, 0, 4)) out.write(png, at, size);
            at += size;
        }
        return out.toByteArray();
    }

    /**
     * The pixels of an RGB image as 8-bit grey samples when every pixel has red = green = blue (the sample is that
     * value: no colour conversion), else null. Only for the images {@link #paint} makes (packed, one int a pixel).
     */
    static BufferedImage grey(BufferedImage rgb) {
        return grey(rgb, false);
    }

    private static BufferedImage grey(BufferedImage rgb, boolean reuse) {
        if (!(rgb.getRaster().getDataBuffer() instanceof DataBufferInt buffer)
                || !(rgb.getSampleModel() instanceof SinglePixelPackedSampleModel model)
                || model.getScanlineStride() != rgb.getWidth() || buffer.getOffset() != 0
                || rgb.getRaster().getSampleModelTranslateX() != 0 || rgb.getRaster().getSampleModelTranslateY() != 0) {
            return null;
        }
        int[] pixels = buffer.getData();
        int n = rgb.getWidth() * rgb.getHeight();
        BufferedImage grey = reuse ? reusedGrey(rgb.getWidth(), rgb.getHeight())
                : new BufferedImage(rgb.getWidth(), rgb.getHeight(), BufferedImage.TYPE_BYTE_GRAY);
        byte[] samples = ((DataBufferByte) grey.getRaster().getDataBuffer()).getData();
        for (int i = 0; i < n; i++) {
            int p = pixels[i];                                      // 0xAARRGGBB
            if (!Rgb.isGrey(p)) return null;
            samples[i] = (byte) p;
        }
        return grey;
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
            List<TextMeasure.Run> runs = TextMeasure.runs(s.text(), style);   // DejaVu, and fallbacks it lacks
            for (int i = 0; i < runs.size(); i++) {
                TextMeasure.Run run = runs.get(i);
                g.setFont(run.font());
                g.drawString(run.text(), (float) x, (float) y);
                if (i + 1 < runs.size()) x += TextMeasure.width(run, style);   // measuring shapes the text again
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
