package org.metareport.fuzz;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;

/** What the fuzz tests share: temporary folders, writing inputs, replaying a corpus. */
final class Fuzz {
    private Fuzz() {}

    /** A folder for one target's inputs, deleted when the JVM exits. */
    static Path tempDir(String prefix) {
        try {
            Path dir = Files.createTempDirectory(prefix);
            dir.toFile().deleteOnExit();
            return dir;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static void write(Path file, byte[] bytes) {
        try {
            Files.write(file, bytes);
            file.toFile().deleteOnExit();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** One test per file of the target's corpus, each giving the file to {@code target}. */
    static Stream<DynamicTest> replay(String target, Consumer<byte[]> fuzzTarget) {
        return Corpus.seeds(target).stream()
                .map(s -> DynamicTest.dynamicTest(s.name(), () -> fuzzTarget.accept(s.bytes())));
    }

    /** Runs {@code run}, adding {@code input} to the message of an AssertionError it throws. */
    static void named(String input, Runnable run) {
        try {
            run.run();
        } catch (AssertionError e) {
            throw new AssertionError(e.getMessage() + "\n  input: " + input, e);
        }
    }
}
