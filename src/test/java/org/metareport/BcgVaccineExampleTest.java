package org.metareport;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The BCG example ({@code analyses/bcg-vaccine/}) read back from every format it writes: the headline is a risk ratio
 * in Markdown, HTML and PDF; the forest plot's axis and right-hand column are on the ratio scale while the funnel plot
 * stays on the log scale; the meta-regression's bubble plot, the funnel plot and the cumulative table are there with
 * their captions; the PDF's forest page has whole labels and no text under 7 pt; LibreOffice reads the headline in
 * report.docx; the claims hold; a second run writes the same bytes in every format, DOCX included.
 */
class BcgVaccineExampleTest {
    static final Path SPEC = Path.of("analyses/bcg-vaccine/analysis.yaml");
    static final String HEADLINE = "The pooled risk ratio was RR = 0.49, 95% CI [0.34, 0.70]";
    static final List<String> FORMATS = List.of("md", "html", "pdf", "docx");
    static final Pattern FIGURE = Pattern.compile("!\\[Figure (\\d+)\\. ([^\\]]*)\\]\\(figures/([a-z0-9-]+)\\.svg\\)");
    static Path out, again;
    static RunReport run;

    @BeforeAll
    static void render(@TempDir Path tmp) {
        out = tmp.resolve("one");
        again = tmp.resolve("two");
        run = Metareport.run(SPEC, new RunOptions(out, FORMATS, List.of()));
        Metareport.run(SPEC, new RunOptions(again, FORMATS, List.of()));
    }

    static Document svg(String name) throws IOException {
        return Jsoup.parse(Files.readString(out.resolve("figures").resolve(name)), "", Parser.xmlParser());
    }

    static List<String> texts(Document svg) {
        return svg.select("text").stream().map(Element::text).toList();
    }

    @Test
    void headlineReadsAsARiskRatioInEveryFormat() throws IOException {
        assertThat(Files.readString(out.resolve("report.md"))).as("Markdown").contains(HEADLINE);
        assertThat(Jsoup.parse(out.resolve("report.html").toFile()).text()).as("HTML").contains(HEADLINE);
        assertThat(RenderedFormatsTest.pdfText(out.resolve("report.pdf")).replaceAll("\\s+", " ")).as("PDF")
                .contains(HEADLINE, "Meta-regression on absolute latitude", "log risk ratio scale");
    }

    @Test
    void forestAxisAndColumnAreOnTheRatioScale() throws IOException {
        List<String> text = texts(svg("forest-overall.svg"));
        assertThat(text).as("axis title").contains("Risk ratio").doesNotContain("Log risk ratio");
        assertThat(text).as("ratio ticks, log-spaced 1-2-5").contains("0.1", "0.2", "0.5", "1", "2", "5");
        assertThat(text).as("estimate heading").contains("RR [95% CI]");
        assertThat(String.join(" ", text)).as("the summary row, as exp(estimate) [exp(ci)]").contains("0.49", "[0.34,", "0.70]");
        assertThat(text).as("no log value of the summary").doesNotContain("\u22120.71");
    }

    @Test
    void funnelPlotStaysOnTheAnalysisScale() throws IOException {
        assertThat(texts(svg("funnel-overall.svg"))).as("funnel axis").contains("Log risk ratio");
    }

    /** Figure number and caption by figure id, from report.md. */
    static Map<String, String> captions() throws IOException {
        Map<String, String> out = new LinkedHashMap<>();
        Matcher m = FIGURE.matcher(Files.readString(BcgVaccineExampleTest.out.resolve("report.md")));
        while (m.find()) out.put(m.group(3), "Figure " + m.group(1) + ". " + m.group(2).replace("\\", ""));
        return out;
    }

    @Test
    void showsTheBubbleFunnelAndCumulativeResultsWithTheirCaptions() throws IOException {
        Map<String, String> captions = captions();
        assertThat(captions.keySet()).as("figures asked for in analysis.yaml")
                .containsExactly("forest-overall", "bubble-latitude-1", "funnel-overall");
        String bubble = captions.get("bubble-latitude-1");
        assertThat(bubble).as("bubble caption").startsWith("Figure 2. Bubble plot of analysis “Meta-regression on "
                + "absolute latitude”: log risk ratios against ablat");
        Document html = Jsoup.parse(out.resolve("report.html").toFile());
        String pdf = RenderedFormatsTest.pdfText(out.resolve("report.pdf")).replaceAll("\\s+", " ");
        for (var e : captions.entrySet()) {
            assertThat(html.select("figure").stream().anyMatch(f -> f.select("svg").size() == 1
                    && f.select("figcaption").text().equals(e.getValue()))).as("HTML figure %s", e.getKey()).isTrue();
            assertThat(pdf).as("PDF caption of %s", e.getKey()).contains(e.getValue().substring(0, 70));
        }
        Document svg = svg("bubble-latitude-1.svg");
        assertThat(svg.selectFirst("svg > title").text()).as("title").contains("Meta-regression on absolute latitude");
        assertThat(svg.selectFirst("svg > desc").text()).as("desc").isNotBlank();
        assertThat(texts(svg)).as("axis titles as text").contains("ablat", "Log risk ratio");
        assertThat(out.resolve("figures/bubble-latitude-1.png")).as("PNG for the PDF").exists();
        assertThat(Files.readString(out.resolve("report.md"))).as("cumulative table")
                .contains("Cumulative meta-analysis of “Random-effects meta-analysis”, effect sizes added in order of year");
    }

    @Test
    void printsTheForestPlotWithWholeLabelsAndNoTextUnderSevenPoints() throws IOException {
        Element plot = NestedForestRenderedTest.forestSvgs(out).get(0);
        assertThat(plot.select("text").eachText()).as("study names, never Effect N").contains("Aronson, 1948")
                .noneMatch(t -> NestedForestRenderedTest.EFFECT_N.matcher(t).matches());
        assertThat(plot.selectFirst("g.summary > text").text()).isEqualTo("Random-effects model (REML)");
        assertThat(NestedForestRenderedTest.pdfText(out)).as("PDF: no cut summary label")
                .contains("Random-effects meta-analysis").doesNotContain("Random-effects model (RE…", "Multil…");
        double canvasPx = NestedForestRenderedTest.minSvgFontSize(out);
        Map<String, double[]> pngs = NestedForestRenderedTest.forestPngs(out);
        int forestPages = 0;
        try (PDDocument doc = Loader.loadPDF(out.resolve("report.pdf").toFile())) {
            for (int p = 0; p < doc.getNumberOfPages(); p++) {
                boolean forest = false;
                for (double[] image : NestedForestRenderedTest.placements(doc.getPage(p))) {
                    if (NestedForestRenderedTest.match(pngs, image).isEmpty()) continue;
                    forest = true;
                    double pt = canvasPx * (image[0] / 800.0) * image[2] / image[0];
                    assertThat(pt).as("forest text on page %d", p + 1).isGreaterThanOrEqualTo(NestedForestRenderedTest.MIN_PT);
                }
                if (!forest) continue;
                forestPages++;
                for (float size : NestedForestRenderedTest.textSizes(doc, p + 1))
                    assertThat((double) size).as("PDF text on page %d", p + 1)
                            .isGreaterThanOrEqualTo(NestedForestRenderedTest.MIN_PT - 1e-3);
            }
        }
        assertThat(forestPages).as("pages with the forest plot").isEqualTo(1);
    }

    @Test
    void libreOfficeReadsTheHeadlineAsARiskRatio(@TempDir Path work) throws Exception {
        String text = DocxTest.libreOfficeText(out.resolve("report.docx"), work).replaceAll("\\s+", " ");
        assertThat(text).as("LibreOffice's text of report.docx").contains(HEADLINE, "Bubble plot of analysis");
    }

    @Test
    void reproducesItsClaims() {
        assertThat(run.results().claims()).as("claims").isNotEmpty().allMatch(c -> c.ok());
    }

    @Test
    void rendersByteIdenticallyTwice() throws IOException {
        try (Stream<Path> files = Files.walk(out)) {
            for (Path p : (Iterable<Path>) files.filter(Files::isRegularFile)::iterator) {
                Path twin = again.resolve(out.relativize(p).toString());
                assertThat(Files.readAllBytes(twin)).as("%s", out.relativize(p)).isEqualTo(Files.readAllBytes(p));
            }
        }
    }
}
