package org.metareport.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

class HtmlWriterTest {
    static final String HOSTILE = "<script>alert(1)</script> & \"x\"";
    static final String MD = "# Title\n\n## Methods\n\nText.\n\n## Results\n\n### overall\n\n"
            + "Table: **Table 1.** *Coefficients*\n\n| Term | Estimate |\n|:--|--:|\n| "
            + MarkdownOutputFormat.escape(HOSTILE) + " | 0.43 |\n\n"
            + "![Figure 1. Forest plot of overall](figures/forest-overall.svg)\n";
    static final Map<String, byte[]> FIGURES = Map.of("figures/forest-overall.svg",
            "<?xml version=\"1.0\"?>\n<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"10\" height=\"10\"><rect width=\"5\" height=\"5\"/></svg>"
                    .getBytes(StandardCharsets.UTF_8));

    Document write(HtmlWriter.Mode mode) {
        return Jsoup.parse(new HtmlWriter().write(MD, "A <title>", "body{}", FIGURES, mode));
    }

    @Test
    void showsAHostileLabelAsText() {
        Document doc = write(HtmlWriter.Mode.BROWSER);
        assertThat(doc.select("script")).as("no script element").isEmpty();
        assertThat(doc.select("td").first().text()).as("label shown as text").isEqualTo(HOSTILE);
        assertThat(doc.title()).as("title as text").isEqualTo("A <title>");
    }

    @Test
    void givesTablesACaptionAndHeaderScopes() {
        Document doc = write(HtmlWriter.Mode.BROWSER);
        assertThat(doc.select("table > caption").text()).as("caption").isEqualTo("Table 1. Coefficients");
        assertThat(doc.select("thead th")).as("header cells").allMatch(th -> th.attr("scope").equals("col"));
        assertThat(doc.select("p").eachText()).as("the Table: paragraph is gone").noneMatch(t -> t.startsWith("Table:"));
    }

    @Test
    void inlinesSvgFiguresWithCaptionsForTheBrowser() {
        Document doc = write(HtmlWriter.Mode.BROWSER);
        assertThat(doc.select("figure > svg")).as("inline svg").hasSize(1);
        assertThat(doc.select("figure > figcaption").text()).as("caption").isEqualTo("Figure 1. Forest plot of overall");
        assertThat(doc.select("img")).as("no external image").isEmpty();
    }

    @Test
    void pointsAtPngFilesForPrint() {
        Document doc = write(HtmlWriter.Mode.PRINT);
        assertThat(doc.select("figure > img").attr("src")).as("png twin").isEqualTo("figures/forest-overall.png");
    }

    @Test
    void printsAFigureWithPartsAsOneFigurePerPartCaptionedContinued() {
        String md = "![Figure 3. Forest plot of analysis \u201cx\u201d: effects with CIs.](figures/forest-x.svg)\n";
        Map<String, java.util.List<String>> parts = Map.of("figures/forest-x.svg",
                java.util.List.of("figures/forest-x.part1.png", "figures/forest-x.part2.png", "figures/forest-x.part3.png"));
        Document print = Jsoup.parse(new HtmlWriter().write(md, "t", "", Map.of(), HtmlWriter.Mode.PRINT, parts));
        assertThat(print.select("figure > img").eachAttr("src")).as("one image per part")
                .containsExactly("figures/forest-x.part1.png", "figures/forest-x.part2.png", "figures/forest-x.part3.png");
        assertThat(print.select("figure > figcaption").eachText()).as("captions").containsExactly(
                "Figure 3. Forest plot of analysis \u201cx\u201d: effects with CIs.",
                "Figure 3 (continued). Forest plot of analysis \u201cx\u201d.",
                "Figure 3 (continued). Forest plot of analysis \u201cx\u201d.");
        Document browser = Jsoup.parse(new HtmlWriter().write(md, "t", "", Map.of("figures/forest-x.svg",
                "<svg xmlns=\"http://www.w3.org/2000/svg\"/>".getBytes(StandardCharsets.UTF_8)), HtmlWriter.Mode.BROWSER, parts));
        assertThat(browser.select("figure")).as("the browser shows the one SVG").hasSize(1);
        assertThat(browser.select("figure > svg")).hasSize(1);
    }

    @Test
    void isSelfContained() {
        Document doc = write(HtmlWriter.Mode.BROWSER);
        assertThat(doc.select("link, script, iframe")).as("no external resources").isEmpty();
        assertThat(doc.select("[src^=http], [href^=http]")).as("no network URLs").isEmpty();
        assertThat(doc.select("style").first().data()).as("inline css").contains("body{}");
        assertThat(doc.select("meta[name=viewport]")).as("phone viewport").hasSize(1);
    }

    @Test
    void listsSectionsInATableOfContents() {
        Document doc = write(HtmlWriter.Mode.BROWSER);
        assertThat(doc.select("nav.toc a").eachText()).as("contents").containsExactly("Methods", "Results", "overall");
        assertThat(doc.select("nav.toc a").first().attr("href")).as("link").isEqualTo("#methods");
    }

    @Test
    void userCssCannotCloseItsStyleElement() {
        String css = "body{color:red}\n</STYLE ><script>alert(1)</script>\n</style\t><!-- x --><img src=x onerror=alert(2)>"
                + "\na::after{content:\"</style>\"}\n@media (width < 40em) and (width<=60em) {p{margin:0}}";
        String html = new HtmlWriter().write(MD, "T", css, FIGURES, HtmlWriter.Mode.BROWSER);
        Document doc = Jsoup.parse(html);
        assertThat(doc.select("style")).as("one style element").hasSize(1);
        assertThat(doc.select("script, img[onerror], [onerror]")).as("nothing injected").isEmpty();
        String inlined = doc.selectFirst("style").data();
        assertThat(inlined).as("the whole stylesheet stays inside")
                .contains("body{color:red}", "alert(2)", "@media (width < 40em) and (width<=60em)")
                .doesNotContainIgnoringCase("</style").doesNotContain("<script", "<!--")
                .contains("\\3c /STYLE >", "content:\"\\3c /style>\"");
    }

    @Test
    void keepsNothingActiveFromATemplatesHtml() {
        String md = "# T\n\n<script>alert(1)</script>\n\n<p onclick=\"alert(2)\">para <b onmouseover=\"x()\">bold</b></p>\n\n"
                + "<iframe src=\"https://example.org\"></iframe><object data=\"x.swf\"></object><style>p{}</style>\n\n"
                + "[a](javascript:alert(3)) <a href=\"JaVa&#9;ScRiPt:alert(4)\">b</a> [c](data:text/html,<script>x</script>) "
                + "[d](vbscript:msgbox) [e](https://example.org/ok) [f](#t) [g](other.html)\n\n"
                + "<a href=\" javascript:alert(5)\">h</a> ![i](data:image/svg+xml,x) ![j](https://example.org/x.png) "
                + "![k](//example.org/y.png) ![l](local.png)\n\n<form action=\"https://x\"><input></form>\n";
        Document doc = Jsoup.parse(new HtmlWriter().write(md, "T", "", Map.of(), HtmlWriter.Mode.BROWSER));
        assertThat(doc.select("script, iframe, object, embed, form, input, body style")).as("active elements").isEmpty();
        assertThat(doc.getAllElements()).as("no event handler").allSatisfy(e -> assertThat(e.attributes().asList())
                .noneMatch(a -> a.getKey().toLowerCase(java.util.Locale.ROOT).startsWith("on")));
        assertThat(doc.select("main a[href]").eachAttr("href")).as("links kept")
                .containsExactly("https://example.org/ok", "#t", "other.html");
        assertThat(doc.select("main img[src]").eachAttr("src")).as("images kept").containsExactly("local.png");
        assertThat(doc.select("main").text()).as("the text stays").contains("para bold", "a b c d e f g", "h");
    }

    @Test
    void forbidsScriptsAndOutsideLoadsByPolicy() {
        Document doc = write(HtmlWriter.Mode.BROWSER);
        assertThat(doc.select("meta[http-equiv=Content-Security-Policy]").attr("content")).as("CSP")
                .contains("default-src 'none'", "img-src data:").doesNotContain("script-src");
    }

    @Test
    void oneBodyServesBothPagesFromTwoThreadsWithTheBytesEachGivesFromTheMarkdown() throws Exception {
        HtmlWriter writer = new HtmlWriter();
        String md = MD + "\nA p-value of < .001 and a [link](javascript:alert(1)).\n";
        Map<String, java.util.List<String>> parts = Map.of("figures/forest-overall.svg",
                java.util.List.of("figures/forest-overall.part1.png", "figures/forest-overall.part2.png"));
        String browser = writer.write(md, "T", "body{}", FIGURES, HtmlWriter.Mode.BROWSER);
        String print = writer.write(md, "T", "body{}", FIGURES, HtmlWriter.Mode.PRINT, parts);
        HtmlWriter.Body body = writer.body(md);
        for (int round = 0; round < 3; round++) {
            var other = java.util.concurrent.CompletableFuture.supplyAsync(
                    () -> writer.write(body, "T", "body{}", FIGURES, HtmlWriter.Mode.BROWSER, Map.of()));
            assertThat(writer.write(body, "T", "body{}", FIGURES, HtmlWriter.Mode.PRINT, parts)).isEqualTo(print);
            assertThat(other.get()).isEqualTo(browser);
        }
        assertThat(print).contains("forest-overall.part2.png").doesNotContain("javascript:");
        assertThat(browser).contains("<svg").doesNotContain("javascript:");
    }
}
