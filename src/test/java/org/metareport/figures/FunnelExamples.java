package org.metareport.figures;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.metareport.testing.Fixtures;

/** Funnel-plot inputs shared by the tests: dat.bcg as metafor fits it, with and without trim-and-fill, and synthetic large plots. */
final class FunnelExamples {
    /** rma(yi, vi, data = dat.bcg RR, method = 'REML'): b (dat.bcg.json, block rma). */
    static final double B = ForestExamples.B;

    private FunnelExamples() {}

    /** The 13 BCG trials: log risk ratios and their standard errors, labelled "author, year" (dat.bcg.csv). */
    static List<FunnelPoint> bcgPoints() {
        Map<String, List<String>> csv = Fixtures.csv("golden/metadat/dat.bcg.csv");
        double[] yi = Fixtures.numbers(csv, "yi"), vi = Fixtures.numbers(csv, "vi");
        List<FunnelPoint> points = new ArrayList<>();
        for (int i = 0; i < yi.length; i++)
            points.add(new FunnelPoint(csv.get("author").get(i) + ", " + csv.get("year").get(i), yi[i], Math.sqrt(vi[i])));
        return points;
    }

    /** trimfill(rma(yi, vi, data = dat)) on dat.bcg (dat.bcg.json, block trimfill). */
    static JsonNode trimfill() {
        return Fixtures.json("golden/metadat/dat.bcg.json").get("trimfill");
    }

    /** The 13 observed points, then those trimfill imputed (filled_yi, filled_vi), flagged as filled. */
    static List<FunnelPoint> bcgFilledPoints() {
        List<FunnelPoint> points = new ArrayList<>(bcgPoints());
        double[] fy = Fixtures.numbers(trimfill().get("filled_yi")), fv = Fixtures.numbers(trimfill().get("filled_vi"));
        for (int j = 0; j < fy.length; j++)
            points.add(new FunnelPoint("Filled-in " + (j + 1), fy[j], Math.sqrt(fv[j]), true));
        return points;
    }

    /** The estimate of the filled-in model, trimfill's b. */
    static double filledEstimate() {
        return Fixtures.number(trimfill().get("b"));
    }

    static FunnelData.Builder bcg() {
        return FunnelData.builder(bcgPoints()).estimate(B).xlab("Log risk ratio");
    }

    static FunnelData.Builder bcgTrimFill() {
        return FunnelData.builder(bcgFilledPoints()).estimate(filledEstimate()).xlab("Log risk ratio")
            .estimateLabel("Trim-and-fill estimate");
    }

    static FunnelData.Builder bcgContours() {
        return bcg().contours(List.of(90.0, 95.0, 99.0)).contourCentre(0);
    }

    /**
     * {@code n} unlabelled synthetic studies from a deterministic sequence: SEs spread over (0.05, 0.5), effects
     * scattered around 0.3 as if drawn from N(0.3, SE²) with a little small-study effect.
     */
    static List<FunnelPoint> manyPoints(int n) {
        List<FunnelPoint> points = new ArrayList<>(n);
        long state = 42;
        for (int i = 0; i < n; i++) {
            state = state * 6364136223846793005L + 1442695040888963407L;
            double u1 = ((state >>> 11) + 0.5) / (1L << 53);
            state = state * 6364136223846793005L + 1442695040888963407L;
            double u2 = ((state >>> 11) + 0.5) / (1L << 53);
            state = state * 6364136223846793005L + 1442695040888963407L;
            double u3 = ((state >>> 11) + 0.5) / (1L << 53);
            double sei = 0.05 + 0.45 * u1 * u1;
            double normal = Math.sqrt(-2 * Math.log(u2)) * Math.cos(2 * Math.PI * u3);
            points.add(new FunnelPoint(0.3 + 0.4 * sei + sei * normal, sei));
        }
        return points;
    }
}
