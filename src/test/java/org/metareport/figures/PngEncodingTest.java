package org.metareport.figures;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.image.BufferedImage;
import java.awt.image.DataBufferInt;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.zip.CRC32;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

/**
 * The figures' PNG encoding: lossless (the file decodes to the painted pixels), always the same bytes for the same
 * drawing whichever thread encodes it, 8-bit grey (a figure without colour) or RGB without interlace (what the PDF
 * embeds without decoding), with the pHYs chunk of the scale's dpi and no chunk that varies between runs.
 */
class PngEncodingTest {
    private static Drawing forest() {
        return ForestPlot.layout(ForestData.builder(ForestExamples.manyRows(40)).build());
    }

    private static Drawing sample() {
        Drawing.Recorder c = new Drawing.Recorder();
        c.rect(10, 10, 20, 20, new Rgb(0x336699), null);
        c.circle(60, 30, 12.3, new Rgb(0xcc2200), Stroke.solid(0.7, Rgb.BLACK));
        c.line(0, 50, 100, 57.125, Stroke.solid(0.5, new Rgb(0x118844)).dashed(4, 2));
        c.text(50, 75, "τ² = 0.25 [−1.2, 3.4]", TextStyle.regular(11).bolded(), Anchor.MIDDLE);
        return c.finish(101, 83, "t", "d");   // odd sizes: rows of an odd number of bytes
    }

    /** The chunks of a PNG, in order: type and data (CRC checked). */
    record Chunk(String type, byte[] data) {}

    static List<Chunk> chunks(byte[] png) {
        assertThat(png).startsWith(0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n');
        ByteBuffer b = ByteBuffer.wrap(png, 8, png.length - 8);
        List<Chunk> chunks = new ArrayList<>();
        while (b.hasRemaining()) {
            int length = b.getInt();
            byte[] type = new byte[4], data = new byte[length];
            b.get(type).get(data);
            CRC32 crc = new CRC32();
            crc.update(type);
            crc.update(data);
            assertThat(b.getInt()).as("CRC of %s", new String(type, StandardCharsets.US_ASCII)).isEqualTo((int) crc.getValue());
            chunks.add(new Chunk(new String(type, StandardCharsets.US_ASCII), data));
        }
        return chunks;
    }

    /**
     * The image's pixels as 0xRRGGBB. A grey PNG decodes to an 8-bit grey image whose {@code getRGB} converts from a
     * linear grey colour space; its samples are the file's values, so they are read as they are (r = g = b = sample).
     */
    private static int[] pixels(BufferedImage image) {
        if (image.getType() == BufferedImage.TYPE_BYTE_GRAY) {
            int[] grey = image.getRaster().getPixels(0, 0, image.getWidth(), image.getHeight(), (int[]) null);
            for (int i = 0; i < grey.length; i++) grey[i] = grey[i] << 16 | grey[i] << 8 | grey[i];
            return grey;
        }
        int[] rgb = image.getRGB(0, 0, image.getWidth(), image.getHeight(), null, 0, image.getWidth());
        for (int i = 0; i < rgb.length; i++) rgb[i] &= 0xffffff;
        return rgb;
    }

    /** The colour type in a PNG's IHDR: 0 grey, 2 RGB. */
    private static int colourType(byte[] png) {
        return chunks(png).get(0).data()[9];
    }

    @Test
    void decodesToExactlyThePaintedPixels() throws IOException {
        for (Drawing d : List.of(sample(), forest())) {
            for (double scale : new double[] {1, 1.5, 2}) {
                BufferedImage painted = Graphics2DCanvas.paint(d, scale);
                BufferedImage decoded = ImageIO.read(new ByteArrayInputStream(Graphics2DCanvas.png(d, scale)));
                assertThat(decoded.getWidth()).as("width at %s×", scale).isEqualTo(painted.getWidth());
                assertThat(decoded.getHeight()).as("height at %s×", scale).isEqualTo(painted.getHeight());
                assertThat(decoded.getColorModel().hasAlpha()).as("alpha").isFalse();
                assertThat(pixels(decoded)).as("pixels at %s×", scale).isEqualTo(pixels(painted));
            }
        }
        int[] painted = ((DataBufferInt) Graphics2DCanvas.paint(sample(), 2).getRaster().getDataBuffer()).getData();
        assertThat(java.util.Arrays.stream(painted).map(p -> p & 0xffffff).distinct().count())
            .as("the sample has more colours than black and white (antialiasing), so the test sees channel order")
            .isGreaterThan(20);
    }

    @Test
    void writesGreyWhenEveryPixelIsGreyAndRgbOtherwise() throws IOException {
        assertThat(colourType(Graphics2DCanvas.png(forest(), 2))).as("the forest plot: black, greys, white").isEqualTo(0);
        assertThat(colourType(Graphics2DCanvas.png(sample(), 2))).as("the sample has colours").isEqualTo(2);
        // one pixel off grey makes the whole image RGB, and it decodes to exactly that pixel
        BufferedImage image = Graphics2DCanvas.paint(forest(), 1);
        assertThat(Graphics2DCanvas.grey(image)).isNotNull();
        for (int offGrey : new int[] {0x807f7f, 0x7f807f, 0x7f7f80, 0x7e7f7f, 0x7f7f7e}) {   // each channel, either way
            BufferedImage one = Graphics2DCanvas.paint(forest(), 1);
            one.setRGB(one.getWidth() - 1, one.getHeight() - 1, offGrey);                      // the very last pixel
            assertThat(Graphics2DCanvas.grey(one)).as("%06x", offGrey).isNull();
        }
        image.setRGB(3, 4, 0x7f7f80);
        assertThat(Graphics2DCanvas.grey(image)).isNull();
        byte[] png = Graphics2DCanvas.encode(image, 96);
        assertThat(colourType(png)).isEqualTo(2);
        assertThat(pixels(ImageIO.read(new ByteArrayInputStream(png)))).isEqualTo(pixels(image));
        // a grey image keeps its samples: no colour conversion on the way
        BufferedImage greys = new BufferedImage(256, 1, BufferedImage.TYPE_INT_RGB);
        for (int v = 0; v < 256; v++) greys.setRGB(v, 0, v << 16 | v << 8 | v);
        BufferedImage decoded = ImageIO.read(new ByteArrayInputStream(Graphics2DCanvas.encode(greys, 96)));
        assertThat(decoded.getType()).isEqualTo(BufferedImage.TYPE_BYTE_GRAY);
        assertThat(decoded.getRaster().getPixels(0, 0, 256, 1, (int[]) null)).isEqualTo(
                java.util.stream.IntStream.range(0, 256).toArray());
    }

    @Test
    void writesEightBitGreyWithoutInterlaceAndOnlyHeaderDpiDataAndEnd() {
        byte[] png = Graphics2DCanvas.png(forest(), 2);
        List<Chunk> chunks = chunks(png);
        List<String> types = chunks.stream().map(Chunk::type).distinct().toList();
        assertThat(types).as("chunk types in order: no tIME, tEXt, sRGB, iCCP, PLTE, tRNS").containsExactly("IHDR", "pHYs", "IDAT", "IEND");
        ByteBuffer ihdr = ByteBuffer.wrap(chunks.get(0).data());
        assertThat(ihdr.getInt()).as("width").isEqualTo(1600);
        assertThat(ihdr.getInt()).as("height").isEqualTo(Graphics2DCanvas.pixels(forest().height(), 2));
        assertThat(new byte[] {ihdr.get(), ihdr.get(), ihdr.get(), ihdr.get(), ihdr.get()})
            .as("bit depth 8, colour type 0 (grey), deflate, adaptive filtering, no interlace").containsExactly(8, 0, 0, 0, 0);
        assertThat(chunks.get(chunks.size() - 1).data()).as("IEND").isEmpty();
    }

    @Test
    void saysTheScalesDpiInThePhysChunk() {
        for (double scale : new double[] {1, 2, 3}) {
            Chunk phys = chunks(Graphics2DCanvas.png(sample(), scale)).get(1);
            assertThat(phys.type()).isEqualTo("pHYs");
            ByteBuffer b = ByteBuffer.wrap(phys.data());
            long perMetre = Math.round(96 * scale / 0.0254);
            assertThat(b.getInt()).as("x pixels per metre at %s×", scale).isEqualTo(perMetre);
            assertThat(b.getInt()).as("y pixels per metre at %s×", scale).isEqualTo(perMetre);
            assertThat(b.get()).as("unit: metre").isEqualTo((byte) 1);
        }
        ByteBuffer at2 = ByteBuffer.wrap(chunks(Graphics2DCanvas.png(sample(), 2)).get(1).data());
        assertThat(at2.getInt()).as("192 dpi, as the ImageIO writer wrote it before").isEqualTo(7559);
    }

    @Test
    void givesTheSameBytesEveryTimeAndOnEveryThread() throws Exception {
        Drawing forest = forest();
        byte[] first = Graphics2DCanvas.png(forest, 2);
        assertThat(Graphics2DCanvas.png(forest, 2)).as("encoded twice").isEqualTo(first);
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Callable<byte[]>> tasks = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                int n = i;
                // the same figure on four threads at once, interleaved with other figures being encoded
                tasks.add(n % 2 == 0 ? () -> Figure.of(forest, 2).png() : () -> Graphics2DCanvas.png(sample(), 1 + n));
            }
            List<Future<byte[]>> done = pool.invokeAll(tasks);
            for (int i = 0; i < done.size(); i += 2) assertThat(done.get(i).get()).as("on thread task %d", i).isEqualTo(first);
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void aThreadsReusedPixelBuffersGiveTheBytesOfFreshImages() throws Exception {
        // png() paints into this thread's buffers, kept from one image to the next: a smaller image after a larger
        // one uses the front of the larger buffer, whose old pixels must not show; grey and RGB alike
        Drawing forest = forest(), sample = sample();
        byte[] forestFresh = Graphics2DCanvas.encode(Graphics2DCanvas.paint(forest, 2), 192);
        byte[] sampleFresh = Graphics2DCanvas.encode(Graphics2DCanvas.paint(sample, 3), 288);
        byte[] greyFresh = Graphics2DCanvas.encode(Graphics2DCanvas.paint(forest, 1), 96);
        for (int round = 0; round < 2; round++) {
            assertThat(Graphics2DCanvas.png(forest, 2)).as("large, grey").isEqualTo(forestFresh);
            assertThat(Graphics2DCanvas.png(sample, 3)).as("small, RGB, after a large one").isEqualTo(sampleFresh);
            assertThat(Graphics2DCanvas.png(forest, 1)).as("grey, after RGB, in part of the buffer").isEqualTo(greyFresh);
        }
        BufferedImage a = Graphics2DCanvas.reusedRgb(7, 5);
        assertThat(a.getType()).isEqualTo(BufferedImage.TYPE_INT_RGB);
        assertThat(a.getWidth()).isEqualTo(7);
        assertThat(a.getHeight()).isEqualTo(5);
    }

    /** Greys only: shapes, dashes, antialiased text and overlaps at fractional positions, in several greys. */
    private static Drawing greys() {
        Drawing.Recorder c = new Drawing.Recorder();
        c.rect(3.3, 4.7, 60.2, 30.9, new Rgb(0xd9d9d9), Stroke.solid(0.8, new Rgb(0x404040)));
        c.circle(40.25, 22.6, 11.7, new Rgb(0x7f7f7f), Stroke.solid(1.3, Rgb.BLACK).dashed(2.5, 1.5));
        c.polygon(List.of(10.1, 50.3, 70.7, 44.2, 35.5, 80.9), new Rgb(0xeeeeee), Stroke.solid(0.6, new Rgb(0x222222)));
        c.line(0.5, 90.25, 99.5, 60.75, Stroke.solid(2.2, new Rgb(0x999999)));
        c.text(50.5, 75.3, "τ² = 0.25 [−1.2, 3.4]", TextStyle.regular(11).bolded().colored(new Rgb(0x555555)), Anchor.MIDDLE);
        c.text(2, 97.6, "Study (2019) ÅÉ", TextStyle.regular(9).italicised(), Anchor.START);
        return c.finish(101, 103, "t", "d");
    }

    @Test
    void aDrawingInGreysIsPaintedStraightIntoGreyWithTheBytesOfItsRgbPainting() {
        // png() paints a drawing whose colours are all greys into a grey image; the bytes must be those of painting it
        // in RGB and taking the grey samples from that, for shapes, text and the figures' own drawings alike
        List<Drawing> grey = List.of(greys(), forest(), FunnelPlot.draw(FunnelExamples.bcg().build()).drawing(),
                FunnelPlot.draw(FunnelExamples.bcgContours().build()).drawing(),
                FunnelPlot.draw(FunnelExamples.bcgTrimFill().build()).drawing());
        for (Drawing d : grey) {
            assertThat(Graphics2DCanvas.paintsGrey(d)).as(d.title()).isTrue();
            for (double scale : new double[] {1, 2, 2.5}) {
                byte[] viaRgb = Graphics2DCanvas.encode(Graphics2DCanvas.paint(d, scale), 96 * scale);
                assertThat(chunks(viaRgb).get(0).data()[9]).as("colour type of %s", d.title()).isEqualTo((byte) 0);
                assertThat(Graphics2DCanvas.png(d, scale)).as("%s at %s", d.title(), scale).isEqualTo(viaRgb);
            }
        }
    }

    @Test
    void aDrawingWithAColourOrAFallbackFontIsPaintedInRgb() {
        assertThat(Graphics2DCanvas.paintsGrey(sample())).as("colour fills and strokes").isFalse();
        for (Rgb colour : List.of(new Rgb(0x010000), new Rgb(0x000100), new Rgb(0x000001), new Rgb(0xfefeff))) {
            Drawing.Recorder fill = new Drawing.Recorder(), stroke = new Drawing.Recorder(), text = new Drawing.Recorder();
            fill.rect(1, 1, 5, 5, colour, Stroke.solid(1, Rgb.BLACK));
            stroke.line(1, 1, 5, 5, Stroke.solid(1, colour));
            text.text(2, 8, "a", TextStyle.regular(8).colored(colour), Anchor.START);
            for (Drawing.Recorder r : List.of(fill, stroke, text))
                assertThat(Graphics2DCanvas.paintsGrey(r.finish(10, 10, "t", "d"))).as("%06x", colour.value()).isFalse();
        }
        // a character DejaVu lacks is drawn from an installed font, which may draw in colour (an emoji font)
        Drawing.Recorder fallback = new Drawing.Recorder();
        fallback.text(2, 8, "研究 1", TextStyle.regular(8), Anchor.START);
        assertThat(Graphics2DCanvas.paintsGrey(fallback.finish(10, 10, "t", "d"))).isFalse();
        Drawing.Recorder dejaVu = new Drawing.Recorder();
        dejaVu.text(2, 8, "Studie 1 (α, β, ≤)", TextStyle.regular(8), Anchor.START);
        assertThat(Graphics2DCanvas.paintsGrey(dejaVu.finish(10, 10, "t", "d"))).isTrue();
    }

    @Test
    void refusesImagesOfAnotherKind() {
        assertThatThrownBy(() -> Graphics2DCanvas.encode(new BufferedImage(3, 3, BufferedImage.TYPE_INT_ARGB), 96))
            .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("RGB image without alpha");
    }
}
