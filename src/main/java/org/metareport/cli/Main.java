package org.metareport.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.metareport.Metareport;
import org.metareport.RunOptions;
import org.metareport.RunReport;
import org.metareport.problems.InputException;
import org.metareport.problems.Problem;
import org.metareport.problems.Visible;
import org.metareport.render.Summary;
import org.metareport.timing.Timings;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * The command line: parses arguments, calls {@link Metareport}, and maps outcomes to exit codes
 * (0 ok, 2 bad input or usage, 3 not reproduced, 1 internal fault). Everything else lives in the library.
 */
@Command(name = "metareport", mixinStandardHelpOptions = true, versionProvider = Main.Version.class,
        description = "Turns a YAML analysis spec and coded study data into a reproducible meta-analysis report.",
        subcommands = {Main.Run.class, Main.Validate.class, Main.Verify.class, Diff.class, Init.class, Bench.class, Watch.class,
                CommandLine.HelpCommand.class})
public final class Main implements Callable<Integer> {
    static final int OK = 0, INTERNAL = 1, BAD_INPUT = 2, DIFFERS = 3;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    /** Where an internal error's details go (the stack trace, never printed on stderr). */
    Path logs = Path.of(System.getProperty("java.io.tmpdir"));

    public static void main(String[] args) {
        preferJniTextShaping();
        int code = execute(args, new PrintWriter(System.out, true, StandardCharsets.UTF_8),
                new PrintWriter(System.err, true, StandardCharsets.UTF_8));
        if (Metareport.recordingArchive()) beforeTheArchiveIsWritten();
        System.exit(code);
    }

    /**
     * The recording run's JVM writes its archive as it exits, on top of what the run left in the heap; a full
     * collection first lets the heap give its free memory back (the launcher runs that JVM with
     * {@code -XX:MaxHeapFreeRatio=20 -XX:-ShrinkHeapInSteps}), so the run peaks lower: the 20-analysis review 455 →
     * 350 MB (docs/performance.md, "stop 25"). Nothing else in the run changes.
     */
    static void beforeTheArchiveIsWritten() {
        System.gc();
    }

    /** The JDK's switch between its two bindings of the HarfBuzz text shaper (JDK 22 and later; read once, at first use). */
    static final String TEXT_SHAPING = "sun.font.layout.ffm";

    /**
     * Has the JDK shape figure text through HarfBuzz's JNI binding, not the foreign-function one that JDK 22 and
     * later use by default: the same library, glyphs and PNG bytes (every figure of eight specs compared), but each
     * shaped label costs less, most of all before the code is compiled. A cold run of the same-work spec took 0.96 s
     * against 1.035 s (medians of 6), a batch of 16 about 6 % less (docs/performance.md, "stop 25"). Only for the
     * command line (a library caller's JVM is its own); {@code -Dsun.font.layout.ffm=true} keeps the default; JDKs
     * without the switch ignore it.
     */
    static void preferJniTextShaping() {
        if (System.getProperty(TEXT_SHAPING) == null) System.setProperty(TEXT_SHAPING, "false");
    }

    /** Runs the command line with the given streams and returns the exit code (for tests and embedding). */
    public static int execute(String[] args, PrintWriter out, PrintWriter err) {
        return execute(new CommandLine(new Main()), args, out, err);
    }

    /** The same for a given command tree whose root is a {@link Main} (a seam for tests). */
    static int execute(CommandLine cl, String[] args, PrintWriter out, PrintWriter err) {
        Path logs = ((Main) cl.getCommand()).logs;
        cl.setOut(out);
        cl.setErr(err);
        cl.setExecutionExceptionHandler((ex, line, parsed) -> handle(ex, err, logs));
        cl.setParameterExceptionHandler((ex, a) -> {
            err.println("error: " + Visible.line(ex.getMessage()));
            err.println("Try 'metareport --help'.");
            return BAD_INPUT;
        });
        int code;
        try {
            code = cl.execute(args);
        } catch (RuntimeException | Error e) {   // what escapes picocli's handlers (an Error in a command)
            code = handle(e, err, logs);
        }
        out.flush();
        err.flush();
        return code;
    }

    /** Bad input: its problems, exit 2. Anything else: {@link #internalError}, exit 1. */
    static int handle(Throwable ex, PrintWriter err, Path logs) {
        if (ex instanceof InputException ie) {
            for (Problem p : ie.problems()) err.println(p);
            return BAD_INPUT;
        }
        for (Throwable t = ex; t != null; t = t.getCause()) {
            if (t instanceof OutOfMemoryError) {
                err.println(outOfMemory(Runtime.getRuntime().maxMemory()));
                return INTERNAL;
            }
        }
        internalError(null, ex, err, logs);
        return INTERNAL;
    }

    /**
     * The one line for a run that ran out of heap (its output folder is untouched: it is replaced only by a
     * finished run): how much it had and how to give more.
     */
    static String outOfMemory(long maxHeapBytes) {
        long mb = maxHeapBytes >> 20;
        return "error: out of memory: this run needs more than the " + mb + " MB of heap the JVM was given; give it more, "
                + "e.g. METAREPORT_JAVA_OPTS=-Xmx" + Math.max(1, 2 * mb / 1024 + 1) + "g bin/metareport ..., or java -Xmx"
                + Math.max(1, 2 * mb / 1024 + 1) + "g -jar target/metareport.jar ... "
                + "(an output folder is replaced only by a finished run)";
    }

    /**
     * Prints one line, {@code internal error: [context: ]<message>; details in <log>}, and writes the stack trace to a
     * new log file in {@code logs} (the system's temporary folder), never to stderr.
     */
    static void internalError(String context, Throwable ex, PrintWriter err, Path logs) {
        String message = ex.getMessage() == null ? ex.getClass().getSimpleName()
                : ex.getClass().getSimpleName() + ": " + ex.getMessage().replaceAll("\\s+", " ").strip();
        if (message.length() > 300) message = message.substring(0, 297) + "...";
        String details;
        try {
            Path log = Files.createTempFile(logs, "metareport-error-", ".log");
            StringWriter trace = new StringWriter();
            ex.printStackTrace(new PrintWriter(trace));
            Files.writeString(log, "metareport " + Metareport.version() + Metareport.commit().map(c -> " (" + c + ")")
                    .orElse("") + ", Java " + System.getProperty("java.version") + ", "
                    + System.getProperty("os.name") + "\n" + (context == null ? "" : context + "\n") + "\n" + trace,
                    StandardCharsets.UTF_8);
            details = "details in " + log;
        } catch (IOException | RuntimeException e) {
            details = "no details written (cannot write a log file in " + logs + ": " + e.getMessage() + ")";
        }
        err.println(Visible.line("internal error: " + (context == null ? "" : context + ": ") + message + "; " + details));
    }

    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getOut());
        return OK;
    }

    /** {@code run SPEC|FOLDER [--out DIR] [--format md,html,pdf,docx]}. */
    @Command(name = "run", mixinStandardHelpOptions = true, versionProvider = Main.Version.class, description = {"Read the spec and its data, fit every analysis, write the report.",
            "Given a folder, run every analysis.yaml in it and its subfolders (one JVM), then summarise."})
    static final class Run implements Callable<Integer> {
        @Parameters(paramLabel = "SPEC", description = "the analysis spec (analysis.yaml), or a folder of them")
        Path specFile;
        @Option(names = "--out", paramLabel = "DIR", description = {"output folder (default: output/<spec folder name>/); "
                + "it is replaced as a whole, so it must be new, empty or written by metareport",
                "(for a folder of specs: the folder for index.html and one subfolder per analysis)"})
        Path out;
        @Option(names = "--format", split = ",", paramLabel = "FORMAT",
                description = "formats to write: md, html, pdf, docx (default: the spec's report.formats, else md, html, pdf)")
        List<String> formats;
        @Option(names = {"-q", "--quiet"}, description = "print no summary on stdout")
        boolean quiet;
        @Option(names = "--strict", description = "treat a PRISMA count gap as an error, not a warning")
        boolean strict;
        @Option(names = "--force", description = {"replace an output folder that metareport did not write, deleting "
                + "what it holds", "(never the spec's folder, its inputs, the working or home folder or /)"})
        boolean force;
        @Option(names = "--png", description = "write each figure as PNG too when no PDF is asked for (a PDF run always does)")
        boolean png;
        @Option(names = "--timings", description = "print each stage's wall time on stderr (where a run's time goes)")
        boolean timings;
        @CommandLine.ParentCommand
        Main main;
        @CommandLine.Mixin
        ReadOptions read;
        @CommandLine.Spec
        CommandLine.Model.CommandSpec cs;

        @Override
        public Integer call() throws Exception {
            requirePath(cs, specFile, "SPEC", "give the spec file (analysis.yaml) or a folder of specs");
            requirePath(cs, out, "--out", "give the output folder, e.g. --out output/<name>");
            List<String> formats = formats(cs, this.formats);
            if (timings) Timings.enable(cs.commandLine().getErr());
            try {
                return run(formats);
            } finally {
                Timings.total("total (main to end)");
                Timings.disable();
            }
        }

        private int run(List<String> formats) throws Exception {
            if (java.nio.file.Files.isDirectory(specFile)) {
                return Batch.run(specFile, new RunOptions(out, formats, commandLine(cs), strict, force, read.scope(), png),
                        cs.commandLine().getOut(), cs.commandLine().getErr(), main.logs);
            }
            List<String> command = commandLine(cs);
            RunReport report = Metareport.run(specFile, new RunOptions(out, formats, command, strict, force, read.scope(), png));
            PrintWriter err = cs.commandLine().getErr();
            warnings(report, err);
            if (!quiet) cs.commandLine().getOut().print(Visible.lines(Summary.text(report.results())));
            cs.commandLine().getOut().println("wrote " + Visible.line(report.folder().toString()));
            return claims(report.results(), cs.commandLine().getErr()) ? OK : DIFFERS;
        }
    }

    /** {@code verify SPEC [--against DIR] [--tolerance X]}. */
    @Command(name = "verify", mixinStandardHelpOptions = true, versionProvider = Main.Version.class, description = {"Re-run the spec into a temporary folder and compare with an earlier run:",
            "inputs and output files by SHA-256, every number of results.json within a relative tolerance.",
            "Exit 0 when all reproduced, 3 when something differs."})
    static final class Verify implements Callable<Integer> {
        @Parameters(paramLabel = "SPEC", description = "the analysis spec (analysis.yaml)")
        Path specFile;
        @Option(names = "--against", paramLabel = "DIR", description = "the earlier run (default: the spec's output folder)")
        Path against;
        @Option(names = "--tolerance", paramLabel = "X", defaultValue = "1e-9",
                description = "relative tolerance for numbers (default: ${DEFAULT-VALUE})")
        double tolerance;
        @Option(names = {"-v", "--verbose"}, description = "list every comparison, not only the differences")
        boolean verbose;
        @Option(names = "--report", paramLabel = "DIR",
                description = "also write verification.html and verification.json (for a journal) into DIR")
        Path reportDir;
        @CommandLine.Mixin
        ReadOptions read;
        @CommandLine.Spec
        CommandLine.Model.CommandSpec cs;

        @Override
        public Integer call() throws java.io.IOException {
            requirePath(cs, specFile, "SPEC", "give the spec file (analysis.yaml)");
            requirePath(cs, against, "--against", "give the earlier run's folder, or leave --against out");
            requirePath(cs, reportDir, "--report", "give a folder for verification.html, or leave --report out");
            if (!(tolerance >= 0) || Double.isInfinite(tolerance)) {
                throw new CommandLine.ParameterException(cs.commandLine(), "--tolerance must be a number of 0 or more");
            }
            var report = Metareport.verify(specFile, against, tolerance, commandLine(cs), read.scope());
            cs.commandLine().getOut().print(Visible.lines(VerifyTable.text(specFile, report, verbose)));
            if (reportDir != null) Metareport.writeVerificationReport(specFile, report, reportDir, read.scope());
            return report.reproduced() ? OK : DIFFERS;
        }
    }

    /** {@code validate SPEC}. */
    @Command(name = "validate", mixinStandardHelpOptions = true, versionProvider = Main.Version.class, description = "Check the spec and its data; fit nothing, write nothing.")
    static final class Validate implements Callable<Integer> {
        @Parameters(paramLabel = "SPEC", description = "the analysis spec (analysis.yaml)")
        Path specFile;
        @Option(names = "--strict", description = "treat a PRISMA count gap as an error, not a warning")
        boolean strict;
        @CommandLine.Mixin
        ReadOptions read;
        @CommandLine.Spec
        CommandLine.Model.CommandSpec cs;

        @Override
        public Integer call() {
            requirePath(cs, specFile, "SPEC", "give the spec file (analysis.yaml)");
            var warnings = Metareport.validate(specFile, strict, read.scope());
            for (String w : warnings) cs.commandLine().getErr().println("warning: " + Visible.line(w));
            cs.commandLine().getOut().println(Visible.line(specFile + ": ok"));
            return OK;
        }
    }

    /** A usage error (exit 2) when a path argument was given but is empty ({@code --out ""}). */
    static void requirePath(CommandLine.Model.CommandSpec cs, Path path, String name, String fix) {
        if (path != null && path.toString().isBlank()) {
            throw new CommandLine.ParameterException(cs.commandLine(), name + ": the path is empty; " + fix);
        }
    }

    /**
     * The {@code --format} list checked against {@link RunOptions#FORMATS} (lower-cased, each once, in the order
     * given); null when not given. An empty or unknown format is a usage error (exit 2).
     */
    static List<String> formats(CommandLine.Model.CommandSpec cs, List<String> given) {
        if (given == null) return null;
        List<String> formats = new ArrayList<>();
        for (String g : given) {
            String f = g.strip().toLowerCase(Locale.ROOT);
            if (f.isEmpty()) {
                throw new CommandLine.ParameterException(cs.commandLine(), "--format: no format given; choose one or "
                        + "more of " + String.join(", ", RunOptions.FORMATS) + ", separated by commas");
            }
            if (!RunOptions.FORMATS.contains(f)) {
                throw new CommandLine.ParameterException(cs.commandLine(), "--format: unknown format '" + g.strip()
                        + "'; choose " + String.join(", ", RunOptions.FORMATS));
            }
            if (!formats.contains(f)) formats.add(f);
        }
        if (formats.isEmpty()) {
            throw new CommandLine.ParameterException(cs.commandLine(), "--format: no format given; choose one or more of "
                    + String.join(", ", RunOptions.FORMATS) + ", separated by commas");
        }
        return formats;
    }

    /** Prints a run's warnings on stderr, control characters escaped. */
    static void warnings(RunReport report, PrintWriter err) {
        for (String w : report.results().warnings()) err.println("warning: " + Visible.line(w));
        for (var a : report.results().analyses())
            for (String w : a.warnings()) err.println("warning: " + Visible.line(a.id() + ": " + w));
        for (String w : report.renderWarnings()) err.println("warning: " + Visible.line(w));
    }

    /** Prints each claim not reproduced; true when all were (or there are none). */
    static boolean claims(org.metareport.results.Results results, PrintWriter err) {
        for (var c : results.claims()) {
            if (c.ok()) continue;
            err.println(Visible.line(String.format(java.util.Locale.ROOT, "claim not reproduced: %s %s%s: reported %s, "
                    + "reproduced %s", c.analysis(), c.term() == null ? "" : c.term() + (c.robust() ? " (robust) " : " "),
                    c.field(), c.reported(), c.reproduced() == null ? "nothing (no such value)"
                            : String.valueOf(c.reproduced()))));
        }
        return results.claimsReproduced();
    }

    static List<String> commandLine(CommandLine.Model.CommandSpec cs) {
        CommandLine root = cs.commandLine();
        while (root.getParent() != null) root = root.getParent();
        List<String> args = new ArrayList<>(root.getParseResult().originalArgs());
        args.remove("--timings");   // how the run was watched, not what it did: the manifest stays the same
        return List.copyOf(args);
    }

    /** Prints the tool's version, the commit it was built from and the SHA-256 of the jar it runs from. */
    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            var tool = Metareport.identity();
            return new String[] {"metareport " + tool.version(),
                    "commit " + (tool.commit() == null ? "unknown" : tool.commit()),
                    "jar sha256 " + (tool.jarSha256() == null ? "(not run from a jar)" : tool.jarSha256())};
        }
    }
}
