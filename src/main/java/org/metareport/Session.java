package org.metareport;

import java.io.IOException;
import java.lang.reflect.RecordComponent;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.metareport.data.Dataset;
import org.metareport.data.Table;
import org.metareport.effects.ComputedEffect;
import org.metareport.figures.FigureSet;
import org.metareport.figures.PrintFrame;
import org.metareport.problems.InputException;
import org.metareport.problems.Problems;
import org.metareport.problems.Warnings;
import org.metareport.render.Manuscript;
import org.metareport.render.pdf.PdfWriter;
import org.metareport.results.AnalysisResult;
import org.metareport.results.Results;
import org.metareport.spec.AnalysisSpec;
import org.metareport.spec.ColumnRef;
import org.metareport.spec.DataSpec;
import org.metareport.spec.ReadScope;
import org.metareport.spec.Spec;
import org.metareport.parallel.Parallel;

/**
 * A warm session: runs specs one after another in one JVM ({@code watch}, {@code run FOLDER}) and computes again only
 * what changed. Each stage output is kept under a key made of the contents of its inputs, never of file times:
 * <ul>
 *   <li>the data (read, filtered, joined) under the {@code data:} block and the SHA-256 of the effects and studies
 *       files;</li>
 *   <li>each analysis's fit and results under its spec entry (with its place in the spec, for messages) and a
 *       digest of what it reads: every effect's row number, study, id, label, yi, vi and source, and the cells of
 *       the columns the entry names (levels, moderators, subgroup, marginal means, the cumulative order), so an
 *       analysis whose rows and columns did not change is not fitted again;</li>
 *   <li>the figures under the results they draw;</li>
 *   <li>the templates (parsed once) under the SHA-256 of every file of the templates folder; the PDF writer and its
 *       fonts once.</li>
 * </ul>
 * What the last run did not use is dropped, so memory stays that of one run. The spec, the effect sizes, the review's
 * files, the Markdown, HTML, PDF and manifest are computed every run, as a cold run computes them: the outputs are the
 * same bytes as {@code run}'s (tested by {@code WatchTest}).
 *
 * <p>Not thread-safe: one run at a time ({@link #run} is synchronized). Use one session per thread.
 */
public final class Session {
    /** Data files larger than this are read every run rather than hashed for the cache. */
    static final long HASHED_LIMIT = 64L << 20;

    /** What a session computed and what it reused, counted since it was made (for tests and the benchmark). */
    public record Counts(int datasetsRead, int analysesFitted, int analysesReused, int figureSetsDrawn, int runs) {}

    private final Cache cache = new Cache();
    private int runs;

    /**
     * Runs the spec as {@link Metareport#run} does (same checks, same atomic output folder, same bytes), reusing
     * what earlier runs of this session computed from the same inputs.
     *
     * @throws InputException for bad input, with every problem found
     */
    public synchronized RunReport run(Path spec, RunOptions options) {
        cache.startRun();
        runs++;
        RunReport report = Pipeline.run(spec, options, cache);
        cache.endRun();   // a failed run forgets nothing: the next one may undo the bad edit
        return report;
    }

    /**
     * The files and folders a run of this spec reads: the spec, its data, PRISMA and risk-of-bias files, the
     * templates folder and an earlier run named by {@code report.changes_since} (absolute, normalised).
     *
     * @throws InputException when the spec cannot be read
     */
    public static List<Path> inputs(Path spec, ReadScope scope) {
        List<Path> out = new ArrayList<>();
        for (Path p : Pipeline.inputPaths(Pipeline.read(spec, scope))) out.add(p.toAbsolutePath().normalize());
        return out;
    }

    /**
     * Checks, before watching, that the run may write its output folder (the rules of {@code run}: not an input, not
     * a folder metareport did not write unless forced, ...).
     *
     * @return false when the spec itself cannot be read (its errors come with the first run)
     * @throws InputException when the output folder is refused
     */
    public static boolean checkOutput(Path spec, RunOptions options) {
        Spec read;
        try {
            read = Pipeline.read(spec, options.read());
        } catch (InputException e) {
            return false;
        }
        Path target = Pipeline.target(read, options);
        Pipeline.requireWritable(read, target, options.out() != null ? "--out " + options.out() : target.toString(),
                options.force());
        return true;
    }

    /** The output folder a run of this spec writes ({@code --out}, or {@code output/<folder name of the spec>}). */
    public static Path target(Path spec, RunOptions options) {
        return Pipeline.target(Pipeline.read(spec, options.read()), options);
    }

    /** What this session has computed and reused so far. */
    public synchronized Counts counts() {
        return new Counts(cache.datasetsRead, cache.fitted, cache.reused, cache.drawn, runs);
    }

    /** The stage caches; entries not used by a run are dropped at its end. */
    private static final class Cache implements Reuse {
        private final Generational<DataKey, CachedData> data = new Generational<>();
        private final Generational<FitKey, AnalysisResult> fits = new Generational<>();
        private final Generational<FigureKey, FigureSet> figures = new Generational<>();
        private final Generational<TemplatesKey, Manuscript> manuscripts = new Generational<>();
        private PdfWriter pdfWriter;
        private int datasetsRead, fitted, reused, drawn;

        void startRun() {
            data.start();
            fits.start();
            figures.start();
            manuscripts.start();
        }

        void endRun() {
            data.end();
            fits.end();
            figures.end();
            manuscripts.end();
        }

        @Override
        public Dataset dataset(DataSpec spec, Warnings warnings) {
            String before = contents(spec);
            DataKey key = before == null ? null : new DataKey(spec, before);
            CachedData hit = key == null ? null : data.get(key);
            if (hit == null) {
                Warnings own = new Warnings();
                datasetsRead++;
                Dataset read = Dataset.read(spec, own);
                hit = new CachedData(read, own.list());
                // kept only if the files did not change while they were read
                if (key != null && before.equals(contents(spec))) data.put(key, hit);
            }
            for (String w : hit.warnings()) warnings.add("%s", w);
            return hit.dataset();
        }

        @Override
        public List<AnalysisResult> fitAll(Spec spec, Analysis.Prepared prepared) {
            // the analyses whose rows and columns changed are fitted again, together, as a cold run fits them
            record Known(FitKey key, AnalysisResult reused) {}
            List<Known> all = new ArrayList<>();
            List<AnalysisSpec> misses = new ArrayList<>();
            for (AnalysisSpec a : spec.analyses()) {
                FitKey key = new FitKey(a, FitKey.digest(a, prepared.data(), prepared.computed()));
                Known k = new Known(key, fits.get(key));
                all.add(k);
                if (k.reused() == null) misses.add(a);
            }
            var refits = Analysis.fitEach(misses, prepared).iterator();   // in the misses' order, the spec's
            Problems problems = new Problems();
            List<AnalysisResult> out = new ArrayList<>();
            for (Known f : all) {
                if (f.reused() != null) {
                    reused++;
                    out.add(f.reused());
                    continue;
                }
                fitted++;
                Analysis.Fit o = refits.next();
                if (o.problem() != null) {
                    problems.addAll(o.problem());
                } else {
                    fits.put(f.key(), o.result());
                    out.add(o.result());
                }
            }
            problems.throwIfAny();
            return out;
        }

        @Override
        public FigureSet figures(Results results, boolean sortForest, PrintFrame frame) {
            FigureKey key = new FigureKey(results, sortForest, frame);
            FigureSet hit = figures.get(key);
            if (hit == null) {
                drawn++;
                hit = FigureSet.draw(results, sortForest, frame, Parallel::all);
                figures.put(key, hit);
            }
            return hit;
        }

        @Override
        public Manuscript manuscript(Path templates, String shown) {
            String contents = templates == null ? "" : folderContents(templates);
            if (contents == null) return new Manuscript(templates, shown);   // unreadable: let it report
            TemplatesKey key = new TemplatesKey(templates, shown, contents);
            Manuscript hit = manuscripts.get(key);
            if (hit == null) {
                hit = new Manuscript(templates, shown);
                manuscripts.put(key, hit);
            }
            return hit;
        }

        @Override
        public PdfWriter pdfWriter() {
            if (pdfWriter == null) pdfWriter = new PdfWriter();
            return pdfWriter;
        }
    }

    private record CachedData(Dataset dataset, List<String> warnings) {}

    private record DataKey(DataSpec spec, String contents) {}

    private record FigureKey(Results results, boolean sortForest, PrintFrame frame) {}

    private record TemplatesKey(Path folder, String shown, String contents) {}

    /** One analysis: its spec entry and a digest of every value of the data it reads. */
    private record FitKey(AnalysisSpec spec, String rows) {
        static String digest(AnalysisSpec a, Dataset data, List<ComputedEffect> effects) {
            Set<String> columns = new LinkedHashSet<>();
            columnsOf(a, columns);
            Table table = data.table();
            MessageDigest md = sha256();
            text(md, String.valueOf(table.columns()));
            text(md, String.valueOf(table.columnFiles()));
            text(md, String.valueOf(data.clashes()));
            text(md, table.file());
            for (String c : columns) text(md, c + (table.has(c) ? "" : "\u0000absent"));
            for (ComputedEffect e : effects) {
                text(md, e.row().line() + "\u0000" + e.row().lines() + "\u0000" + e.study() + "\u0000" + e.id()
                        + "\u0000" + e.label() + "\u0000" + Double.doubleToRawLongBits(e.yi()) + "\u0000"
                        + Double.doubleToRawLongBits(e.vi()) + "\u0000" + e.source());
                for (String c : columns) text(md, table.has(c) ? String.valueOf(table.cell(e.row(), c)) : "");
            }
            return java.util.HexFormat.of().formatHex(md.digest());
        }

        /** Every column an analysis entry names, wherever in the entry (so new keys are covered). */
        static void columnsOf(Object value, Set<String> into) {
            if (value instanceof ColumnRef c) {
                into.add(c.name());
            } else if (value instanceof Collection<?> list) {
                for (Object o : list) columnsOf(o, into);
            } else if (value instanceof Map<?, ?> map) {
                for (Object o : map.values()) columnsOf(o, into);
            } else if (value instanceof Record r) {
                for (RecordComponent rc : r.getClass().getRecordComponents()) {
                    try {
                        columnsOf(rc.getAccessor().invoke(r), into);
                    } catch (ReflectiveOperationException e) {
                        throw new IllegalStateException("cannot read " + rc, e);
                    }
                }
            }
        }

        private static void text(MessageDigest md, String s) {
            byte[] b = s.getBytes(StandardCharsets.UTF_8);
            md.update(java.nio.ByteBuffer.allocate(4).putInt(b.length).array());
            md.update(b);
        }
    }

    /** The SHA-256 of the data files a {@code data:} block names, or null when one cannot be hashed cheaply. */
    static String contents(DataSpec spec) {
        StringBuilder sb = new StringBuilder();
        for (var source : Stream.of(spec.effects(), spec.studies()).filter(java.util.Objects::nonNull).toList()) {
            String h = fileHash(source.path());
            if (h == null) return null;
            sb.append(h).append(' ');
        }
        return sb.toString();
    }

    /** The SHA-256 of a regular file of reasonable size; null for anything else (the data stage says why). */
    static String fileHash(Path file) {
        try {
            if (!Files.isRegularFile(file) || Files.size(file) > HASHED_LIMIT) return null;
            return org.metareport.output.Hashing.sha256(Files.readAllBytes(file));
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    /** Every regular file under the folder with its SHA-256, in path order; null when it cannot be read. */
    static String folderContents(Path folder) {
        if (!Files.isDirectory(folder)) return null;
        StringBuilder sb = new StringBuilder();
        try (Stream<Path> files = Files.walk(folder)) {
            for (Path p : (Iterable<Path>) files.filter(f -> Files.isRegularFile(f)).sorted()::iterator) {
                String h = fileHash(p);
                if (h == null) return null;
                sb.append(folder.relativize(p)).append('\u0000').append(h).append('\n');
            }
        } catch (IOException | RuntimeException e) {
            return null;
        }
        return sb.toString();
    }

    static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("the JDK has no SHA-256", e);
        }
    }

    /** A map that forgets, at the end of a run, what the run did not use. */
    private static final class Generational<K, V> {
        private final Map<K, V> entries = new HashMap<>();
        private final Set<K> used = new java.util.HashSet<>();

        void start() {
            used.clear();
        }

        V get(K key) {
            V v = entries.get(key);
            if (v != null) used.add(key);
            return v;
        }

        void put(K key, V value) {
            entries.put(key, value);
            used.add(key);
        }

        void end() {
            entries.keySet().retainAll(used);
        }
    }
}
