package org.metareport.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.metareport.Metareport;
import org.metareport.scaffold.Scaffold;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code init DIR [--name NAME]}: a new review repository that runs as it stands. */
@Command(name = "init", description = {"Create a review repository in DIR (new or empty): an analysis spec with",
        "commented keys, a coding workbook (Studies, Findings, Codebook) with sample rows, PRISMA counts, a",
        "risk-of-bias template, the GitHub workflow, .gitignore and a README."})
final class Init implements Callable<Integer> {
    @Parameters(paramLabel = "DIR", description = "the folder to create (or an empty one)")
    Path dir;
    @Option(names = "--name", paramLabel = "NAME",
            description = "the analysis folder under analyses/ (default: made from DIR's name)")
    String name;
    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec cs;

    @Override
    public Integer call() throws IOException {
        List<String> files = Scaffold.create(dir, name, Metareport.version());
        PrintWriter out = cs.commandLine().getOut();
        out.println("created " + dir + ":");
        for (String f : files) out.println("  " + f);
        String spec = dir.resolve(files.stream().filter(f -> f.endsWith("analysis.yaml")).findFirst().orElseThrow()).toString();
        out.println();
        out.println("next: fill in the workbook's empty row (and replace the sample rows), then");
        out.println("  metareport run " + spec);
        return Main.OK;
    }
}
