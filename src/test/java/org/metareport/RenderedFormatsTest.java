package org.metareport;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.metareport.format.Apa;
import org.metareport.results.AnalysisResult;
import org.metareport.results.CoefficientResult;

/**
 * The three formats of one run agree and keep data as text: the example's pooled estimate and CI read the same
 * in Markdown, HTML and PDF (by text extraction), and hostile labels are escaped everywhere.
 */
class RenderedFormatsTest {
    static Path example;
    static Path hostile;
    static RunReport exampleRun;

    @BeforeAll
    static void run(@TempDir Path tmp) {
        example = tmp.resolve("example");
        exampleRun = Metareport.run(Path.of("analyses/school-based-mh/analysis.yaml"),
                new RunOptions(example, List.of("md", "html", "pdf"), List.of()));
        hostile = tmp.resolve("hostile");
        Metareport.run(Path.of("src/test/resources/pipeline/hostile/analysis.yaml"),
                new RunOptions(hostile, List.of("md", "html", "pdf"), List.of()));
    }

    static String pdfText(Path pdf) throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            PDFTextStripper s = new PDFTextStripper();
            s.setSortByPosition(true);
            return s.getText(doc);
        }
    }

    @Test
    void showsThePooledEstimateIdenticallyInEveryFormat() throws IOException {
        AnalysisResult overall = exampleRun.results().analyses().stream().filter(a -> a.id().equals("overall")).findFirst().orElseThrow();
        CoefficientResult c = overall.coefficients().get(0);
        String expected = "The pooled estimate was " + Apa.fixed(c.estimate(), 2) + ", 95% CI "
                + Apa.interval(c.ciLower(), c.ciUpper(), 2);
        assertThat(expected).as("the sentence").isEqualTo("The pooled estimate was 0.43, 95% CI [0.22, 0.64]");
        assertThat(Files.readString(example.resolve("report.md"))).as("Markdown").contains(expected);
        assertThat(Jsoup.parse(example.resolve("report.html").toFile()).text()).as("HTML").contains(expected);
        assertThat(pdfText(example.resolve("report.pdf")).replaceAll("\\s+", " ")).as("PDF").contains(expected);
    }

    @Test
    void printsGreekAndMathInThePdf() throws IOException {
        String text = pdfText(example.resolve("report.pdf"));
        assertThat(text).as("PDF text").contains("τ²", "I²", "−", "Knapp–Hartung", "< .001");
    }

    @Test
    void writesEveryFigureAsSvgAndPng() {
        assertThat(example.resolve("figures/forest-overall.svg")).as("svg").exists();
        assertThat(example.resolve("figures/forest-overall.png")).as("png").exists();
    }

    @Test
    void escapesHostileLabelsInMarkdown() throws IOException {
        String md = Files.readString(hostile.resolve("report.md"));
        assertThat(md).as("title escaped").startsWith("# Hostile \\<b\\>title\\</b\\> \\& \\*stars\\*");
        assertThat(md).as("no raw script tag").doesNotContain("<script>");
    }

    @Test
    void showsHostileLabelsAsTextInHtml() throws IOException {
        Document doc = Jsoup.parse(hostile.resolve("report.html").toFile());
        assertThat(doc.select("script")).as("no script element").isEmpty();
        assertThat(doc.select("h1 b")).as("no bold element from the title").isEmpty();
        assertThat(doc.select("h1").text()).as("title as text").isEqualTo("Hostile <b>title</b> & *stars*");
        String svgText = doc.select("figure svg text").eachText().toString();
        assertThat(svgText).as("forest plot labels as text").contains("<script>alert(1)</script> & \"x\"")
                .contains("O'Brien | Müller (τ²)");
        assertThat(Files.readString(hostile.resolve("report.html"))).as("raw HTML has no script tag")
                .doesNotContain("<script");
    }

    @Test
    void showsAHostileAnalysisTitleAsTextInHeadingsAndCaptions() throws IOException {
        String title = "<i>Pooled</i> *all* [x](javascript:alert(1))";
        Document doc = Jsoup.parse(hostile.resolve("report.html").toFile());
        assertThat(doc.select("main i, main a[href^=javascript]")).as("no element from the title").isEmpty();
        assertThat(doc.select("h3").eachText()).as("the heading is the title as text").contains(title);
        assertThat(doc.select("figcaption").eachText()).as("the forest plot's caption")
                .anyMatch(t -> t.contains("“" + title + "”"));
        assertThat(Files.readString(hostile.resolve("figures/forest-overall.svg"))).as("SVG title escaped")
                .contains("&lt;i&gt;Pooled&lt;/i&gt;").doesNotContain("<i>");
        assertThat(pdfText(hostile.resolve("report.pdf")).replaceAll("\\s+", " ")).as("PDF").contains(title);
    }

    @Test
    void showsHostileLabelsAsTextInPdf() throws IOException {
        String text = pdfText(hostile.resolve("report.pdf"));
        assertThat(text).as("title").contains("Hostile <b>title</b> & *stars*");
    }

    @Test
    void escapesHostileLabelsInTheSvgFile() throws IOException {
        String svg = Files.readString(hostile.resolve("figures/forest-overall.svg"));
        assertThat(svg).as("escaped in SVG").contains("&lt;script&gt;alert(1)&lt;/script&gt; &amp;")
                .doesNotContain("<script");
    }

    @Test
    void sortsTheForestPlotByEffectSizeWhenAsked() throws IOException {
        // report.forest.sort: true in the hostile spec; yi: O'Brien −0.05 < Smith 0.20 < Nguyễn 0.42 < <script> 0.43
        String svg = Files.readString(hostile.resolve("figures/forest-overall.svg"));
        assertThat(svg.indexOf("O'Brien")).as("smallest first").isLessThan(svg.indexOf("Smith"));
        assertThat(svg.indexOf("Smith")).as("then").isLessThan(svg.indexOf("Nguy"));
        assertThat(svg.indexOf("Nguy")).as("largest last").isLessThan(svg.indexOf("&lt;script"));
    }
}
