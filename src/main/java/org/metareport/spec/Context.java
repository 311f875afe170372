package org.metareport.spec;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.metareport.problems.InputException;
import org.metareport.problems.Problem;
import org.metareport.problems.Problems;
import org.metareport.problems.Where;
import org.snakeyaml.engine.v2.nodes.Node;

/** What one reading of a spec shares: the file as shown to the user, its folder, and the problems found so far. */
final class Context {
    private final String shown;
    private final Path folder;
    private final ReadScope scope;
    private final Problems problems = new Problems();

    Context(String shown, Path folder, ReadScope scope) {
        this.shown = shown;
        this.folder = folder;
        this.scope = scope;
    }

    /** What the spec may read besides its folder, and how much. */
    ReadScope scope() {
        return scope;
    }

    /** The spec path as the user wrote it. */
    String shown() {
        return shown;
    }

    /**
     * A path written in the spec (relative to the spec's folder) as the user would reach it from where they ran
     * the command: the spec's path as given, with its file name replaced ({@code analyses/x/analysis.yaml} +
     * {@code data/f.csv} → {@code analyses/x/data/f.csv}). Messages about data files use this form.
     */
    String besideSpec(String written) {
        Path parent = Path.of(shown).getParent();
        if (parent == null || Path.of(written).isAbsolute()) return written;
        return parent.resolve(written).normalize().toString();
    }

    /** The folder relative paths in the spec resolve against (absolute). */
    Path folder() {
        return folder;
    }

    /** Where a node starts, 1-based (SnakeYAML's marks are 0-based). */
    Where where(Node node) {
        return node.getStartMark()
                .map(m -> new Where(shown, m.getLine() + 1, m.getColumn() + 1))
                .orElse(Where.file(shown));
    }

    /** The 1-based line a node starts on. */
    int line(Node node) {
        return where(node).line();
    }

    void error(Where where, String message) {
        problems.add(where, "%s", message);   // never a format string built from user text
    }

    void error(Node at, String message) {
        error(where(at), message);
    }

    boolean hasErrors() {
        return !problems.isEmpty();
    }

    /** Throws every problem collected, sorted by line then column (stable: same place keeps finding order). */
    void throwIfAny() {
        if (problems.isEmpty()) return;
        List<Problem> sorted = new ArrayList<>(problems.list());
        sorted.sort(Comparator.comparingInt((Problem p) -> p.where().line()).thenComparingInt(p -> p.where().column()));
        throw new InputException(sorted);
    }
}
