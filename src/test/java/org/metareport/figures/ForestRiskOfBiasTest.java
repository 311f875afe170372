package org.metareport.figures;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.Test;

/**
 * Risk-of-bias columns beside a forest plot (robvis's {@code rob_append_to_forest}), read back from the SVG with jsoup:
 * every study row carries one judgement per domain and overall (a plain row, or a nested study's heading), the
 * legend names the domains and judgements, hostile study names stay text, nothing is under 12 px (7 pt in print), a
 * page-split plot keeps the columns on every page, and the same input gives the same bytes.
 */
class ForestRiskOfBiasTest {
    static final String HOSTILE = "<script>alert(1)</script> & \"Smith\"";
    static final List<String> HEADINGS = List.of("D1", "D2", "D3", "D4", "D5", "O");
    static final List<String> CODES = List.of("low", "some concerns", "high", "no information");

    static ForestRiskOfBias.Level level(String code, String text) {
        return new ForestRiskOfBias.Level(code, text);
    }

    static final List<ForestRiskOfBias.Level> LEVELS = List.of(level("low", "Low risk"),
            level("some concerns", "Some concerns"), level("high", "High risk"), level("no information", "No information"));

    static List<String> judgements(int study) {
        List<String> out = new ArrayList<>();
        for (int j = 0; j < HEADINGS.size(); j++) out.add(CODES.get((study + j) % CODES.size()));
        return out;
    }

    static ForestRiskOfBias columns(List<ForestRow> rows, List<String> studies) {
        List<List<String>> js = new ArrayList<>();
        for (ForestRow r : rows) {
            int s = studies.indexOf(r.study() != null ? r.study() : r.label());
            js.add(s == 2 ? List.of() : judgements(s));                   // the third study was not assessed
        }
        List<String> legend = new ArrayList<>();
        for (int j = 0; j < 5; j++) legend.add("D" + (j + 1) + ": Bias domain number " + (j + 1));
        legend.add("O: Overall risk of bias");
        return new ForestRiskOfBias("RoB 2", HEADINGS, true, legend, LEVELS, js);
    }

    static ForestData flat() {
        List<ForestRow> rows = new ArrayList<>();
        List<String> studies = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            String name = i == 0 ? HOSTILE : String.format(Locale.ROOT, "Author %d (%d)", i, 1990 + i);
            studies.add(name);
            double yi = -0.5 + 0.15 * i;
            rows.add(new ForestRow(name, yi, yi - 0.4, yi + 0.4, 12.5));
        }
        return ForestData.builder(rows).summary(new ForestSummary("Random-effects model (REML)", -0.2, -0.5, 0.1, -0.9, 0.5))
                .xlab("Log risk ratio").estimateHeading("RR [95% CI]").transform(Transform.EXP)
                .title("Forest plot of analysis overall").notes(List.of("Random-effects model (REML): \u03c4\u00b2 = 0.31."))
                .riskOfBias(columns(rows, studies)).build();
    }

    static Document svg(Figure f) {
        return Jsoup.parse(f.svg(), "", Parser.xmlParser());
    }

    static List<String> judgementTitles(Element rob) {
        return rob.select("g.judgement > title").eachText();
    }

    @Test
    void drawsOneJudgementPerDomainAndOverallOnEveryStudyRow() {
        Document doc = svg(ForestPlot.draw(flat(), 1));
        List<Element> rows = doc.select("g.row");
        assertThat(rows).hasSize(8);
        for (int i = 0; i < rows.size(); i++) {
            Element rob = rows.get(i).selectFirst("g.rob");
            assertThat(rob).as("risk-of-bias marks of row %d", i + 1).isNotNull();
            if (i == 2) {
                assertThat(rob.selectFirst("> title").text()).as("an unassessed study").endsWith(": not assessed");
                assertThat(rob.select("circle")).isEmpty();
                continue;
            }
            List<String> expected = new ArrayList<>();
            for (int j = 0; j < HEADINGS.size(); j++) {
                String code = judgements(i).get(j);
                expected.add(HEADINGS.get(j) + ": " + LEVELS.stream().filter(l -> l.code().equals(code)).findFirst()
                        .orElseThrow().text());
            }
            assertThat(judgementTitles(rob)).as("row %d", i + 1).isEqualTo(expected);
            assertThat(rob.select("circle")).as("one circle per column").hasSize(HEADINGS.size());
        }
        // the same column at the same x on every row, right of the estimate column
        double estimateRight = rows.get(0).select("> text[x], > text > tspan[x]").stream().mapToDouble(t -> Double.parseDouble(t.attr("x")))
                .max().orElseThrow();
        List<String> firstColumn = doc.select("g.rob g.judgement:first-of-type circle").eachAttr("cx");
        assertThat(firstColumn).hasSize(7).containsOnly(firstColumn.get(0));
        assertThat(Double.parseDouble(firstColumn.get(0))).as("D1 right of the estimates").isGreaterThan(estimateRight);
    }

    @Test
    void headsTheColumnsAndExplainsThemInALegend() {
        Document doc = svg(ForestPlot.draw(flat(), 1));
        assertThat(doc.select("g.header > text").eachText()).contains("Risk of bias", "D1", "D5", "O");
        Element legend = doc.selectFirst("g.rob-legend");
        assertThat(legend).as("legend").isNotNull();
        assertThat(legend.select("text").eachText()).contains("Risk of bias (RoB 2):", "D1: Bias domain number 1",
                "O: Overall risk of bias", "Low risk", "Some concerns", "High risk", "No information");
        assertThat(legend.select("circle")).as("a mark per judgement").hasSize(4);
        assertThat(doc.selectFirst("svg > desc").text()).contains("risk-of-bias judgements (D1, D2, D3, D4, D5, O)");
    }

    @Test
    void colourBlindSafeMarksCarryASymbol() {
        Document doc = svg(ForestPlot.draw(flat(), 1));
        for (Element j : doc.select("g.rob g.judgement")) {
            String what = j.selectFirst("title").text();
            if (what.endsWith("No information")) assertThat(j.select("text").eachText()).as(what).containsExactly("?");
            else assertThat(j.select("line")).as(what + ": + − × drawn as strokes").isNotEmpty();
        }
    }

    @Test
    void keepsHostileStudyNamesAsText() {
        String svg = ForestPlot.draw(flat(), 1).svg();
        assertThat(svg).doesNotContain("<script>");
        Document doc = svg(ForestPlot.draw(flat(), 1));
        assertThat(doc.select("script")).isEmpty();
        assertThat(doc.select("g.rob > title").eachText()).anyMatch(t -> t.startsWith("Risk of bias of " + HOSTILE + ": D1"));
    }

    @Test
    void putsNestedJudgementsOnTheStudyHeadingOnceAndSurvivesPageSplitting() {
        List<ForestRow> rows = NestedForestTest.nestedRows();
        List<String> studies = rows.stream().map(ForestRow::study).distinct().toList();
        ForestData data = NestedForestTest.nested(rows).riskOfBias(columns(rows, studies)).build();
        Document whole = svg(ForestPlot.draw(data, 1));
        for (Element heading : whole.select("g.study")) {
            String name = heading.selectFirst("> text").text();
            Element rob = heading.selectFirst("g.rob");
            assertThat(rob).as("marks on the heading of %s", name).isNotNull();
            if (studies.indexOf(name) != 2) assertThat(judgementTitles(rob)).hasSize(HEADINGS.size());
        }
        long marked = whole.select("g.rob").size();
        assertThat(marked).as("one set of marks per study, never per effect").isEqualTo(studies.size());

        List<Figure> pages = ForestPlot.drawPages(data, NestedForestTest.A4_PAGE, 1);
        assertThat(pages).hasSizeGreaterThan(2);
        int studyMarks = 0;
        for (int p = 0; p < pages.size(); p++) {
            Document page = svg(pages.get(p));
            assertThat(page.select("g.header > text").eachText()).as("page %d heads the columns", p + 1)
                    .contains("Risk of bias", "D1", "O");
            for (Element heading : page.select("g.study"))
                assertThat(heading.selectFirst("g.rob")).as("page %d, %s", p + 1, heading.selectFirst("> text").text())
                        .isNotNull();
            for (Element row : page.select("g.row"))
                if (!row.select("g.rob").isEmpty()) studyMarks++;
            assertThat(page.selectFirst("g.rob-legend") != null).as("legend on the last page only, page %d", p + 1)
                    .isEqualTo(p == pages.size() - 1);
            assertThat(minFontSize(page)).as("page %d text", p + 1).isGreaterThanOrEqualTo(12);
        }
        assertThat(studyMarks).as("single-effect studies carry their marks on their row").isPositive();
    }

    @Test
    void neverSetsTextUnderTwelvePixels() {
        assertThat(minFontSize(svg(ForestPlot.draw(flat(), 1)))).isGreaterThanOrEqualTo(12);
    }

    @Test
    void drawsTheSameBytesTwice() {
        assertThat(ForestPlot.draw(flat()).svg()).isEqualTo(ForestPlot.draw(flat()).svg());
        assertThat(ForestPlot.draw(flat()).png()).isEqualTo(ForestPlot.draw(flat()).png());
    }

    @Test
    void refusesJudgementsThatDoNotMatchTheColumns() {
        List<ForestRow> rows = List.of(new ForestRow("A", 0.1, -0.2, 0.4, null));
        assertThatThrownBy(() -> new ForestRiskOfBias("RoB 2", HEADINGS, true, List.of(), LEVELS, List.of(List.of("low"))))
                .hasMessageContaining("1 risk-of-bias judgement(s) for 6 column(s)");
        ForestRiskOfBias two = new ForestRiskOfBias("RoB 2", HEADINGS, true, List.of(), LEVELS, List.of(List.of(), List.of()));
        assertThatThrownBy(() -> ForestData.builder(rows).riskOfBias(two).build())
                .hasMessageContaining("judgements for 2 row(s) but the plot has 1");
        assertThatThrownBy(() -> new ForestRiskOfBias("RoB 2", List.of("D1"), false, List.of(), LEVELS,
                List.of(List.of("dreadful")))).hasMessageContaining("dreadful");
    }

    static double minFontSize(Document svg) {
        return svg.select("[font-size]").stream().mapToDouble(e -> Double.parseDouble(e.attr("font-size"))).min()
                .orElseThrow();
    }
}
