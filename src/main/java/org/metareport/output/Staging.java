package org.metareport.output;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * A temporary folder beside the output folder that a run writes into; {@link #commit()} moves it into place only
 * when everything succeeded, so a failed run never leaves a half-written report. {@link #close()} removes what is
 * left of an uncommitted staging folder.
 */
public final class Staging implements AutoCloseable {
    private final Path target;
    private final Path folder;
    private final Map<String, byte[]> written = new TreeMap<>();
    private boolean committed;

    private Staging(Path target, Path folder) {
        this.target = target;
        this.folder = folder;
    }

    /** Opens a staging folder for {@code target} (created beside it, on the same file system). */
    public static Staging forTarget(Path target) throws IOException {
        Path abs = target.toAbsolutePath().normalize();
        Path parent = abs.getParent();
        Files.createDirectories(parent);
        Path folder = Files.createTempDirectory(parent, "." + abs.getFileName() + ".staging-");
        if (folder.getFileSystem().supportedFileAttributeViews().contains("posix")) {
            // a temporary folder is private (rwx------); the report folder it becomes is an ordinary one
            Files.setPosixFilePermissions(folder, java.nio.file.attribute.PosixFilePermissions.fromString("rwxr-xr-x"));
        }
        return new Staging(abs, folder);
    }

    /** Writes a file at a relative path ("report.md", "figures/forest-overall.svg"). */
    public void write(String relative, byte[] bytes) throws IOException {
        Path p = folder.resolve(relative).normalize();
        if (!p.startsWith(folder)) throw new IllegalArgumentException("output path escapes the output folder: " + relative);
        Files.createDirectories(p.getParent());
        Files.write(p, bytes);
        written.put(relative, bytes.clone());
    }

    public void write(String relative, String text) throws IOException {
        write(relative, text.getBytes(StandardCharsets.UTF_8));
    }

    /** The files written so far, by relative path in sorted order (for the manifest). */
    public Map<String, byte[]> written() {
        return java.util.Collections.unmodifiableMap(written);
    }

    public Path folder() {
        return folder;
    }

    public Path target() {
        return target;
    }

    /** Replaces the target folder with the staged one. */
    public void commit() throws IOException {
        Path old = null;
        if (Files.exists(target)) {
            old = Files.createTempDirectory(target.getParent(), "." + target.getFileName() + ".old-");
            Files.delete(old);
            move(target, old);
        }
        move(folder, target);
        committed = true;
        if (old != null) deleteTree(old);
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to);
        }
    }

    @Override
    public void close() {
        if (!committed) {
            try {
                deleteTree(folder);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    public static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) return;
        try (Stream<Path> s = Files.walk(root)) {
            for (Path p : (Iterable<Path>) s.sorted(Comparator.reverseOrder())::iterator) Files.delete(p);
        }
    }
}
