package org.metareport.cli;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.metareport.Metareport;
import org.metareport.RunOptions;
import org.metareport.RunReport;
import org.metareport.problems.InputException;
import org.metareport.problems.Problem;
import org.metareport.problems.Visible;
import org.metareport.render.Summary;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * The command line: parses arguments, calls {@link Metareport}, and maps outcomes to exit codes
 * (0 ok, 2 bad input, 1 internal fault). Everything else lives in the library.
 */
@Command(name = "metareport", mixinStandardHelpOptions = true, versionProvider = Main.Version.class,
        description = "Turns a YAML analysis spec and coded study data into a reproducible meta-analysis report.",
        subcommands = {Main.Run.class, Main.Validate.class, Main.Verify.class, Bench.class, CommandLine.HelpCommand.class})
public final class Main implements Callable<Integer> {
    static final int OK = 0, INTERNAL = 1, BAD_INPUT = 2, DIFFERS = 3;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        System.exit(execute(args, new PrintWriter(System.out, true, StandardCharsets.UTF_8),
                new PrintWriter(System.err, true, StandardCharsets.UTF_8)));
    }

    /** Runs the command line with the given streams and returns the exit code (for tests and embedding). */
    public static int execute(String[] args, PrintWriter out, PrintWriter err) {
        CommandLine cl = new CommandLine(new Main());
        cl.setOut(out);
        cl.setErr(err);
        cl.setExecutionExceptionHandler((ex, line, parsed) -> handle(ex, err));
        cl.setParameterExceptionHandler((ex, a) -> {
            err.println("error: " + Visible.line(ex.getMessage()));
            err.println("Try 'metareport --help'.");
            return BAD_INPUT;
        });
        int code = cl.execute(args);
        out.flush();
        err.flush();
        return code;
    }

    static int handle(Exception ex, PrintWriter err) {
        if (ex instanceof InputException ie) {
            for (Problem p : ie.problems()) err.println(p);
            return BAD_INPUT;
        }
        err.println("internal error: " + Visible.line(String.valueOf(ex)) + " -- please report this at the project's issue tracker");
        ex.printStackTrace(err);
        return INTERNAL;
    }

    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getOut());
        return OK;
    }

    /** {@code run SPEC|FOLDER [--out DIR] [--format md,html,pdf]}. */
    @Command(name = "run", description = {"Read the spec and its data, fit every analysis, write the report.",
            "Given a folder, run every analysis.yaml in its subfolders (one JVM), then summarise."})
    static final class Run implements Callable<Integer> {
        @Parameters(paramLabel = "SPEC", description = "the analysis spec (analysis.yaml), or a folder of them")
        Path specFile;
        @Option(names = "--out", paramLabel = "DIR", description = "output folder (default: output/<spec folder name>/)")
        Path out;
        @Option(names = "--format", split = ",", paramLabel = "FORMAT",
                description = "formats to write: md, html, pdf (default: the spec's report.formats)")
        List<String> formats;
        @Option(names = {"-q", "--quiet"}, description = "print no summary on stdout")
        boolean quiet;
        @Option(names = "--strict", description = "treat a PRISMA count gap as an error, not a warning")
        boolean strict;
        @CommandLine.Mixin
        ReadOptions read;
        @CommandLine.Spec
        CommandLine.Model.CommandSpec cs;

        @Override
        public Integer call() throws Exception {
            if (java.nio.file.Files.isDirectory(specFile)) {
                return Batch.run(specFile, out, formats, commandLine(cs), cs.commandLine().getOut(),
                        cs.commandLine().getErr(), read.scope());
            }
            List<String> command = commandLine(cs);
            RunReport report = Metareport.run(specFile, new RunOptions(out, formats, command, strict, read.scope()));
            PrintWriter err = cs.commandLine().getErr();
            warnings(report, err);
            if (!quiet) cs.commandLine().getOut().print(Visible.lines(Summary.text(report.results())));
            cs.commandLine().getOut().println("wrote " + Visible.line(report.folder().toString()));
            return claims(report.results(), cs.commandLine().getErr()) ? OK : DIFFERS;
        }
    }

    /** {@code verify SPEC [--against DIR] [--tolerance X]}. */
    @Command(name = "verify", description = {"Re-run the spec into a temporary folder and compare with an earlier run:",
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
        @CommandLine.Mixin
        ReadOptions read;
        @CommandLine.Spec
        CommandLine.Model.CommandSpec cs;

        @Override
        public Integer call() {
            if (!(tolerance >= 0) || Double.isInfinite(tolerance)) {
                throw new CommandLine.ParameterException(cs.commandLine(), "--tolerance must be a number of 0 or more");
            }
            var report = Metareport.verify(specFile, against, tolerance, commandLine(cs), read.scope());
            cs.commandLine().getOut().print(Visible.lines(VerifyTable.text(specFile, report, verbose)));
            return report.reproduced() ? OK : DIFFERS;
        }
    }

    /** {@code validate SPEC}. */
    @Command(name = "validate", description = "Check the spec and its data; fit nothing, write nothing.")
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
            var warnings = Metareport.validate(specFile, strict, read.scope());
            for (String w : warnings) cs.commandLine().getErr().println("warning: " + Visible.line(w));
            cs.commandLine().getOut().println(Visible.line(specFile + ": ok"));
            return OK;
        }
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
        return List.copyOf(root.getParseResult().originalArgs());
    }

    /** Prints the tool version from the jar's build properties. */
    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {"metareport " + Metareport.version()};
        }
    }
}
