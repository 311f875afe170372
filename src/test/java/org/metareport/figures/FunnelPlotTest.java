package org.metareport.figures;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;

class FunnelPlotTest {
    private static final String HOSTILE = "<script>alert(1)</script> & \"x\" 'y'";
    /** qnorm(0.975) in R. */
    private static final double Z95 = 1.959963984540054;
    /** SvgCanvas writes coordinates with two decimals; the scale is read back from rounded ticks too. */
    private static final double PX = 0.02;

    private static Svg svg(FunnelData data) {
        return Svg.parse(FunnelPlot.draw(data).svg());
    }

    /** The circles of the observed and of the filled-in points, in drawing order. */
    private static List<Element> circles(Svg svg, String group) {
        List<Element> g = svg.groups(group);
        return g.isEmpty() ? List.of() : Svg.all(g.get(0), "circle");
    }

    /** Maps axis values to pixels, read back from an axis group's tick marks and labels. */
    private record Scale(double offset, double perUnit) {
        double px(double v) { return offset + perUnit * v; }
        double value(double px) { return (px - offset) / perUnit; }

        /** @param horizontal x-axis ticks (x1) or y-axis ticks (y1) */
        static Scale of(Svg svg, String axisGroup, boolean horizontal) {
            Element g = svg.groups(axisGroup).get(0);
            List<Element> lines = Svg.all(g, "line");
            List<String> labels = Svg.texts(g);
            double p1 = Svg.number(lines.get(1), horizontal ? "x1" : "y1"), v1 = parse(labels.get(0));
            double p2 = Svg.number(lines.get(2), horizontal ? "x1" : "y1"), v2 = parse(labels.get(1));
            double per = (p2 - p1) / (v2 - v1);
            return new Scale(p1 - per * v1, per);
        }

        static double parse(String label) {
            return Double.parseDouble(label.replace('\u2212', '-'));
        }
    }

    /** @return the polygon's points as x0, y0, x1, y1, … */
    private static double[] points(Element polygon) {
        String[] parts = polygon.getAttribute("points").split("[ ,]");
        double[] out = new double[parts.length];
        for (int i = 0; i < parts.length; i++) out[i] = Double.parseDouble(parts[i]);
        return out;
    }

    private static List<String> titles(List<Element> groups) {
        List<String> out = new ArrayList<>();
        for (Element g : groups) out.add(Svg.all(g, "title").get(0).getTextContent());
        return out;
    }

    @Test
    void writesWellFormedAccessibleSvg() {
        Figure f = FunnelPlot.draw(FunnelExamples.bcg().build());
        Svg svg = Svg.parse(f.svg());
        Element root = svg.root();
        assertThat(root.getLocalName()).as("root element").isEqualTo("svg");
        assertThat(root.getNamespaceURI()).as("namespace").isEqualTo("http://www.w3.org/2000/svg");
        assertThat(root.getAttribute("role")).as("role").isEqualTo("img");
        assertThat(root.getAttribute("viewBox")).as("viewBox").isEqualTo("0 0 640 " + f.height());
        assertThat(f.width()).as("figure width").isEqualTo(640);
        assertThat(root.getAttribute("font-family")).as("font family").startsWith("DejaVu Sans");
        assertThat(svg.all("title").get(0).getTextContent()).as("title").isEqualTo("Funnel plot");
        assertThat(svg.all("desc").get(0).getTextContent()).as("description")
            .isEqualTo(f.description())
            .isEqualTo("Funnel plot of 13 studies: standard error (0 at the top) against log risk ratio. "
                + "Pooled estimate: \u22120.71, with the 95% pseudo-confidence region.");
        assertThat(f.svg()).as("no XML declaration, so it can be inlined in HTML").startsWith("<svg ");
    }

    @Test
    void drawsOneCirclePerPointAtItsEffectAndStandardError() {
        Svg svg = svg(FunnelExamples.bcg().build());
        List<Element> circles = circles(svg, "studies");
        assertThat(circles).as("one circle per study").hasSize(13);
        assertThat(svg.groups("filled-in")).as("no filled-in group without filled points").isEmpty();
        Scale x = Scale.of(svg, "x-axis", true), y = Scale.of(svg, "y-axis", false);
        List<FunnelPoint> points = FunnelExamples.bcgPoints();
        for (int i = 0; i < points.size(); i++) {
            FunnelPoint p = points.get(i);
            assertThat(Svg.number(circles.get(i), "cx")).as("cx of " + p.label()).isCloseTo(x.px(p.yi()), within(PX));
            assertThat(Svg.number(circles.get(i), "cy")).as("cy of " + p.label()).isCloseTo(y.px(p.sei()), within(PX));
            assertThat(circles.get(i).getAttribute("fill")).as("observed fill").isEqualTo("#1f1f1f");
            assertThat(circles.get(i).hasAttribute("stroke")).as("observed: no outline").isFalse();
        }
        assertThat(y.perUnit()).as("standard error grows downwards").isPositive();
        assertThat(y.value(Svg.number(Svg.all(svg.groups("y-axis").get(0), "line").get(0), "y1")))
            .as("0 at the top of the y axis").isCloseTo(0, within(1e-9));
    }

    @Test
    void drawsFilledInPointsOpenAndNamesThemInTheLegend() {
        Svg svg = svg(FunnelExamples.bcgTrimFill().build());
        assertThat(circles(svg, "studies")).as("observed circles").hasSize(13);
        List<Element> filled = circles(svg, "filled-in");
        assertThat(filled).as("filled-in circles (trimfill k0 = 1)").hasSize(1);
        Element open = filled.get(0);
        assertThat(open.getAttribute("fill")).as("filled-in: white").isEqualTo("#ffffff");
        assertThat(open.getAttribute("stroke")).as("filled-in: black outline").isEqualTo("#000000");
        Scale x = Scale.of(svg, "x-axis", true), y = Scale.of(svg, "y-axis", false);
        assertThat(x.value(Svg.number(open, "cx"))).as("filled_yi").isCloseTo(0.31040302402906716, within(0.01));
        assertThat(y.value(Svg.number(open, "cy"))).as("sqrt(filled_vi)")
            .isCloseTo(Math.sqrt(0.22301724757231517), within(0.01));
        assertThat(titles(svg.groups("legend-entry"))).as("legend")
            .containsExactly("Studies", "Filled-in studies", "Trim-and-fill estimate", "95% pseudo-confidence region");
        assertThat(Svg.all(svg.groups("legend").get(0), "circle")).as("legend symbols")
            .extracting(e -> e.getAttribute("fill")).containsExactly("#1f1f1f", "#ffffff");
        assertThat(Svg.all(svg.groups("estimate").get(0), "title").get(0).getTextContent()).as("estimate line")
            .isEqualTo("Trim-and-fill estimate: \u22120.66");
        assertThat(svg.all("desc").get(0).getTextContent()).as("description")
            .startsWith("Funnel plot of 13 studies and 1 filled-in study:");
    }

    @Test
    void drawsTheEstimateLineAndThePseudoConfidenceTriangle() {
        Svg svg = svg(FunnelExamples.bcg().build());
        Scale x = Scale.of(svg, "x-axis", true), y = Scale.of(svg, "y-axis", false);
        Element line = Svg.all(svg.groups("estimate").get(0), "line").get(0);
        assertThat(x.value(Svg.number(line, "x1"))).as("estimate line at b").isCloseTo(FunnelExamples.B, within(0.005));
        assertThat(Svg.number(line, "x2")).as("vertical").isEqualTo(Svg.number(line, "x1"));

        Element region = svg.groups("pseudo-ci").get(0);
        double[] p = points(Svg.all(region, "polygon").get(0));
        double seBottom = y.value(p[3]);
        List<String> yLabels = Svg.texts(svg.groups("y-axis").get(0));
        assertThat(seBottom).as("region reaches the last y tick")
            .isCloseTo(Scale.parse(yLabels.get(yLabels.size() - 2)), within(0.001));
        assertThat(x.value(p[0])).as("apex at b").isCloseTo(FunnelExamples.B, within(0.005));
        assertThat(y.value(p[1])).as("apex at SE 0").isCloseTo(0, within(0.001));
        assertThat(x.value(p[2])).as("lower edge: b - z se").isCloseTo(FunnelExamples.B - Z95 * seBottom, within(0.005));
        assertThat(x.value(p[4])).as("upper edge: b + z se").isCloseTo(FunnelExamples.B + Z95 * seBottom, within(0.005));
        assertThat(Svg.all(region, "line")).as("dashed edges").hasSize(2)
            .allSatisfy(l -> assertThat(l.getAttribute("stroke-dasharray")).isNotEmpty());
        assertThat(svg.groups("legend")).as("nothing to explain: no legend").isEmpty();
    }

    @Test
    void usesTheLevelForTheRegion() {
        Svg svg = svg(FunnelExamples.bcg().level(99).build());
        Scale x = Scale.of(svg, "x-axis", true), y = Scale.of(svg, "y-axis", false);
        double[] p = points(Svg.all(svg.groups("pseudo-ci").get(0), "polygon").get(0));
        double z99 = 2.5758293035489004;                                          // qnorm(0.995) in R
        assertThat(x.value(p[4]) - x.value(p[0])).as("half width at the bottom / se")
            .isCloseTo(z99 * y.value(p[5]), within(0.01));
        assertThat(Svg.all(svg.groups("pseudo-ci").get(0), "title").get(0).getTextContent()).as("region title")
            .isEqualTo("99% pseudo-confidence region: pooled estimate \u00b1 2.58 \u00d7 SE");
    }

    @Test
    void shadesContourRegionsFromWidestToNarrowestAroundTheCentre() {
        Figure f = FunnelPlot.draw(FunnelExamples.bcgContours().build());
        Svg svg = Svg.parse(f.svg());
        List<Element> contours = svg.groups("contour");
        assertThat(titles(contours)).as("regions in drawing order")
            .containsExactly("p \u2264 0.01", "0.01 < p \u2264 0.05", "0.05 < p \u2264 0.10", "0.10 < p \u2264 1.00");
        assertThat(Svg.all(contours.get(0), "rect")).as("outermost region: the whole plot area").hasSize(1);
        List<Integer> grey = new ArrayList<>();
        grey.add(Integer.parseInt(Svg.all(contours.get(0), "rect").get(0).getAttribute("fill").substring(1, 3), 16));
        Scale x = Scale.of(svg, "x-axis", true), y = Scale.of(svg, "y-axis", false);
        double[] zs = {2.5758293035489004, 1.959963984540054, 1.6448536269514722};   // qnorm(0.995, 0.975, 0.95)
        for (int i = 1; i < 4; i++) {
            Element polygon = Svg.all(contours.get(i), "polygon").get(0);
            grey.add(Integer.parseInt(polygon.getAttribute("fill").substring(1, 3), 16));
            double[] p = points(polygon);
            assertThat(x.value(p[0])).as("apex at the centre 0, region " + i).isCloseTo(0, within(0.005));
            assertThat(x.value(p[4]) / y.value(p[5])).as("z of region " + i).isCloseTo(zs[i - 1], within(0.01));
        }
        assertThat(grey).as("lighter inwards, white inside the 90% contour").isSorted().doesNotHaveDuplicates()
            .endsWith(255);
        assertThat(svg.groups("pseudo-ci")).as("no pseudo-confidence region on a contour plot").isEmpty();
        assertThat(svg.groups("estimate")).as("estimate line").hasSize(1);
        assertThat(circles(svg, "studies")).as("points on top").hasSize(13);
        assertThat(svg.all("title").get(0).getTextContent()).as("title").isEqualTo("Contour-enhanced funnel plot");
        assertThat(f.description()).as("description").contains("Contour-enhanced funnel plot of 13 studies",
            "against 0.00: 0.10 < p \u2264 1.00, 0.05 < p \u2264 0.10, 0.01 < p \u2264 0.05, p \u2264 0.01");
        assertThat(titles(svg.groups("legend-entry"))).as("legend").containsExactly("0.10 < p \u2264 1.00",
            "0.05 < p \u2264 0.10", "0.01 < p \u2264 0.05", "p \u2264 0.01", "Studies", "Pooled estimate");
        List<Element> italic = svg.all("text").stream().filter(t -> "italic".equals(t.getAttribute("font-style"))).toList();
        assertThat(italic).as("an italic p in each band label").hasSize(4)
            .allSatisfy(t -> assertThat(t.getTextContent()).isEqualTo("p"));
    }

    @Test
    void centresContoursWhereAsked() {
        Svg svg = svg(FunnelExamples.bcg().contours(List.of(95.0)).contourCentre(-0.5).build());
        Scale x = Scale.of(svg, "x-axis", true);
        double[] p = points(Svg.all(svg.groups("contour").get(1), "polygon").get(0));
        assertThat(x.value(p[0])).as("apex at the centre").isCloseTo(-0.5, within(0.005));
        assertThat(titles(svg.groups("contour"))).as("one level, two bands")
            .containsExactly("p \u2264 0.05", "0.05 < p \u2264 1.00");
    }

    @Test
    void readsContourLevelsAsPercentagesOrProportionsInAnyOrder() {
        String percent = FunnelPlot.draw(FunnelExamples.bcg().contours(List.of(90.0, 95.0, 99.0)).build()).svg();
        String proportion = FunnelPlot.draw(FunnelExamples.bcg().contours(List.of(0.99, 0.90, 0.95)).build()).svg();
        assertThat(proportion).as("0.99, 0.90, 0.95 draws as 90, 95, 99").isEqualTo(percent);
        assertThat(FunnelExamples.bcg().contours(List.of(0.99, 0.9, 0.95)).build().contours()).as("stored")
            .containsExactly(90.0, 95.0, 99.0);
        assertThat(FunnelExamples.bcg().level(0.9).build().level()).as("level 0.9").isEqualTo(90.0);
    }

    @Test
    void printsAsManyDecimalsAsTheThresholdsNeed() {
        assertThat(FunnelPlot.thresholds(List.of(95.0, 99.0, 99.9))).as("thresholds")
            .containsExactly("1.000", "0.050", "0.010", "0.001");
        assertThat(FunnelPlot.text(FunnelPlot.bandLabels(List.of(80.0)).get(0))).as("band").isEqualTo("0.20 < p \u2264 1.00");
    }

    @Test
    void titlesBothAxesAndLabelsTicksWithTrueMinusSigns() {
        Svg svg = svg(FunnelExamples.bcg().build());
        List<String> x = Svg.texts(svg.groups("x-axis").get(0)), y = Svg.texts(svg.groups("y-axis").get(0));
        assertThat(x).as("x axis").containsExactly("\u22123", "\u22122", "\u22121", "0", "1", "Log risk ratio");
        assertThat(y).as("y axis").containsExactly("0.0", "0.2", "0.4", "0.6", "0.8", "Standard error");
        assertThat(String.join("\n", svg.texts())).as("no hyphen-minus before a digit").doesNotContainPattern("-\\d");
    }

    @Test
    void labelsARatioAxisWithRatios() {
        Svg svg = svg(FunnelExamples.bcgContours().transform(Transform.EXP).xlab("Risk ratio (log scale)").build());
        assertThat(Svg.texts(svg.groups("x-axis").get(0))).as("x axis")
            .containsExactly("0.1", "0.2", "0.5", "1", "2", "5", "10", "Risk ratio (log scale)");
        assertThat(svg.all("desc").get(0).getTextContent()).as("estimate as a ratio, centre 1")
            .contains("Pooled estimate: 0.49.", "against 1.00:");
        List<String> tips = titles(Svg.all(svg.groups("studies").get(0), "g"));
        assertThat(tips.get(0)).as("tooltip").isEqualTo("Aronson, 1948: 0.41 (log \u22120.89, SE 0.57)");
    }

    @Test
    void givesLabelledPointsATooltipAndUnlabelledOnesNone() {
        Svg labelled = svg(FunnelExamples.bcg().build());
        assertThat(titles(Svg.all(labelled.groups("studies").get(0), "g"))).as("tooltips").hasSize(13)
            .startsWith("Aronson, 1948: \u22120.89, SE 0.57");
        Svg bare = svg(FunnelData.builder(List.of(new FunnelPoint(0.2, 0.1), new FunnelPoint(0.4, 0.3))).build());
        Element studies = bare.groups("studies").get(0);
        assertThat(Svg.all(studies, "g")).as("no per-point groups").isEmpty();
        assertThat(Svg.all(studies, "circle")).as("circles").hasSize(2);
    }

    @Test
    void escapesHostileTextAsText() {
        List<FunnelPoint> points = new ArrayList<>(FunnelExamples.bcgPoints());
        points.set(0, new FunnelPoint(HOSTILE, -0.5, 0.3, true));
        FunnelData data = FunnelData.builder(points).estimate(-0.7).xlab(HOSTILE).ylab("SE < 1 & \"y\"")
            .estimateLabel("<b>est</b>").title("T&C <b>").build();
        String text = FunnelPlot.draw(data).svg();
        assertThat(text).as("no raw markup").doesNotContain("<script>", "<b>");
        Svg svg = Svg.parse(text);
        assertThat(Svg.texts(svg.groups("x-axis").get(0))).as("x title").contains(HOSTILE);
        assertThat(Svg.texts(svg.groups("y-axis").get(0))).as("y title").contains("SE < 1 & \"y\"");
        assertThat(svg.all("title").get(0).getTextContent()).as("title").isEqualTo("T&C <b>");
        assertThat(titles(Svg.all(svg.groups("filled-in").get(0), "g"))).as("tooltip")
            .containsExactly(HOSTILE + ": \u22120.50, SE 0.30, filled in");
        assertThat(titles(svg.groups("legend-entry"))).as("legend").contains("<b>est</b>");
        assertThat(FunnelPlot.draw(data).png()).as("PNG").isNotEmpty();
    }

    @Test
    void rendersTheSameBytesTwice() {
        FunnelData data = FunnelExamples.bcgContours().build();
        Figure a = FunnelPlot.draw(data), b = FunnelPlot.draw(data);
        assertThat(a.svg()).as("SVG").isEqualTo(b.svg());
        assertThat(a.png()).as("PNG bytes").isEqualTo(b.png());
        assertThat(a).as("figure").isEqualTo(b);
    }

    @Test
    void pngDecodesToTheAnnouncedSize() throws IOException {
        Figure f = FunnelPlot.draw(FunnelExamples.bcgTrimFill().build());
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(f.png()));
        assertThat(f.pngWidth()).as("announced width").isEqualTo(1280);
        assertThat(f.pngHeight()).as("announced height").isEqualTo(2 * f.height());
        assertThat(image.getWidth()).as("PNG width").isEqualTo(f.pngWidth());
        assertThat(image.getHeight()).as("PNG height").isEqualTo(f.pngHeight());
    }

    @Test
    void rejectsAZeroStandardErrorNamingThePoint() {
        assertThatThrownBy(() -> new FunnelPoint("Aronson, 1948", -0.89, 0)).as("se = 0, labelled")
            .isInstanceOf(IllegalArgumentException.class)
            .hasMessage("funnel point 'Aronson, 1948': sei is 0.0; a funnel plot needs a finite standard error > 0 "
                + "for every point");
        assertThatThrownBy(() -> new FunnelPoint(0.5, 0)).as("se = 0, unlabelled")
            .hasMessageStartingWith("funnel point at yi = 0.5: sei is 0.0");
        assertThatThrownBy(() -> new FunnelPoint("A", 0.5, -0.1)).as("negative se").hasMessageContaining("sei is -0.1");
        assertThatThrownBy(() -> new FunnelPoint("A", 0.5, Double.NaN)).as("NaN se").hasMessageContaining("sei is NaN");
        assertThatThrownBy(() -> new FunnelPoint("A", Double.POSITIVE_INFINITY, 0.1)).as("infinite yi")
            .hasMessage("funnel point 'A': yi is Infinity; it must be a finite number");
    }

    @Test
    void rejectsInvalidPlots() {
        List<FunnelPoint> one = List.of(new FunnelPoint(0.1, 0.2));
        assertThatThrownBy(() -> FunnelData.builder(List.of()).build()).as("no points")
            .hasMessage("a funnel plot needs at least one point");
        assertThatThrownBy(() -> FunnelData.builder(one).level(100).build()).as("level 100")
            .hasMessageContaining("level is 100.0; give a percentage in [1, 100)");
        assertThatThrownBy(() -> FunnelData.builder(one).contours(List.of(0.3)).build()).as("level 0.3")
            .hasMessageContaining("contour level is 0.3");
        assertThatThrownBy(() -> FunnelData.builder(one).contours(List.of(95.0, 0.95)).build()).as("duplicate")
            .hasMessageContaining("contour level 95 is given twice");
        assertThatThrownBy(() -> FunnelData.builder(one).contours(List.of(50.0, 60.0, 70.0, 80.0, 90.0, 99.0)).build())
            .as("too many").hasMessageContaining("at most 5");
        assertThatThrownBy(() -> FunnelData.builder(one).estimate(Double.NaN).build()).as("NaN estimate")
            .hasMessageContaining("estimate must be finite");
        assertThatThrownBy(() -> FunnelData.builder(one).xlab(null).build()).as("null xlab")
            .hasMessageContaining("xlab is required");
    }

    @Test
    void drawsASinglePointAndNoEstimate() {
        Svg svg = svg(FunnelData.builder(List.of(new FunnelPoint("Only", 0.4, 0.2))).build());
        assertThat(circles(svg, "studies")).as("one circle").hasSize(1);
        assertThat(svg.groups("estimate")).as("no estimate line").isEmpty();
        assertThat(svg.groups("pseudo-ci")).as("no region without an estimate").isEmpty();
        assertThat(svg.all("desc").get(0).getTextContent()).as("description")
            .isEqualTo("Funnel plot of 1 study: standard error (0 at the top).");
    }

    @Test
    void keepsZeroAtTheTopForTinyStandardErrors() {
        Svg svg = svg(FunnelData.builder(List.of(new FunnelPoint(0.4, 1e-13), new FunnelPoint(0.5, 2e-13))).build());
        List<String> y = Svg.texts(svg.groups("y-axis").get(0));
        assertThat(Scale.parse(y.get(0))).as("first y tick").isEqualTo(0);
        Scale scale = Scale.of(svg, "y-axis", false);
        Element axis = Svg.all(svg.groups("y-axis").get(0), "line").get(0);
        assertThat(scale.value(Svg.number(axis, "y1"))).as("top of the y axis").isCloseTo(0, within(1e-9));
        assertThat(circles(svg, "studies")).as("circles").hasSize(2);
    }

    @Test
    void keepsEqualStandardErrorsInsideThePlot() {
        List<FunnelPoint> points = new ArrayList<>();
        for (int i = 0; i < 12; i++) points.add(new FunnelPoint(-0.5 + 0.1 * i, 0.25));
        Svg svg = svg(FunnelData.builder(points).estimate(0.05).build());
        List<Element> circles = circles(svg, "studies");
        Element yAxis = Svg.all(svg.groups("y-axis").get(0), "line").get(0);
        double bottom = Svg.number(yAxis, "y2");
        assertThat(circles).as("circles").hasSize(12)
            .allSatisfy(c -> assertThat(Svg.number(c, "cy")).isEqualTo(Svg.number(circles.get(0), "cy")))
            .allSatisfy(c -> assertThat(Svg.number(c, "cy") + Svg.number(c, "r")).as("above the x axis")
                .isLessThan(bottom));
    }

    @Test
    void extendsTheAxisToExtremeEffects() {
        for (double extreme : new double[] {40, -1e6, 1e6}) {
            List<FunnelPoint> points = new ArrayList<>(FunnelExamples.bcgPoints());
            points.add(new FunnelPoint("extreme", extreme, 0.3));
            points.add(new FunnelPoint("tiny SE", -2, 1e-13));
            Svg svg = svg(FunnelData.builder(points).estimate(-0.7).contours(List.of(95.0)).build());
            Element xAxis = Svg.all(svg.groups("x-axis").get(0), "line").get(0);
            double left = Svg.number(xAxis, "x1"), right = Svg.number(xAxis, "x2");
            assertThat(circles(svg, "studies")).as("circles for yi = " + extreme).hasSize(15)
                .allSatisfy(c -> assertThat(Svg.number(c, "cx")).as("cx").isBetween(left, right));
            assertThat(Svg.texts(svg.groups("y-axis").get(0))).as("y axis starts at 0").startsWith("0.0");
        }
    }

    @Test
    void shrinksAndRimsDiscsForManyPoints() {
        assertThat(FunnelPlot.radius(13)).as("k = 13").isEqualTo(4);
        assertThat(FunnelPlot.radius(100)).as("k = 100").isEqualTo(4);
        assertThat(FunnelPlot.radius(1000)).as("k = 1000").isCloseTo(3, within(1e-12));
        assertThat(FunnelPlot.radius(10_000)).as("k = 10^4").isEqualTo(2);
        assertThat(FunnelPlot.radius(1_000_000)).as("k = 10^6").isEqualTo(2);
        Figure f = FunnelPlot.draw(FunnelData.builder(FunnelExamples.manyPoints(10_000)).estimate(0.3).build());
        Svg svg = Svg.parse(f.svg());
        List<Element> circles = circles(svg, "studies");
        assertThat(circles).as("10,000 circles").hasSize(10_000)
            .allSatisfy(c -> assertThat(c.getAttribute("r")).isEqualTo("2"))
            .allSatisfy(c -> assertThat(c.getAttribute("stroke")).as("white rim").isEqualTo("#ffffff"));
        assertThat(f.svg().length()).as("SVG size").isLessThan(1_500_000);
    }

    @Test
    void omitsTheLegendWhenAsked() {
        Svg svg = svg(FunnelExamples.bcgTrimFill().contours(List.of(90.0, 95.0, 99.0)).legend(false).build());
        assertThat(svg.groups("legend")).as("legend").isEmpty();
        assertThat(svg.groups("contour")).as("contours still drawn").hasSize(4);
    }

    @Test
    void placesEveryLegendEntryInsideTheFigure() {
        Figure f = FunnelPlot.draw(FunnelExamples.bcgTrimFill().contours(List.of(50.0, 80.0, 90.0, 95.0, 99.9))
            .estimateLabel("Adjusted estimate after trim and fill (R0 estimator, left side)").build());
        Svg svg = Svg.parse(f.svg());
        List<Element> entries = svg.groups("legend-entry");
        assertThat(entries).as("6 bands + 3 symbols").hasSize(9);
        for (Element e : entries) {
            List<Element> texts = Svg.all(e, "text");
            Element last = texts.get(texts.size() - 1);
            double right = Svg.number(last, "x") + TextMeasure.width(last.getTextContent(), FunnelPlot.KEY);
            assertThat(right).as("right end of " + titles(List.of(e))).isLessThanOrEqualTo(640);
            assertThat(Svg.number(last, "y")).as("baseline").isLessThan(f.height());
        }
        List<Double> rows = entries.stream().map(e -> Svg.number(Svg.all(e, "text").get(0), "y")).distinct().toList();
        assertThat(rows.size()).as("legend rows").isGreaterThanOrEqualTo(3);
    }
}
