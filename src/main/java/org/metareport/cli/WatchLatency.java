package org.metareport.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.metareport.Metareport;
import org.metareport.RunOptions;
import org.metareport.RunReport;
import org.metareport.Session;
import org.metareport.output.Hashing;
import org.metareport.output.Staging;
import org.metareport.problems.InputException;
import org.metareport.spec.ReadScope;
import org.metareport.spec.SpecReader;
import org.metareport.watch.Watcher;

/**
 * {@code bench --watch-latency}: copies a spec's folder to a temporary folder, watches it as {@code watch} does (one
 * warm session in this JVM), and times {@link #rounds} edits of one number of the effects file
 * ({@link OneNumberEdit}): from just before the file is written to the moment the watcher has the new report in place
 * (the output folder moved into place). Every edit's bytes are made before watching starts, as an editor in another
 * process would make them. Three edits first warm the JVM and are not timed. Prints the median, the
 * range, how many analyses each edit refitted, and whether the last report is byte-identical to a cold run.
 */
final class WatchLatency {
    private WatchLatency() {}

    /** A render (with the report's manifest.json, whose input hashes say which edit it shows) or a failure. */
    record Event(boolean rendered, long at, String manifest, String problem) {}

    static int measure(Path spec, List<String> formats, int rounds, PrintWriter out) throws IOException {
        Path tmp = Files.createTempDirectory("metareport-watch-bench-");
        try {
            Path dir = tmp.resolve("review");
            copy(spec.toAbsolutePath().normalize().getParent(), dir);
            Path copy = dir.resolve(spec.getFileName());
            OneNumberEdit edit = OneNumberEdit.of(SpecReader.read(copy, copy.toString(), ReadScope.DEFAULT));
            int warmup = 3;
            // every edit's bytes made before watching starts: the author's editor is another process, so making them
            // (POI rewrites the workbook) must not load this JVM's cores or fill its heap while the watcher is timed
            List<byte[]> edits = new ArrayList<>();
            for (int i = -warmup; i < rounds; i++) edits.add(edit.next());
            List<String> command = new ArrayList<>(List.of("run", copy.toString(), "--out", "out"));
            RunOptions options = new RunOptions(tmp.resolve("out"), formats, command);
            BlockingQueue<Event> events = new LinkedBlockingQueue<>();
            Session session = new Session();
            Watcher watcher = new Watcher(copy, options, session, new Watcher.Listener() {
                @Override
                public void rendered(RunReport report, long nanos) {
                    long now = System.nanoTime();
                    events.add(new Event(true, now, manifest(report), null));
                }

                @Override
                public void failed(InputException e) {
                    events.add(new Event(false, System.nanoTime(), null, e.problems().get(0).toString()));
                }

                @Override
                public void crashed(RuntimeException e) {
                    events.add(new Event(false, System.nanoTime(), null, "internal error: " + e));
                }
            }, Watcher.DEBOUNCE);
            Thread thread = new Thread(() -> {
                try {
                    watcher.run();
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            }, "metareport-bench-watch");
            thread.setDaemon(true);
            long first = System.nanoTime();
            thread.start();
            try {
                awaitRender(events, null, new int[1]);
                out.printf(Locale.ROOT, "watch: first render (cold, in this JVM) %.0f ms%n", (System.nanoTime() - first) / 1e6);
                double[] ms = new double[rounds];
                int[] refitted = new int[rounds];
                int[] late = new int[1];                    // renders of an earlier change, seen late
                int extra = 0;
                for (int i = -warmup; i < rounds; i++) {
                    byte[] bytes = edits.get(i + warmup);
                    int fittedBefore = session.counts().analysesFitted();
                    long t0 = System.nanoTime();
                    Files.write(edit.file(), bytes);
                    long t1 = awaitRender(events, Hashing.sha256(bytes), late);
                    Thread.sleep(150);   // let stray events settle; count a second render of the same edit
                    for (Event e; (e = events.poll()) != null; ) if (e.rendered()) extra++;
                    if (i >= 0) {
                        ms[i] = (t1 - t0) / 1e6;
                        refitted[i] = session.counts().analysesFitted() - fittedBefore;
                    }
                }
                double[] sorted = ms.clone();
                Arrays.sort(sorted);
                out.printf(Locale.ROOT, "watch: %s, one number of %s (column '%s') changed %d times: new report on disk "
                                + "after %.0f ms median (min %.0f, max %.0f); formats %s; analyses refitted per edit %s%s%n",
                        spec, edit.file().getFileName(), edit.column(), rounds, median(sorted), sorted[0],
                        sorted[sorted.length - 1], formats == null ? "as the spec" : String.join(",", formats),
                        Arrays.stream(refitted).distinct().sorted().mapToObj(String::valueOf).toList(),
                        extra + late[0] == 0 ? "" : "; " + (extra + late[0]) + " edit(s) rendered twice (the watcher saw the "
                                + "file half written)");
                Path cold = tmp.resolve("cold");
                Metareport.run(copy, new RunOptions(cold, formats, command));
                out.println("watch: last report byte-identical to a cold run: " + (sameFiles(tmp.resolve("out"), cold)
                        ? "yes" : "NO"));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return Main.INTERNAL;
            } finally {
                watcher.close();
            }
            return Main.OK;
        } finally {
            Staging.deleteTree(tmp);
        }
    }

    /**
     * Waits for the report of an edit: the first render whose manifest lists an input with the SHA-256 {@code edit}
     * (any render when null), skipping failures of a half-written file and renders of an earlier edit (counted in
     * {@code late}); returns when it was in place. A run that started before the edit was written may have read it:
     * its report is the edit's, whenever the run began (the watcher does not tell the same report twice).
     */
    static long awaitRender(BlockingQueue<Event> events, String edit, int[] late) throws InterruptedException {
        while (true) {
            Event e = events.poll(300, TimeUnit.SECONDS);
            if (e == null) throw new IllegalStateException("the watcher rendered nothing within 300 s");
            if (e.rendered() && (edit == null || e.manifest().contains("\"" + edit + "\""))) return e.at();
            if (e.rendered()) late[0]++;
            if (e.problem() != null && e.problem().startsWith("internal error")) {
                throw new IllegalStateException(e.problem());
            }
        }
    }

    /** The report's manifest.json as text ("" when it cannot be read). */
    private static String manifest(RunReport report) {
        try {
            return Files.readString(report.folder().resolve("manifest.json"));
        } catch (IOException | RuntimeException e) {
            return "";
        }
    }

    static double median(double[] sorted) {
        int n = sorted.length;
        return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
    }

    static void copy(Path from, Path to) throws IOException {
        try (Stream<Path> s = Files.walk(from)) {
            for (Path p : (Iterable<Path>) s::iterator) {
                Path rel = from.relativize(p);
                if (rel.toString().startsWith(".")) continue;
                Path target = to.resolve(rel.toString());
                if (Files.isDirectory(p)) Files.createDirectories(target);
                else Files.copy(p, target, StandardCopyOption.COPY_ATTRIBUTES);
            }
        }
    }

    static boolean sameFiles(Path a, Path b) throws IOException {
        List<String> fa = listing(a), fb = listing(b);
        if (!fa.equals(fb)) return false;
        for (String f : fa) {
            if (!Arrays.equals(Files.readAllBytes(a.resolve(f)), Files.readAllBytes(b.resolve(f)))) return false;
        }
        return true;
    }

    static List<String> listing(Path folder) throws IOException {
        try (Stream<Path> s = Files.walk(folder)) {
            return s.filter(Files::isRegularFile).map(p -> folder.relativize(p).toString()).sorted().toList();
        }
    }
}
