package org.metareport.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.metareport.diff.DiffWriter;
import org.metareport.diff.RunComparison;
import org.metareport.diff.RunDiff;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code diff OLD NEW [--format text|md|json] [--tolerance X]}: what changed between two runs of a living review. */
@Command(name = "diff", description = {"Compare two runs of a review (their output folders): studies added, removed "
        + "or re-coded,", "estimates and intervals that moved, conclusions that changed (significance, direction),",
        "inputs that changed. Exit 0 whether or not something changed; 2 when a folder has no results.json."})
final class Diff implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "OLD", description = "the earlier run's output folder (or its results.json)")
    Path before;
    @Parameters(index = "1", paramLabel = "NEW", description = "the later run's output folder (or its results.json)")
    Path after;
    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
            description = "text (a console table, default), md (a Markdown section) or json")
    String format;
    @Option(names = "--tolerance", paramLabel = "X", defaultValue = "1e-9",
            description = "relative change below which a number has not moved (default: ${DEFAULT-VALUE})")
    double tolerance;
    @CommandLine.Spec
    CommandLine.Model.CommandSpec cs;

    @Override
    public Integer call() {
        if (!(tolerance >= 0) || Double.isInfinite(tolerance)) {
            throw new CommandLine.ParameterException(cs.commandLine(), "--tolerance must be a number of 0 or more");
        }
        if (!format.equals("text") && !format.equals("md") && !format.equals("json")) {
            throw new CommandLine.ParameterException(cs.commandLine(), "unknown --format '" + format
                    + "'; use text, md or json");
        }
        RunDiff d = RunComparison.compare(before, after, tolerance);
        cs.commandLine().getOut().print(switch (format) {
            case "md" -> DiffWriter.markdown(d);
            case "json" -> DiffWriter.json(d);
            default -> DiffWriter.text(d);
        });
        return Main.OK;
    }
}
