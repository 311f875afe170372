package org.metareport.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.atomic.AtomicInteger;
import org.metareport.RunOptions;
import org.metareport.output.OutputFolder;
import org.metareport.problems.Visible;
import org.metareport.problems.InputException;
import org.metareport.problems.Problem;
import org.metareport.problems.Where;
import org.metareport.render.SiteIndex;

/**
 * {@code run FOLDER}: runs every {@code analysis.yaml} in the folder and its subfolders (at any depth; hidden folders
 * and metareport's own output folders are skipped), in one JVM, one spec per core at a time, with a progress line each
 * printed in path order, trying all even after a failure, then a summary. Exit 0 when all succeeded, 2 when every failure was bad input, 1 otherwise.
 *
 * <p>Each analysis is written to {@code SITE/<name>/} (SITE = {@code --out}, default {@code output/}), where name is
 * its folder's name; when two folders share a name (ignoring case), each is named by its path under FOLDER with "-"
 * for "/" ({@code a/x} becomes {@code a-x}), and a number is added if that still clashes ({@link #names}). SITE gets
 * an {@code index.html}; the run writes nothing else there, and replaces an existing index.html only if metareport
 * wrote it (or with {@code --force}). Each subfolder follows the rules of a single run.
 */
final class Batch {
    /** Text every index page metareport writes contains (also those of earlier versions). */
    static final String INDEX_SIGNATURE = "Rendered by metareport";

    private Batch() {}

    static int run(Path folder, RunOptions options, PrintWriter stdout, PrintWriter stderr, Path logs) throws IOException {
        List<Path> specs = specs(folder);
        if (specs.isEmpty()) {
            stderr.println("error: " + folder + ": no analysis.yaml in this folder or its subfolders; "
                    + "give a spec file, or a folder of analyses/<name>/analysis.yaml");
            return Main.BAD_INPUT;
        }
        Path site = options.out() != null ? options.out() : Path.of("output");
        String shown = options.out() != null ? "--out " + options.out() : site.toString();
        try {
            requireSite(folder, site, shown, options.force());
        } catch (InputException e) {
            for (Problem p : e.problems()) stderr.println(p);
            return Main.BAD_INPUT;
        }
        Map<Path, String> names = names(folder, specs);
        List<Outcome> outcomes = runAll(specs, names, site, options, logs, stdout, stderr);
        int ok = 0, bad = 0, broken = 0;
        List<SiteIndex.Entry> entries = new ArrayList<>();
        for (Outcome o : outcomes) {
            if (o.status() == Main.OK) {
                ok++;
                entries.add(o.entry());
            } else if (o.status() == Main.BAD_INPUT) bad++;
            else broken++;
        }
        if (!entries.isEmpty()) {
            Files.createDirectories(site);
            writeIndex(site.resolve("index.html"), SiteIndex.html("Meta-analysis reports", entries));
            stdout.println("index: " + site.resolve("index.html"));
        }
        stdout.printf("%d of %d analyses rendered%s%n", ok, specs.size(),
                ok == specs.size() ? "" : String.format(", %d failed", bad + broken));
        return broken > 0 ? Main.INTERNAL : bad > 0 ? Main.BAD_INPUT : Main.OK;
    }

    /** How one spec of the folder ended: its exit status, and its index entry when it succeeded. */
    private record Outcome(int status, SiteIndex.Entry entry) {}

    /** A spec's outcome with its lines for stdout and stderr, kept until every earlier spec's lines are printed. */
    private record Printed(Outcome outcome, String out, String err) {}

    /**
     * Runs the specs on {@link #workers} threads, each with its own warm {@link org.metareport.Session} (a session
     * runs one spec at a time). Each spec's progress line, warnings and errors are printed whole and in spec order as
     * soon as every earlier spec is done, and each spec writes only its own folder, so what is printed and written is
     * the same as on one thread ({@code -Dmetareport.threads=1}).
     */
    private static List<Outcome> runAll(List<Path> specs, Map<Path, String> names, Path site, RunOptions options,
            Path logs, PrintWriter stdout, PrintWriter stderr) {
        List<CompletableFuture<Printed>> done = new ArrayList<>();
        for (int i = 0; i < specs.size(); i++) done.add(new CompletableFuture<>());
        AtomicInteger next = new AtomicInteger();
        Runnable worker = () -> {
            org.metareport.Session session = new org.metareport.Session();
            for (int i = next.getAndIncrement(); i < specs.size(); i = next.getAndIncrement()) {
                Path spec = specs.get(i);
                String progress = String.format("[%d/%d] %s", i + 1, specs.size(), spec);
                try {
                    done.get(i).complete(one(session, spec, site.resolve(names.get(spec)), options, progress, logs));
                } catch (Throwable t) {   // an Error (out of memory): reported as on one thread, when its turn comes
                    done.get(i).completeExceptionally(t);
                }
            }
        };
        int workers = workers(specs.size());
        if (workers == 1) worker.run();
        else {
            // the first spec runs alone (with the shared pool for its own parallel work): run at the same time, a
            // second spec would run the same cold code in the interpreter before the first one's compiled code
            // exists; the other workers start when it is done
            for (int w = 0; w < workers; w++) {
                Thread t = new Thread(worker, "metareport-batch-" + w);
                t.setDaemon(true);
                if (w == 0) t.start();
                else done.get(0).whenComplete((r, e) -> t.start());
            }
        }
        List<Outcome> outcomes = new ArrayList<>();
        for (CompletableFuture<Printed> f : done) {
            Printed p = join(f);
            stderr.print(p.err());
            stderr.flush();
            stdout.print(p.out());
            stdout.flush();
            outcomes.add(p.outcome());
        }
        return outcomes;
    }

    /** One spec, run in {@code session}; its lines are collected, not printed. */
    private static Printed one(org.metareport.Session session, Path spec, Path target, RunOptions options,
            String progress, Path logs) {
        StringWriter out = new StringWriter(), err = new StringWriter();
        PrintWriter stdout = new PrintWriter(out), stderr = new PrintWriter(err);
        Outcome outcome;
        try {
            var report = session.run(spec, new RunOptions(target, options.formats(), options.command(),
                    options.strict(), options.force(), options.read(), options.png()));
            Main.warnings(report, stderr);
            stdout.println(progress + ": ok -> " + report.folder());
            List<String> files = new ArrayList<>();
            for (String f : List.of("report.html", "report.pdf", "report.docx", "report.md", "results.json", "manifest.json")) {
                if (Files.isRegularFile(report.folder().resolve(f))) files.add(f);
            }
            outcome = new Outcome(Main.OK, new SiteIndex.Entry(report.folder().getFileName().toString(),
                    report.results().title(), report.results().analyses().size(), report.results().effects().size(), files));
        } catch (InputException e) {
            for (Problem p : e.problems()) stderr.println(p);
            stdout.println(progress + ": failed (bad input)");
            outcome = new Outcome(Main.BAD_INPUT, null);
        } catch (RuntimeException e) {
            Main.internalError(spec.toString(), e, stderr, logs);
            stdout.println(progress + ": failed (internal error)");
            outcome = new Outcome(Main.INTERNAL, null);
        }
        stdout.flush();
        stderr.flush();
        return new Printed(outcome, out.toString(), err.toString());
    }

    /**
     * Threads for the specs: one per core, at most one per spec; one with a single core or
     * {@code -Dmetareport.threads=1}. Each run still uses the shared pool for its own independent work.
     */
    static int workers(int specs) {
        if ("1".equals(System.getProperty("metareport.threads"))) return 1;
        return Math.max(1, Math.min(Runtime.getRuntime().availableProcessors(), specs));
    }

    /** The value of {@code f}, rethrowing what the task threw as it was thrown. */
    private static <R> R join(CompletableFuture<R> f) {
        try {
            return f.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException r) throw r;
            if (e.getCause() instanceof Error err) throw err;
            throw e;
        }
    }

    /**
     * The folder for the index and the reports: never a root, the home or working folder or the folder of specs (or
     * one containing them), never a file; an index.html in it that metareport did not write is overwritten only with
     * {@code force}. Other files in it are left alone, so it need not be empty.
     */
    static void requireSite(Path folder, Path site, String shown, boolean force) {
        OutputFolder.requireNotKept(site, shown, List.of(new OutputFolder.Kept(folder, "the folder of specs " + folder)));
        OutputFolder.requireReplaceable(site, shown, true);   // not a file, not under a file, not a link
        Path index = site.resolve("index.html");
        if (!Files.exists(index, LinkOption.NOFOLLOW_LINKS)) return;
        if (!Files.isRegularFile(index, LinkOption.NOFOLLOW_LINKS)) {
            throw InputException.at(Where.argument(shown), "%s is not a file; the index page of the reports goes "
                    + "there, so give another output folder", index);
        }
        if (!force && !ourIndex(index)) {
            throw InputException.at(Where.argument(shown), "%s was not written by metareport; give another output "
                    + "folder, or add --force to overwrite it", index);
        }
    }

    static boolean ourIndex(Path index) {
        try {
            return Files.size(index) < 10_000_000 && Files.readString(index, StandardCharsets.UTF_8).contains(INDEX_SIGNATURE);
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }

    /** Writes the index page through a temporary file, so an interrupted run leaves the earlier one whole. */
    static void writeIndex(Path index, String html) throws IOException {
        Path tmp = Files.createTempFile(index.getParent(), ".index.html.", ".tmp");
        try {
            Files.writeString(tmp, html, StandardCharsets.UTF_8);
            try {
                Files.move(tmp, index, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, index, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    /**
     * Every analysis.yaml in the folder and its subfolders, the folder's own first, then by path. Hidden folders,
     * symbolic links and metareport's output folders are not entered.
     */
    static List<Path> specs(Path folder) throws IOException {
        List<Path> out = new ArrayList<>();
        Files.walkFileTree(folder, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
                if (!dir.equals(folder) && (dir.getFileName().toString().startsWith(".") || OutputFolder.isOurs(dir))) {
                    return FileVisitResult.SKIP_SUBTREE;
                }
                if (Files.isRegularFile(dir.resolve("analysis.yaml"))) out.add(dir.resolve("analysis.yaml"));
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFileFailed(Path file, IOException e) {
                return FileVisitResult.CONTINUE;   // an unreadable folder holds no spec we can run
            }
        });
        out.sort(Comparator.comparing((Path p) -> segments(folder, p.getParent()), Batch::compareSegments));
        return out;
    }

    /**
     * One output name per spec, unique ignoring case: the spec's folder name; for folders that share a name, their
     * path under {@code root} joined by "-"; then "-2", "-3"... for what still clashes, in spec order. The same specs
     * always get the same names.
     */
    static Map<Path, String> names(Path root, List<Path> specs) {
        Map<Path, String> first = new LinkedHashMap<>();
        Map<String, Integer> count = new HashMap<>();
        for (Path spec : specs) {
            String name = base(root, spec.getParent());
            first.put(spec, name);
            count.merge(name.toLowerCase(Locale.ROOT), 1, Integer::sum);
        }
        Map<Path, String> names = new LinkedHashMap<>();
        Set<String> taken = new HashSet<>();
        for (Path spec : specs) {
            String name = first.get(spec);
            if (count.get(name.toLowerCase(Locale.ROOT)) > 1) {
                List<String> rel = segments(root, spec.getParent());
                if (!rel.isEmpty()) name = String.join("-", rel);
            }
            String unique = name;
            for (int n = 2; taken.contains(unique.toLowerCase(Locale.ROOT)); n++) unique = name + "-" + n;
            taken.add(unique.toLowerCase(Locale.ROOT));
            names.put(spec, unique);
        }
        return names;
    }

    /** The folder's own name (for the folder of specs itself, as given or as the working folder's name). */
    static String base(Path root, Path dir) {
        Path name = dir.toAbsolutePath().normalize().getFileName();
        return name == null ? "analysis" : name.toString();
    }

    static List<String> segments(Path root, Path dir) {
        List<String> segs = new ArrayList<>();
        for (Path p : root.relativize(dir)) if (!p.toString().isEmpty()) segs.add(p.toString());
        return segs;
    }

    static int compareSegments(List<String> a, List<String> b) {
        for (int i = 0; i < Math.min(a.size(), b.size()); i++) {
            int c = a.get(i).compareTo(b.get(i));
            if (c != 0) return c;
        }
        return Integer.compare(a.size(), b.size());
    }
}
