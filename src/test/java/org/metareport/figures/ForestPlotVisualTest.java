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
