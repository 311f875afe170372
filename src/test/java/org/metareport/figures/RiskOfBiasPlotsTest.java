package org.metareport.figures;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.metareport.results.RiskOfBiasResult;
import org.metareport.review.RiskOfBias;
import org.metareport.vocabulary.RiskOfBiasTool;

class RiskOfBiasPlotsTest {
    @Test
    void trafficLightHasOneMarkPerJudgementInRobvisColours() {
        RiskOfBiasResult r = ReviewExamples.rob2();
        Drawing d = RiskOfBiasPlots.trafficLightLayout(r);
        List<Drawing.Circle> circles = d.ops().stream().filter(o -> o instanceof Drawing.Circle)
                .map(o -> (Drawing.Circle) o).toList();
        int legend = r.levels().size();
        assertThat(circles).hasSize(r.studies().size() * 6 + legend);
        assertThat(circles.get(0).fill()).as("Agarwal D1 low").isEqualTo(new Rgb(0x02c100));
        assertThat(circles.get(6).fill()).as("Baker D1 some concerns").isEqualTo(new Rgb(0xe2df07));
        assertThat(circles.get(12).fill()).as("Castillo D1 high").isEqualTo(new Rgb(0xbf0000));
        assertThat(DrawingBounds.texts(d)).contains("Risk of bias domains", "Study", "D1", "D5", "Overall",
                "Castillo-Fernández 2021", "Domains:", "D1: Bias arising from the randomization process",
                "Judgement", "Low risk", "Some concerns", "High risk", "No information");
        assertThat(DrawingBounds.offCanvas(d)).isEmpty();
    }

    @Test
    void criticalIsDarkRedWithAnExclamationMark() {
        Drawing d = RiskOfBiasPlots.trafficLightLayout(ReviewExamples.robinsI());
        assertThat(d.ops()).anySatisfy(o -> assertThat(o).isInstanceOfSatisfying(Drawing.Circle.class,
                c -> assertThat(c.fill()).isEqualTo(new Rgb(0x820000))));
        assertThat(DrawingBounds.texts(d)).contains("!", "?", "Critical risk", "Moderate risk", "Serious risk",
                "D7: Bias in selection of the reported result");
    }

    @Test
    void jbiShowsItemsScoresAndTheMean() {
        RiskOfBiasResult r = ReviewExamples.jbi();
        Drawing d = RiskOfBiasPlots.trafficLightLayout(r);
        List<String> texts = DrawingBounds.texts(d);
        assertThat(texts).contains("JBI checklist items", "13", "Score", "10/13", "8/13", "Mean 9.29", "Items:",
                "1. True randomisation", "Yes", "Unclear", "No", "Not applicable", "NA");
        assertThat(d.description()).endsWith("Mean score 9.29/13.");
        assertThat(DrawingBounds.offCanvas(d)).isEmpty();
    }

    @Test
    void summaryBarsAddUpToTheAxisAndSayWhenWeighted() {
        RiskOfBiasResult r = ReviewExamples.rob2();
        Drawing d = RiskOfBiasPlots.summaryLayout(r);
        assertThat(DrawingBounds.texts(d)).contains("Bias arising from the randomization process",
                "Overall risk of bias", "0%", "100%", "Proportion of studies, weighted by N");
        // per bar: the coloured segments span the outlined bar exactly
        List<Drawing.Rect> rects = d.ops().stream().filter(o -> o instanceof Drawing.Rect).map(o -> (Drawing.Rect) o)
                .filter(x -> x.height() == RiskOfBiasPlots.BAR).toList();
        double filled = 0;
        for (Drawing.Rect x : rects) {
            if (x.fill() != null) filled += x.width();
            else {
                assertThat(filled).as("segments of one bar").isCloseTo(x.width(), org.assertj.core.data.Offset.offset(1e-9));
                filled = 0;
            }
        }
        assertThat(DrawingBounds.offCanvas(d)).isEmpty();
        assertThat(d.description()).contains("weighted by N").contains("Overall risk of bias: low 23.0%");
    }

    @Test
    void longAndHostileStudyNamesAreShortenedAndEscaped() {
        String csv = "Study,A,B\n" + "A study name that goes on and on and on well past any sensible width for a label "
                + "in a plot,low,high\n<script>x</script> & co,unclear,critical\n";
        RiskOfBiasResult r = RiskOfBias.assess(ReviewExamples.robSpec(RiskOfBiasTool.GENERIC, List.of("A", "B"), null),
                ReviewExamples.table(csv));
        Drawing d = RiskOfBiasPlots.trafficLightLayout(r);
        assertThat(DrawingBounds.texts(d)).anyMatch(s -> s.endsWith("\u2026"));
        for (Drawing.Op op : d.ops())
            if (op instanceof Drawing.Text t && t.spans().get(0).text().startsWith("A study"))
                assertThat(DrawingBounds.text(t)[2]).isLessThanOrEqualTo(RiskOfBiasPlots.MARGIN + RiskOfBiasPlots.MAX_LABEL + 0.01);
        Figure f = RiskOfBiasPlots.trafficLight(r);
        Svg svg = Svg.parse(f.svg());
        assertThat(svg.texts()).contains("<script>x</script> & co");
        assertThat(Svg.parse(RiskOfBiasPlots.summary(r).svg()).texts()).contains("A", "B");
        assertThat(DrawingBounds.offCanvas(d)).isEmpty();
    }
}
