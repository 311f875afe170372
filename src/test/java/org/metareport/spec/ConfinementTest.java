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

/** A spec reads only inside its folder (links followed) or an --allow-read folder: regular files within the limits. */
class ConfinementTest {
    private static final String SECRET = "AWS_SECRET_ACCESS_KEY=hunter2";

    private static String spec(String effects, String more) {
        return """
                title: Confined
                data:
                  effects: %s
                  study: Study
                effect:
                  measure: PRE
                  columns: {yi: g, sei: se}
                analyses:
                  - model: random
                %s""".formatted(effects, more);
    }

    /** A spec folder {@code dir/spec/} with findings.csv, and a secret file beside it in {@code dir/}. */
    private static Path layout(Path dir, String yaml) throws IOException {
        Path folder = Files.createDirectories(dir.resolve("spec"));
        Files.writeString(folder.resolve("findings.csv"), "Study,g,se\nA,1,1\n");
        Files.writeString(dir.resolve("secret.csv"), SECRET + "\n");
        Path spec = folder.resolve("analysis.yaml");
        Files.writeString(spec, yaml);
        return spec;
    }

    private static List<String> errors(Path spec, ReadScope scope) {
        InputException e = catchThrowableOfType(InputException.class,
                () -> SpecReader.read(spec, "spec/analysis.yaml", scope));
        assertThat(e).as("an InputException").isNotNull();
        return e.problems().stream().map(Problem::toString).toList();
    }

    @Test
    void refusesADataFileAboveTheSpecsFolder(@TempDir Path dir) throws IOException {
        Path spec = layout(dir, spec("../secret.csv", ""));

        assertThat(errors(spec, ReadScope.DEFAULT)).containsExactly("error: spec/analysis.yaml:3:12: data file "
                + "'../secret.csv' lies outside the spec's folder spec; move it inside, or allow its folder with "
                + "--allow-read DIR");
    }

    @Test
    void refusesAnAbsolutePathEvenWhenTheFileDoesNotExist(@TempDir Path dir) throws IOException {
        Path spec = layout(dir, spec("/nonexistent/findings.csv", ""));

        assertThat(errors(spec, ReadScope.DEFAULT)).singleElement().asString()
                .contains("data file '/nonexistent/findings.csv' lies outside the spec's folder spec");
    }

    @Test
    void followsASymbolicLinkAndRefusesWhereItLeads(@TempDir Path dir) throws IOException {
        Path spec = layout(dir, spec("findings.csv", "").replace("  study: Study", "  studies: studies.csv\n  study: Study"));
        Files.createSymbolicLink(spec.resolveSibling("studies.csv"), dir.resolve("secret.csv"));

        List<String> errors = errors(spec, ReadScope.DEFAULT);

        assertThat(errors).containsExactly("error: spec/analysis.yaml:4:12: data file 'studies.csv' lies outside the "
                + "spec's folder spec (a symbolic link leads there); move it inside, or allow its folder with "
                + "--allow-read DIR");
        assertThat(String.join("\n", errors)).doesNotContain("hunter2");
    }

    @Test
    void refusesAFolderLinkLeadingOutside(@TempDir Path dir) throws IOException {
        Path spec = layout(dir, spec("data/secret.csv", ""));
        Files.createSymbolicLink(spec.resolveSibling("data"), dir);

        assertThat(errors(spec, ReadScope.DEFAULT)).singleElement().asString()
                .contains("data file 'data/secret.csv' lies outside the spec's folder spec (a symbolic link leads there)");
    }

    @Test
    void readsOutsideWhenTheFolderIsAllowed(@TempDir Path dir) throws IOException {
        Path spec = layout(dir, spec("../secret.csv", ""));

        Spec read = SpecReader.read(spec, "spec/analysis.yaml", ReadScope.DEFAULT.allowing(List.of(dir)));

        assertThat(read.data().effects().path()).isEqualTo(dir.resolve("secret.csv"));
    }

    @Test
    void allowsALinkThatStaysInsideTheFolder(@TempDir Path dir) throws IOException {
        Path spec = layout(dir, spec("alias.csv", ""));
        Files.createSymbolicLink(spec.resolveSibling("alias.csv"), spec.resolveSibling("findings.csv"));

        assertThat(SpecReader.read(spec, "spec/analysis.yaml", ReadScope.DEFAULT).data().effects().shown())
                .isEqualTo("spec/alias.csv");
    }

    @Test
    void refusesAPrismaFileOutsideTheFolder(@TempDir Path dir) throws IOException {
        Path spec = layout(dir, spec("findings.csv", "prisma: /etc/passwd\n"));

        List<String> errors = errors(spec, ReadScope.DEFAULT);

        assertThat(errors).containsExactly("error: spec/analysis.yaml:10:9: PRISMA file '/etc/passwd' lies outside "
                + "the spec's folder spec; move it inside, or allow its folder with --allow-read DIR");
        assertThat(String.join("\n", errors)).doesNotContain("root:");
    }

    @Test
    void refusesARiskOfBiasFileAndATemplatesFolderOutsideTheFolder(@TempDir Path dir) throws IOException {
        Files.createDirectories(dir.resolve("templates"));
        Path spec = layout(dir, spec("findings.csv", """
                risk_of_bias: {tool: rob2, data: ../secret.csv}
                report: {templates: ../templates}
                """));

        assertThat(errors(spec, ReadScope.DEFAULT)).containsExactly(
                "error: spec/analysis.yaml:10:34: data file '../secret.csv' lies outside the spec's folder spec; move "
                        + "it inside, or allow its folder with --allow-read DIR",
                "error: spec/analysis.yaml:11:21: templates folder '../templates' lies outside the spec's folder spec; "
                        + "move it inside, or allow its folder with --allow-read DIR");
    }

    @Test
    void refusesADeviceInAnAllowedFolder(@TempDir Path dir) throws IOException {
        Path spec = layout(dir, spec("/dev/zero", ""));

        assertThat(errors(spec, ReadScope.DEFAULT.allowing(List.of(Path.of("/dev"))))).containsExactly(
                "error: spec/analysis.yaml:3:12: data file '/dev/zero' is not a regular file (a device, pipe or "
                        + "socket); name a file saved on disk");
    }

    @Test
    void refusesADataFileLargerThanTheLimit(@TempDir Path dir) throws IOException {
        Path spec = layout(dir, spec("findings.csv", ""));

        assertThat(errors(spec, new ReadScope(List.of(), 10))).containsExactly("error: spec/analysis.yaml:3:12: "
                + "data file 'findings.csv' is 17 bytes, more than the 10 bytes a spec may read; raise the limit with "
                + "--max-input-size SIZE (e.g. 1G) if the file is right");
    }

    @Test
    void parsesSizesWithBinarySuffixes() {
        assertThat(ReadScope.parseSize("512M")).isEqualTo(512L << 20);
        assertThat(ReadScope.parseSize("2g")).isEqualTo(2L << 30);
        assertThat(ReadScope.parseSize("1000")).isEqualTo(1000);
        assertThat(ReadScope.parseSize("64KB")).isEqualTo(64L << 10);
        assertThat(catchThrowableOfType(IllegalArgumentException.class, () -> ReadScope.parseSize("lots")))
                .hasMessageContaining("'lots' is not a size");
        assertThat(catchThrowableOfType(IllegalArgumentException.class, () -> ReadScope.parseSize("0")))
                .hasMessageContaining("more than 0");
    }
}
