package org.metareport.figures;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

/**
 * Writes the review figures under target/ for a person to look at (target/prisma-model-study.png, ...); each test also
 * checks that the PNG decodes to the announced size.
 */
class ReviewFiguresVisualTest {
    private static final Path OUT = Path.of("target");

    @Test
    void writesModelStudyPrisma() throws IOException {
        write("prisma-model-study", PrismaFlow.draw(ReviewExamples.modelStudy()));
    }

    @Test
    void writesSchoolBasedPrisma() throws IOException {
        write("prisma-school-based", PrismaFlow.draw(ReviewExamples.schoolBased()));
    }

    @Test
    void writesFullTemplatePrisma() throws IOException {
        write("prisma-full-template", PrismaFlow.draw(ReviewExamples.fullTemplate()));
    }

    @Test
    void writesStressedPrisma() throws IOException {
        write("prisma-stress", PrismaFlow.draw(PrismaFlowTest.longNames()));
    }

    @Test
    void writesRob2Plots() throws IOException {
        write("rob-rob2-traffic-light", RiskOfBiasPlots.trafficLight(ReviewExamples.rob2()));
        write("rob-rob2-summary", RiskOfBiasPlots.summary(ReviewExamples.rob2()));
    }

    @Test
    void writesRobinsIPlots() throws IOException {
        write("rob-robins-i-traffic-light", RiskOfBiasPlots.trafficLight(ReviewExamples.robinsI()));
        write("rob-robins-i-summary", RiskOfBiasPlots.summary(ReviewExamples.robinsI()));
    }

    @Test
    void writesJbiPlots() throws IOException {
        write("rob-jbi-traffic-light", RiskOfBiasPlots.trafficLight(ReviewExamples.jbi()));
        write("rob-jbi-summary", RiskOfBiasPlots.summary(ReviewExamples.jbi()));
    }

    @Test
    void writesGenericPlots() throws IOException {
        write("rob-generic-traffic-light", RiskOfBiasPlots.trafficLight(ReviewExamples.generic()));
        write("rob-generic-summary", RiskOfBiasPlots.summary(ReviewExamples.generic()));
    }

    static void write(String name, Figure f) throws IOException {
        Files.createDirectories(OUT);
        Files.write(OUT.resolve(name + ".png"), f.png());
        Files.writeString(OUT.resolve(name + ".svg"), f.svg());
        var image = ImageIO.read(new ByteArrayInputStream(f.png()));
        assertThat(image).as("decoded PNG").isNotNull();
        assertThat(image.getWidth()).as("PNG width").isEqualTo(f.pngWidth());
        assertThat(image.getHeight()).as("PNG height").isEqualTo(f.pngHeight());
    }
}
