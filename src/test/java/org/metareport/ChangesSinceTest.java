package org.metareport;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.metareport.output.Hashing;

/**
 * A living review: the bcg spec run once, kept as {@code previous/}, one study re-coded, run again with
 * {@code report.changes_since: previous}; the report carries "Changes since the last version".
 */
class ChangesSinceTest {
    private static final Path BCG = Path.of("src/test/resources/pipeline/bcg");

    private static Path copyBcg(Path tmp) throws IOException {
        Path folder = Files.createDirectories(tmp.resolve("bcg"));
        for (String f : List.of("analysis.yaml", "dat.bcg.csv")) Files.copy(BCG.resolve(f), folder.resolve(f));
        return folder.resolve("analysis.yaml");
    }

    private static Path run(Path spec, Path out) {
        Metareport.run(spec, new RunOptions(out, List.of("md", "html"), List.of("run", spec.toString())));
        return out;
    }

    @Test
    void theReportSaysWhichStudyChangedAndWhichEstimatesMoved(@TempDir Path tmp) throws IOException {
        Path spec = copyBcg(tmp);
        Path previous = run(spec, spec.resolveSibling("previous"));
        Path csv = spec.resolveSibling("dat.bcg.csv");
        String data = Files.readString(csv);
        assertThat(data).contains("1,Aronson,1948,4,119,11,128,");
        Files.writeString(csv, data.replace("1,Aronson,1948,4,119,11,128,", "1,Aronson,1948,9,114,11,128,"));
        Files.writeString(spec, Files.readString(spec) + "  changes_since: previous\n");

        Path out = run(spec, tmp.resolve("out"));
        String md = Files.readString(out.resolve("report.md"));

        int section = md.indexOf("## Changes since the last version");
        assertThat(section).as("the section, before Methods").isPositive().isLessThan(md.indexOf("## Methods"));
        String changes = md.substring(section, md.indexOf("## Methods"));
        assertThat(md).as("one blank line before Methods").contains(" |\n\n## Methods").doesNotContain("\n\n\n");
        assertThat(changes).contains("Compared with the earlier run in `previous`")
                .contains("| Aronson | changed | 1 of 1 changed |")
                .contains("**Estimates that moved**")
                .containsPattern("\\| REML \\| intercept \\| -0\\.7\\d{3} \\[")
                .contains("`dat.bcg.csv` | changed |")
                .doesNotContain("Rosenthal");
        assertThat(Files.readString(out.resolve("report.html"))).contains("Changes since the last version")
                .contains("Aronson");

        JsonNode manifest = new ObjectMapper().readTree(out.resolve("manifest.json").toFile());
        JsonNode earlier = null;
        for (JsonNode i : manifest.path("inputs")) if (i.path("role").asText().equals("changes_since")) earlier = i;
        assertThat(earlier).as("the earlier run's results.json among the manifest's inputs").isNotNull();
        assertThat(earlier.path("path").asText()).isEqualTo("previous/results.json");
        assertThat(earlier.path("sha256").asText())
                .isEqualTo(Hashing.sha256(Files.readAllBytes(previous.resolve("results.json"))));
    }

    @Test
    void studyNamesInTheSectionAreEscaped(@TempDir Path tmp) throws IOException {
        Path spec = copyBcg(tmp);
        run(spec, spec.resolveSibling("previous"));
        Path csv = spec.resolveSibling("dat.bcg.csv");
        Files.writeString(csv, Files.readString(csv).replace(",Aronson,1948,4,119,", ",<script>x</script> *A*,1948,4,119,"));
        Files.writeString(spec, Files.readString(spec) + "  changes_since: previous\n");

        String md = Files.readString(run(spec, tmp.resolve("out")).resolve("report.md"));
        String changes = md.substring(md.indexOf("## Changes since the last version"), md.indexOf("## Methods"));

        assertThat(changes).contains("\\<script\\>x\\</script\\> \\*A\\*").doesNotContain("<script>");
    }

    @Test
    void theSameDataAgainListsNoStudyOrEstimate(@TempDir Path tmp) throws IOException {
        Path spec = copyBcg(tmp);
        run(spec, spec.resolveSibling("previous"));
        String yaml = Files.readString(spec);
        Files.writeString(spec, yaml + "  changes_since: previous\n");
        run(spec, spec.resolveSibling("previous2"));
        // now compare with a run of this very spec: nothing changed, not even the spec
        Files.writeString(spec, yaml + "  changes_since: previous2\n");

        String md = Files.readString(run(spec, tmp.resolve("out")).resolve("report.md"));

        assertThat(md).contains("## Changes since the last version");
        assertThat(md.substring(md.indexOf("## Changes"), md.indexOf("## Methods")))
                .doesNotContain("Studies").doesNotContain("Estimates that moved");
    }

    @Test
    void theEarlierRunIsAnInputAndNotReplaced(@TempDir Path tmp) throws IOException {
        Path spec = copyBcg(tmp);
        Path previous = run(spec, spec.resolveSibling("previous"));
        byte[] results = Files.readAllBytes(previous.resolve("results.json"));
        Files.writeString(spec, Files.readString(spec) + "  changes_since: previous\n");

        org.metareport.problems.InputException e = org.assertj.core.api.Assertions.catchThrowableOfType(
                org.metareport.problems.InputException.class, () -> Metareport.run(spec, new RunOptions(previous,
                        List.of("md"), List.of("run", spec.toString()), false, true)));

        assertThat(e).as("refused").isNotNull();
        assertThat(e.getMessage()).contains("is the input");
        assertThat(Files.readAllBytes(previous.resolve("results.json"))).isEqualTo(results);
    }

    @Test
    void withoutTheKeyTheReportIsAsBefore(@TempDir Path tmp) throws IOException {
        Path spec = copyBcg(tmp);
        Path out = tmp.resolve("out");
        Metareport.run(spec, new RunOptions(out, List.of("md"), List.of("run", BcgSnapshotTest.SPEC.toString())));

        assertThat(Files.readString(out.resolve("report.md"))).doesNotContain("Changes since")
                .isEqualTo(Files.readString(BcgSnapshotTest.SNAPSHOT.resolve("report.md")));
    }
}
