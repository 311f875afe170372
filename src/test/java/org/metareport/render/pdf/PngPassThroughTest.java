package org.metareport.render.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import com.lowagie.text.Image;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.zip.Inflater;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

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
    void leavesOtherPngsAndOtherBytesToTheUsualLoader() throws Exception {
        assertThat(PngPassThrough.image(png(BufferedImage.TYPE_INT_ARGB))).as("with alpha").isNull();
        assertThat(PngPassThrough.image(png(BufferedImage.TYPE_BYTE_GRAY))).as("grey").isNull();
        assertThat(PngPassThrough.image(png(BufferedImage.TYPE_BYTE_BINARY))).as("palette/1-bit").isNull();
        assertThat(PngPassThrough.image(new byte[40])).as("not a PNG").isNull();
        byte[] truncated = java.util.Arrays.copyOf(png(BufferedImage.TYPE_INT_RGB), 45);
        assertThat(PngPassThrough.image(truncated)).as("truncated").isNull();
    }
}
