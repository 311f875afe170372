package org.metareport.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.net.BindException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.metareport.RunOptions;
import org.metareport.RunReport;
import org.metareport.Session;
import org.metareport.problems.InputException;
import org.metareport.problems.Problem;
import org.metareport.problems.Visible;
import org.metareport.watch.PreviewServer;
import org.metareport.watch.Watcher;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code watch SPEC [--out DIR] [--format ...] [--serve [PORT]]}: renders the report, then again after every change
 * of the spec, its data or its templates, until stopped with Ctrl-C (exit 130) or SIGTERM (143). Bad input during
 * watching prints the usual {@code error:} lines and keeps the last good report; the output folder follows the rules
 * of {@code run}. The manifest records the equivalent {@code run} command, so the report is the same bytes as a cold
 * {@code run} of the same inputs.
 */
@Command(name = "watch", mixinStandardHelpOptions = true, versionProvider = Main.Version.class, description = {
        "Render the report, then re-render it whenever the spec, its data or its templates change (Ctrl-C stops).",
        "Only what a change touches is computed again; the output is the same as a cold 'run'."})
final class Watch implements Callable<Integer> {
    /** The port of {@code --serve} without a number. */
    static final int DEFAULT_PORT = 8787;

    @Parameters(paramLabel = "SPEC", description = "the analysis spec (analysis.yaml)")
    Path specFile;
    @Option(names = "--out", paramLabel = "DIR", description = "output folder (default: output/<spec folder name>/)")
    Path out;
    @Option(names = "--format", split = ",", paramLabel = "FORMAT",
            description = "formats to write: md, html, pdf (default: the spec's report.formats)")
    List<String> formats;
    @Option(names = "--strict", description = "treat a PRISMA count gap as an error, not a warning")
    boolean strict;
    @Option(names = "--force", description = "replace an output folder that metareport did not write (first run)")
    boolean force;
    @Option(names = "--serve", arity = "0..1", paramLabel = "PORT", parameterConsumer = PortConsumer.class,
            description = {"also serve a preview page that reloads itself, on 127.0.0.1 only",
                    "(default port " + DEFAULT_PORT + "; 0 = any free port)"})
    Integer serve;
    @CommandLine.ParentCommand
    Main main;
    @CommandLine.Mixin
    ReadOptions read;
    @CommandLine.Spec
    CommandLine.Model.CommandSpec cs;

    @Override
    public Integer call() throws IOException {
        Main.requirePath(cs, specFile, "SPEC", "give the spec file (analysis.yaml)");
        Main.requirePath(cs, out, "--out", "give the output folder, e.g. --out output/<name>");
        if (!Files.isRegularFile(specFile)) {
            throw new CommandLine.ParameterException(cs.commandLine(), "SPEC: '" + specFile + "' is not a file; "
                    + "watch takes one spec (analysis.yaml)");
        }
        if (serve != null && (serve < 0 || serve > 65535)) {
            throw new CommandLine.ParameterException(cs.commandLine(), "--serve: the port must be 0 to 65535");
        }
        PrintWriter stdout = cs.commandLine().getOut();
        PrintWriter stderr = cs.commandLine().getErr();
        RunOptions options = new RunOptions(out, Main.formats(cs, formats), runCommand(Main.commandLine(cs)), strict,
                force, read.scope());
        Session.checkOutput(specFile, options);   // a refused --out ends here (exit 2); a bad spec is watched
        Session session = new Session();
        Watcher watcher = new Watcher(specFile, options, session, new Printer(stdout, stderr, main.logs),
                Watcher.DEBOUNCE);
        PreviewServer server = null;
        if (serve != null) {
            Path folder;
            try {
                folder = out != null ? out : Session.target(specFile, options);
            } catch (InputException e) {
                stderr.println("error: --serve: the spec cannot be read to find its output folder; give --out DIR");
                return Main.BAD_INPUT;
            }
            try {
                server = PreviewServer.start(folder, serve, watcher::version);
            } catch (BindException e) {
                stderr.println("error: --serve " + serve + ": the port is taken; give another, e.g. --serve 0");
                return Main.BAD_INPUT;
            }
            stdout.println("preview: " + server.url() + " (this computer only)");
        }
        PreviewServer started = server;
        Thread hook = new Thread(() -> {
            try {
                watcher.close();
            } catch (IOException e) {
                // stopping anyway
            }
            if (started != null) started.close();
            stdout.println("stopped watching");
            stdout.flush();
        }, "metareport-watch-stop");
        Runtime.getRuntime().addShutdownHook(hook);
        stdout.println("watching " + Visible.line(specFile.toString()) + " and its inputs; Ctrl-C stops");
        stdout.flush();
        watcher.run();
        try {
            Runtime.getRuntime().removeShutdownHook(hook);
            if (started != null) started.close();
        } catch (IllegalStateException e) {
            // already shutting down (Ctrl-C): the hook does it
        }
        return Main.OK;
    }

    /** {@code --serve [PORT]}: takes the next argument only when it is a number, so {@code --serve SPEC} works. */
    static final class PortConsumer implements CommandLine.IParameterConsumer {
        @Override
        public void consumeParameters(java.util.Stack<String> args, CommandLine.Model.ArgSpec arg,
                                      CommandLine.Model.CommandSpec command) {
            int port = DEFAULT_PORT;
            if (!args.isEmpty() && args.peek().matches("\\d{1,9}")) port = Integer.parseInt(args.pop());
            else if (!args.isEmpty() && args.peek().matches("\\d+")) port = -1;   // too large: refused in call()
            arg.setValue(port);
        }
    }

    /**
     * The command line as the equivalent {@code run}: {@code watch} becomes {@code run} and {@code --serve [PORT]}
     * goes, so the manifest is the same as a cold {@code run}'s.
     */
    static List<String> runCommand(List<String> args) {
        List<String> out = new ArrayList<>();
        boolean replaced = false;
        for (int i = 0; i < args.size(); i++) {
            String a = args.get(i);
            if (!replaced && a.equals("watch")) {
                out.add("run");
                replaced = true;
            } else if (a.equals("--serve")) {
                if (i + 1 < args.size() && args.get(i + 1).matches("\\d+")) i++;
            } else if (!a.startsWith("--serve=")) {
                out.add(a);
            }
        }
        return out;
    }

    /** Prints what the watcher does: a line per report rendered, the usual warnings and error lines. */
    private record Printer(PrintWriter out, PrintWriter err, Path logs) implements Watcher.Listener {
        @Override
        public void rendered(RunReport report, long nanos) {
            Main.warnings(report, err);
            Main.claims(report.results(), err);
            out.println(String.format(Locale.ROOT, "rendered %s in %d ms", Visible.line(report.folder().toString()),
                    nanos / 1_000_000));
            out.flush();
            err.flush();
        }

        @Override
        public void failed(InputException e) {
            for (Problem p : e.problems()) err.println(p);
            err.flush();
            out.println("not rendered (bad input); the last good report stays; watching for changes");
            out.flush();
        }

        @Override
        public void crashed(RuntimeException e) {
            Main.internalError(null, e, err, logs);
            err.flush();
            out.println("not rendered (internal error); the last good report stays; watching for changes");
            out.flush();
        }
    }
}
