package org.metareport.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Events of a model fit, each warned once in one wording: a dropped (collinear) predictor, a moderator constant within
 * a subgroup, and a cluster-robust coefficient whose SE is 0 up to rounding (its test reported as not available, never
 * as p = 2.7e-10, never NaN).
 */
class ModelEventWarningsTest {
    @TempDir
    Path tmp;

    /** Ten studies of three effects; type b repeats x; dose is constant (2) in subgroup g2. */
    static String data() {
        StringBuilder sb = new StringBuilder("study,esid,x,type,dose,grp,yi,vi\n");
        double[] yi = {0.31, 0.12, 0.45, -0.05, 0.27, 0.38, 0.51, 0.09, 0.22, 0.16, 0.44, 0.02, 0.35, 0.29, 0.61,
                       0.18, -0.11, 0.25, 0.33, 0.47, 0.14, 0.06, 0.39, 0.28, 0.21, 0.55, 0.10, 0.30, 0.19, 0.42};
        int e = 0;
        for (int s = 1; s <= 10; s++) {
            for (int j = 0; j < 3; j++) {
                char type = "abc".charAt((s + j) % 3);
                String grp = s <= 5 ? "g1" : "g2";
                int dose = s <= 5 ? (s + j) % 4 : 2;
                sb.append(String.format(java.util.Locale.ROOT, "S%d,%d,%d,%c,%d,%s,%s,%s%n", s, e + 1,
                        type == 'b' ? 1 : 0, type, dose, grp, yi[e], 0.02 + 0.002 * e));
                e++;
            }
        }
        return sb.toString();
    }

    CliRunner run(String csv, String analyses) throws IOException {
        Files.writeString(tmp.resolve("data.csv"), csv);
        Files.writeString(tmp.resolve("analysis.yaml"), "title: Events\ndata:\n  effects: data.csv\n  study: study\n"
                + "effect:\n  measure: PRE\n  columns: {yi: yi, vi: vi}\nanalyses:\n" + analyses);
        CliRunner r = CliRunner.run("run", "-q", tmp.resolve("analysis.yaml").toString(), "--out",
                tmp.resolve("out").toString(), "--format", "md");
        assertThat(r.exit()).as("exit; stderr: %s", r.err()).isZero();
        return r;
    }

    static long lines(CliRunner r, String needle) {
        return Arrays.stream(r.err().split("\n")).filter(l -> l.contains(needle)).count();
    }

    @Test
    void warnsADroppedPredictorOfAMultilevelModelOnceInOneWording() throws IOException {
        CliRunner r = run(data(), "  - id: ml\n    model: multilevel\n    levels: [study, esid]\n"
                + "    moderators: [x, type]\n");
        assertThat(lines(r, "type[b]")).as("one warning line for the dropped type[b]; stderr:\n%s", r.err())
                .isEqualTo(1);
        assertThat(r.err()).contains("warning: ml: redundant predictors dropped from the model (collinear with "
                + "earlier terms): type[b]").doesNotContain("Redundant predictors");
        String md = Files.readString(tmp.resolve("out/report.md"));
        assertThat(md.split("type\\\\\\[b\\\\\\]", -1).length - 1).as("the report says it once").isEqualTo(1);
    }

    @Test
    void warnsAModeratorConstantWithinASubgroupOnce() throws IOException {
        CliRunner r = run(data(), "  - id: ml\n    model: multilevel\n    levels: [study, esid]\n"
                + "    moderators: [dose]\n    subgroup: grp\n");
        assertThat(lines(r, "dose")).as("one warning line for dose in subgroup g2; stderr:\n%s", r.err()).isEqualTo(1);
        assertThat(r.err()).contains("warning: ml: subgroup g2 (k = 15) was not fitted: analysis 'ml': moderator "
                + "'dose' has the same value (2) in all 15 rows analysed");
    }

    /**
     * golden/local/cr2-degenerate: x is a contrast within study S1 alone. clubSandwich: SE 0 and df NaN (rma.mv), SE
     * 1.4e-17 and p = 3e-62 (rma.uni); the report gives x no test, the other coefficients theirs (checked against R in
     * models/multilevel/DegenerateClusterRobustGoldenTest).
     */
    @Test
    void reportsACr2TestWithoutInformationAsNotAvailable() throws IOException {
        String csv = Files.readString(Path.of("src/test/resources/golden/local/cr2-degenerate/data.csv"));
        CliRunner r = run(csv, "  - id: ml\n    model: multilevel\n    levels: [study, esid]\n    test: t\n"
                + "    robust: CR2\n    moderators: [type, x]\n  - id: uni\n    model: random\n    test: t\n"
                + "    robust: CR2\n    moderators: [type, x]\n");
        for (String id : new String[] {"ml", "uni"}) {
            assertThat(lines(r, id + ": the cluster-robust (CR2) test of 'x' is not available")).as(id).isEqualTo(1);
            assertThat(lines(r, id + ": the cluster-robust test of 'x' has")).as(id + ": no df warning for x").isZero();
        }
        String md = Files.readString(tmp.resolve("out/report.md"));
        assertThat(md).doesNotContain("NaN").doesNotContain("< .001").doesNotContain("Infinity")
                .contains("| x | −0.15 | 0.00 | — | — | — | [—, —] |")
                .contains("| type\\[b\\] | 0.10 | 0.05 | 2.10 | 3.88 | .106 | [−0.04, 0.24] |");
        JsonNode results = new ObjectMapper().readTree(tmp.resolve("out/results.json").toFile());
        JsonNode x = results.get("analyses").get(0).get("robust").get("coefficients").get(2);
        assertThat(x.get("term").asText()).isEqualTo("x");
        assertThat(x.get("p").isNull() && x.get("df").isNull() && x.get("statistic").isNull()).as("x: %s", x).isTrue();
    }
}
