package org.metareport.figures;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

/**
 * Writes example funnel plots under target/ for a person to look at (target/funnel-bcg.png, funnel-bcg-trimfill.png,
 * funnel-bcg-contour.png, …); each test also checks that the PNG decodes to the announced size.
 */
class FunnelPlotVisualTest {
    private static final Path OUT = Path.of("target");

    @Test
    void writesBcgStandardFunnel() throws IOException {
        write("funnel-bcg", FunnelPlot.draw(FunnelExamples.bcg().build()));
    }

    @Test
    void writesBcgTrimAndFill() throws IOException {
        write("funnel-bcg-trimfill", FunnelPlot.draw(FunnelExamples.bcgTrimFill().build()));
    }

    @Test
    void writesBcgContourEnhanced() throws IOException {
        write("funnel-bcg-contour", FunnelPlot.draw(FunnelExamples.bcgContours().build()));
    }

    @Test
    void writesBcgContourEnhancedWithFilledPointsOnRatioAxis() throws IOException {
        write("funnel-bcg-contour-exp", FunnelPlot.draw(FunnelData.builder(FunnelExamples.bcgFilledPoints())
            .estimate(FunnelExamples.filledEstimate()).estimateLabel("Trim-and-fill estimate")
            .contours(List.of(0.90, 0.95, 0.99)).transform(Transform.EXP).xlab("Risk ratio (log scale)").build()));
    }

    @Test
    void writes10000Points() throws IOException {
        write("funnel-10000", FunnelPlot.draw(FunnelData.builder(FunnelExamples.manyPoints(10_000)).estimate(0.3)
            .xlab("Standardised mean difference (Hedges' g)").build()));
        write("funnel-10000-contour", FunnelPlot.draw(FunnelData.builder(FunnelExamples.manyPoints(10_000))
            .estimate(0.3).contours(List.of(90.0, 95.0, 99.0)).xlab("Standardised mean difference (Hedges' g)").build()));
    }

    @Test
    void writes300PointsWithFilled() throws IOException {
        List<FunnelPoint> points = new ArrayList<>(FunnelExamples.manyPoints(300));
        for (int i = 0; i < 20; i++) points.add(new FunnelPoint(null, 0.1 - 0.02 * i, 0.2 + 0.01 * i, true));
        write("funnel-300", FunnelPlot.draw(FunnelData.builder(points).estimate(0.35).xlab("Fisher's z").build()));
    }

    @Test
    void writesFiveContoursAndALongLegend() throws IOException {
        write("funnel-legend", FunnelPlot.draw(FunnelExamples.bcgTrimFill()
            .contours(List.of(50.0, 80.0, 90.0, 95.0, 99.9))
            .estimateLabel("Adjusted estimate after trim and fill (R0 estimator, left side)").build()));
    }

    @Test
    void writesEdgeCases() throws IOException {
        write("funnel-k1", FunnelPlot.draw(FunnelData.builder(List.of(new FunnelPoint("Only study", 0.4, 0.2)))
            .estimate(0.4).xlab("Mean difference").build()));
        List<FunnelPoint> equal = new ArrayList<>();
        for (int i = 0; i < 12; i++) equal.add(new FunnelPoint(-0.5 + 0.1 * i, 0.25));
        write("funnel-equal-se", FunnelPlot.draw(FunnelData.builder(equal).estimate(0.05).xlab("Risk difference").build()));
        List<FunnelPoint> extreme = new ArrayList<>(FunnelExamples.bcgPoints());
        extreme.add(new FunnelPoint("Outlier <&> \"x\"", 40, 0.3));
        extreme.add(new FunnelPoint("Tiny SE", -2, 1e-4));
        write("funnel-extreme", FunnelPlot.draw(FunnelData.builder(extreme).estimate(-0.7).contours(List.of(95.0))
            .xlab("x < y & \"z\"").build()));
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
