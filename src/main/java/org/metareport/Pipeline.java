package org.metareport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.nio.charset.StandardCharsets;
import org.metareport.claims.ClaimCheck;
import org.metareport.claims.Claims;
import org.metareport.diff.DiffWriter;
import org.metareport.diff.RunComparison;
import org.metareport.figures.Figure;
import org.metareport.figures.ReportFigures;
import org.metareport.figures.FigureSet;
import org.metareport.figures.PrintFrame;
import org.metareport.results.ClaimResult;
import org.metareport.output.GitCommit;
import org.metareport.output.Hashing;
import org.metareport.output.Manifest;
import org.metareport.output.OutputFolder;
import org.metareport.output.Staging;
import org.metareport.problems.InputException;
import org.metareport.problems.Where;
import org.metareport.problems.Warnings;
import org.metareport.render.HtmlWriter;
import org.metareport.render.pdf.PageSize;
import org.metareport.render.pdf.PdfWriter;
import org.metareport.render.Manuscript;
import org.metareport.results.AnalysisResult;
import org.metareport.results.Results;
import org.metareport.results.ResultsJson;
import org.metareport.spec.ReadScope;
import org.metareport.spec.Claim;
import org.metareport.spec.Spec;
import org.metareport.spec.SpecReader;
import org.metareport.timing.Timings;
import org.metareport.parallel.Parallel;

/**
 * The one way through: spec → data → effects → models → results → render → output. Each step takes the
 * previous step's immutable value.
 */
final class Pipeline {
    /** A seam for the interrupt test (a test main pauses here); does nothing in a normal run. */
    static volatile Consumer<Path> stagingOpened = folder -> {};

    private Pipeline() {}

    static RunReport run(Path specPath, RunOptions options) {
        return run(specPath, options, Reuse.COLD);
    }

    /** A run that takes what it can from {@code reuse} (a warm {@link Session}); the same bytes as a cold run. */
    static RunReport run(Path specPath, RunOptions options, Reuse reuse) {
        Spec spec = Timings.time("read spec", () -> read(specPath, options.read()));
        Path target = target(spec, options);
        String shown = options.out() != null ? "--out " + options.out() : target.toString();
        requireWritable(spec, target, shown, options.force());
        Results results = compute(spec, options.strict(), reuse);
        List<String> formats = options.formats() != null ? options.formats() : spec.report().formats();
        try (Staging out = Staging.forTarget(target, options.force())) {
            stagingOpened.accept(out.folder());
            List<String> warnings = write(spec, results, formats, options.command(), out, options.png(), reuse);
            Timings.time("commit output folder", () -> {
                try {
                    out.commit();
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
            train(spec, results, formats, options, reuse);
            return new RunReport(results, target, warnings);
        } catch (IOException e) {
            throw cannotWrite(target, e);
        } catch (UncheckedIOException e) {
            throw cannotWrite(target, e.getCause());
        }
    }

    /**
     * The system property the launcher sets on the one run whose loaded classes make its AOT cache or CDS archive: the
     * formats whose writers the archive should hold (e.g. {@code md,html,pdf}).
     */
    static final String TRAINING = "metareport.training";
    /** Set by the first training pass of this JVM: a recording `run FOLDER` renders aside once, not once a spec. */
    static final java.util.concurrent.atomic.AtomicBoolean TRAINED = new java.util.concurrent.atomic.AtomicBoolean();

    /**
     * On the launcher's recording run only ({@value #TRAINING} set): after the report is committed, renders the
     * formats it names (and the PNGs) once more into a temporary folder that is then deleted, unless the run wrote
     * them all, so the archive holds the classes of each of those writers: a later run that asks for another of them
     * does not load it from the jar. Nothing it does reaches the report; a failure here is ignored (it only costs the
     * archive those classes). Only the first run of a JVM that needs it trains. Returns the formats it rendered (none
     * when it did nothing).
     */
    static List<String> train(Spec spec, Results results, List<String> formats, RunOptions options, Reuse reuse) {
        List<String> training = trainingFormats(System.getProperty(TRAINING));
        if (training.isEmpty() || formats.containsAll(training) || TRAINED.getAndSet(true)) return List.of();
        try (Staging scratch = Staging.temporary("metareport-training-")) {
            write(spec, results, training, options.command(), scratch, true, reuse);
            return training;
        } catch (IOException | RuntimeException | VirtualMachineError e) {
            return List.of();                                       // the archive only misses some classes
        }
    }

    /** The known formats in {@code property} (comma-separated), in the usual order; none when it is null. */
    static List<String> trainingFormats(String property) {
        if (property == null) return List.of();
        List<String> named = List.of(property.split(","));
        return RunOptions.FORMATS.stream().filter(named::contains).toList();
    }

    /**
     * The rules of {@link OutputFolder} for a run's output folder: never the spec's folder, an input, the working or
     * home folder or a root (or a folder containing one); never a file; a folder metareport did not write only with
     * {@code force}.
     */
    static void requireWritable(Spec spec, Path target, String shown, boolean force) {
        List<OutputFolder.Kept> kept = new ArrayList<>();
        String folder = fromWorkingDirectory(spec.folder());
        kept.add(new OutputFolder.Kept(spec.folder(), "the spec's folder (" + (folder.isEmpty() ? "." : folder) + ")"));
        for (Path input : inputPaths(spec)) {
            kept.add(new OutputFolder.Kept(input, "the input " + fromWorkingDirectory(input)));
        }
        OutputFolder.requireNotKept(target, shown, kept);
        OutputFolder.requireReplaceable(target, shown, force);
    }

    /** The files and folders a run reads: the spec, its data, the PRISMA and risk-of-bias files, the templates. */
    static List<Path> inputPaths(Spec spec) {
        List<Path> paths = new ArrayList<>();
        paths.add(spec.file());
        paths.add(spec.data().effects().path());
        if (spec.data().studies() != null) paths.add(spec.data().studies().path());
        if (spec.prisma() != null && spec.prisma().file() != null) paths.add(Path.of(spec.prisma().file()));
        if (spec.riskOfBias() != null) paths.add(spec.riskOfBias().data().path());
        if (spec.report().templates() != null) paths.add(spec.report().templates());
        if (spec.report().changesSince() != null) paths.add(spec.report().changesSince());
        return paths;
    }

    static InputException cannotWrite(Path target, IOException e) {
        String why = e instanceof java.nio.file.AccessDeniedException ? "permission denied on " + e.getMessage()
                : e instanceof java.nio.file.NoSuchFileException ? "no such file or folder " + e.getMessage()
                : e instanceof java.nio.file.FileSystemException f && f.getReason() != null
                        ? f.getReason() + (f.getFile() != null ? " (" + f.getFile() + ")" : "")
                : e.getMessage();
        return InputException.at(Where.file(target.toString()), "cannot write the report: %s", why);
    }

    static List<String> validate(Path specPath, boolean strict, ReadScope scope) {
        Spec spec = read(specPath, scope);
        return Analysis.prepare(spec, strict).warnings();
    }

    static Spec read(Path specPath, ReadScope scope) {
        return SpecReader.read(specPath.toAbsolutePath().normalize(), specPath.toString(), scope);
    }

    /** Data, effects and models: everything up to the results. */
    static Results compute(Spec spec, boolean strict) {
        return compute(spec, strict, Reuse.COLD);
    }

    static Results compute(Spec spec, boolean strict, Reuse reuse) {
        Analysis.Prepared prepared = Timings.time("read data, compute effects",
                () -> Analysis.prepare(spec, strict, reuse::dataset));
        List<AnalysisResult> analyses = Timings.time("fit all analyses", () -> reuse.fitAll(spec, prepared));
        Results results = new Results(spec.title(), spec.authors(), spec.effect().measure().name(),
                spec.effect().measure().description(),
                org.metareport.results.Scale.of(spec.effect().measure(), spec.effect().transform()), prepared.effects(), analyses, prepared.prisma(),
                prepared.riskOfBias(), prepared.characteristics(), List.of(), prepared.warnings(), Metareport.version());
        List<ClaimResult> claims = new ArrayList<>();
        for (ClaimCheck c : Claims.check(prepared.claims(), results)) {
            Claim k = c.claim();
            claims.add(new ClaimResult(k.analysis(), k.term(), k.field(), k.robust(), Claims.reported(k), k.reported(),
                    c.reproduced(), k.digits(), c.ok(), k.reportedScale()));
        }
        return results.withClaims(claims);
    }

    static Path target(Spec spec, RunOptions options) {
        if (options.out() != null) return options.out();
        return Path.of("output", spec.folder().getFileName().toString());
    }

    /**
     * Renders every output into the staging folder (the caller commits it); returns warnings from rendering (e.g. a
     * figure shrunk). PNG figures are encoded only for a PDF (or when {@code png} asks for them); independent outputs
     * are made in parallel and written in a fixed order, so the files do not depend on the threads.
     */
    static List<String> write(Spec spec, Results results, List<String> formats, List<String> command, Staging out)
            throws IOException {
        return write(spec, results, formats, command, out, false, Reuse.COLD);
    }

    static List<String> write(Spec spec, Results results, List<String> formats, List<String> command, Staging out,
                              boolean png, Reuse reuse) throws IOException {
        Warnings warnings = new Warnings();
        Path templates = spec.report().templates();
        PageSize page = PageSize.fromName(spec.report().page());
        PrintFrame frame = formats.contains("pdf") ? new PrintFrame(page.figureWidthMm(), page.figureHeightMm()) : null;
        FigureSet figureSet = Timings.time("draw figures (svg)",
                () -> reuse.figures(results, spec.report().sortForest(), frame));
        List<ReportFigures.Drawn> drawn = figureSet.drawn();
        for (String w : figureSet.warnings()) warnings.add(w);
        boolean pdf = formats.contains("pdf");
        boolean pngs = pdf || png || formats.contains("docx");          // the PDF and the Word file embed PNGs
        // the PNGs (the slowest figure work) are encoded on another core while the Markdown and the HTML are rendered:
        // first those the PDF shows (each figure's, or the print parts of one too tall for a page), then the rest (the
        // whole figures of those, for their files and the Word document), each group largest first, each distinct
        // PNG once; this thread takes its share of the first group before it typesets the PDF
        List<Figure> forPdf = new ArrayList<>();
        List<Figure> wholes = new ArrayList<>();
        for (ReportFigures.Drawn d : drawn) {
            if (d.printParts().isEmpty()) forPdf.add(d.figure());
            else wholes.add(d.figure());
            for (ReportFigures.PrintPart part : d.printParts()) forPdf.add(part.figure());
        }
        List<Figure> pdfPngs = distinctPngs(largestFirst(forPdf));
        List<Figure> all = new ArrayList<>(pdfPngs);
        all.addAll(largestFirst(wholes));
        List<Figure> queue = distinctPngs(all);                     // the PDF's first, each PNG once
        int pdfShare = pdfPngs.size();
        java.util.concurrent.atomic.AtomicInteger nextPng = new java.util.concurrent.atomic.AtomicInteger();
        java.util.function.IntConsumer encodeUpTo = end -> {
            for (int i; (i = nextPng.getAndUpdate(n -> n < end ? n + 1 : n)) < end; ) queue.get(i).encodePng();
        };
        Parallel.Task<Void> encoded = pngs
                ? Parallel.start(() -> {
                    Timings.time("encode png figures", () -> encodeUpTo.accept(queue.size()));
                    return null;
                })
                : null;
        Manuscript manuscript = reuse.manuscript(templates, templates == null ? null : fromWorkingDirectory(templates));
        List<Manifest.Input> inputs = Timings.time("hash inputs", () -> inputs(spec));
        String resultsJson = Timings.time("write results.json", () -> ResultsJson.write(results));
        String markdown = Timings.time("render markdown", () -> manuscript.markdown(results, drawn,
                new Manuscript.Provenance(inputs, org.metareport.output.MethodCard.settings(spec)),
                changes(spec, resultsJson, inputs)));
        Map<String, byte[]> figures = new LinkedHashMap<>();
        for (ReportFigures.Drawn d : drawn) figures.put(d.svgPath(), d.figure().svg().getBytes(StandardCharsets.UTF_8));
        out.write("results.json", resultsJson);
        for (ReportFigures.Drawn d : drawn) out.write(d.svgPath(), d.figure().svg() + "\n");
        Map<String, List<String>> printParts = new LinkedHashMap<>();
        for (ReportFigures.Drawn d : drawn) {
            if (!d.printParts().isEmpty())
                printParts.put(d.svgPath(), d.printParts().stream().map(ReportFigures.PrintPart::pngPath).toList());
        }
        if (formats.contains("md")) out.write("report.md", markdown);
        String stylesheet = manuscript.stylesheet();
        // the Markdown's HTML, cleaned once for both pages; the browser page on another core while the PDF is typeset
        HtmlWriter htmlWriter = new HtmlWriter();
        HtmlWriter.Body body = formats.contains("html") || pdf
                ? Timings.time("render html body", () -> htmlWriter.body(markdown)) : null;
        Parallel.Task<String> html = formats.contains("html")
                ? Parallel.start(() -> Timings.time("write html", () -> htmlWriter.write(body, results.title(),
                        stylesheet, figures, HtmlWriter.Mode.BROWSER, Map.of())))
                : null;
        // the print page needs only the PNGs' paths: made while they are still being encoded
        String print = pdf ? Timings.time("write print html", () -> htmlWriter.write(body, results.title(),
                stylesheet, figures, HtmlWriter.Mode.PRINT, printParts)) : null;
        if (encoded != null) {
            long p0 = Timings.start();
            encodeUpTo.accept(pdfShare);                            // this thread's share of what the PDF shows
            for (Figure f : forPdf) f.encodePng();                  // and those the other thread is still encoding
            for (ReportFigures.Drawn d : drawn) {
                if (d.printParts().isEmpty()) out.write(d.pngPath(), d.figure().png());
                for (ReportFigures.PrintPart part : d.printParts()) out.write(part.pngPath(), part.figure().png());
            }
            Timings.since("png for pdf (this thread's share, wait, write)", p0);
        }
        // the Word file on another core while the PDF is typeset (or here, after it, if no core took it by then)
        Parallel.Task<byte[]> word = formats.contains("docx")
                ? Parallel.start(() -> Timings.time("write docx", () -> docx(spec, results, markdown, drawn)))
                : null;
        if (pdf) {
            long t0 = Timings.start();
            byte[] report = reuse.pdfWriter().write(print, out.folder(), page, warnings);
            Timings.since("write pdf", t0);
            if (html != null) out.write("report.html", html.join());
            out.write("report.pdf", report);
        } else if (html != null) {
            out.write("report.html", html.join());
        }
        if (encoded != null) {
            encodeUpTo.accept(queue.size());
            encoded.join();
            for (ReportFigures.Drawn d : drawn) if (!d.printParts().isEmpty()) out.write(d.pngPath(), d.figure().png());
        }
        if (word != null) out.write("report.docx", word.join());
        long m0 = Timings.start();
        Map<String, byte[]> outputs = new LinkedHashMap<>(out.written());
        Manifest manifest = new Manifest(Metareport.version(), Metareport.commit().orElse(null),
                System.getProperty("java.version"), command, GitCommit.of(spec.folder()).orElse(null),
                inputs, spec, outputs, fits(results));
        out.write("manifest.json", manifest.toJson());
        Timings.since("write manifest.json", m0);
        return warnings.list();
    }

    /** The figures, the largest PNG first (the order of equal sizes kept). */
    static List<Figure> largestFirst(List<Figure> figures) {
        List<Figure> sorted = new ArrayList<>(figures);
        sorted.sort(java.util.Comparator.comparingLong((Figure f) -> -(long) f.pngWidth() * f.pngHeight()));
        return sorted;
    }

    /** The figures in order, without those whose PNG is an earlier one's ({@link Figure#sharesPngWith}). */
    static List<Figure> distinctPngs(List<Figure> figures) {
        List<Figure> out = new ArrayList<>();
        for (Figure f : figures) if (out.stream().noneMatch(f::sharesPngWith)) out.add(f);
        return out;
    }

    /**
     * The Word document. In a method of its own so the DOCX classes are loaded only when a run asks for docx.
     */
    private static byte[] docx(Spec spec, Results results, String markdown, List<ReportFigures.Drawn> drawn) {
        Map<String, org.metareport.render.docx.DocxWriter.Picture> pictures = new LinkedHashMap<>();
        for (ReportFigures.Drawn d : drawn) {
            var picture = new org.metareport.render.docx.DocxWriter.Picture(d.figure().png(), d.figure().width(),
                    d.figure().height());
            pictures.put(d.svgPath(), picture);
            pictures.put(d.pngPath(), picture);
        }
        return new org.metareport.render.docx.DocxWriter(PageSize.fromName(spec.report().page()))
                .write(markdown, results.title(), results.authors(), pictures);
    }

    /** Relative change below which a number of the earlier run has not moved (as {@code diff}'s default). */
    static final double CHANGES_TOLERANCE = 1e-9;

    /**
     * The "Changes since the last version" section (Markdown, data escaped) when the spec names an earlier run
     * ({@code report.changes_since}), comparing its results.json and manifest.json with this run; else null.
     */
    static String changes(Spec spec, String resultsJson, List<Manifest.Input> inputs) {
        Path earlier = spec.report().changesSince();
        if (earlier == null) return null;
        Map<String, String> hashes = new LinkedHashMap<>();
        for (Manifest.Input i : inputs) {
            if (!i.role().equals(CHANGES_SINCE)) hashes.putIfAbsent(i.path(), i.sha256());
        }
        String shown = relative(spec, earlier);
        return DiffWriter.markdown(RunComparison.compare(earlier, shown.isEmpty() ? "." : shown, resultsJson, hashes,
                "this run", CHANGES_TOLERANCE));
    }

    /** The manifest's role for the earlier run's results.json that the report's changes are measured against. */
    static final String CHANGES_SINCE = "changes_since";

    static List<Manifest.Input> inputs(Spec spec) {
        List<Manifest.Input> list = new ArrayList<>();
        list.add(input("spec", spec.file().getFileName().toString(), spec.file()));
        list.add(input("effects", relative(spec, spec.data().effects().path()), spec.data().effects().path()));
        if (spec.data().studies() != null) {
            list.add(input("studies", relative(spec, spec.data().studies().path()), spec.data().studies().path()));
        }
        if (spec.prisma() != null && spec.prisma().file() != null) {
            Path file = Path.of(spec.prisma().file()).toAbsolutePath().normalize();   // the file as shown, from here
            list.add(input("prisma", relative(spec, file), file));
        }
        if (spec.riskOfBias() != null) {
            list.add(input("risk_of_bias", relative(spec, spec.riskOfBias().data().path()), spec.riskOfBias().data().path()));
        }
        if (spec.report().templates() != null) {
            try (var files = Files.walk(spec.report().templates())) {
                for (Path p : (Iterable<Path>) files.filter(Files::isRegularFile).sorted()::iterator) {
                    list.add(input("template", relative(spec, p), p));
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        if (spec.report().changesSince() != null) {
            Path results = spec.report().changesSince().resolve("results.json");
            list.add(input(CHANGES_SINCE, relative(spec, results), results));
        }
        return list;
    }

    /** A path as the user reaches it: relative to the working directory when under it, else absolute. */
    static String fromWorkingDirectory(Path path) {
        Path cwd = Path.of("").toAbsolutePath();
        Path abs = path.toAbsolutePath().normalize();
        return abs.startsWith(cwd) ? cwd.relativize(abs).toString() : abs.toString();
    }

    /** A path relative to the spec's folder, with "/" separators, as the manifest records inputs. */
    static String relative(Spec spec, Path path) {
        return spec.folder().relativize(path).toString().replace('\\', '/');
    }

    static Manifest.Input input(String role, String shown, Path path) {
        try {
            byte[] bytes = Files.readAllBytes(path);
            return new Manifest.Input(role, shown, Hashing.sha256(bytes), bytes.length);
        } catch (IOException e) {
            throw InputException.at(Where.file(shown), "cannot read '%s': %s", shown, e.getMessage());
        }
    }

    static List<Manifest.FitStatus> fits(Results results) {
        List<Manifest.FitStatus> list = new ArrayList<>();
        for (AnalysisResult a : results.analyses()) {
            list.add(new Manifest.FitStatus(a.id(), a.method(), a.fit().iterations(), a.fit().converged()));
        }
        return list;
    }
}
