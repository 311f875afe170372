package org.metareport.output;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.metareport.problems.InputException;

/** Which folders metareport recognises as its own, and what it refuses to replace. */
class OutputFolderTest {
    @TempDir
    Path tmp;

    static final String MANIFEST = "{\"schema\": \"metareport-manifest/1\", \"tool\": \"metareport\", \"outputs\": "
            + "[{\"path\": \"report.md\"}, {\"path\": \"figures/forest-overall.svg\"}]}";

    Path legacy() throws Exception {
        Path dir = Files.createDirectories(tmp.resolve("out/figures"));
        Files.writeString(dir.getParent().resolve("manifest.json"), MANIFEST);
        Files.writeString(dir.getParent().resolve("report.md"), "# r");
        Files.writeString(dir.resolve("forest-overall.svg"), "<svg/>");
        return dir.getParent();
    }

    @Test
    void recognisesAFolderWrittenBeforeTheMarkerByItsManifest() throws Exception {
        assertThat(OutputFolder.isOurs(legacy())).as("every file listed").isTrue();
    }

    @Test
    void doesNotRecogniseAnEarlierFolderWithAFileItsManifestDoesNotList() throws Exception {
        Path dir = legacy();
        Files.writeString(dir.resolve("figures/mine.png"), "x");
        assertThat(OutputFolder.isOurs(dir)).as("an unlisted file").isFalse();
    }

    @Test
    void doesNotRecogniseAnotherToolsManifestOrABrokenOne() throws Exception {
        Path dir = legacy();
        Files.writeString(dir.resolve("manifest.json"), MANIFEST.replace("\"tool\": \"metareport\"", "\"tool\": \"x\""));
        assertThat(OutputFolder.isOurs(dir)).as("another tool").isFalse();
        Files.writeString(dir.resolve("manifest.json"), "{not json");
        assertThat(OutputFolder.isOurs(dir)).as("broken").isFalse();
    }

    @Test
    void recognisesTheMarkerOnlyWithItsText() throws Exception {
        Path dir = Files.createDirectories(tmp.resolve("m"));
        Files.writeString(dir.resolve(OutputFolder.MARKER), "something else\n");
        assertThat(OutputFolder.isOurs(dir)).as("another file of that name").isFalse();
        OutputFolder.mark(dir);
        assertThat(OutputFolder.isOurs(dir)).as("marker").isTrue();
    }

    @Test
    void refusesASymbolicLinkAsTheOutputFolder() throws Exception {
        Path real = Files.createDirectories(tmp.resolve("real"));
        Path link = Files.createSymbolicLink(tmp.resolve("link"), real);
        assertThatThrownBy(() -> OutputFolder.requireReplaceable(link, "--out link", true))
                .isInstanceOf(InputException.class).hasMessage("error: --out link: the output folder is a symbolic "
                        + "link; give the folder it points to, or a new folder");
    }

    @Test
    void comparesFoldersThroughSymbolicLinks() throws Exception {
        Path spec = Files.createDirectories(tmp.resolve("rev"));
        Path link = Files.createSymbolicLink(tmp.resolve("alias"), spec);
        assertThatThrownBy(() -> OutputFolder.requireNotKept(link.resolve("."), "--out alias",
                List.of(new OutputFolder.Kept(spec, "the spec's folder"))))
                .isInstanceOf(InputException.class).hasMessageContaining("is the spec's folder");
        assertThatCode(() -> OutputFolder.requireNotKept(link.resolve("out"), "--out alias/out",
                List.of(new OutputFolder.Kept(spec, "the spec's folder")))).as("inside it is fine").doesNotThrowAnyException();
    }
}
