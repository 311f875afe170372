package org.metareport.figures;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;

/**
 * Forest plots of nested data: studies head their effects, summary labels are whole, and a tall plot splits into
 * pages for print with its header and axis repeated.
 */
class NestedForestTest {
    /** A4's printable figure height for an 800 px wide figure (228 mm high across 170 mm), as the PDF uses it. */
    static final double A4_PAGE = new PrintFrame(170, 228).maxHeight(ForestPlot.WIDTH);

    /** 200 effects in 40 studies of 1 to 9 effects (one of 30, taller than a page), labelled by outcome. */
    static List<ForestRow> nestedRows() {
        List<ForestRow> rows = new ArrayList<>();
        int study = 0;
        while (rows.size() < 200) {
            int n = study == 7 ? 70 : 1 + (study * 5 % 9);
            String name = String.format(Locale.ROOT, "Author %02d et al. (%d)", study + 1, 1990 + study % 30);
            for (int j = 0; j < n && rows.size() < 200; j++) {
                double yi = 0.3 + 0.5 * Math.sin(rows.size() * 0.7), half = 0.2 + 0.05 * (j % 5);
                rows.add(new ForestRow("Outcome " + (char) ('a' + j % 26) + j, name, yi, yi - half, yi + half, null,
                    List.of()));
            }
            study++;
        }
        return rows;
    }

    static ForestData.Builder nested(List<ForestRow> rows) {
        return ForestData.builder(rows)
            .summary(new ForestSummary("Multilevel model (REML)", 0.31, 0.2, 0.42, -0.6, 1.2))
            .xlab("Standardised mean difference (Hedges' g)")
            .estimateHeading("g [95% CI]")
            .title("Forest plot of analysis nested")
            .notes(List.of("Multilevel model (REML): \u03c3\u00b2(Study) = 0.10, \u03c3\u00b2(Study/ESId) = 0.20."));
    }

    @Test
    void headsEachStudysEffectsWithItsNameAndIndentsThem() {
        List<ForestRow> rows = List.of(
            new ForestRow("Anxiety (SCAS)", "Barrett & Turner (2001)", 0.27, -0.4, 1.0, null, List.of()),
            new ForestRow("Depression (CDI)", "Barrett & Turner (2001)", 0.15, -0.5, 0.9, null, List.of()),
            new ForestRow("Britton et al. (2014)", "Britton et al. (2014)", 0.29, -0.4, 1.0, null, List.of()));
        Drawing d = ForestPlot.layout(nested(rows).build());
        Svg svg = Svg.parse(Figure.of(d, 1).svg());
        assertThat(svg.groups("study").stream().map(g -> Svg.texts(g).get(0)).toList()).as("headings")
            .containsExactly("Barrett & Turner (2001)");
        List<Element> effects = svg.groups("row");
        assertThat(effects.stream().map(g -> Svg.texts(g).get(0)).toList()).as("row labels")
            .containsExactly("Anxiety (SCAS)", "Depression (CDI)", "Britton et al. (2014)");
        double indented = Svg.number(Svg.all(effects.get(0), "text").get(0), "x");
        double plain = Svg.number(Svg.all(effects.get(2), "text").get(0), "x");
        assertThat(indented - plain).as("effects under a heading are indented").isEqualTo(ForestPlot.INDENT);
        assertThat(Svg.all(effects.get(0), "title").get(0).getTextContent()).as("tooltip names the study")
            .startsWith("Barrett & Turner (2001), Anxiety (SCAS): 0.27");
    }

    @Test
    void neverShortensTheSummaryOrPredictionLabelHoweverShortTheRowLabels() {
        List<ForestRow> rows = new ArrayList<>();
        for (int i = 0; i < 6; i++) rows.add(new ForestRow("E" + i, "S" + i / 3, 0.1 * i, -0.2, 0.8, null, List.of()));
        for (String label : List.of("Multilevel model (REML)", "Random-effects model (REML)", "Fixed-effect model")) {
            Svg svg = Svg.parse(ForestPlot.draw(nested(rows)
                .summary(new ForestSummary(label, 0.3, 0.1, 0.5, -0.5, 1.1)).build()).svg());
            assertThat(Svg.texts(svg.groups("summary").get(0)).get(0)).as("summary label").isEqualTo(label);
            assertThat(Svg.texts(svg.groups("prediction").get(0)).get(0)).as("PI label").isEqualTo("Prediction interval");
            assertThat(svg.texts()).as("nothing ellipsised").noneMatch(t -> t.contains(TextMeasure.ELLIPSIS));
        }
    }

    @Test
    void splitsATallPlotIntoPagesWithHeaderAndAxisOnEach() {
        ForestData data = nested(nestedRows()).build();
        List<Drawing> pages = ForestPlot.layoutPages(data, A4_PAGE);
        assertThat(pages.size()).as("pages for 200 effects + headings").isBetween(4, 6);
        List<String> seen = new ArrayList<>();
        for (int p = 0; p < pages.size(); p++) {
            Drawing page = pages.get(p);
            Svg svg = Svg.parse(Figure.of(page, 1).svg());
            assertThat(page.height()).as("page %d height", p + 1).isLessThanOrEqualTo((int) A4_PAGE);
            assertThat(svg.groups("header")).as("header on page %d", p + 1).hasSize(1);
            assertThat(svg.groups("axis")).as("axis on page %d", p + 1).hasSize(1);
            assertThat(svg.texts()).as("axis title on page %d", p + 1).contains("Standardised mean difference (Hedges' g)");
            assertThat(page.title()).as("title of page %d", p + 1)
                .isEqualTo("Forest plot of analysis nested" + (p > 0 ? " (continued)" : ""));
            assertThat(Svg.texts(svg.groups("header").get(0)).get(0)).as("label heading")
                .isEqualTo(p > 0 ? "Study (continued)" : "Study");
            assertThat(svg.groups("summary")).as("pooled estimate only on the last page")
                .hasSize(p == pages.size() - 1 ? 1 : 0);
            for (Element row : svg.groups("row")) seen.add(Svg.all(row, "title").get(0).getTextContent());
            for (Drawing.Op op : page.ops())
                if (op instanceof Drawing.Text t)
                    assertThat(t.style().size()).as("text size on page %d", p + 1).isGreaterThanOrEqualTo(12);
        }
        List<String> whole = new ArrayList<>();
        for (Element row : Svg.parse(ForestPlot.draw(data).svg()).groups("row"))
            whole.add(Svg.all(row, "title").get(0).getTextContent());
        assertThat(seen).as("every effect once, in the same order as the whole plot").isEqualTo(whole);
    }

    @Test
    void breaksPagesBetweenStudiesAndRepeatsTheHeadingOfAStudyTallerThanAPage() {
        List<Drawing> pages = ForestPlot.layoutPages(nested(nestedRows()).build(), A4_PAGE);
        Map<String, Integer> pagesPerStudy = new LinkedHashMap<>();
        List<String> continued = new ArrayList<>();
        for (Drawing page : pages) {
            Svg svg = Svg.parse(Figure.of(page, 1).svg());
            List<String> studies = new ArrayList<>();
            for (Element row : svg.groups("row")) {
                String tip = Svg.all(row, "title").get(0).getTextContent();
                String study = tip.substring(0, tip.indexOf(')') + 1);
                if (!studies.contains(study)) studies.add(study);
            }
            for (String s : studies) pagesPerStudy.merge(s, 1, Integer::sum);
            for (Element h : svg.groups("study")) {
                String text = Svg.texts(h).get(0);
                if (text.endsWith(" (continued)")) continued.add(text);
            }
        }
        pagesPerStudy.remove("");                             // studies with one effect: no heading, no prefix
        assertThat(pagesPerStudy).as("only the 70-effect study spans pages").hasSizeGreaterThan(20)
            .allSatisfy((study, n) -> assertThat(n).as(study).isEqualTo(study.startsWith("Author 08") ? n : 1));
        int spanned = pagesPerStudy.get("Author 08 et al. (1997)");
        assertThat(spanned).as("pages of the 70-effect study").isBetween(2, 3);
        assertThat(continued).as("its heading repeated atop each later page")
            .hasSize(spanned - 1).containsOnly("Author 08 et al. (1997) (continued)");
    }

    @Test
    void printsWholeWhenItFitsAndTheSameBytesTwice() {
        ForestData small = ForestExamples.bcg().build();
        assertThat(ForestPlot.drawPages(small, A4_PAGE, 2)).as("BCG fits one page")
            .containsExactly(ForestPlot.draw(small, 2));
        ForestData big = nested(nestedRows()).build();
        assertThat(ForestPlot.drawPages(big, A4_PAGE, 2)).as("deterministic")
            .isEqualTo(ForestPlot.drawPages(big, A4_PAGE, 2));
    }

    @Test
    void escapesHostileStudyNamesInHeadings() {
        String hostile = "<script>alert(1)</script> & \"x\"";
        List<ForestRow> rows = List.of(
            new ForestRow("<img src=x onerror=alert(1)>", hostile, 0.2, 0.0, 0.4, null, List.of()),
            new ForestRow("b", hostile, 0.3, 0.1, 0.5, null, List.of()));
        String text = ForestPlot.draw(nested(rows).build()).svg();
        Svg svg = Svg.parse(text);
        assertThat(Svg.texts(svg.groups("study").get(0))).as("heading as text").containsExactly(hostile);
        assertThat(Svg.texts(svg.groups("row").get(0)).get(0)).isEqualTo("<img src=x onerror=alert(1)>");
        assertThat(svg.all("script")).as("no script element").isEmpty();
        assertThat(svg.all("img")).as("no img element").isEmpty();
    }
}
