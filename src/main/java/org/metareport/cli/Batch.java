package org.metareport.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.metareport.Metareport;
import org.metareport.RunOptions;
import org.metareport.problems.Visible;
import org.metareport.spec.ReadScope;
import org.metareport.problems.InputException;
import org.metareport.problems.Problem;
import org.metareport.render.SiteIndex;

/**
 * {@code run FOLDER}: runs every {@code analysis.yaml} in the folder's subfolders (and the folder itself), in name
 * order, in one JVM, with a progress line each, trying all even after a failure, then a summary. Exit 0 when all
 * succeeded, 2 when every failure was bad input, 1 otherwise.
 */
final class Batch {
    private Batch() {}

    static int run(Path folder, Path out, List<String> formats, List<String> command, PrintWriter stdout,
                   PrintWriter stderr, ReadScope scope) throws IOException {
        List<Path> specs = specs(folder);
        if (specs.isEmpty()) {
            stderr.println("error: " + folder + ": no analysis.yaml in this folder or its subfolders; "
                    + "give a spec file, or a folder of analyses/<name>/analysis.yaml");
            return Main.BAD_INPUT;
        }
        int ok = 0, bad = 0, broken = 0;
        List<SiteIndex.Entry> entries = new ArrayList<>();
        for (int i = 0; i < specs.size(); i++) {
            Path spec = specs.get(i);
            Path target = out == null ? null : out.resolve(spec.getParent().getFileName().toString());
            String progress = String.format("[%d/%d] %s", i + 1, specs.size(), spec);
            try {
                var report = Metareport.run(spec, new RunOptions(target, formats, command, false, scope));
                Main.warnings(report, stderr);
                stdout.println(progress + ": ok -> " + report.folder());
                List<String> files = new ArrayList<>();
                for (String f : List.of("report.html", "report.pdf", "report.md", "results.json", "manifest.json")) {
                    if (Files.isRegularFile(report.folder().resolve(f))) files.add(f);
                }
                entries.add(new SiteIndex.Entry(report.folder().getFileName().toString(), report.results().title(),
                        report.results().analyses().size(), report.results().effects().size(), files));
                ok++;
            } catch (InputException e) {
                for (Problem p : e.problems()) stderr.println(p);
                stdout.println(progress + ": failed (bad input)");
                bad++;
            } catch (RuntimeException e) {
                stderr.println(Visible.line("internal error in " + spec + ": " + e) + " -- please report this");
                stdout.println(progress + ": failed (internal error)");
                broken++;
            }
            stdout.flush();
        }
        if (!entries.isEmpty()) {
            Path site = out != null ? out : Path.of("output");
            Files.createDirectories(site);
            Files.writeString(site.resolve("index.html"), SiteIndex.html("Meta-analysis reports", entries));
            stdout.println("index: " + site.resolve("index.html"));
        }
        stdout.printf("%d of %d analyses rendered%s%n", ok, specs.size(),
                ok == specs.size() ? "" : String.format(", %d failed", bad + broken));
        return broken > 0 ? Main.INTERNAL : bad > 0 ? Main.BAD_INPUT : Main.OK;
    }

    static List<Path> specs(Path folder) throws IOException {
        List<Path> out = new ArrayList<>();
        if (Files.isRegularFile(folder.resolve("analysis.yaml"))) out.add(folder.resolve("analysis.yaml"));
        try (Stream<Path> s = Files.list(folder)) {
            for (Path p : (Iterable<Path>) s.sorted()::iterator) {
                if (Files.isDirectory(p) && Files.isRegularFile(p.resolve("analysis.yaml"))) out.add(p.resolve("analysis.yaml"));
            }
        }
        return out;
    }
}
