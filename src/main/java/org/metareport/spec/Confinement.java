package org.metareport.spec;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.snakeyaml.engine.v2.nodes.Node;

/**
 * Where a spec may read: a file it names must lie inside the spec's folder or a folder of
 * {@link ReadScope#allowRead()}, with symbolic links followed ({@link Path#toRealPath}), so that neither {@code ../},
 * an absolute path nor a link leads elsewhere; and it must be a regular file (not a device, pipe or folder) no larger
 * than the limit. Problems are reported to the spec's {@link Context} at the node naming the file.
 */
final class Confinement {
    private Confinement() {}

    /**
     * True when {@code path} (as written at {@code at}) lies inside the folders the spec may read; otherwise reported.
     * A path that does not exist is judged by its words (then reported as not found by the caller).
     */
    static boolean inside(Context cx, Node at, String what, String written, Path path) {
        List<Path> roots = roots(cx);
        Path real = real(path);
        if (real == null) {
            if (within(path, roots)) return true;
            cx.error(at, outside(cx, what, written, ""));
            return false;
        }
        if (within(real, roots)) return true;
        cx.error(at, outside(cx, what, written, within(path, roots) ? " (a symbolic link leads there)" : ""));
        return false;
    }

    /**
     * True when the existing {@code path} is a regular file of at most {@code limit} bytes; otherwise reported (a
     * device such as /dev/zero, a pipe or a socket would never end, or block, when read).
     */
    static boolean readable(Context cx, Node at, String what, String written, Path path, long limit, String raise) {
        if (!Files.isRegularFile(path)) {
            cx.error(at, what + " " + Nodes.quote(written) + " is not a regular file (a device, pipe or socket); "
                    + "name a file saved on disk");
            return false;
        }
        try {
            long size = Files.size(path);
            if (size > limit) {
                cx.error(at, String.format(java.util.Locale.ROOT, "%s %s is %s, more than the %s a spec may read%s",
                        what, Nodes.quote(written), ReadScope.size(size), ReadScope.size(limit), raise));
                return false;
            }
        } catch (IOException e) {
            cx.error(at, what + " " + Nodes.quote(written) + " cannot be read; check its permissions");
            return false;
        }
        return true;
    }

    private static String outside(Context cx, String what, String written, String link) {
        return what + " " + Nodes.quote(written) + " lies outside the spec's folder " + shownFolder(cx) + link
                + "; move it inside, or allow its folder with --allow-read DIR";
    }

    /** The spec's folder as the user reaches it: the folder of the spec path as given, else absolute. */
    private static String shownFolder(Context cx) {
        Path parent = Path.of(cx.shown()).getParent();
        return parent != null ? parent.toString() : cx.folder().toString();
    }

    /** The spec's folder and the allowed folders, each as written (normalised) and with links followed. */
    private static List<Path> roots(Context cx) {
        List<Path> given = new ArrayList<>();
        given.add(cx.folder());
        given.addAll(cx.scope().allowRead());
        List<Path> roots = new ArrayList<>();
        for (Path p : given) {
            Path real = real(p);
            if (real == null) continue;               // a folder that does not exist allows nothing
            roots.add(p.toAbsolutePath().normalize());
            roots.add(real);
        }
        return roots;
    }

    private static boolean within(Path path, List<Path> roots) {
        Path p = path.toAbsolutePath().normalize();
        for (Path r : roots) if (p.startsWith(r)) return true;
        return false;
    }

    /** The path with every link followed, or null when it does not exist (or cannot be resolved). */
    private static Path real(Path path) {
        try {
            return path.toRealPath();
        } catch (IOException | SecurityException e) {
            return null;
        }
    }
}
