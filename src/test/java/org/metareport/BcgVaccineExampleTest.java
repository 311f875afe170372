package org.metareport;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
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
 * stays on the log scale; the claims hold; a second run writes the same bytes.
 */
class BcgVaccineExampleTest {
    static final Path SPEC = Path.of("analyses/bcg-vaccine/analysis.yaml");
    static final String HEADLINE = "The pooled risk ratio was RR = 0.49, 95% CI [0.34, 0.70]";
    static Path out, again;
    static RunReport run;

    @BeforeAll
    static void render(@TempDir Path tmp) {
        out = tmp.resolve("one");
        again = tmp.resolve("two");
        run = Metareport.run(SPEC, new RunOptions(out, List.of("md", "html", "pdf"), List.of()));
        Metareport.run(SPEC, new RunOptions(again, List.of("md", "html", "pdf"), List.of()));
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
