package org.metareport.figures;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

/**
 * Writes example plots under target/ for a person to look at (target/forest-bcg.png, -150.png, …); each test also
 * checks that the PNG decodes to the announced size.
 */
class ForestPlotVisualTest {
    private static final Path OUT = Path.of("target");

    @Test
    void writesBcgLogRiskRatios() throws IOException {
        write("forest-bcg", ForestPlot.draw(ForestExamples.bcg()
            .notes(List.of("Random-effects model (REML): \u03c4\u00b2 = 0.31, I\u00b2 = 92.2%, Q(12) = 152.23, p < 0.001."))
            .build()));
    }

    @Test
    void writesBcgRiskRatiosOnRatioAxis() throws IOException {
        write("forest-bcg-exp", ForestPlot.draw(ForestExamples.bcg().transform(Transform.EXP)
            .xlab("Risk ratio (log scale)").estimateHeading("RR [95% CI]").sortByEffect(true).build()));
    }

    @Test
    void writes150Rows() throws IOException {
        write("forest-150", ForestPlot.draw(ForestData.builder(ForestExamples.manyRows(150))
            .summary(new ForestSummary("RE Model", 0.31, 0.25, 0.37, -0.5, 1.1))
            .xlab("Standardised mean difference (Hedges' g)").estimateHeading("g [95% CI]").build()));
    }

    @Test
    void writesNestedClippedAndHostileExample() throws IOException {
        List<ForestRow> rows = List.of(
            new ForestRow("Adams 2019: reading", "Adams 2019", 0.42, 0.10, 0.74, 9.5, List.of("2019", "212")),
            new ForestRow("Adams 2019: maths", "Adams 2019", 0.30, -0.05, 0.65, 8.7, List.of("2019", "212")),
            new ForestRow("Baker & Chen 2020: maths", "Baker & Chen 2020", -0.12, -0.70, 0.46, 5.1, List.of("2020", "64")),
            new ForestRow("<script>alert(1)</script> & \"x\"", "Hostile", 0.9, -0.4, 3.1, 3.2, List.of("2021", "30")),
            new ForestRow("Cruz-Fern\u00e1ndez, Oyelaran-Whitfield and the Longitudinal Numeracy Consortium 2018",
                "Cruz", 0.15, 0.02, 0.28, 14.0, List.of("2018", "1,204")),
            new ForestRow("Cruz 2018: science", "Cruz", 0.05, -0.09, 0.19, 13.5, List.of("2018", "1,204")),
            new ForestRow("Dube 2022 (\u03c4 \u2265 2)", "Dube", -1.6, -2.9, -0.3, 2.0, List.of("2022", "41")),
            new ForestRow("Evans 2017", "Evans", 0.61, 0.33, 0.89, 10.0, List.of("2017", "180")));
        write("forest-nested", ForestPlot.draw(ForestData.builder(rows)
            .summary(new ForestSummary("Three-level model (REML)", 0.21, 0.04, 0.38, -0.45, 0.87))
            .xlab("Standardised mean difference (Hedges' g)").estimateHeading("g [95% CI]")
            .columnHeadings(List.of("Year", "N")).axisLimits(-1, 1.5)
            .favours("Favours control", "Favours intervention")
            .notes(List.of("Weights from the three-level model; squares have area proportional to weight. "
                + "Effects from one study are kept together on a shaded or unshaded band; intervals beyond the axis "
                + "end in arrows."))
            .build()));
    }

    private static void write(String name, Figure f) throws IOException {
        Files.createDirectories(OUT);
        Files.write(OUT.resolve(name + ".png"), f.png());
        Files.writeString(OUT.resolve(name + ".svg"), f.svg());
        var image = ImageIO.read(new ByteArrayInputStream(f.png()));
        assertThat(image).as("decoded PNG").isNotNull();
        assertThat(image.getWidth()).as("PNG width").isEqualTo(f.pngWidth());
        assertThat(image.getHeight()).as("PNG height").isEqualTo(f.pngHeight());
    }
}
