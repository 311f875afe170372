package org.metareport.effects;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.metareport.testing.Fixtures;
import org.metareport.testing.Tolerance;

/**
 * The school-based authors' effect-size steps, row by row, against {@code golden/school-based/analysis.csv}: their
 * data after their own pipeline (R 4.2.2, metafor 3.8-1), with the intermediate columns kept. {@code ES_Pre} and
 * {@code ES_Post} are already metafor SMD values, so each row is rebuilt from them (or from the reported effect):
 * <ol>
 *   <li>{@code es_source} DID: {@code ES_DID = ES_Post − ES_Pre} ({@link Smd#prePost}); posttest: {@code ES_Post};
 *       reported: the reported effect. This is {@code yi_before_cluster_adj}.</li>
 *   <li>{@code Clustered} = 1: {@link ClusterAdjustment#hedges2007} with ICC 0.2 and the arms' N and cluster
 *       counts. {@code vi_unadjusted_LW} is Lipsey &amp; Wilson's eq. 3.23 ({@link Smd#vi}) on the adjusted g.</li>
 *   <li>{@code ReverseCoded} = 1: {@code yi → −yi} ({@link Effect#reversed}), last, as in the authors' script.</li>
 * </ol>
 * The final {@code yi}, {@code vi} must match to 1e-10 relative. Row 78 (Tak et al., 634 pupils in 4 treatment
 * schools) has an average cluster size of exactly 158.5, which R rounds to 158: rounding half up would miss it.
 */
class SchoolBasedGoldenTest {
    private static final Tolerance TOL = Tolerance.CLOSED_FORM;
    private static final double ICC = 0.2;

    record Row(int esId, String study, String source, boolean clustered, boolean reversed, double n1i, double n2i,
               double totalN, double clusters1i, double clusters2i, double esPre, double esPost, double esDid,
               double yiBefore, double viUnadjustedLw, double yi, double vi) {
        @Override
        public String toString() {
            return String.format("es_id %d %s: %s%s%s", esId, study, source,
                    clustered ? String.format(", clustered (%.0f in %.0f, %.0f in %.0f)", n1i, clusters1i, n2i,
                            clusters2i) : "",
                    reversed ? ", reversed" : "");
        }
    }

    static List<Row> rows() {
        Map<String, List<String>> csv = Fixtures.csv("golden/school-based/analysis.csv");
        double[] esId = Fixtures.numbers(csv, "es_id");
        double[] clustered = Fixtures.numbers(csv, "Clustered");
        double[] reversed = Fixtures.numbers(csv, "ReverseCoded");
        double[] n1i = Fixtures.numbers(csv, "Treatment.N");
        double[] n2i = Fixtures.numbers(csv, "Control.N");
        double[] totalN = Fixtures.numbers(csv, "Total.N");
        double[] clusters1i = Fixtures.numbers(csv, "Treatment.Cluster");
        double[] clusters2i = Fixtures.numbers(csv, "Control.Cluster");
        double[] esPre = Fixtures.numbers(csv, "ES_Pre");
        double[] esPost = Fixtures.numbers(csv, "ES_Post");
        double[] esDid = Fixtures.numbers(csv, "ES_DID");
        double[] yiBefore = Fixtures.numbers(csv, "yi_before_cluster_adj");
        double[] viLw = Fixtures.numbers(csv, "vi_unadjusted_LW");
        double[] yi = Fixtures.numbers(csv, "yi");
        double[] vi = Fixtures.numbers(csv, "vi");
        List<Row> rows = new ArrayList<>();
        for (int i = 0; i < yi.length; i++) {
            rows.add(new Row((int) esId[i], csv.get("study").get(i), csv.get("es_source").get(i),
                    flag(clustered[i]), flag(reversed[i]), n1i[i], n2i[i], totalN[i], clusters1i[i], clusters2i[i],
                    esPre[i], esPost[i], esDid[i], yiBefore[i], viLw[i], yi[i], vi[i]));
        }
        return rows;
    }

    static Stream<Row> cases() {
        List<Row> rows = rows();
        assertThat(rows).as("rows of analysis.csv").hasSize(79);
        return rows.stream();
    }

    private static boolean flag(double x) {
        assertThat(x).as("a 0/1 flag").isIn(0.0, 1.0);
        return x == 1;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void reproducesTheAuthorsEffectSize(Row r) {
        assertThat(r.n1i() + r.n2i()).as(r + ": Total.N is Treatment.N + Control.N").isEqualTo(r.totalN());
        Effect beforeClustering = switch (r.source()) {
            case "DID" -> {
                Effect did = Smd.prePost(r.esPre(), r.esPost(), r.n1i(), r.n2i());
                TOL.assertNear(r + ": ES_DID", did.yi(), r.esDid());
                yield did;
            }
            case "posttest" -> new Effect(r.esPost(), Smd.vi(r.esPost(), r.n1i(), r.n2i()));
            case "reported" -> new Effect(r.yiBefore(), Smd.vi(r.yiBefore(), r.n1i(), r.n2i()));
            default -> throw new AssertionError(r + ": unknown es_source " + r.source());
        };
        TOL.assertNear(r + ": yi_before_cluster_adj", beforeClustering.yi(), r.yiBefore());

        Effect adjusted = r.clustered()
                ? ClusterAdjustment.hedges2007(beforeClustering.yi(), r.n1i(), r.n2i(), r.clusters1i(),
                        r.clusters2i(), ICC)
                : beforeClustering;
        TOL.assertNear(r + ": vi_unadjusted_LW", Smd.vi(adjusted.yi(), r.n1i(), r.n2i()), r.viUnadjustedLw());

        Effect last = r.reversed() ? adjusted.reversed() : adjusted;
        TOL.assertNear(r + ": yi", last.yi(), r.yi());
        TOL.assertNear(r + ": vi", last.vi(), r.vi());
    }

    @Test
    void flippingBeforeOrAfterTheClusterAdjustmentGivesTheSameBits() {
        List<Row> clustered = rows().stream().filter(Row::clustered).toList();
        assertThat(clustered).as("clustered rows").hasSize(49);
        for (Row r : clustered) {
            Effect flipLast = ClusterAdjustment.hedges2007(r.yiBefore(), r.n1i(), r.n2i(), r.clusters1i(),
                    r.clusters2i(), ICC).reversed();
            Effect flipFirst = ClusterAdjustment.hedges2007(-r.yiBefore(), r.n1i(), r.n2i(), r.clusters1i(),
                    r.clusters2i(), ICC);
            assertThat(flipFirst).as(r + ": flip first vs last").isEqualTo(flipLast);
        }
    }

    @Test
    void coversEverySourceAndStepOfThePipeline() {
        List<Row> rows = rows();
        assertThat(rows.stream().filter(r -> r.source().equals("DID")).count()).as("DID rows").isEqualTo(73);
        assertThat(rows.stream().filter(r -> r.source().equals("posttest")).count()).as("posttest rows").isEqualTo(4);
        assertThat(rows.stream().filter(r -> r.source().equals("reported")).count()).as("reported rows").isEqualTo(2);
        assertThat(rows.stream().filter(Row::reversed).count()).as("reversed rows").isGreaterThan(0).isLessThan(79);
        assertThat(rows.stream().filter(r -> !r.clustered() && !Double.isNaN(r.clusters1i())).count())
                .as("rows with clusters but Clustered = 0 (Sinclair 2016), left unadjusted").isEqualTo(4);
    }
}
