package org.metareport.spec;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.metareport.problems.InputException;
import org.metareport.problems.Problem;

/** {@code report.changes_since}: the folder of an earlier run, read under the same confinement as every input. */
class ChangesSinceSpecTest {
    private static final String SHOWN = "spec/analysis.yaml";

    private static Path layout(Path dir, String changesSince) throws IOException {
        Path folder = Files.createDirectories(dir.resolve("spec"));
        Files.writeString(folder.resolve("findings.csv"), "Study,g,se\nA,1,1\nB,2,1\n");
        Path spec = folder.resolve("analysis.yaml");
        Files.writeString(spec, """
                title: Living
                data:
                  effects: findings.csv
                  study: Study
                effect:
                  measure: PRE
                  columns: {yi: g, sei: se}
                analyses:
                  - model: random
                report:
                  changes_since: %s
                """.formatted(changesSince));
        return spec;
    }

    private static List<String> errors(Path spec, ReadScope scope) {
        InputException e = catchThrowableOfType(InputException.class, () -> SpecReader.read(spec, SHOWN, scope));
        assertThat(e).as("an InputException").isNotNull();
        return e.problems().stream().map(Problem::toString).toList();
    }

    @Test
    void readsTheEarlierRunsFolderResolvedAgainstTheSpecsFolder(@TempDir Path dir) throws IOException {
        Path spec = layout(dir, "runs/v1/");
        Path earlier = Files.createDirectories(spec.resolveSibling("runs/v1"));
        Files.writeString(earlier.resolve("results.json"), "{\"schema\": \"metareport-results/1\"}\n");

        Spec read = SpecReader.read(spec, SHOWN, ReadScope.DEFAULT);

        assertThat(read.report().changesSince()).isEqualTo(earlier.toAbsolutePath().normalize());
    }

    @Test
    void withoutTheKeyThereIsNoEarlierRun(@TempDir Path dir) throws IOException {
        Path spec = layout(dir, "x");
        Files.writeString(spec, Files.readString(spec).replace("report:\n  changes_since: x\n", ""));

        assertThat(SpecReader.read(spec, SHOWN, ReadScope.DEFAULT).report().changesSince()).isNull();
    }

    @Test
    void aMissingFolderIsALocatedError(@TempDir Path dir) throws IOException {
        Path spec = layout(dir, "previous");

        assertThat(errors(spec, ReadScope.DEFAULT)).singleElement().asString()
                .startsWith("error: spec/analysis.yaml:11:18: folder 'previous' not found (looked in ")
                .contains("name the output folder of an earlier run");
    }

    @Test
    void aFolderWithoutResultsJsonIsALocatedError(@TempDir Path dir) throws IOException {
        Path spec = layout(dir, "previous");
        Files.createDirectories(spec.resolveSibling("previous"));
        Files.writeString(spec.resolveSibling("previous/report.md"), "# not a run\n");

        assertThat(errors(spec, ReadScope.DEFAULT)).containsExactly("error: spec/analysis.yaml:11:18: folder "
                + "'previous' has no results.json; name the output folder of an earlier run ('metareport run' writes it)");
    }

    @Test
    void aFolderOutsideTheSpecsFolderIsRefusedUnlessAllowed(@TempDir Path dir) throws IOException {
        Path spec = layout(dir, "../elsewhere");
        Path elsewhere = Files.createDirectories(dir.resolve("elsewhere"));
        Files.writeString(elsewhere.resolve("results.json"), "{\"schema\": \"metareport-results/1\"}\n");

        assertThat(errors(spec, ReadScope.DEFAULT)).containsExactly("error: spec/analysis.yaml:11:18: earlier run's "
                + "folder '../elsewhere' lies outside the spec's folder spec; move it inside, or allow its folder "
                + "with --allow-read DIR");
        assertThat(SpecReader.read(spec, SHOWN, ReadScope.DEFAULT.allowing(List.of(elsewhere))).report()
                .changesSince()).isEqualTo(elsewhere.toAbsolutePath().normalize());
    }

    @Test
    void aResultsJsonLinkedFromOutsideIsRefused(@TempDir Path dir) throws IOException {
        Path spec = layout(dir, "previous");
        Path previous = Files.createDirectories(spec.resolveSibling("previous"));
        Files.writeString(dir.resolve("secret.json"), "{\"schema\": \"metareport-results/1\"}\n");
        Files.createSymbolicLink(previous.resolve("results.json"), dir.resolve("secret.json"));

        assertThat(errors(spec, ReadScope.DEFAULT)).containsExactly("error: spec/analysis.yaml:11:18: earlier run's "
                + "results 'previous/results.json' lies outside the spec's folder spec (a symbolic link leads there); "
                + "move it inside, or allow its folder with --allow-read DIR");
    }

    @Test
    void anEmptyValueIsALocatedError(@TempDir Path dir) throws IOException {
        Path spec = layout(dir, "''");

        assertThat(errors(spec, ReadScope.DEFAULT)).singleElement().asString()
                .startsWith("error: spec/analysis.yaml:11:18: 'report.changes_since' is empty");
    }
}
