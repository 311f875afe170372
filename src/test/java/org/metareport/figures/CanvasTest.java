package org.metareport.figures;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.List;
import javax.imageio.ImageIO;
import javax.imageio.metadata.IIOMetadataNode;
import javax.imageio.stream.ImageInputStream;
import org.junit.jupiter.api.Test;

/** The drawing abstraction on its own, as later figures (funnel, PRISMA, risk of bias) will use it. */
class CanvasTest {
    private static Drawing sample() {
        Drawing.Recorder c = new Drawing.Recorder();
        c.beginGroup("box-1", "box", "Records identified");
        c.rect(10, 10, 20, 20, Rgb.BLACK, null);
        c.rect(40.5, 10, 30, 20, null, Stroke.solid(1, Rgb.BLACK));
        c.endGroup();
        c.line(0, 50, 100, 50.125, Stroke.solid(0.5, new Rgb(0x336699)).dashed(4, 2));
        c.polygon(List.of(1.0, 2.0, 3.0, 4.0, 5.0, 6.0), new Rgb(0xff0000), null);
        c.text(50, 70, "n = 1 & <2>", TextStyle.regular(12).bolded().italicised(), Anchor.MIDDLE);
        c.text(80, List.of(new Span(20, "a"), new Span(60, " b")), TextStyle.regular(10), Anchor.END);
        return c.finish(100, 90, "A \"test\"", "desc");
    }

    @Test
    void writesSvgElementsExactly() {
        assertThat(SvgCanvas.render(sample())).isEqualTo("""
            <svg xmlns="http://www.w3.org/2000/svg" width="100" height="90" viewBox="0 0 100 90" role="img" \
            font-family="DejaVu Sans, Verdana, Arial, sans-serif">
              <title>A &quot;test&quot;</title>
              <desc>desc</desc>
              <g id="box-1" class="box">
                <title>Records identified</title>
                <rect x="10" y="10" width="20" height="20" fill="#000000"/>
                <rect x="40.5" y="10" width="30" height="20" fill="none" stroke="#000000" stroke-width="1"/>
              </g>
              <line x1="0" y1="50" x2="100" y2="50.13" stroke="#336699" stroke-width="0.5" stroke-dasharray="4,2"/>
              <polygon points="1,2 3,4 5,6" fill="#ff0000"/>
              <text x="50" y="70" font-size="12" font-weight="bold" font-style="italic" text-anchor="middle">n = 1 &amp; &lt;2&gt;</text>
              <text y="80" font-size="10" text-anchor="end"><tspan x="20">a</tspan><tspan x="60"> b</tspan></text>
            </svg>
            """);
    }

    @Test
    void formatsNumbersWithTwoDecimalsAtMostAndNoNegativeZero() {
        assertThat(SvgCanvas.num(-0.004)).as("-0.004").isEqualTo("0");
        assertThat(SvgCanvas.num(12.5)).as("12.5").isEqualTo("12.5");
        assertThat(SvgCanvas.num(-3.14159)).as("-3.14159").isEqualTo("-3.14");
        assertThat(SvgCanvas.num(0.05)).as("0.05").isEqualTo("0.05");
        assertThat(SvgCanvas.num(1e7)).as("1e7").isEqualTo("10000000");
    }

    @Test
    void escapesAllFiveXmlCharactersAndReplacesForbiddenOnes() {
        assertThat(SvgCanvas.escape("&<>\"'")).isEqualTo("&amp;&lt;&gt;&quot;&#39;");
        assertThat(SvgCanvas.escape("x\u0001y\udc00z\ud83d\ude00")).isEqualTo("x\ufffdy\ufffdz\ud83d\ude00");
    }

    @Test
    void paintsPngAtScaleWithDpiAndNoAlpha() throws IOException {
        byte[] png = Graphics2DCanvas.png(sample(), 2);
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
        assertThat(image.getWidth()).as("width at 2×").isEqualTo(200);
        assertThat(image.getHeight()).as("height at 2×").isEqualTo(180);
        assertThat(image.getColorModel().hasAlpha()).as("alpha").isFalse();
        assertThat(image.getRGB(40, 40) & 0xffffff).as("inside the filled square (20..60 at 2×)").isEqualTo(0x000000);
        assertThat(image.getRGB(5, 5) & 0xffffff).as("background").isEqualTo(0xffffff);
        assertThat(image.getRGB(110, 40) & 0xffffff).as("inside the outlined box").isEqualTo(0xffffff);
        assertThat(image.getRGB(4, 6) & 0xffffff).as("inside the red triangle? no: outside").isEqualTo(0xffffff);

        try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(png))) {
            var reader = ImageIO.getImageReaders(in).next();
            reader.setInput(in);
            IIOMetadataNode root = (IIOMetadataNode) reader.getImageMetadata(0).getAsTree("javax_imageio_png_1.0");
            IIOMetadataNode phys = (IIOMetadataNode) root.getElementsByTagName("pHYs").item(0);
            assertThat(phys).as("pHYs chunk").isNotNull();
            assertThat(Integer.parseInt(phys.getAttribute("pixelsPerUnitXAxis"))).as("pixels per metre at 192 dpi")
                .isEqualTo(7559);
            assertThat(root.getElementsByTagName("tIME").getLength()).as("time stamp chunks").isZero();
        }
    }

    @Test
    void refusesUnbalancedGroupsAndInvisibleShapes() {
        Drawing.Recorder c = new Drawing.Recorder();
        c.beginGroup(null, "g", null);
        assertThatThrownBy(() -> c.finish(10, 10, "t", "d")).hasMessageContaining("1 group(s) left open");
        assertThatThrownBy(() -> new Drawing.Recorder().endGroup()).hasMessageContaining("endGroup without beginGroup");
        assertThatThrownBy(() -> c.rect(0, 0, 1, 1, null, null)).hasMessageContaining("fill or a stroke");
        assertThatThrownBy(() -> c.line(0, Double.NaN, 1, 1, Stroke.solid(1, Rgb.BLACK))).hasMessageContaining("finite");
    }
}
