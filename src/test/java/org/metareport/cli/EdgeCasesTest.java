package org.metareport.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Numbers at the edges that still give a report (docs/spec.md, "Edge cases"): each run exits 0, and neither
 * results.json nor report.md holds NaN or an infinity. The edges that are errors are bad-input cases 200-209.
 */
class EdgeCasesTest {
    @TempDir
    Path tmp;

    static Stream<Arguments> cases() {
        String identical = "study,yi,vi,g\nA,0.3,0.1,a\nB,0.3,0.1,b\nC,0.3,0.1,a\nD,0.3,0.1,b\n";
        String spread = "study,yi,vi,g,x\nA,0.3,1e-10,a,1\nB,0.5,0.1,b,2\nC,0.2,1000,a,3\nD,0.6,0.05,b,5\nE,0.1,0.2,a,4\n";
        String big = "study,yi,vi,g\nA,1e10,1e20,a\nB,-1e10,1e20,b\nC,5e9,1e19,a\nD,2e9,1e18,b\n";
        return Stream.of(
                Arguments.of("identical effect sizes, random effects", identical, "    model: random\n"),
                Arguments.of("identical effect sizes, fixed effect with bias and sensitivity", identical,
                        "    model: fixed\n    bias: {egger: true, trimfill: true, pet_peese: true, fail_safe_n: orwin}\n"
                                + "    sensitivity: {leave_one_out: true, influence: true}\n"),
                Arguments.of("identical effect sizes, a subgroup per level", identical, "    subgroup: g\n"),
                Arguments.of("sampling variances from 1e-10 to 1000", spread, "    moderators: [x]\n"),
                Arguments.of("sampling variances from 1e-10 to 1000, leave one out", spread,
                        "    sensitivity: {leave_one_out: true, influence: true}\n"),
                Arguments.of("effect sizes at ±1e10, variances at 1e20", big, "    test: knha\n"),
                Arguments.of("two effect sizes, leave one out", "study,yi,vi\nA,0.3,0.1\nB,0.5,0.1\n",
                        "    sensitivity: {leave_one_out: true}\n"),
                Arguments.of("a subgroup of one effect size", "study,yi,vi,g\nA,0.3,0.1,a\nB,0.5,0.1,a\nC,0.4,0.1,b\n",
                        "    subgroup: g\n"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void rendersWithoutNaN(String name, String csv, String analysis) throws IOException {
        Files.writeString(tmp.resolve("data.csv"), csv);
        Path spec = tmp.resolve("analysis.yaml");
        Files.writeString(spec, "title: Edge\ndata:\n  effects: data.csv\n  study: study\neffect:\n  measure: PRE\n"
                + "  columns: {yi: yi, vi: vi}\nanalyses:\n  - id: overall\n" + analysis);
        Path out = tmp.resolve("out");
        CliRunner r = CliRunner.run("run", "-q", spec.toString(), "--out", out.toString(), "--format", "md");
        assertThat(r.exit()).as("exit; stderr: %s", r.err()).isZero();
        String json = Files.readString(out.resolve("results.json"));
        String report = Files.readString(out.resolve("report.md"));
        assertThat(new ObjectMapper().readTree(json).get("analyses")).as("analyses").isNotEmpty();
        for (String bad : new String[] {"NaN", "Infinity", "∞"}) {
            assertThat(json).as("results.json").doesNotContain(bad);
            assertThat(report).as("report.md").doesNotContain(bad);
        }
    }
}
