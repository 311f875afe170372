package org.metareport.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The end-to-end bad-input corpus (after pandoc's command tests): each folder under
 * {@code src/test/resources/bad-input/} holds a spec, its data and the exact expected stderr of {@code run}.
 * Every case must exit 2, print only {@code error:} lines, no Java, and leave no output folder behind.
 */
class BadInputTest {
    static final Path CORPUS = Path.of("src/test/resources/bad-input");

    static Stream<String> cases() throws IOException {
        List<String> names;
        try (Stream<Path> s = Files.list(CORPUS)) {
            names = s.filter(Files::isDirectory).map(p -> p.getFileName().toString()).sorted().toList();
        }
        assertThat(names).as("bad-input cases").hasSizeGreaterThanOrEqualTo(15);
        return names.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void failsWithALocatedMessage(String name, @TempDir Path tmp) throws IOException {
        Path dir = CORPUS.resolve(name);
        Path out = tmp.resolve("out");
        CliRunner r = CliRunner.run("run", "-q", dir.resolve("analysis.yaml").toString(), "--out", out.toString());
        // ${cwd} in an expected line stands for the absolute working directory (messages that show where they looked)
        String expected = Files.readString(dir.resolve("expected-stderr.txt"))
                .replace("${cwd}", Path.of("").toAbsolutePath().toString());
        assertThat(r.exit()).as("exit code of %s", name).isEqualTo(2);
        assertThat(r.err().strip()).as("stderr of %s", name).isEqualTo(expected.strip());
        assertThat(r.err().lines()).as("every line is an error line").allMatch(l -> l.startsWith("error: "));
        assertThat(r.err()).as("no Java in messages").doesNotContain("Exception", "at org.", "null", "java.");
        assertThat(out).as("nothing written").doesNotExist();
        try (Stream<Path> left = Files.list(tmp)) {
            assertThat(left).as("no staging folder left behind").isEmpty();
        }
    }
}
