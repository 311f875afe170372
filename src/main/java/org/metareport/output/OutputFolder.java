package org.metareport.output;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.metareport.problems.InputException;
import org.metareport.problems.Where;

/**
 * Which folders a run may replace. A run replaces its output folder as a whole, so it does so only where that
 * destroys nothing but its own earlier output:
 * <ul>
 *   <li>never (not even with {@code force}) a folder that is or contains a file system root, the user's home, the
 *       working folder, the spec's folder or an input file ({@link #requireNotKept});</li>
 *   <li>never an existing file or symbolic link, and a non-empty folder only when metareport wrote it
 *       ({@link #isOurs}) or {@code force} says so ({@link #requireReplaceable}).</li>
 * </ul>
 * metareport's folders carry a {@link #MARKER} file (not listed in the manifest, the same bytes in every run).
 * A folder written before the marker existed counts as metareport's when its {@code manifest.json} is a metareport
 * manifest and every file in it is that manifest or one of the outputs it lists.
 */
public final class OutputFolder {
    /** The marker file in every folder metareport writes. */
    public static final String MARKER = ".metareport";
    static final String MARKER_FIRST_LINE = "metareport output folder";
    static final String MARKER_TEXT = MARKER_FIRST_LINE + "\n"
            + "metareport wrote this folder and replaces it as a whole when it runs into it again: keep none of your\n"
            + "own files here. metareport recognises its folders by this file.\n";
    private static final ObjectMapper JSON = new ObjectMapper();

    private OutputFolder() {}

    /** Something a run reads or stands in, which no output folder may be or contain. */
    public record Kept(Path path, String what) {}

    /** The places no output may be or contain whatever the spec: file system roots, the home and working folders. */
    public static List<Kept> always() {
        List<Kept> kept = new ArrayList<>();
        kept.add(new Kept(Path.of("").toAbsolutePath(), "the working folder"));
        String home = System.getProperty("user.home");
        if (home != null && !home.isBlank()) kept.add(new Kept(Path.of(home), "your home folder"));
        return kept;
    }

    /**
     * Refuses a target that is a file system root or is or contains one of {@code kept} (plus {@link #always()}).
     *
     * @param shown the target as the user gave it, for the message ({@code --out .})
     * @throws InputException naming what the target is or contains
     */
    public static void requireNotKept(Path target, String shown, List<Kept> kept) {
        Path t = real(target);
        if (t.getParent() == null) {
            throw refuse(shown, "the output folder is the root of a file system; metareport replaces its output folder "
                    + "as a whole, so give it a folder of its own, e.g. --out output/<name>");
        }
        List<Kept> all = new ArrayList<>(always());
        all.addAll(kept);
        for (Kept k : all) {
            Path p = real(k.path());
            if (!p.startsWith(t)) continue;
            throw refuse(shown, "the output folder %s %s; metareport replaces its output folder as a whole, so give "
                    + "it a folder of its own, e.g. --out output/<name>", p.equals(t) ? "is" : "contains", k.what());
        }
    }

    /**
     * Refuses a target that exists and is not a folder (or is a symbolic link), that lies under a file, or that is a
     * non-empty folder metareport did not write, unless {@code force}.
     */
    public static void requireReplaceable(Path target, String shown, boolean force) {
        Path abs = target.toAbsolutePath().normalize();
        for (Path up = abs.getParent(); up != null; up = up.getParent()) {
            if (Files.exists(up) && !Files.isDirectory(up)) {
                throw refuse(shown, "%s is a file, so the output folder cannot be made inside it; give a folder", up);
            }
        }
        if (Files.isSymbolicLink(abs)) {
            throw refuse(shown, "the output folder is a symbolic link; give the folder it points to, or a new folder");
        }
        if (!Files.exists(abs, LinkOption.NOFOLLOW_LINKS)) return;
        if (!Files.isDirectory(abs, LinkOption.NOFOLLOW_LINKS)) {
            throw refuse(shown, "the output folder is an existing file, not a folder; metareport writes a folder of "
                    + "files, so give a new folder, e.g. --out output/<name>");
        }
        if (force || isOurs(abs)) return;
        List<String> names = unlisted(abs).orElseGet(() -> entries(abs));
        if (names.isEmpty()) return;
        String shownNames = String.join(", ", names.subList(0, Math.min(3, names.size())))
                + (names.size() > 3 ? " and more" : "");
        throw refuse(shown, "the output folder holds files metareport did not write (%s); metareport replaces its "
                + "output folder as a whole, so give a new or empty folder, or add --force to replace this one and "
                + "delete what it holds", shownNames);
    }

    /** Whether metareport wrote this folder: it carries the marker, or it is an output of a version before it. */
    public static boolean isOurs(Path folder) {
        return marked(folder) || legacy(folder);
    }

    /** Whether the folder carries metareport's marker file. */
    public static boolean marked(Path folder) {
        Path marker = folder.resolve(MARKER);
        if (!Files.isRegularFile(marker, LinkOption.NOFOLLOW_LINKS)) return false;
        try (BufferedReader r = Files.newBufferedReader(marker, StandardCharsets.UTF_8)) {
            return MARKER_FIRST_LINE.equals(r.readLine());
        } catch (IOException e) {
            return false;
        }
    }

    /** Writes the marker into a folder metareport has just created. */
    static void mark(Path folder) throws IOException {
        Files.writeString(folder.resolve(MARKER), MARKER_TEXT, StandardCharsets.UTF_8);
    }

    /**
     * An output folder of a version without the marker: its manifest.json says {@code "tool": "metareport"} with a
     * metareport manifest schema, and every file in the folder is that manifest or an output it lists.
     */
    static boolean legacy(Path folder) {
        return unlisted(folder).map(List::isEmpty).orElse(false);
    }

    /**
     * For a folder with a metareport manifest.json: its files that are neither that manifest nor an output it lists
     * (symbolic links and other non-files count as unlisted), in walk order, at most {@code 4}; empty when the folder
     * has no such manifest.
     */
    static Optional<List<String>> unlisted(Path folder) {
        Path manifest = folder.resolve("manifest.json");
        if (!Files.isDirectory(folder, LinkOption.NOFOLLOW_LINKS)
                || !Files.isRegularFile(manifest, LinkOption.NOFOLLOW_LINKS)) return Optional.empty();
        Set<String> listed = new HashSet<>();
        listed.add("manifest.json");
        try {
            JsonNode m = JSON.readTree(manifest.toFile());
            if (m == null || !"metareport".equals(m.path("tool").asText())
                    || !m.path("schema").asText().startsWith("metareport-manifest/")) return Optional.empty();
            for (JsonNode o : m.path("outputs")) listed.add(o.path("path").asText());
            List<String> unlisted = new ArrayList<>();
            Files.walkFileTree(folder, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                    String rel = folder.relativize(file).toString().replace('\\', '/');
                    if (attrs.isRegularFile() && listed.contains(rel)) return FileVisitResult.CONTINUE;
                    unlisted.add(rel);
                    return unlisted.size() < 4 ? FileVisitResult.CONTINUE : FileVisitResult.TERMINATE;
                }
            });
            return Optional.of(unlisted);
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    /** The names in a folder, sorted. */
    static List<String> entries(Path folder) {
        try (Stream<Path> s = Files.list(folder)) {
            return s.map(p -> p.getFileName().toString()).sorted().toList();
        } catch (IOException e) {
            return List.of("(unreadable: " + e.getMessage() + ")");
        }
    }

    /**
     * The absolute path with symbolic links resolved as far as it exists (so that two spellings of one folder
     * compare equal, also on a case-insensitive file system), then the rest as written.
     */
    static Path real(Path path) {
        Path abs = path.toAbsolutePath().normalize();
        Path existing = abs;
        while (existing != null && !Files.exists(existing)) existing = existing.getParent();
        if (existing == null) return abs;
        try {
            return existing.toRealPath().resolve(existing.relativize(abs)).normalize();
        } catch (IOException e) {
            return abs;
        }
    }

    private static InputException refuse(String shown, String format, Object... args) {
        return InputException.at(Where.argument(shown), format, args);
    }
}
