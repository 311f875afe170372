package org.metareport.render.pdf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Calendar;
import java.util.List;
import java.util.TimeZone;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import javax.imageio.ImageIO;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.metareport.figures.Figure;
import org.metareport.figures.ForestData;
import org.metareport.figures.ForestPlot;
import org.metareport.figures.ForestRow;
import org.metareport.problems.Warnings;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PdfWriterTest {
    /** One writer for the class, as the pipeline would hold one: also checks that writes do not share state. */
    static PdfWriter writer;

    @TempDir
    Path dir;

    @BeforeAll
    static void createWriter() {
        writer = new PdfWriter();
    }

    static String page(String body) {
        return "<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>Test report</title></head><body>"
                + body + "</body></html>";
    }

    /** A results table with {@code rows} studies, numbers right-aligned as flexmark writes them. */
    static String table(int rows) {
        StringBuilder html = new StringBuilder("<table><thead><tr><th>Study label</th>"
                + "<th align=\"right\">Estimate yi</th><th align=\"right\">Variance vi</th></tr></thead><tbody>");
        for (int i = 1; i <= rows; i++) {
            html.append(String.format("<tr><td>Study %03d</td><td align=\"right\">%.3f</td><td align=\"right\">0.%04d</td></tr>",
                    i, i / 100.0, i));
        }
        return html.append("</tbody></table>").toString();
    }

    // --- fonts ---------------------------------------------------------------------------------------

    @Test
    void keepsGreekAndMathSymbols() throws IOException {
        String symbols = "τ² ≥ ≤ − – α β γ χ² I² ± × √";
        byte[] pdf = writer.write(page("<h1>Results</h1><p>" + symbols + "</p>"
                + "<p>τ² = 0.0025</p><p>I² = 45.2%</p><p>χ²(4) = 4.50, p ≥ .05</p><p><b>β = −0.21</b> <i>α = .05</i></p>"
                + "<pre>code: τ ≤ 1</pre>"), dir);

        String text = PdfReading.text(pdf);
        for (String symbol : symbols.split(" ")) {
            assertThat(text).as("symbol %s in the PDF text", symbol).contains(symbol);
        }
        assertThat(text).as("numbers and Greek together").contains("τ² = 0.0025", "I² = 45.2%", "χ²(4) = 4.50", "β = −0.21",
                "α = .05", "code: τ ≤ 1");
    }

    @Test
    void usesOnlyTheBundledFontsEvenWhenCssAsksForOthers() throws IOException {
        byte[] pdf = writer.write(page("<p style=\"font-family: Georgia, 'Times New Roman', serif\">serif τ</p>"
                + "<p style=\"font-family: Helvetica\">helvetica β</p><p style=\"font-family: NoSuchFont\">unknown γ</p>"
                + "<p><code>mono ≤</code> <b>bold</b> <i>oblique</i> <b><i>both</i></b></p>"), dir);

        assertThat(PdfReading.text(pdf)).as("no glyph dropped by a fallback font")
                .contains("serif τ", "helvetica β", "unknown γ", "mono ≤");
        List<String> fonts = PdfReading.fontNames(pdf);
        assertThat(fonts).as("embedded subsets of DejaVu only").allMatch(f -> f.matches("[A-Z]{6}\\+DejaVuSans.*"));
        assertThat(fonts.stream().map(f -> f.substring(7)).toList()).as("faces used")
                .contains("DejaVuSans", "DejaVuSans-Bold", "DejaVuSans-Oblique", "DejaVuSans-BoldOblique", "DejaVuSansMono");
    }

    // --- escaping and parsing ------------------------------------------------------------------------

    @Test
    void printsEscapedMarkupAsText() throws IOException {
        byte[] pdf = writer.write(page("<p>&lt;script&gt;alert(1)&lt;/script&gt; &amp; \"x\"</p>"), dir);

        assertThat(PdfReading.text(pdf)).as("escaped markup").contains("<script>alert(1)</script> & \"x\"");
    }

    @Test
    void parsesHtmlEntitiesAndUnclosedTags() throws IOException {
        byte[] pdf = writer.write("<title>x</title><p>a&nbsp;b &mdash; &copy; 2024 &hellip;<p>second<br>line"
                + "<table><tr><td>cell&nbsp;1<td>cell 2</table>", dir);

        assertThat(PdfReading.text(pdf)).as("entities decoded; fragment without html/body accepted")
                .contains("a\u00a0b — © 2024 …").contains("second").contains("cell 2");
    }

    // --- tables and pages ----------------------------------------------------------------------------

    @Test
    void repeatsTheHeaderRowOnEveryPageOfALongTable() throws IOException {
        byte[] pdf = writer.write(page("<h1>Included studies</h1>" + table(150)), dir);

        List<String> pages = PdfReading.pageTexts(pdf);
        assertThat(pages.size()).as("pages for 150 rows").isGreaterThan(1);
        for (int p = 0; p < pages.size(); p++) {
            assertThat(pages.get(p)).as("header on page %d", p + 1).contains("Study label Estimate yi Variance vi");
        }
        String all = String.join("", pages);
        assertThat(all).as("first and last rows").contains("Study 001 0.010 0.0001").contains("Study 150 1.500 0.0150");
        for (int i = 1; i <= 150; i++) {
            assertThat(all).as("row %d printed once", i).containsOnlyOnce(String.format("Study %03d", i));
        }
    }

    @Test
    void numbersPagesAsPageOfPages() throws IOException {
        byte[] pdf = writer.write(page(table(150)), dir);

        List<String> pages = PdfReading.pageTexts(pdf);
        int n = pages.size();
        assertThat(n).as("page count").isGreaterThan(1);
        for (int p = 1; p <= n; p++) {
            assertThat(pages.get(p - 1).strip()).as("footer of page %d", p).endsWith(p + " / " + n);
        }
    }

    @Test
    void rightAlignsNumbersWhereTheHtmlSaysSo() throws IOException {
        byte[] pdf = writer.write(page("<table><thead><tr><th>Study</th><th align=\"right\">yi</th><th>Note</th></tr></thead>"
                + "<tbody><tr><td>A</td><td align=\"right\">1.50</td><td>left1</td></tr>"
                + "<tr><td>B</td><td align=\"right\">−12.25</td><td>left22</td></tr>"
                + "<tr><td>C</td><td align=\"right\">100.00</td><td>left333</td></tr></tbody></table>"), dir);

        List<Float> right = PdfReading.rightEdges(pdf, List.of("yi", "1.50", "−12.25", "100.00"));
        assertThat(right).as("header and three numbers found").hasSize(4);
        for (int i = 1; i < 4; i++) {
            assertThat(right.get(i)).as("right edge %d lines up with the header's", i).isCloseTo(right.get(0), within(0.5f));
        }
        List<Float> left = PdfReading.leftEdges(pdf, List.of("left1", "left22", "left333"));
        assertThat(left).as("three notes found").hasSize(3);
        assertThat(left.get(2)).as("unaligned column stays left").isCloseTo(left.get(0), within(0.5f));
    }

    @Test
    void breaksLongUnbrokenTextAtTheMargin() throws IOException {
        String doi = "https://doi.org/10.1000/" + "abcdefghij".repeat(20);
        byte[] pdf = writer.write(page("<p>See " + doi + ".</p><table><tr><td>" + doi + "</td><td>x</td></tr></table>"), dir);

        double rightMargin = (210 - PrintStylesheet.MARGIN_HORIZONTAL_MM) / 25.4 * 72;
        assertThat((double) PdfReading.maxTextX(pdf)).as("right-most glyph, pt").isLessThanOrEqualTo(rightMargin);
        assertThat(PdfReading.text(pdf).replaceAll("\\s", "")).as("nothing lost").contains("See" + doi + ".");
    }

    @Test
    void laysOutA4AndLetterPages() throws IOException {
        byte[] a4 = writer.write(page("<p>A4</p>"), dir, PageSize.A4);
        byte[] letter = writer.write(page("<p>Letter</p>"), dir, PageSize.LETTER);

        try (PDDocument doc = PdfReading.load(a4)) {
            PDRectangle box = doc.getPage(0).getMediaBox();
            assertThat((double) box.getWidth()).as("A4 width, pt").isCloseTo(595.28, within(0.5));
            assertThat((double) box.getHeight()).as("A4 height, pt").isCloseTo(841.89, within(0.5));
        }
        try (PDDocument doc = PdfReading.load(letter)) {
            PDRectangle box = doc.getPage(0).getMediaBox();
            assertThat((double) box.getWidth()).as("Letter width, pt").isCloseTo(612, within(0.5));
            assertThat((double) box.getHeight()).as("Letter height, pt").isCloseTo(792, within(0.5));
        }
        assertThat(writer.write(page("<p>A4</p>"), dir)).as("A4 is the default").isEqualTo(a4);
    }

    // --- figures -------------------------------------------------------------------------------------

    @Test
    void embedsAPngFigureAsAnImage() throws IOException {
        PdfReading.png(dir.resolve("figures/forest.png"), 300, 200, 0);
        byte[] pdf = writer.write(page("<p>Figure 1</p><p><img src=\"figures/forest.png\" alt=\"Forest plot\" /></p>"), dir);

        try (PDDocument doc = PdfReading.load(pdf)) {
            List<PDImageXObject> images = PdfReading.images(doc.getPage(0));
            assertThat(images).as("image XObjects on page 1").hasSize(1);
            assertThat(images.get(0).getWidth()).as("pixel width").isEqualTo(300);
            assertThat(images.get(0).getHeight()).as("pixel height").isEqualTo(200);
            Rectangle2D at = PdfReading.imagePlacements(doc.getPage(0)).get(0);
            assertThat(at.getWidth()).as("300 px at 96 dpi, in pt").isCloseTo(225, within(0.5));
            assertThat(at.getHeight()).as("200 px at 96 dpi, in pt").isCloseTo(150, within(0.5));
        }
    }

    @Test
    void embedsAFiguresPngWithItsOwnCompressedDataWithoutDecodingIt() throws IOException {
        Figure figure = ForestPlot.draw(ForestData.builder(List.of(new ForestRow("Study A, 2001", 0.1, -0.2, 0.4, 60.0),
                new ForestRow("Study B, 2004", 0.3, 0.0, 0.6, 40.0))).build());
        byte[] png = figure.png();
        Files.createDirectories(dir.resolve("figures"));
        Files.write(dir.resolve("figures/forest.png"), png);
        byte[] pdf = writer.write(page("<p><img src=\"figures/forest.png\" alt=\"Forest plot\" /></p>"), dir);

        try (PDDocument doc = PdfReading.load(pdf)) {
            List<PDImageXObject> images = PdfReading.images(doc.getPage(0));
            assertThat(images).as("image XObjects on page 1").hasSize(1);
            COSStream stream = images.get(0).getCOSObject();
            assertThat(stream.getFilters()).as("filter").isEqualTo(COSName.FLATE_DECODE);
            assertThat(stream.getDictionaryObject(COSName.DECODE_PARMS)).as("decode parameters: the PNG's predictors")
                    .isInstanceOf(COSDictionary.class);
            COSDictionary parms = (COSDictionary) stream.getDictionaryObject(COSName.DECODE_PARMS);
            assertThat(parms.getInt(COSName.PREDICTOR)).as("PNG predictors").isEqualTo(15);
            assertThat(parms.getInt(COSName.COLORS)).as("colours: a grey figure").isEqualTo(1);
            assertThat(parms.getInt(COSName.COLUMNS)).as("columns").isEqualTo(figure.pngWidth());
            try (var raw = stream.createRawInputStream()) {
                assertThat(raw.readAllBytes()).as("the PNG's IDAT data, as they are (PngPassThrough, not decoded)")
                        .isEqualTo(PngPassThroughTest.idat(png));
            }
            BufferedImage shown = images.get(0).getImage();
            BufferedImage file = ImageIO.read(new ByteArrayInputStream(png));
            // the file is grey (one sample a pixel); the PDF shows each sample v as the colour (v, v, v)
            assertThat(file.getType()).as("a grey PNG").isEqualTo(BufferedImage.TYPE_BYTE_GRAY);
            int[] grey = file.getRaster().getPixels(0, 0, file.getWidth(), file.getHeight(), (int[]) null);
            int[] asRgb = java.util.Arrays.stream(grey).map(v -> 0xff000000 | v << 16 | v << 8 | v).toArray();
            assertThat(shown.getRGB(0, 0, shown.getWidth(), shown.getHeight(), null, 0, shown.getWidth()))
                    .as("the PDF's pixels are the PNG's").isEqualTo(asRgb);
            assertThat(java.util.Arrays.stream(grey).distinct().count()).as("antialiased: many greys").isGreaterThan(50);
        }
    }

    @Test
    void drawsAFigureAtTheResolutionItsPngGives() throws IOException {
        PdfReading.png(dir.resolve("plot.png"), 450, 300, 150);
        byte[] pdf = writer.write(page("<p><img src=\"plot.png\"></p>"), dir);

        try (PDDocument doc = PdfReading.load(pdf)) {
            Rectangle2D at = PdfReading.imagePlacements(doc.getPage(0)).get(0);
            assertThat(at.getWidth()).as("450 px at 150 dpi = 3 in").isCloseTo(216, within(0.5));
            assertThat(at.getHeight()).as("300 px at 150 dpi = 2 in").isCloseTo(144, within(0.5));
        }
    }

    @Test
    void narrowsAWideFigureToTheTextBlock() throws IOException {
        PdfReading.png(dir.resolve("wide.png"), 3000, 600, 0);
        byte[] pdf = writer.write(page("<p><img src=\"wide.png\"></p>"), dir);

        double textBlock = (210 - 2 * PrintStylesheet.MARGIN_HORIZONTAL_MM) / 25.4 * 72;
        try (PDDocument doc = PdfReading.load(pdf)) {
            Rectangle2D at = PdfReading.imagePlacements(doc.getPage(0)).get(0);
            assertThat(at.getWidth()).as("width = text block").isCloseTo(textBlock, within(1.0));
            assertThat(at.getHeight()).as("proportions kept").isCloseTo(textBlock / 5, within(1.0));
            assertThat(at.getX()).as("starts at the left margin").isCloseTo(PrintStylesheet.MARGIN_HORIZONTAL_MM / 25.4 * 72, within(1.0));
        }
    }

    @Test
    void shrinksATallFigureOntoOnePageAndSaysSo() throws IOException {
        // a 150-row forest plot: 1050 × 9000 px at 150 dpi is 7 × 60 in
        PdfReading.png(dir.resolve("figures/forest.png"), 1050, 9000, 150);
        Warnings warnings = new Warnings();
        byte[] pdf = writer.write(page("<h2>Figure 1</h2><p><img src=\"figures/forest.png\"></p>"
                + "<p><i>Figure 1.</i> Forest plot of 150 studies.</p>"), dir, PageSize.A4, warnings);

        try (PDDocument doc = PdfReading.load(pdf)) {
            assertThat(doc.getNumberOfPages()).as("heading, figure and caption fit one page").isEqualTo(1);
            PDPage first = doc.getPage(0);
            Rectangle2D at = PdfReading.imagePlacements(first).get(0);
            double maxHeight = PrintStylesheet.maxFigureHeightMm(PageSize.A4) / 25.4 * 72;
            assertThat(at.getHeight()).as("figure as tall as allowed").isCloseTo(maxHeight, within(1.0));
            assertThat(at.getWidth() / at.getHeight()).as("proportions kept").isCloseTo(1050.0 / 9000, within(0.001));
            assertThat(at.getY()).as("inside the bottom margin").isGreaterThanOrEqualTo(PrintStylesheet.MARGIN_VERTICAL_MM / 25.4 * 72 - 0.5);
            assertThat(at.getY() + at.getHeight()).as("inside the top margin")
                    .isLessThanOrEqualTo(first.getMediaBox().getHeight() - PrintStylesheet.MARGIN_VERTICAL_MM / 25.4 * 72 + 0.5);
        }
        assertThat(PdfReading.text(pdf)).as("caption kept").contains("Figure 1. Forest plot of 150 studies.");
        assertThat(warnings.list()).as("legibility warning").singleElement().asString()
                .startsWith("PDF: figure 'figures/forest.png' (1050 × 9000 px) is too tall for a page")
                .contains("split it into images at most");
    }

    @Test
    void embedsADataUriImage() throws IOException {
        byte[] png = Files.readAllBytes(PdfReading.png(dir.resolve("tmp.png"), 20, 10, 0));
        String src = "data:image/png;base64," + Base64.getEncoder().encodeToString(png);
        byte[] pdf = writer.write(page("<p><img src=\"" + src + "\"></p>"), dir);

        try (PDDocument doc = PdfReading.load(pdf)) {
            assertThat(PdfReading.images(doc.getPage(0))).as("data: image embedded").hasSize(1);
        }
    }

    // --- confinement ---------------------------------------------------------------------------------

    @Test
    void neverOpensANetworkConnection() throws Exception {
        try (ServerSocket server = new ServerSocket(0, 5, InetAddress.getLoopbackAddress())) {
            server.setSoTimeout(200);
            AtomicInteger connections = new AtomicInteger();
            Thread listener = new Thread(() -> {
                while (!server.isClosed()) {
                    try (Socket s = server.accept()) {
                        connections.incrementAndGet(); // never answer: a fetch would hang, and the timeout fail it
                    } catch (SocketTimeoutException e) {
                        // keep listening
                    } catch (IOException e) {
                        return;
                    }
                }
            });
            listener.setDaemon(true);
            listener.start();
            String url = "http://127.0.0.1:" + server.getLocalPort();
            Warnings warnings = new Warnings();

            byte[] pdf = assertTimeoutPreemptively(Duration.ofSeconds(30), () -> writer.write(
                    "<html><head><link rel=\"stylesheet\" href=\"" + url + "/style.css\">"
                            + "<style>@import url(\"" + url + "/import.css\");</style></head><body>"
                            + "<p>before</p><img src=\"" + url + "/x.png\"><img src=\"http://example.com/x.png\">"
                            + "<p>after</p></body></html>", dir, PageSize.A4, warnings));

            assertThat(PdfReading.text(pdf)).as("document still written").contains("before").contains("after");
            assertThat(connections.get()).as("connections to the local server").isZero();
            assertThat(warnings.list()).as("each remote resource reported once").hasSize(4)
                    .contains("PDF: left out '" + url + "/x.png': not a local file; only files in the report folder are read",
                            "PDF: left out 'http://example.com/x.png': not a local file; only files in the report folder are read")
                    .anyMatch(w -> w.contains(url + "/style.css"))
                    .contains("PDF: left out 1 @import rule(s) in <style>; link such stylesheets from <head>");
            try (PDDocument doc = PdfReading.load(pdf)) {
                assertThat(PdfReading.images(doc.getPage(0))).as("no image").isEmpty();
            }
        }
    }

    @Test
    void readsNothingOutsideTheBaseFolder() throws IOException {
        Path report = Files.createDirectories(dir.resolve("report"));
        PdfReading.png(dir.resolve("secret.png"), 40, 40, 0);
        Files.writeString(dir.resolve("secret.css"), "p { color: red }");
        Files.createSymbolicLink(report.resolve("link.png"), dir.resolve("secret.png"));
        Warnings warnings = new Warnings();

        byte[] pdf = writer.write("<html><head><link rel=\"stylesheet\" href=\"../secret.css\"></head><body><p>text</p>"
                + "<img src=\"../secret.png\"><img src=\"" + dir.resolve("secret.png").toUri() + "\">"
                + "<img src=\"figures/missing.png\"><img src=\"link.png\"></body></html>", report, PageSize.A4, warnings);

        try (PDDocument doc = PdfReading.load(pdf)) {
            assertThat(PdfReading.images(doc.getPage(0))).as("no image from outside").isEmpty();
        }
        assertThat(warnings.list()).as("reported")
                .anyMatch(w -> w.contains("secret.png': outside the report folder"))
                .contains("PDF: left out 'link.png': outside the report folder")
                .anyMatch(w -> w.contains("secret.css': outside the report folder"))
                .contains("PDF: left out 'figures/missing.png': not found");
    }

    @Test
    void refusesSvgFigures() throws IOException {
        Files.writeString(dir.resolve("plot.svg"), "<?xml version=\"1.0\"?><svg xmlns=\"http://www.w3.org/2000/svg\" "
                + "width=\"700px\" height=\"400px\"><image href=\"http://example.com/x.png\"/></svg>");
        Warnings warnings = new Warnings();

        byte[] pdf = writer.write(page("<p>x</p><img src=\"plot.svg\">"), dir, PageSize.A4, warnings);

        assertThat(PdfReading.text(pdf)).contains("x");
        assertThat(warnings.list()).as("SVG refused")
                .containsExactly("PDF: left out 'plot.svg': SVG is not embedded in PDF output; give a PNG");
    }

    @Test
    void leavesOutAnImageItCannotRead() throws IOException {
        Files.write(dir.resolve("truncated.png"), new byte[] {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10, 0, 0});
        Files.writeString(dir.resolve("text.png"), "not an image");
        Warnings warnings = new Warnings();

        String badData = "data:image/png;base64," + "iVBORw0KGgo".repeat(20);
        byte[] pdf = writer.write(page("<p>before</p><img src=\"truncated.png\"><img src=\"text.png\"><img src=\"" + badData
                + "\"><p>after</p>"), dir, PageSize.A4, warnings);

        assertThat(PdfReading.text(pdf)).as("rest of the document").contains("before").contains("after");
        assertThat(warnings.list()).as("each reported, a data: URI shortened").containsExactly(
                "PDF: left out 'truncated.png': cannot be read as an image; give a PNG",
                "PDF: left out 'text.png': cannot be read as an image; give a PNG",
                "PDF: left out '" + badData.substring(0, 99) + "…': cannot be read as an image; give a PNG");
    }

    @Test
    void resolvesFiguresInAFolderWithSpacesInItsName() throws IOException {
        Path report = Files.createDirectories(dir.resolve("my report (draft)"));
        PdfReading.png(report.resolve("figures/funnel plot.png"), 100, 80, 0);

        byte[] pdf = writer.write(page("<img src=\"figures/funnel%20plot.png\">"), report);

        try (PDDocument doc = PdfReading.load(pdf)) {
            assertThat(PdfReading.images(doc.getPage(0))).as("figure found").hasSize(1);
        }
    }

    @Test
    void rejectsAMissingBaseFolder() {
        assertThatThrownBy(() -> writer.write(page("<p>x</p>"), dir.resolve("nope")))
                .as("missing folder").isInstanceOf(NoSuchFileException.class);
    }

    // --- reproducibility -----------------------------------------------------------------------------

    @Test
    void fontsParsedForEarlierPdfsGiveTheBytesOfFontsParsedAfresh() throws Exception {
        // the parsed bundled fonts are kept for the next PDF (one PDF at a time per set): what a set did before must
        // not show in what it does next, here a document with other text, Greek and code, then one with less
        PdfReading.png(dir.resolve("figures/forest.png"), 300, 200, 150);
        String a = page("<h1>Report</h1><p>τ² = 0.0025 ≥ 0, <b>bold</b> <i>italic</i> <code>code</code></p>"
                + "<p><img src=\"figures/forest.png\"></p>" + table(60));
        String b = page("<p>Only this: 0.43 [0.22, 0.64]</p>");
        BundledFonts used = new BundledFonts();
        PdfWriter reusing = new PdfWriter(Instant.parse("2000-01-01T00:00:00Z"), GlyphFallback.SYSTEM_FOLDERS, used);
        reusing.write(a, dir);
        byte[] bAfterA = reusing.write(b, dir);
        byte[] aAfterB = reusing.write(a, dir);
        PdfWriter fresh = new PdfWriter(Instant.parse("2000-01-01T00:00:00Z"), GlyphFallback.SYSTEM_FOLDERS,
                new BundledFonts());
        assertThat(bAfterA).as("b after a").isEqualTo(fresh.write(b, dir));
        assertThat(aAfterB).as("a after b").isEqualTo(new PdfWriter(Instant.parse("2000-01-01T00:00:00Z"),
                GlyphFallback.SYSTEM_FOLDERS, new BundledFonts()).write(a, dir));
        // one set served all three: it was given back each time, and two PDFs at once take two sets
        BundledFonts.Checkout one = used.checkout();
        BundledFonts.Checkout two = used.checkout();
        assertThat(one.bundled()).isNotSameAs(two.bundled());
        assertThat(one.resolver().getFonts().get(BundledFonts.SANS)).isNotSameAs(two.resolver().getFonts().get(BundledFonts.SANS));
        used.release(one);
        used.release(two);
    }

    @Test
    void aFontSetADocumentAddedFontsToIsNotGivenToTheNext() throws Exception {
        // an @font-face rule naming a bundled family or alias (Arial is DejaVu Sans here) puts its font into the
        // bundled family object: that set must not serve a later document
        BundledFonts fonts = new BundledFonts();
        BundledFonts.Checkout first = fonts.checkout();
        fonts.release(first);
        BundledFonts.Checkout again = fonts.checkout();
        assertThat(again.bundled()).as("an untouched set is used again").isSameAs(first.bundled());
        int held = again.descriptions();
        java.net.URL url = BundledFonts.class.getResource("/org/metareport/fonts/DejaVuSans-Bold.ttf");
        byte[] bytes;
        try (var in = url.openStream()) {
            bytes = in.readAllBytes();
        }
        again.resolver().addFont(com.lowagie.text.pdf.BaseFont.createFont("DejaVuSans-Bold.ttf",
                com.lowagie.text.pdf.BaseFont.IDENTITY_H, true, false, bytes, null), url.toExternalForm(), "Arial");
        assertThat(BundledFonts.descriptions(again.bundled())).as("the document added a font").isEqualTo(held + 1);
        fonts.release(again);
        BundledFonts.Checkout next = fonts.checkout();
        assertThat(next.bundled()).as("a set parsed afresh").isNotSameAs(again.bundled());
        assertThat(next.descriptions()).isEqualTo(held);
    }

    @Test
    void writesTheSameBytesEveryTime() throws IOException {
        PdfReading.png(dir.resolve("figures/forest.png"), 300, 200, 150);
        String html = page("<h1>Report</h1><p>τ² = 0.0025 ≥ 0</p><p><img src=\"figures/forest.png\"></p>" + table(120));

        byte[] first = writer.write(html, dir);
        byte[] second = writer.write(html, dir);
        byte[] otherWriter = new PdfWriter().write(html, dir);

        assertThat(second).as("second write, same writer").isEqualTo(first);
        assertThat(otherWriter).as("new writer").isEqualTo(first);
        try (PDDocument doc = PdfReading.load(first)) {
            assertThat(doc.getDocumentInformation().getProducer()).as("Producer").isEqualTo(ReproducibleOutput.PRODUCER);
            Calendar created = doc.getDocumentInformation().getCreationDate();
            assertThat(created.toInstant()).as("CreationDate").isEqualTo(Instant.parse("2000-01-01T00:00:00Z"));
            assertThat(doc.getDocumentInformation().getModificationDate().toInstant()).as("ModDate")
                    .isEqualTo(Instant.parse("2000-01-01T00:00:00Z"));
            assertThat(doc.getDocumentInformation().getTitle()).as("Title from <title>").isEqualTo("Test report");
        }
    }

    @Test
    void writesTheSameBytesFromParallelThreads() throws Exception {
        PdfReading.png(dir.resolve("figures/forest.png"), 300, 200, 150);
        String html = page("<h1>Report</h1><p>τ² = 0.0025</p><p><img src=\"figures/forest.png\"></p>" + table(60));
        byte[] expected = writer.write(html, dir);

        ExecutorService pool = Executors.newFixedThreadPool(3);
        try {
            List<Future<byte[]>> runs = new ArrayList<>();
            for (int i = 0; i < 3; i++) runs.add(pool.submit(() -> writer.write(html, dir)));
            for (Future<byte[]> run : runs) {
                assertThat(run.get(60, TimeUnit.SECONDS)).as("parallel write").isEqualTo(expected);
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void derivesTheIdFromTheHtmlAndTheFigures() throws IOException {
        PdfReading.png(dir.resolve("a.png"), 30, 20, 0);
        String html = page("<p>Report</p><img src=\"a.png\">");
        String id = trailerId(writer.write(html, dir));
        assertThat(trailerId(writer.write(html, dir))).as("same input, same /ID").isEqualTo(id);

        assertThat(trailerId(writer.write(page("<p>Report.</p><img src=\"a.png\">"), dir))).as("other HTML").isNotEqualTo(id);
        PdfReading.png(dir.resolve("a.png"), 30, 21, 0);
        assertThat(trailerId(writer.write(html, dir))).as("other figure").isNotEqualTo(id);
    }

    @Test
    void datesThePdfAsAsked() throws IOException {
        Instant date = Instant.parse("2026-03-01T12:30:00Z");
        byte[] pdf = new PdfWriter(date).write(page("<p>x</p>"), dir);

        try (PDDocument doc = PdfReading.load(pdf)) {
            Calendar created = doc.getDocumentInformation().getCreationDate();
            assertThat(created.toInstant()).as("CreationDate").isEqualTo(date);
            assertThat(created.getTimeZone().getRawOffset()).as("in UTC").isEqualTo(TimeZone.getTimeZone("UTC").getRawOffset());
        }
    }

    private static String trailerId(byte[] pdf) throws IOException {
        try (PDDocument doc = PdfReading.load(pdf)) {
            return doc.getDocument().getDocumentID().toString();
        }
    }
}
