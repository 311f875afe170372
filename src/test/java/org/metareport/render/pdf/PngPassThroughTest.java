package org.metareport.render.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import com.lowagie.text.Image;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.zip.Inflater;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.metareport.figures.Figure;
import org.metareport.figures.ForestData;
import org.metareport.figures.ForestPlot;
import org.metareport.figures.ForestRow;

/** The figures' PNGs go into the PDF with their compressed data as they are; other PNGs are left to OpenPDF. */
class PngPassThroughTest {
    static byte[] png(int type) throws IOException {
        BufferedImage image = new BufferedImage(7, 5, type);
        image.setRGB(3, 2, 0xff3366);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, "png", out);
        return out.toByteArray();
    }

    @Test
    void keepsTheCompressedDataOfAnRgbPng() throws Exception {
        Image image = PngPassThrough.image(png(BufferedImage.TYPE_INT_RGB));
        assertThat(image).isNotNull();
        assertThat(image.isDeflated()).as("Flate data passed through").isTrue();
        assertThat(image.getPlainWidth()).isEqualTo(7);
        assertThat(image.getPlainHeight()).isEqualTo(5);
        Inflater inflater = new Inflater();
        inflater.setInput(image.getRawData());
        byte[] rows = new byte[5 * (1 + 7 * 3)];
        assertThat(inflater.inflate(rows)).as("one filter byte and 3 bytes a pixel per row").isEqualTo(rows.length);
        assertThat(inflater.finished()).isTrue();
    }

    @Test
    void keepsTheCompressedDataOfAGreyPng() throws Exception {
        Image image = PngPassThrough.image(png(BufferedImage.TYPE_BYTE_GRAY));
        assertThat(image).isNotNull();
        assertThat(image.isDeflated()).isTrue();
        Inflater inflater = new Inflater();
        inflater.setInput(image.getRawData());
        byte[] rows = new byte[5 * (1 + 7)];
        assertThat(inflater.inflate(rows)).as("one filter byte and 1 byte a pixel per row").isEqualTo(rows.length);
        assertThat(inflater.finished()).isTrue();
        assertThat(((com.lowagie.text.pdf.PdfDictionary) image.getAdditional().get(com.lowagie.text.pdf.PdfName.DECODEPARMS))
                .getAsNumber(com.lowagie.text.pdf.PdfName.COLORS).intValue()).as("one colour component").isEqualTo(1);
    }

    /** The concatenated data of a PNG's IDAT chunks. */
    static byte[] idat(byte[] png) {
        ByteBuffer b = ByteBuffer.wrap(png, 8, png.length - 8);
        ByteArrayOutputStream data = new ByteArrayOutputStream();
        while (b.remaining() >= 12) {
            int length = b.getInt();
            byte[] type = new byte[4];
            b.get(type);
            if (new String(type, StandardCharsets.US_ASCII).equals("IDAT")) data.write(png, b.position(), length);
            b.position(b.position() + length + 4);
        }
        return data.toByteArray();
    }

    @Test
    void keepsTheCompressedDataOfTheFiguresOwnPngs() {
        for (double scale : new double[] {1, 2}) {
            Figure figure = ForestPlot.draw(ForestData.builder(List.of(new ForestRow("Study A, 2001", 0.1, -0.2, 0.4, 60.0),
                new ForestRow("Study B, 2004", 0.3, 0.0, 0.6, 40.0))).build(), scale);
            byte[] png = figure.png();
            Image image = PngPassThrough.image(png);
            assertThat(image).as("a figure's PNG at %s× takes the pass-through path", scale).isNotNull();
            assertThat(image.isDeflated()).isTrue();
            assertThat(image.getPlainWidth()).isEqualTo(figure.pngWidth());
            assertThat(image.getPlainHeight()).isEqualTo(figure.pngHeight());
            assertThat(image.getRawData()).as("the IDAT data as they are").isEqualTo(idat(png));
        }
    }

    @Test
    void leavesOtherPngsAndOtherBytesToTheUsualLoader() throws Exception {
        assertThat(PngPassThrough.image(png(BufferedImage.TYPE_INT_ARGB))).as("with alpha").isNull();
        assertThat(PngPassThrough.image(png(BufferedImage.TYPE_USHORT_GRAY))).as("16-bit grey").isNull();
        assertThat(PngPassThrough.image(png(BufferedImage.TYPE_BYTE_BINARY))).as("palette/1-bit").isNull();
        assertThat(PngPassThrough.image(new byte[40])).as("not a PNG").isNull();
        byte[] truncated = java.util.Arrays.copyOf(png(BufferedImage.TYPE_INT_RGB), 45);
        assertThat(PngPassThrough.image(truncated)).as("truncated").isNull();
    }
}
