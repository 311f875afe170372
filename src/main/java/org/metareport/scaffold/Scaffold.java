package org.metareport.scaffold;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.metareport.output.Staging;
import org.metareport.problems.InputException;
import org.metareport.problems.Where;

/**
 * Writes a new review repository, as {@code quarto create project} does: {@code analyses/<name>/} with the spec,
 * the coding workbook, PRISMA counts and a risk-of-bias template, the GitHub workflow, {@code .gitignore} and a
 * README. Writes into a new or empty folder only, and all at once: a failure leaves nothing behind.
 */
public final class Scaffold {
    private Scaffold() {}

    /**
     * @param name    the analysis folder's name (lower-case letters, digits and dashes), or null for one made from
     *                the folder's name
     * @param version the metareport version the workflow and README pin
     * @return the files written, relative to {@code dir}, in order
     * @throws InputException when {@code dir} is a file or a folder with something in it, or the name is unusable
     */
    public static List<String> create(Path dir, String name, String version) throws IOException {
        Path target = dir.toAbsolutePath().normalize();
        if (Files.isRegularFile(target)) {
            throw InputException.at(Where.file(dir.toString()), "init needs a folder, but %s is a file", dir);
        }
        if (Files.isDirectory(target)) {
            try (Stream<Path> s = Files.list(target)) {
                if (s.findAny().isPresent()) {
                    throw InputException.at(Where.file(dir.toString()), "%s is not empty; init writes into a new or "
                            + "empty folder and never overwrites (name a new folder, e.g. metareport init my-review)", dir);
                }
            }
        }
        String analysis = name != null ? checkName(name, dir) : nameOf(target);
        String title = title(analysis);
        List<String> written = new ArrayList<>();
        try (Staging staging = Staging.forTarget(target.resolveSibling(target.getFileName() + ".init"))) {
            String a = "analyses/" + analysis + "/";
            put(staging, written, "README.md", text("README.md", analysis, title, version));
            put(staging, written, ".gitignore", text("gitignore", analysis, title, version));
            put(staging, written, ".github/workflows/report.yml", text("report.yml", analysis, title, version));
            put(staging, written, a + "analysis.yaml", text("analysis.yaml", analysis, title, version));
            put(staging, written, a + "prisma.yaml", text("prisma.yaml", analysis, title, version));
            put(staging, written, a + "data/risk-of-bias.csv", text("risk-of-bias.csv", analysis, title, version));
            staging.write(a + "data/coding.xlsx", CodingWorkbook.bytes());
            written.add(a + "data/coding.xlsx");
            Files.createDirectories(target);
            // move the staged entries in; the staging folder itself is removed by close()
            for (String top : List.of("README.md", ".gitignore", ".github", "analyses")) {
                Files.move(staging.folder().resolve(top), target.resolve(top));
            }
        }
        return written;
    }

    private static void put(Staging staging, List<String> written, String path, String text) throws IOException {
        staging.write(path, text);
        written.add(path);
    }

    static String text(String resource, String name, String title, String version) {
        try (InputStream in = Scaffold.class.getResourceAsStream(resource)) {
            if (in == null) throw new IllegalStateException("scaffold resource missing from the jar: " + resource);
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).replace("{{name}}", name)
                    .replace("{{title}}", title).replace("{{version}}", version);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String checkName(String name, Path dir) {
        if (!name.matches("[a-z0-9][a-z0-9-]{0,62}")) {
            throw InputException.at(Where.file(dir.toString()), "--name '%s' is not a usable folder name; use "
                    + "lower-case letters, digits and dashes, e.g. --name school-mh", name);
        }
        return name;
    }

    /** A folder name made from the repository's: "My Review 2026" gives "my-review-2026". */
    static String nameOf(Path target) {
        Path last = target.getFileName();
        String n = last == null ? "" : last.toString().toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-")
                .replaceAll("^-+|-+$", "");
        if (n.length() > 63) n = n.substring(0, 63).replaceAll("-+$", "");
        return n.isEmpty() ? "review" : n;
    }

    /** A placeholder title: "my-review" gives "My review". */
    static String title(String name) {
        String t = name.replace('-', ' ');
        return Character.toUpperCase(t.charAt(0)) + t.substring(1) + " (replace with your review's title)";
    }
}
