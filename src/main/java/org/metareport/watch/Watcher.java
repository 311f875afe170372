package org.metareport.watch;

import java.io.IOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.metareport.RunOptions;
import org.metareport.RunReport;
import org.metareport.Session;
import org.metareport.problems.InputException;

/**
 * Renders a spec, then again each time one of its inputs changes, until {@link #close()}: the spec, its data files,
 * its PRISMA and risk-of-bias files, the templates folder (with {@code report.css}) and an earlier run named by
 * {@code report.changes_since}. The folders holding them are watched with the platform's {@link WatchService}
 * (inotify on Linux); after the first event the watcher waits until the folders have been quiet for the debounce
 * interval (an editor writes a file in several steps), then compares the inputs' SHA-256 with the last run's and runs
 * only when they differ. Runs go through one warm {@link Session}, so only what the change touches is computed again,
 * and each run replaces the output folder atomically as {@code run} does: a bad edit leaves the last good report.
 * A run that writes again the report just told (the same manifest, which hashes every input and output) is not a new
 * report: it is not told again and does not change {@link #version()}; after a failure every good run is told.
 *
 * <p>The set of inputs is read again after every run (a spec may name new files); while the spec cannot be read, the
 * last known set (at least the spec's folder) stays watched.
 */
public final class Watcher implements AutoCloseable {
    /** How long the folders must be quiet before a run starts. */
    public static final Duration DEBOUNCE = Duration.ofMillis(30);

    /** What happens, told as it happens (on the watching thread). */
    public interface Listener {
        /** A run succeeded; {@code nanos} from the first event of the change (or the start) to the report in place. */
        void rendered(RunReport report, long nanos);

        /** A run found bad input; the previous report is still in place. */
        void failed(InputException e);

        /** A run failed on a bug; the previous report is still in place. */
        void crashed(RuntimeException e);

        /** The folders now watched (after each run). */
        default void watching(List<Path> folders) {}
    }

    private final Path spec;
    private final RunOptions options;
    private final Session session;
    private final Listener listener;
    private final Duration debounce;
    private final WatchService service;
    private final Map<Path, WatchKey> keys = new HashMap<>();
    private List<Path> inputs;
    private byte[] inputsFrom;            // the spec's bytes the inputs were read from (null: not read yet)
    private String lastFingerprint;
    private final NewReports reports = new NewReports();
    private volatile boolean closed;
    private volatile long version;

    /**
     * @param spec    the spec file
     * @param options as for {@code run}; every run writes the same output folder
     * @param session the warm session runs go through
     */
    public Watcher(Path spec, RunOptions options, Session session, Listener listener, Duration debounce)
            throws IOException {
        this.spec = spec.toAbsolutePath().normalize();
        this.options = options;
        this.session = session;
        this.listener = listener;
        this.debounce = debounce;
        this.service = FileSystems.getDefault().newWatchService();
        this.inputs = List.of(this.spec);
    }

    /** How many runs succeeded so far (the preview page reloads when it changes). */
    public long version() {
        return version;
    }

    /** Renders once, then after each change of an input, until {@link #close()} (from another thread). */
    public void run() throws IOException {
        try {
            runOnce(System.nanoTime(), null);
            while (!closed) {
                WatchKey key = service.take();
                long first = System.nanoTime();
                boolean overflow = drain(key);
                WatchKey more;
                while ((more = service.poll(debounce.toNanos(), TimeUnit.NANOSECONDS)) != null) {
                    overflow |= drain(more);
                }
                String now = overflow ? null : fingerprint();
                if (now == null || !now.equals(lastFingerprint)) runOnce(first, now);
            }
        } catch (ClosedWatchServiceException | InterruptedException e) {
            // closed: done
        } finally {
            service.close();
        }
    }

    /** Stops watching; {@link #run()} returns. Safe to call from any thread, more than once. */
    @Override
    public void close() throws IOException {
        closed = true;
        service.close();
    }

    private boolean drain(WatchKey key) {
        boolean overflow = false;
        for (WatchEvent<?> e : key.pollEvents()) overflow |= e.kind() == StandardWatchEventKinds.OVERFLOW;
        key.reset();
        return overflow;
    }

    /**
     * Runs, and again while an input changed during the run (its events may have been taken already).
     * {@code fingerprint}: the inputs' fingerprint just taken, or null.
     */
    private void runOnce(long since, String fingerprint) throws IOException {
        do {
            List<Path> before = inputs;
            refreshInputs();
            lastFingerprint = fingerprint != null && inputs.equals(before) ? fingerprint : fingerprint();
            try {
                RunReport report = session.run(spec, options);
                if (reports.isNew(manifest(report))) {
                    version++;
                    listener.rendered(report, System.nanoTime() - since);
                }
            } catch (InputException e) {
                reports.failed();
                listener.failed(e);
            } catch (RuntimeException e) {
                reports.failed();
                listener.crashed(e);
            }
            refreshInputs();
            register();
            since = System.nanoTime();
        } while (!closed && !(fingerprint = fingerprint()).equals(lastFingerprint));
    }

    /** The report's manifest.json ({@link NewReports} compares them), or null when it cannot be read. */
    private static byte[] manifest(RunReport report) {
        try {
            return Files.readAllBytes(report.folder().resolve("manifest.json"));
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    /** The inputs the spec names, read again when the spec's bytes changed since they were last read. */
    private void refreshInputs() {
        byte[] now;
        try {
            now = Files.readAllBytes(spec);
        } catch (IOException | RuntimeException e) {
            now = null;
        }
        if (now != null && java.util.Arrays.equals(now, inputsFrom)) return;
        try {
            inputs = Session.inputs(spec, options.read());
            inputsFrom = now;
        } catch (RuntimeException e) {
            // the spec cannot be read now: keep watching what it read last time (the run reports why)
        }
    }

    /** Watches the folder of each input file, and each input folder with its subfolders. */
    private void register() throws IOException {
        Set<Path> folders = new LinkedHashSet<>();
        folders.add(spec.getParent());
        for (Path p : inputs) {
            if (Files.isDirectory(p)) {
                try (Stream<Path> tree = Files.walk(p)) {
                    tree.filter(Files::isDirectory).forEach(folders::add);
                }
            } else if (p.getParent() != null) {
                folders.add(p.getParent());
            }
        }
        for (var it = keys.entrySet().iterator(); it.hasNext(); ) {
            var entry = it.next();
            if (!folders.contains(entry.getKey()) || !entry.getValue().isValid()) {
                entry.getValue().cancel();
                it.remove();
            }
        }
        for (Path folder : folders) {
            if (keys.containsKey(folder) || !Files.isDirectory(folder)) continue;
            keys.put(folder, folder.register(service, StandardWatchEventKinds.ENTRY_CREATE,
                    StandardWatchEventKinds.ENTRY_MODIFY, StandardWatchEventKinds.ENTRY_DELETE));
        }
        listener.watching(List.copyOf(new ArrayList<>(keys.keySet())));
    }

    /** The SHA-256 of every input's bytes (each file of an input folder), in order; a missing file counts too. */
    private String fingerprint() {
        MessageDigest md;
        try {
            md = MessageDigest.getInstance("SHA-256");
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
        List<Path> all = new ArrayList<>();
        all.add(spec);
        all.addAll(inputs);
        for (Path p : all) {
            md.update(p.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8));
            if (Files.isDirectory(p)) {
                try (Stream<Path> tree = Files.walk(p)) {
                    for (Path f : (Iterable<Path>) tree.filter(Files::isRegularFile).sorted()::iterator) {
                        md.update(f.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8));
                        update(md, f);
                    }
                } catch (IOException | java.io.UncheckedIOException e) {
                    md.update((byte) 1);
                }
            } else {
                update(md, p);
            }
        }
        return HexFormat.of().formatHex(md.digest());
    }

    private static void update(MessageDigest md, Path file) {
        try {
            if (Files.isRegularFile(file)) {
                md.update(Files.readAllBytes(file));
                return;
            }
        } catch (IOException | RuntimeException e) {
            // unreadable now: counts as a change from readable
        }
        md.update((byte) 0);
    }
}
