package org.metareport;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.metareport.cli.CliRunner;

/** The jar's own SHA-256, which {@code --version} and the verification report show. */
class ToolJarTest {
    @TempDir
    Path tmp;

    @Test
    void hashesAFileAsSha256sumDoes() throws IOException {
        Path f = Files.writeString(tmp.resolve("x.jar"), "abc");
        // sha256("abc"), FIPS 180-2 appendix B.1
        assertThat(ToolJar.sha256(f)).as("sha256").isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    }

    @Test
    void versionNamesCommitAndJar() {
        CliRunner r = CliRunner.run("--version");
        assertThat(r.exit()).as("exit").isZero();
        // tests run from target/classes, not from a jar
        assertThat(r.out()).as("--version").startsWith("metareport " + Metareport.version() + "\n")
                .containsPattern("\ncommit ([0-9a-f]{40}(\\+dirty)?|unknown)\n")
                .contains("\njar sha256 (not run from a jar)");
    }
}
