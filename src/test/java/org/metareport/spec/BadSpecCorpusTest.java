package org.metareport.spec;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.metareport.problems.InputException;
import org.metareport.problems.Problem;

/**
 * The bad-input corpus: each folder of {@code spec/bad/} holds an {@code analysis.yaml} (with any data it names) and
 * {@code expected.txt}, the exact error lines, in order. {@code ${dir}} in expected.txt stands for the case's
 * absolute folder (for "looked in ..." paths).
 */
class BadSpecCorpusTest {

    static Path corpus() throws URISyntaxException {
        URL url = Objects.requireNonNull(BadSpecCorpusTest.class.getClassLoader().getResource("spec/bad"), "spec/bad");
        return Path.of(url.toURI());
    }

    static Stream<String> cases() throws IOException, URISyntaxException {
        List<String> names;
        try (Stream<Path> dirs = Files.list(corpus())) {
            names = dirs.filter(Files::isDirectory).map(p -> p.getFileName().toString()).sorted().toList();
        }
        assertThat(names).as("bad-input cases").hasSizeGreaterThan(15);   // an empty corpus must fail, not pass
        return names.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void reportsExactlyTheExpectedProblems(String name) throws IOException, URISyntaxException {
        Path dir = corpus().resolve(name);
        String folder = dir.toAbsolutePath().normalize().toString();
        List<String> expected = Files.readAllLines(dir.resolve("expected.txt"), StandardCharsets.UTF_8).stream()
                .filter(line -> !line.isBlank()).map(line -> line.replace("${dir}", folder)).toList();
        assertThat(expected).as("expected.txt of " + name).isNotEmpty();

        InputException e = catchThrowableOfType(InputException.class,
                () -> SpecReader.read(dir.resolve("analysis.yaml"), "analysis.yaml"));

        assertThat(e).as("an InputException for " + name).isNotNull();
        List<String> actual = e.problems().stream().map(Problem::toString).toList();
        assertThat(actual).as("problems of " + name).containsExactlyElementsOf(expected);
        for (String line : actual) {
            String message = line.replace(folder, "${dir}");
            assertThat(message).as("plain words, one line").doesNotContain("Exception", "null", "java.", "org.",
                    "\n", "\t", "Optional", "Node");
        }
        assertThat(e.getStackTrace()).as("no stack trace for bad input").isEmpty();
    }
}
