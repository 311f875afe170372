package org.metareport.render.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FigureFitterTest {
    @TempDir
    Path dir;
    Path base;

    @BeforeEach
    void realBase() throws IOException {
        base = dir.toRealPath();
    }

    private Document fit(String body, PageSize page, List<String> warnings) {
        Document doc = Jsoup.parse("<body>" + body + "</body>", base.toUri().toString());
        warnings.addAll(new FigureFitter(base, page).fit(doc.body()));
        return doc;
    }

    private String styleOf(String body) {
        return fit(body, PageSize.A4, new ArrayList<>()).selectFirst("img").attr("style");
    }

    @Test
    void drawsAPngAtItsOwnResolution() throws IOException {
        PdfReading.png(base.resolve("a.png"), 300, 150, 150);
        assertThat(styleOf("<img src='a.png'>")).as("300 × 150 px at 150 dpi = 2 × 1 in")
                .isEqualTo("width: 50.80mm; height: 25.40mm;");
    }

    @Test
    void assumesCssPixelsWithoutAResolution() throws IOException {
        PdfReading.png(base.resolve("a.png"), 96, 48, 0);
        assertThat(styleOf("<img src='a.png'>")).as("96 px = 1 in").isEqualTo("width: 25.40mm; height: 12.70mm;");
    }

    @Test
    void narrowsToTheTextBlockKeepingProportions() throws IOException {
        PdfReading.png(base.resolve("a.png"), 2000, 500, 96);
        assertThat(styleOf("<img src='a.png'>")).as("A4 text block 170 mm").isEqualTo("width: 170.00mm; height: 42.50mm;");
    }

    @Test
    void shrinksToThePageHeightAndWarnsOnlyWhenTextGetsSmall() throws IOException {
        double maxHeight = PrintStylesheet.maxFigureHeightMm(PageSize.A4); // 228 mm
        PdfReading.png(base.resolve("bit.png"), 600, (int) Math.round(600 * maxHeight / 170 * 1.2), 72); // 1.2 pages
        PdfReading.png(base.resolve("tall.png"), 600, (int) Math.round(600 * maxHeight / 170 * 3), 72);  // 3 pages
        List<String> warnings = new ArrayList<>();
        Document doc = fit("<img src='bit.png'><img src='tall.png'>", PageSize.A4, warnings);

        for (var img : doc.select("img")) {
            assertThat(img.attr("style")).as(img.attr("src")).endsWith("height: 228.00mm;");
        }
        assertThat(warnings).as("only the 3-page figure").singleElement().asString()
                .isEqualTo("figure 'tall.png' (600 × 2414 px) is too tall for a page and is drawn at 33% of its "
                        + "width-fitted size, so its text is smaller; to keep it readable, split it into images at most 804 px tall");
    }

    @Test
    void leavesImagesSizedByTheHtmlAlone() throws IOException {
        PdfReading.png(base.resolve("a.png"), 300, 150, 150);
        Document doc = fit("<img src='a.png' width='100'><img src='a.png' style='height: 2cm'>", PageSize.A4, new ArrayList<>());
        assertThat(doc.select("img").get(0).attr("style")).as("width attribute").isEmpty();
        assertThat(doc.select("img").get(1).attr("style")).as("own style").isEqualTo("height: 2cm");
    }

    @Test
    void skipsRemoteMissingAndOutsideImages() throws IOException {
        PdfReading.png(dir.resolve("outside/a.png"), 30, 30, 0);
        Path inner = Files.createDirectories(base.resolve("report"));
        Document doc = Jsoup.parse("<img src='http://example.com/a.png'><img src='missing.png'><img src='../outside/a.png'>",
                inner.toUri().toString());
        assertThat(new FigureFitter(inner, PageSize.A4).fit(doc.body())).as("no warning").isEmpty();
        assertThat(doc.select("img")).as("none sized").allMatch(img -> img.attr("style").isEmpty());
    }

    @Test
    void marksAParagraphHoldingOnlyAnImageAsAFigure() throws IOException {
        PdfReading.png(base.resolve("a.png"), 30, 30, 0);
        Document doc = fit("<p> <img src='a.png'> </p><p>Text <img src='a.png'> inline</p>", PageSize.A4, new ArrayList<>());
        assertThat(doc.select("p").get(0).hasClass(PrintStylesheet.FIGURE_PARAGRAPH_CLASS)).as("figure paragraph").isTrue();
        assertThat(doc.select("p").get(1).hasClass(PrintStylesheet.FIGURE_PARAGRAPH_CLASS)).as("inline image").isFalse();
    }
}
