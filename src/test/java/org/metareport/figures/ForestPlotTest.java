package org.metareport.figures;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;

class ForestPlotTest {
    private static final String HOSTILE = "<script>alert(1)</script> & \"x\" 'y'";

    private static Svg svg(ForestData data) {
        return Svg.parse(ForestPlot.draw(data).svg());
    }

    @Test
    void writesWellFormedAccessibleSvg() {
        Figure f = ForestPlot.draw(ForestExamples.bcg().build());
        Svg svg = Svg.parse(f.svg());
        Element root = svg.root();
        assertThat(root.getLocalName()).as("root element").isEqualTo("svg");
        assertThat(root.getNamespaceURI()).as("namespace").isEqualTo("http://www.w3.org/2000/svg");
        assertThat(root.getAttribute("role")).as("role").isEqualTo("img");
        assertThat(root.getAttribute("viewBox")).as("viewBox").isEqualTo("0 0 800 " + f.height());
        assertThat(Svg.number(root, "width")).as("width").isEqualTo(800);
        assertThat(f.width()).as("figure width").isEqualTo(800);
        assertThat(root.getAttribute("font-family")).as("font family").startsWith("DejaVu Sans");
        assertThat(svg.all("title").get(0).getTextContent()).as("title").isEqualTo("Forest plot");
        assertThat(svg.all("desc").get(0).getTextContent()).as("description")
            .isEqualTo(f.description())
            .contains("13 effects", "RE Model: \u22120.71 [\u22121.07, \u22120.36]", "Prediction interval [\u22121.87, 0.44]");
        assertThat(f.svg()).as("no XML declaration, so it can be inlined in HTML").startsWith("<svg ");
    }

    @Test
    void showsEachLabelWithItsFormattedEstimateAndWeight() {
        Svg svg = svg(ForestExamples.bcg().build());
        List<Element> rows = svg.groups("row");
        assertThat(rows).as("one group per row").hasSize(13);
        List<String> aronson = Svg.texts(rows.get(0));
        assertThat(aronson).as("Aronson row texts")
            .containsExactly("Aronson, 1948", "\u22120.89 [\u22122.01, 0.23]", "5.1%");
        List<String> all = svg.texts();
        for (ForestRow r : ForestExamples.bcgRows()) assertThat(all).as("labels").contains(r.label());
        assertThat(all).as("TPT Madras, Comstock & Webster")
            .contains("0.01 [\u22120.11, 0.14]", "0.45 [\u22120.98, 1.88]", "10.2%", "3.8%");
        assertThat(Svg.texts(svg.groups("summary").get(0))).as("summary row")
            .containsExactly("RE Model", "\u22120.71 [\u22121.07, \u22120.36]");
        assertThat(Svg.texts(svg.groups("prediction").get(0))).as("prediction row")
            .containsExactly("Prediction interval", "[\u22121.87, 0.44]");
        assertThat(svg.texts()).as("headings").contains("Study", "Log RR [95% CI]", "Weight");
    }

    @Test
    void weightsSumToAHundredInTheFixture() {
        double sum = ForestExamples.bcgRows().stream().mapToDouble(ForestRow::weight).sum();
        assertThat(sum).as("sum of weights").isCloseTo(100, org.assertj.core.data.Offset.offset(1e-9));
    }

    @Test
    void printsNumbersWithTrueMinusSigns() {
        String svg = ForestPlot.draw(ForestExamples.bcg().build()).svg();
        List<String> texts = Svg.parse(svg).texts();
        assertThat(texts).as("tick labels").contains("\u22123", "\u22122", "\u22121", "0", "1", "2");
        assertThat(String.join("\n", texts)).as("no hyphen-minus before a digit in any text").doesNotContainPattern("-\\d");
    }

    @Test
    void escapesHostileLabelsAsText() {
        List<ForestRow> rows = new ArrayList<>(ForestExamples.bcgRows());
        rows.set(0, new ForestRow(HOSTILE, -0.5, -1, 0, 10.0));
        ForestData data = ForestData.builder(rows).xlab("x < y & z").title("T&C <b>").build();
        String text = ForestPlot.draw(data).svg();
        assertThat(text).as("raw markup").doesNotContain("<script", "</script>", "<b>");
        assertThat(text).as("escaped label")
            .contains("&lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;x&quot; &#39;y&#39;");
        Svg svg = Svg.parse(text);
        assertThat(Svg.texts(svg.groups("row").get(0)).get(0)).as("label read back").isEqualTo(HOSTILE);
        assertThat(svg.all("title").get(0).getTextContent()).as("title").isEqualTo("T&C <b>");
        assertThat(svg.texts()).as("axis title").contains("x < y & z");
        assertThat(svg.all("script")).as("script elements").isEmpty();
    }

    @Test
    void drawsHostileLabelLiterallyInPng() {
        ForestData data = ForestData.builder(List.of(new ForestRow(HOSTILE, 0.2, 0.1, 0.3, null))).build();
        Drawing drawing = ForestPlot.layout(data);
        assertThat(drawing.ops()).as("the PNG draws the label's characters, not markup")
            .filteredOn(op -> op instanceof Drawing.Text)
            .map(op -> ((Drawing.Text) op).spans().get(0).text())
            .contains(HOSTILE);
        assertThat(ForestPlot.draw(data).png()).as("PNG").isNotEmpty();
    }

    @Test
    void keepsSvgWellFormedForControlCharactersAndLoneSurrogates() {
        String nasty = "a\u0000b\u0007c\td\ne\ud800f\uffff g\u2028h";
        Svg svg = svg(ForestData.builder(List.of(new ForestRow(nasty, 0, -1, 1, 50.0),
            new ForestRow("\u4e2d\u6587 \u03c4\u00b2 \u2265", 0, -1, 1, 50.0))).build());
        List<String> labels = svg.groups("row").stream().map(g -> Svg.texts(g).get(0)).toList();
        assertThat(labels.get(0)).as("cleaned label").isEqualTo("a b c d e\ufffdf\ufffd g h");
        assertThat(labels.get(1)).as("CJK and Greek kept").isEqualTo("\u4e2d\u6587 \u03c4\u00b2 \u2265");
    }

    @Test
    void shortensLongLabelsWithAnEllipsisAndKeepsThemWhole() {
        String longLabel = "A very long study label that goes on and on, far beyond any column width a forest plot "
            + "could give it, 2024";
        Svg svg = svg(ForestData.builder(List.of(new ForestRow(longLabel, 0.1, -0.2, 0.4, 100.0))).build());
        Element row = svg.groups("row").get(0);
        String shown = Svg.texts(row).get(0);
        assertThat(shown).as("shown label").endsWith("\u2026").startsWith("A very long study");
        assertThat(longLabel).as("shown label is a prefix").startsWith(shown.substring(0, shown.length() - 1));
        assertThat(TextMeasure.width(shown, ForestPlot.TEXT)).as("shown width").isLessThanOrEqualTo(ForestPlot.MAX_LABEL);
        assertThat(Svg.all(row, "title").get(0).getTextContent()).as("row title").startsWith(longLabel + ": 0.10");
    }

    @Test
    void growsLinearlyWithRowsAndNeverOverlapsText() {
        int[] heights = IntStream.of(50, 100, 150)
            .map(n -> ForestPlot.layout(ForestData.builder(ForestExamples.manyRows(n)).build()).height()).toArray();
        assertThat(heights[1] - heights[0]).as("height for 50 more rows").isEqualTo((int) (50 * ForestPlot.ROW));
        assertThat(heights[2] - heights[1]).as("height for the next 50 rows").isEqualTo((int) (50 * ForestPlot.ROW));

        Drawing f = ForestPlot.layout(ForestData.builder(ForestExamples.manyRows(150))
            .summary(new ForestSummary("RE Model", 0.3, 0.2, 0.4, -0.5, 1.1)).build());
        Svg svg = Svg.parse(SvgCanvas.render(f));
        assertThat(Svg.number(svg.root(), "height")).as("SVG height").isEqualTo(f.height()).isGreaterThan(150 * 18);
        double[] baselines = svg.all("text").stream()
            .filter(t -> t.getAttribute("x").equals("12"))           // the label column
            .mapToDouble(t -> Svg.number(t, "y")).sorted().toArray();
        assertThat(baselines).as("label baselines: header, 150 rows, summary, PI").hasSize(153);
        for (int i = 1; i < baselines.length; i++)
            assertThat(baselines[i] - baselines[i - 1]).as("gap between label baselines %d and %d", i - 1, i)
                .isGreaterThanOrEqualTo(ForestPlot.FONT);
        assertThat(baselines[baselines.length - 1]).as("last baseline inside the figure").isLessThan(f.height());
    }

    @Test
    void clipsIntervalsBeyondFixedAxisWithArrows() {
        ForestData data = ForestData.builder(List.of(
                new ForestRow("inside", 0, -0.5, 0.5, 25.0),
                new ForestRow("left", -0.2, -3, 0.5, 25.0),
                new ForestRow("both", 0.1, -4, 4, 25.0),
                new ForestRow("beyond right", 2, 1.5, 2.5, 25.0)))
            .summary(new ForestSummary("RE Model", 0, -0.3, 0.3, -2.0, 2.0))
            .axisLimits(-1, 1).build();
        Svg svg = svg(data);
        List<Element> rows = svg.groups("row");
        assertThat(Svg.all(rows.get(0), "polygon")).as("arrows on a CI inside the axis").isEmpty();
        assertThat(Svg.all(rows.get(1), "polygon")).as("arrows on a CI beyond the lower limit").hasSize(1);
        assertThat(Svg.all(rows.get(2), "polygon")).as("arrows on a CI beyond both limits").hasSize(2);
        assertThat(Svg.all(rows.get(3), "polygon")).as("arrow for a CI wholly beyond the upper limit").hasSize(1);
        assertThat(Svg.all(rows.get(3), "rect")).as("no square for a point beyond the axis").isEmpty();
        assertThat(Svg.all(svg.groups("prediction").get(0), "polygon")).as("arrows on the PI").hasSize(2);

        double plotLeft = Svg.all(svg.groups("axis").get(0), "line").stream()
            .mapToDouble(l -> Svg.number(l, "x1")).min().orElseThrow();
        Element arrow = Svg.all(rows.get(1), "polygon").get(0);
        assertThat(Double.parseDouble(arrow.getAttribute("points").split("[ ,]")[0])).as("arrow tip at the axis start")
            .isEqualTo(plotLeft, org.assertj.core.data.Offset.offset(0.01));
        assertThat(svg.texts()).as("ticks within the fixed limits")
            .contains("\u22121.0", "\u22120.5", "0.0", "0.5", "1.0").doesNotContain("\u22121.5", "1.5");
        assertThat(Svg.texts(rows.get(2))).as("annotation still shows the full CI").contains("0.10 [\u22124.00, 4.00]");
    }

    @Test
    void automaticAxisCoversEveryBcgInterval() {
        Svg svg = svg(ForestExamples.bcg().build());
        assertThat(svg.all("polygon")).as("only the diamond; no study clipped").hasSize(1);
    }

    @Test
    void automaticAxisClipsAFewExtremeIntervalsRatherThanSqueezing() {
        List<ForestRow> rows = new ArrayList<>(ForestExamples.manyRows(40));
        rows.add(new ForestRow("Tiny trial", 0.5, -9, 10, 0.1));
        ForestData data = ForestData.builder(rows).summary(new ForestSummary("RE Model", 0.3, 0.2, 0.4)).build();
        double[] ext = ForestPlot.extent(data);
        assertThat(ext[0]).as("lower extent").isGreaterThan(-2);
        assertThat(ext[1]).as("upper extent").isLessThan(3);
        List<Element> groups = svg(data).groups("row");
        assertThat(Svg.all(groups.get(groups.size() - 1), "polygon")).as("arrows on the tiny trial").hasSize(2);
    }

    @Test
    void sizesSquaresByWeightWithAreaProportionalToWeight() {
        double[] weights = {9, 1, 16, 4, 0.01};
        List<ForestRow> rows = new ArrayList<>();
        for (int i = 0; i < weights.length; i++) rows.add(new ForestRow("S" + i, 0, -1, 1, weights[i]));
        List<Element> squares = svg(ForestData.builder(rows).build()).groups("row").stream()
            .map(g -> Svg.all(g, "rect").get(0)).toList();
        double[] side = squares.stream().mapToDouble(r -> Svg.number(r, "width")).toArray();
        for (int i = 0; i < side.length; i++)
            assertThat(Svg.number(squares.get(i), "height")).as("square %d is square", i).isEqualTo(side[i]);
        assertThat(side[2]).as("largest weight gets the largest square").isEqualTo(ForestPlot.MAX_SQUARE);
        assertThat(side[0] / side[2]).as("side ratio 9 vs 16").isCloseTo(0.75, org.assertj.core.data.Offset.offset(0.01));
        assertThat(side[3] / side[2]).as("side ratio 4 vs 16").isCloseTo(0.5, org.assertj.core.data.Offset.offset(0.01));
        assertThat(side[4]).as("tiny weight stays visible").isEqualTo(ForestPlot.MIN_SQUARE);
        assertThat(side[1]).as("w=1 smaller than w=4").isLessThan(side[3]);
        assertThat(side[3]).as("w=4 smaller than w=9").isLessThan(side[0]);
    }

    @Test
    void sortsByEffectWhenAsked() {
        List<String> labels = svg(ForestExamples.bcg().sortByEffect(true).build()).groups("row").stream()
            .map(g -> Svg.texts(g).get(0)).toList();
        assertThat(labels).as("rows by yi").startsWith("Vandiviere et al, 1973", "Ferguson & Simes, 1949")
            .endsWith("Comstock & Webster, 1969");
    }

    @Test
    void keepsRowsOfOneStudyTogetherAndBandsThem() {
        List<ForestRow> rows = List.of(
            new ForestRow("A: reading", "A", 0.5, 0.1, 0.9, 20.0, List.of()),
            new ForestRow("B: reading", "B", -0.2, -0.6, 0.2, 20.0, List.of()),
            new ForestRow("A: maths", "A", 0.3, -0.1, 0.7, 20.0, List.of()),
            new ForestRow("C: maths", "C", 0.1, -0.3, 0.5, 20.0, List.of()),
            new ForestRow("B: maths", "B", 0.0, -0.4, 0.4, 20.0, List.of()));
        Svg svg = svg(ForestData.builder(rows).build());
        assertThat(svg.groups("row").stream().map(g -> Svg.texts(g).get(0)).toList()).as("order")
            .containsExactly("A: reading", "A: maths", "B: reading", "B: maths", "C: maths");
        List<Element> bands = svg.all("rect").stream().filter(r -> r.getAttribute("fill").equals("#f1f1f1")).toList();
        assertThat(bands).as("one band, behind study B's heading and two rows").hasSize(1);
        assertThat(Svg.number(bands.get(0), "height")).as("band height").isEqualTo(3 * ForestPlot.ROW);
        assertThat(svg.groups("study").stream().map(g -> Svg.texts(g).get(0)).toList())
            .as("a heading over each study with several effects; C, with one, has none").containsExactly("A", "B");
        assertThat(ForestPlot.layout(ForestData.builder(rows).build()).description()).as("description")
            .contains("5 effects from 3 studies");

        List<String> sorted = svg(ForestData.builder(rows).sortByEffect(true).build()).groups("row").stream()
            .map(g -> Svg.texts(g).get(0)).toList();
        assertThat(sorted).as("sorted: studies by mean yi, rows within").containsExactly(
            "B: reading", "B: maths", "C: maths", "A: maths", "A: reading");
    }

    @Test
    void drawsExtraColumnsUnderTheirHeadings() {
        List<ForestRow> rows = List.of(
            new ForestRow("Smith", null, 0.2, 0.0, 0.4, 60.0, List.of("2001", "120")),
            new ForestRow("Jones", null, 0.4, 0.1, 0.7, 40.0, List.of("2010", "85")));
        Svg svg = svg(ForestData.builder(rows).columnHeadings(List.of("Year", "N")).build());
        assertThat(Svg.texts(svg.groups("header").get(0))).as("headings")
            .containsExactly("Study", "Year", "N", "Estimate [95% CI]", "Weight");
        assertThat(Svg.texts(svg.groups("row").get(0))).as("row cells")
            .containsExactly("Smith", "2001", "120", "0.20 [0.00, 0.40]", "60.0%");
    }

    @Test
    void showsRatiosOnALogAxisForExpTransform() {
        Svg svg = svg(ForestExamples.bcg().transform(Transform.EXP).build());
        assertThat(Svg.texts(svg.groups("axis").get(0))).as("ratio ticks")
            .startsWith("0.05", "0.1", "0.2", "0.5", "1", "2", "5", "10");
        assertThat(Svg.texts(svg.groups("summary").get(0))).as("summary as a risk ratio")
            .contains("0.49 [0.34, 0.70]");
    }

    @Test
    void omitsWeightColumnWhenNoWeightsAndHeaderWhenNoHeadings() {
        ForestData data = ForestData.builder(List.of(new ForestRow("a", 0, -1, 1, null)))
            .labelHeading("").estimateHeading("").build();
        Svg svg = svg(data);
        assertThat(svg.groups("header")).as("header").isEmpty();
        assertThat(svg.texts()).as("texts").doesNotContain("Weight");
        assertThat(Svg.number(Svg.all(svg.groups("row").get(0), "rect").get(0), "width")).as("unweighted square")
            .isBetween(ForestPlot.MIN_SQUARE, ForestPlot.MAX_SQUARE);
    }

    @Test
    void copesWithDegenerateAndLargeValues() {
        Svg flat = svg(ForestData.builder(List.of(new ForestRow("  ", 0, 0, 0, 0.0))).refline(null).build());
        assertThat(Svg.texts(flat.groups("axis").get(0)).size()).as("ticks around a single zero-width point")
            .isGreaterThanOrEqualTo(3);
        Svg big = svg(ForestData.builder(List.of(
                new ForestRow("Mean difference, mg", -1234.5, -2500, 31.25, 60.0),
                new ForestRow("Other", 150, 100, 200, 40.0)))
            .summary(new ForestSummary("FE Model", -300, -700, 100)).build());
        assertThat(big.texts()).as("large values").contains("\u22121234.50 [\u22122500.00, 31.25]", "FE Model");
        assertThat(big.groups("prediction")).as("no PI row without a PI").isEmpty();
    }

    @Test
    void rendersTheSameBytesTwice() {
        ForestData data = ForestExamples.bcg().notes(List.of("Note.")).build();
        Figure a = ForestPlot.draw(data), b = ForestPlot.draw(data);
        assertThat(a.svg()).as("SVG").isEqualTo(b.svg());
        assertThat(a.png()).as("PNG bytes").isEqualTo(b.png());
        assertThat(a).as("figure").isEqualTo(b);
    }

    @Test
    void pngDecodesToTheAnnouncedSize() throws IOException {
        Figure f = ForestPlot.draw(ForestExamples.bcg().build(), 2.5);
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(f.png()));
        assertThat(image).as("decoded PNG").isNotNull();
        assertThat(f.pngWidth()).as("announced width").isEqualTo(2000);
        assertThat(image.getWidth()).as("PNG width").isEqualTo(f.pngWidth());
        assertThat(image.getHeight()).as("PNG height").isEqualTo(f.pngHeight());
        assertThat(f.pngHeight()).as("PNG height vs SVG height").isEqualTo((int) Math.ceil(f.height() * 2.5));
        assertThat(image.getRGB(0, 0) & 0xffffff).as("background").isEqualTo(0xffffff);
    }

    @Test
    void rejectsInconsistentInputNamingTheRow() {
        assertThatThrownBy(() -> new ForestRow("Aronson", 1.5, -1, 1, null))
            .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'Aronson'").hasMessageContaining("outside its CI");
        assertThatThrownBy(() -> new ForestRow("Aronson", Double.NaN, -1, 1, null))
            .hasMessageContaining("yi is NaN");
        assertThatThrownBy(() -> ForestData.builder(List.of()).build()).hasMessageContaining("at least one row");
        assertThatThrownBy(() -> ForestData.builder(List.of(new ForestRow("a", 0, -1, 1, null)))
            .columnHeadings(List.of("Year")).build()).hasMessageContaining("row 1 ('a') has 0 extra column(s) but 1");
        assertThatThrownBy(() -> new ForestSummary("RE", 0, -1, 1, -2.0, null)).hasMessageContaining("both piLower and piUpper");
        assertThatThrownBy(() -> ForestData.builder(List.of(new ForestRow("a", 0, -1, 1, null))).axisLimits(1, -1).build())
            .hasMessageContaining("lower < upper");
    }
}
