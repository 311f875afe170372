package org.metareport.fuzz;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * The seed and regression files of one fuzz target, {@code src/test/resources/fuzz/<target>/}, in name order. Seeds
 * are valid inputs that mutations start from; a file named {@code crash-*} or {@code regression-*} is an input that
 * once broke the contract, replayed on every build.
 */
public final class Corpus {
    /** One file of a corpus. */
    public record Seed(String name, byte[] bytes) {}

    private Corpus() {}

    public static Path dir(String target) {
        try {
            return Path.of(Corpus.class.getClassLoader().getResource("fuzz/" + target).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    public static List<Seed> seeds(String target) {
        try (Stream<Path> files = Files.list(dir(target))) {
            return files.filter(Files::isRegularFile).sorted()
                    .map(p -> new Seed(target + "/" + p.getFileName(), read(p))).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static byte[] read(Path p) {
        try {
            return Files.readAllBytes(p);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
