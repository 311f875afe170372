package org.metareport.watch;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.metareport.Metareport;
import org.metareport.RunOptions;
import org.metareport.RunReport;
import org.metareport.Session;
import org.metareport.problems.InputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code watch}: a change of the data, the spec or a template is rendered again, the result is the same bytes as a
 * cold {@code run} of the same inputs, a bad edit keeps the last good report, and an analysis whose rows and columns
 * did not change is not fitted again (counted by {@link Session#counts()}). No timings are asserted.
 */
class WatchTest {
    static final Path BCG = Path.of("src/test/resources/pipeline/bcg/dat.bcg.csv");
    static final List<String> FORMATS = List.of("md", "html");
    static final String SPEC = """
            title: BCG vaccine (watch test)
            data:
              effects: dat.bcg.csv
              study: author
              label: author
            effect:
              measure: RR
              columns: {ai: tpos, bi: tneg, ci: cpos, di: cneg}
            analyses:
              - {id: overall, method: REML}
              - {id: latitude, moderators: [ablat]}
              - {id: allocation, moderators: [alloc]}
            report:
              formats: [md, html]
              templates: templates
            """;

    /** A review folder: the spec, dat.bcg and a templates folder with its own report.css. */
    static Path review(Path tmp) throws IOException {
        Path dir = Files.createDirectories(tmp.resolve("review"));
        Files.copy(BCG, dir.resolve("dat.bcg.csv"));
        Files.writeString(dir.resolve("analysis.yaml"), SPEC);
        Files.createDirectories(dir.resolve("templates"));
        Files.writeString(dir.resolve("templates/report.css"), "body { color: #111; }\n");
        return dir;
    }

    static RunOptions options(Path out) {
        return new RunOptions(out, FORMATS, List.of("run", "analysis.yaml", "--out", "out"));
    }

    /** Replaces the first occurrence of {@code from} in a file (an author's edit). */
    static void edit(Path file, String from, String to) throws IOException {
        String text = Files.readString(file);
        assertThat(text).contains(from);
        Files.writeString(file, text.replaceFirst(java.util.regex.Pattern.quote(from), to));
    }

    /** Every file of a folder (relative path → bytes), hidden ones included. */
    static Map<String, byte[]> files(Path folder) throws IOException {
        Map<String, byte[]> out = new TreeMap<>();
        try (Stream<Path> s = Files.walk(folder)) {
            for (Path p : (Iterable<Path>) s.filter(Files::isRegularFile)::iterator) {
                out.put(folder.relativize(p).toString(), Files.readAllBytes(p));
            }
        }
        return out;
    }

    /** The folder holds the same files with the same bytes as a cold run of the spec as it is now. */
    static void assertSameAsColdRun(Path dir, Path out, Path tmp, String name) throws IOException {
        Path cold = tmp.resolve("cold-" + name);
        Metareport.run(dir.resolve("analysis.yaml"), options(cold));
        Map<String, byte[]> watched = files(out), fresh = files(cold);
        assertThat(watched.keySet()).as("files after %s", name).isEqualTo(fresh.keySet());
        for (String f : fresh.keySet()) {
            assertThat(watched.get(f)).as("%s after %s: the same bytes as a cold run", f, name).isEqualTo(fresh.get(f));
        }
    }

    @Test
    void aSessionFitsAgainOnlyTheAnalysesAChangeTouches(@TempDir Path tmp) throws IOException {
        Path dir = review(tmp);
        Path spec = dir.resolve("analysis.yaml");
        Path out = tmp.resolve("out");
        Session session = new Session();

        session.run(spec, options(out));
        assertThat(session.counts()).isEqualTo(new Session.Counts(1, 3, 0, 1, 1));

        session.run(spec, options(out));   // nothing changed: nothing read, fitted or drawn again
        assertThat(session.counts()).isEqualTo(new Session.Counts(1, 3, 3, 1, 2));
        assertSameAsColdRun(dir, out, tmp, "no change");

        // a moderator cell only the 'allocation' analysis reads (Aronson's allocation, row 2)
        edit(dir.resolve("dat.bcg.csv"), "44,random", "44,systematic");
        session.run(spec, options(out));
        assertThat(session.counts()).as("only 'allocation' refitted").isEqualTo(new Session.Counts(2, 4, 5, 2, 3));
        assertSameAsColdRun(dir, out, tmp, "a moderator edit");

        // one number of a 2x2 table: every analysis reads that effect size
        edit(dir.resolve("dat.bcg.csv"), "Aronson,1948,4,119", "Aronson,1948,5,119");
        session.run(spec, options(out));
        assertThat(session.counts()).as("all three refitted").isEqualTo(new Session.Counts(3, 7, 5, 3, 4));
        assertSameAsColdRun(dir, out, tmp, "a data edit");

        // a template: nothing fitted or drawn again, the HTML changes
        edit(dir.resolve("templates/report.css"), "#111", "#222");
        session.run(spec, options(out));
        assertThat(session.counts()).isEqualTo(new Session.Counts(3, 7, 8, 3, 5));
        assertThat(Files.readString(out.resolve("report.html"))).contains("#222");
        assertSameAsColdRun(dir, out, tmp, "a template edit");

        // the spec: a new analysis is fitted, the others are kept
        edit(spec, "  - {id: allocation", "  - {id: overall-dl, method: DL}\n  - {id: allocation");
        session.run(spec, options(out));
        assertThat(session.counts().analysesFitted()).as("only the new analysis and those below it (their lines "
                + "moved) are fitted").isLessThanOrEqualTo(9);
        assertSameAsColdRun(dir, out, tmp, "a spec edit");
    }

    @Test
    void aSessionAfterABadEditReusesWhatItHad(@TempDir Path tmp) throws IOException {
        Path dir = review(tmp);
        Path spec = dir.resolve("analysis.yaml");
        Path out = tmp.resolve("out");
        Session session = new Session();
        session.run(spec, options(out));
        Map<String, byte[]> good = files(out);

        edit(spec, "method: REML", "method: REMLX");
        assertThat(problems(() -> session.run(spec, options(out))).get(0)).startsWith("error: ")
                .contains("analysis.yaml:10:27", "REMLX");
        assertLastGoodReportStays(out, good);

        edit(spec, "method: REMLX", "method: REML");
        session.run(spec, options(out));
        assertThat(session.counts().analysesFitted()).as("nothing fitted again after undoing the bad edit").isEqualTo(3);
        assertSameAsColdRun(dir, out, tmp, "undoing a bad edit");
    }

    @Test
    void aSessionReportsEveryAnalysisThatCannotBeFittedInSpecOrderAsAColdRunDoes(@TempDir Path tmp) throws IOException {
        Path dir = review(tmp);
        Path spec = dir.resolve("analysis.yaml");
        Path out = tmp.resolve("out");
        Session session = new Session();
        session.run(spec, options(out));
        Map<String, byte[]> good = files(out);

        // two analyses left without rows: refitted together (in parallel), both reported, in the spec's order
        edit(spec, "  - {id: latitude, moderators: [ablat]}\n  - {id: allocation, moderators: [alloc]}",
                "  - {id: latitude, moderators: [ablat], where: ablat > 1000}\n"
                        + "  - {id: allocation, moderators: [alloc], where: year < 0}");
        List<String> warm = problems(() -> session.run(spec, options(out)));
        List<String> cold = problems(() -> org.metareport.Metareport.run(spec, options(tmp.resolve("cold"))));
        assertThat(warm).hasSize(2).isEqualTo(cold);
        assertThat(warm.get(0)).contains("'latitude'");
        assertThat(warm.get(1)).contains("'allocation'");
        assertLastGoodReportStays(out, good);
        assertThat(session.counts().analysesFitted()).as("the two changed analyses tried again, 'overall' reused")
                .isEqualTo(5);
    }

    static void assertLastGoodReportStays(Path out, Map<String, byte[]> good) throws IOException {
        Map<String, byte[]> now = files(out);
        assertThat(now).as("the last good report stays").containsOnlyKeys(good.keySet());
        for (var f : good.entrySet()) assertThat(now.get(f.getKey())).as(f.getKey()).isEqualTo(f.getValue());
    }

    /** The problems of a run that must fail on bad input, as printed. */
    static List<String> problems(Runnable run) {
        try {
            run.run();
        } catch (InputException e) {
            return e.problems().stream().map(Object::toString).toList();
        }
        throw new AssertionError("the bad input was accepted");
    }

    /** What a watcher told, in order. */
    record Event(String kind, RunReport report, InputException problem) {}

    static Event next(BlockingQueue<Event> events) throws InterruptedException {
        Event e = events.poll(120, TimeUnit.SECONDS);   // generous: the machine may be busy; not a timing check
        assertThat(e).as("the watcher rendered (or failed) after the change").isNotNull();
        return e;
    }

    /**
     * The next report rendered, passing over failures: a file written in two steps (truncated, then filled) can be
     * seen half written by a busy machine, and that run fails as it should before the complete file is rendered.
     */
    static Event rendered(BlockingQueue<Event> events) throws InterruptedException {
        Event e;
        while ((e = next(events)).kind().equals("failed")) {
            // a half-written file: the complete one follows
        }
        return e;
    }

    @Test
    void theWatcherRendersEachChangeAsAColdRunWouldAndKeepsTheLastGoodReport(@TempDir Path tmp) throws Exception {
        Path dir = review(tmp);
        Path spec = dir.resolve("analysis.yaml");
        Path out = tmp.resolve("out");
        BlockingQueue<Event> events = new LinkedBlockingQueue<>();
        Watcher watcher = new Watcher(spec, options(out), new Session(), new Watcher.Listener() {
            @Override
            public void rendered(RunReport report, long nanos) {
                events.add(new Event("rendered", report, null));
            }

            @Override
            public void failed(InputException e) {
                events.add(new Event("failed", null, e));
            }

            @Override
            public void crashed(RuntimeException e) {
                events.add(new Event("crashed", null, null));
            }
        }, Watcher.DEBOUNCE);
        Thread thread = new Thread(() -> {
            try {
                watcher.run();
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }, "watch-test");
        thread.start();
        try {
            assertThat(next(events).kind()).isEqualTo("rendered");
            assertSameAsColdRun(dir, out, tmp, "the first run");

            edit(dir.resolve("dat.bcg.csv"), "Aronson,1948,4,119", "Aronson,1948,5,119");
            assertThat(rendered(events).kind()).as("a data edit").isEqualTo("rendered");
            assertSameAsColdRun(dir, out, tmp, "a data edit");

            edit(dir.resolve("templates/report.css"), "#111", "#333");
            assertThat(rendered(events).kind()).as("a template edit").isEqualTo("rendered");
            assertSameAsColdRun(dir, out, tmp, "a template edit");

            Map<String, byte[]> good = files(out);
            edit(spec, "measure: RR", "measure: RRR");
            Event bad = next(events);
            while (bad.kind().equals("failed") && !bad.problem().problems().get(0).toString().contains("RRR")) {
                bad = next(events);   // the spec seen half written
            }
            assertThat(bad.kind()).as("a bad spec edit").isEqualTo("failed");
            assertThat(bad.problem().problems().get(0).toString()).startsWith("error: ").contains("RRR");
            assertThat(files(out).keySet()).isEqualTo(good.keySet());
            for (var f : good.entrySet()) {
                assertThat(files(out).get(f.getKey())).as("%s kept", f.getKey()).isEqualTo(f.getValue());
            }

            edit(spec, "measure: RRR", "measure: OR");
            assertThat(rendered(events).kind()).as("the spec fixed").isEqualTo("rendered");
            assertSameAsColdRun(dir, out, tmp, "a spec edit");
            assertThat(watcher.version()).as("one report per good state").isEqualTo(4);
        } finally {
            watcher.close();
            thread.join(60_000);
        }
        assertThat(thread.isAlive()).as("the watcher stops when closed").isFalse();
        assertThat(events).as("no render after the last change").noneMatch(e -> e.kind().equals("rendered"));
    }
}
