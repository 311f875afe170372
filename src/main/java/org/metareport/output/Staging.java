package org.metareport.output;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

/**
 * A temporary folder beside the output folder that a run writes into; {@link #commit()} moves it into place only
 * when everything succeeded, so a failed run never leaves a half-written report. {@link #close()} removes what is
 * left of an uncommitted staging folder.
 *
 * <p>Nothing is left behind by an interrupted run either: while a staging folder is open a JVM shutdown hook removes
 * it if the process is stopped (Ctrl-C, SIGTERM). A process killed outright (SIGKILL, power loss) cannot clean up;
 * the next run into the same target removes what it left: the staging folders ({@code .<name>.staging-*}) and
 * replaced folders ({@code .<name>.old-*}) beside the target that carry the {@link OutputFolder#MARKER} and are not
 * in use. A staging folder is in use while its {@link #LOCK} file is locked by the process writing it (the operating
 * system releases the lock when that process ends, however it ends).
 */
public final class Staging implements AutoCloseable {
    /** The lock file inside an open staging folder; removed before the folder is moved into place. */
    public static final String LOCK = ".metareport.lock";
    private static final Set<Staging> OPEN = ConcurrentHashMap.newKeySet();
    private static final Set<Path> REPLACING = ConcurrentHashMap.newKeySet();
    private static volatile boolean hooked;

    private final Path target;
    private final Path folder;
    private final boolean replaceForeign;
    private final Map<String, byte[]> written = new TreeMap<>();
    private FileChannel lockChannel;
    private boolean committed;
    private boolean closed;

    private Staging(Path target, Path folder, boolean replaceForeign) {
        this.target = target;
        this.folder = folder;
        this.replaceForeign = replaceForeign;
    }

    /** Opens a staging folder for {@code target} (created beside it, on the same file system). */
    public static Staging forTarget(Path target) throws IOException {
        return forTarget(target, false);
    }

    /**
     * Opens a staging folder for {@code target}, first removing stale staging folders an interrupted run left beside
     * it. {@link #commit()} replaces an existing target only if metareport wrote it (see {@link OutputFolder}), or
     * when {@code replaceForeign} (the user's {@code --force}).
     */
    public static Staging forTarget(Path target, boolean replaceForeign) throws IOException {
        Path abs = target.toAbsolutePath().normalize();
        Path parent = abs.getParent();
        if (parent == null) throw new IllegalArgumentException("an output folder cannot be a file system root: " + target);
        Files.createDirectories(parent);
        removeStale(abs);
        Path folder = Files.createTempDirectory(parent, "." + abs.getFileName() + ".staging-");
        return open(new Staging(abs, folder, replaceForeign));
    }

    /**
     * Opens a staging folder in the system's temporary folder that is never moved anywhere ({@code verify}'s
     * re-run): {@link #close()} deletes it, and so does the shutdown hook if the process is stopped.
     */
    public static Staging temporary(String prefix) throws IOException {
        return open(new Staging(null, Files.createTempDirectory(prefix), false));
    }

    private static Staging open(Staging s) throws IOException {
        Path folder = s.folder;
        if (folder.getFileSystem().supportedFileAttributeViews().contains("posix")) {
            // a temporary folder is private (rwx------); the report folder it becomes is an ordinary one
            Files.setPosixFilePermissions(folder, java.nio.file.attribute.PosixFilePermissions.fromString("rwxr-xr-x"));
        }
        hook();
        OPEN.add(s);
        try {
            s.lockChannel = FileChannel.open(folder.resolve(LOCK), StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
            s.lockChannel.lock();
            // the marker comes after the lock: a marked staging folder without a held lock is stale
            OutputFolder.mark(folder);
        } catch (IOException | RuntimeException e) {
            s.close();
            throw e;
        }
        return s;
    }

    private static synchronized void hook() {
        if (hooked) return;
        try {
            Runtime.getRuntime().addShutdownHook(new Thread(Staging::abandonAll, "metareport-staging-cleanup"));
            hooked = true;
        } catch (IllegalStateException e) {
            // already shutting down: nothing to register for
        }
    }

    /** The shutdown hook: removes every staging folder still open (a run stopped by Ctrl-C or SIGTERM). */
    static void abandonAll() {
        for (Staging s : List.copyOf(OPEN)) s.close();
    }

    /** Writes a file at a relative path ("report.md", "figures/forest-overall.svg"). */
    public synchronized void write(String relative, byte[] bytes) throws IOException {
        if (closed) throw new IOException("the run was stopped; its staging folder is gone");
        Path p = folder.resolve(relative).normalize();
        if (!p.startsWith(folder) || p.equals(folder)) {
            throw new IllegalArgumentException("output path escapes the output folder: " + relative);
        }
        String name = folder.relativize(p).toString();
        if (name.equals(OutputFolder.MARKER) || name.equals(LOCK)) {
            throw new IllegalArgumentException("output path is reserved for metareport's own use: " + relative);
        }
        Files.createDirectories(p.getParent());
        Files.write(p, bytes);
        written.put(relative, bytes.clone());
    }

    public void write(String relative, String text) throws IOException {
        write(relative, text.getBytes(StandardCharsets.UTF_8));
    }

    /** The files written so far, by relative path in sorted order (for the manifest; the marker is not one). */
    public synchronized Map<String, byte[]> written() {
        return java.util.Collections.unmodifiableMap(new TreeMap<>(written));
    }

    public Path folder() {
        return folder;
    }

    /** The folder this staging folder becomes; null for a {@link #temporary} one. */
    public Path target() {
        return target;
    }

    /**
     * Replaces the target folder with the staged one. The target is checked again (it may have appeared since the
     * run began): one that metareport did not write is replaced only with {@code replaceForeign}.
     *
     * @throws org.metareport.problems.InputException when the target is no longer one metareport may replace
     */
    public synchronized void commit() throws IOException {
        if (target == null) throw new IllegalStateException("a temporary staging folder has no target to move to");
        if (closed) throw new IOException("the run was stopped; its staging folder is gone");
        OutputFolder.requireReplaceable(target, target.toString(), replaceForeign);
        unlock();
        Path old = null;
        if (Files.exists(target, LinkOption.NOFOLLOW_LINKS)) {
            old = Files.createTempDirectory(target.getParent(), "." + target.getFileName() + ".old-");
            Files.delete(old);
            REPLACING.add(old);
            move(target, old);
        }
        try {
            move(folder, target);
        } catch (IOException e) {
            if (old != null) move(old, target);   // put the earlier report back
            throw e;
        } finally {
            if (old != null) REPLACING.remove(old);
        }
        committed = true;
        closed = true;
        OPEN.remove(this);
        if (old != null) {
            try {
                deleteTree(old);
            } catch (IOException e) {
                // the next run into this target removes it (it carries the marker or an earlier manifest)
            }
        }
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to);
        }
    }

    private void unlock() throws IOException {
        if (lockChannel == null) return;
        lockChannel.close();   // releases the lock
        lockChannel = null;
        Files.deleteIfExists(folder.resolve(LOCK));
    }

    /** Removes an uncommitted staging folder (also from the shutdown hook); does nothing after a commit. */
    @Override
    public synchronized void close() {
        OPEN.remove(this);
        if (committed || closed) return;
        closed = true;
        try {
            unlock();
            deleteTree(folder);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Removes what interrupted runs left beside {@code target}: {@code .<name>.staging-*} folders that carry the
     * marker and whose lock no process holds, and {@code .<name>.old-*} folders (an earlier report being replaced)
     * that metareport wrote. Anything else, including such names without the marker, is left alone.
     *
     * @return the folders removed
     */
    public static List<Path> removeStale(Path target) throws IOException {
        Path abs = target.toAbsolutePath().normalize();
        Path parent = abs.getParent();
        if (parent == null || !Files.isDirectory(parent)) return List.of();
        String staging = "." + abs.getFileName() + ".staging-", old = "." + abs.getFileName() + ".old-";
        List<Path> candidates;
        try (Stream<Path> s = Files.list(parent)) {
            candidates = s.filter(p -> {
                String n = p.getFileName().toString();
                return (n.startsWith(staging) || n.startsWith(old)) && Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS);
            }).sorted().toList();
        }
        List<Path> removed = new java.util.ArrayList<>();
        for (Path p : candidates) {
            boolean stale = p.getFileName().toString().startsWith(staging)
                    ? OutputFolder.marked(p) && !inUse(p)
                    : OutputFolder.isOurs(p) && !REPLACING.contains(p);
            if (!stale) continue;
            try {
                deleteTree(p);
                removed.add(p);
            } catch (IOException e) {
                // another run removed it first, or it cannot be removed: leave it
            }
        }
        return removed;
    }

    /** Whether a marked staging folder belongs to a run still going: this JVM's, or one holding its lock file. */
    static boolean inUse(Path folder) {
        for (Staging s : OPEN) if (s.folder.equals(folder)) return true;
        Path lock = folder.resolve(LOCK);
        // marked but without a lock file: the owner is moving it into place right now
        if (!Files.isRegularFile(lock, LinkOption.NOFOLLOW_LINKS)) return true;
        try (FileChannel ch = FileChannel.open(lock, StandardOpenOption.WRITE)) {
            FileLock l = ch.tryLock();
            if (l == null) return true;
            l.release();
            return false;
        } catch (OverlappingFileLockException | IOException e) {
            return true;
        }
    }

    public static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root, LinkOption.NOFOLLOW_LINKS)) return;
        try (Stream<Path> s = Files.walk(root)) {
            for (Path p : (Iterable<Path>) s.sorted(Comparator.reverseOrder())::iterator) {
                try {
                    Files.delete(p);
                } catch (NoSuchFileException e) {
                    // removed meanwhile (another cleaner): fine
                }
            }
        }
    }
}
