package org.metareport.figures;

import static org.assertj.core.api.Assertions.assertThat;
import static org.metareport.figures.ReviewExamples.c;
import static org.metareport.figures.ReviewExamples.parts;
import static org.metareport.figures.ReviewExamples.t;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.metareport.problems.Where;
import org.metareport.results.PrismaResult;
import org.metareport.review.Prisma;
import org.metareport.spec.PrismaSpec;

class PrismaFlowTest {
    @Test
    void modelStudyShowsEveryCountAndTheUnreportedReasons() {
        Drawing d = PrismaFlow.layout(ReviewExamples.modelStudy());
        assertThat(DrawingBounds.texts(d)).contains("Identification", "Screening", "Included",
                "Identification of studies", "Records identified (n = 11,658)", "Records removed before screening:",
                "Duplicate records (n = 4,019)", "Records screened (n = 7,639)", "Records excluded (n = 6,878)",
                "Reports excluded (n = 744):", "Wrong design (n = 345)", "Reason not reported (n = 3)",
                "Studies included in review (n = 17)");
        assertThat(DrawingBounds.texts(d)).as("no sought row when not reported")
                .noneMatch(s -> s.startsWith("Reports sought") || s.startsWith("Reports not retrieved"));
        assertThat(d.description()).startsWith("PRISMA 2020 flow diagram. Identification: Records identified "
                + "(n\u00a0=\u00a011,658); Records removed before screening: Duplicate records (n\u00a0=\u00a04,019).");
    }

    @Test
    void schoolBasedJoinsOtherMethodsBeforeTheDuplicatesAreRemoved() {
        Drawing d = PrismaFlow.layout(ReviewExamples.schoolBased());
        assertThat(DrawingBounds.joined(d)).contains("Identification of studies via databases",
                "Identification of studies via other methods", "Databases (n = 6,111)",
                "Hand searching and citation tracking (n = 4,935)", "Records screened (n = 8,419)",
                "Manual screening (n = 2,308)", "Reports excluded (n = 218)", "Studies included in review (n = 29)");
        assertThat(d.width()).as("two columns of boxes").isLessThan(720);
    }

    @Test
    void fullTemplateDrawsTheSeparatePathwayInFourColumns() {
        Drawing d = PrismaFlow.layout(ReviewExamples.fullTemplate());
        assertThat(DrawingBounds.joined(d)).contains("Identification of studies via databases and registers",
                "PsycINFO (n = 2,400)", "Registers (n = 120)", "Reports sought for retrieval (n = 30)",
                "Reports not retrieved (n = 2)", "Other reasons (n = 10)", "Reports of included studies (n = 29)");
        assertThat(d.width()).isGreaterThan(900);
    }

    @Test
    void noTextLeavesItsBoxAndNothingLeavesTheCanvas() {
        for (PrismaResult p : List.of(ReviewExamples.modelStudy(), ReviewExamples.schoolBased(),
                ReviewExamples.fullTemplate(), longNames())) {
            Drawing d = PrismaFlow.layout(p);
            assertThat(DrawingBounds.textOutsideBoxes(d, "box", 1)).as("texts outside boxes").isEmpty();
            assertThat(DrawingBounds.offCanvas(d)).as("marks off the canvas").isEmpty();
        }
    }

    /** Forty long reasons, one very long word, and a hostile name. */
    static PrismaResult longNames() {
        List<Object> reasons = new ArrayList<>();
        long sum = 0;
        for (int i = 0; i < 40; i++) {
            reasons.add("reason number " + i + " with a long explanation of why the report did not qualify");
            reasons.add(10L);
            sum += 10;
        }
        reasons.add("Supercalifragilisticexpialidociousantidisestablishmentarianismfloccinaucinihilipilification");
        reasons.add(5L);
        reasons.add("<script>alert(1)</script> & \"quoted\"");
        reasons.add(5L);
        sum += 10;
        return Prisma.check(new PrismaSpec(null, parts("A database with a name much longer than any box is wide "
                + "in the diagram", 900000), null, null, c(1000), null, null, c(899000), null, null, null, c(sum + 3),
                parts(reasons.toArray()), c(3), null, null, null, Where.file("x")), false);
    }

    @Test
    void svgIsWellFormedEscapedAndTheSameEachTime() {
        PrismaResult p = longNames();
        Figure a = PrismaFlow.draw(p, 1), b = PrismaFlow.draw(p, 1);
        assertThat(a).isEqualTo(b);
        Svg svg = Svg.parse(a.svg());
        assertThat(svg.root().getAttribute("role")).isEqualTo("img");
        assertThat(String.join(" ", svg.texts())).contains("<script>alert(1)</script> & \"quoted\"");
        assertThat(a.svg()).doesNotContain("<script>");
        assertThat(svg.groups("box")).hasSizeGreaterThanOrEqualTo(7);
        assertThat(Svg.all(svg.groups("box").get(0), "title")).hasSize(1);
    }

    @Test
    void sourcesAndReasonsKeepTheirOrderAndGetACapitalLetter() {
        PrismaResult p = Prisma.check(new PrismaSpec(null, parts("scopus", 10, "ERIC", 5), t(1), null, c(2), null,
                c(1), c(13), parts("irrelevant title", 8, "not in English", 1), null, null, null, t(2), c(2), null, null,
                null, Where.file("x")), false);
        String texts = DrawingBounds.joined(PrismaFlow.layout(p));
        assertThat(texts).contains("Databases (n = 15): Scopus (n = 10) ERIC (n = 5) Registers (n = 1)",
                "Records removed for other reasons (n = 1)", "Irrelevant title (n = 8)",
                "Reports assessed for eligibility (n = 4)");
    }
}
