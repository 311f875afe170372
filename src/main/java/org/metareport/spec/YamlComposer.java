package org.metareport.spec;

import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Optional;
import java.util.Set;
import org.metareport.problems.Where;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.api.lowlevel.Compose;
import org.snakeyaml.engine.v2.api.lowlevel.Parse;
import org.snakeyaml.engine.v2.events.CollectionEndEvent;
import org.snakeyaml.engine.v2.events.CollectionStartEvent;
import org.snakeyaml.engine.v2.events.Event;
import org.snakeyaml.engine.v2.exceptions.Mark;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;
import org.snakeyaml.engine.v2.exceptions.ReaderException;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;
import org.snakeyaml.engine.v2.schema.CoreSchema;

/**
 * Composes the spec text into SnakeYAML Engine nodes (which keep their marks), turning a YAML syntax error into
 * one located problem in plain words. Uses the YAML 1.2 core schema: {@code ~} is null, {@code yes} is text.
 */
final class YamlComposer {
    private YamlComposer() {}

    /** How deep lists and mappings may nest in a spec (a real spec nests fewer than 10 levels). */
    static final int MAX_DEPTH = 100;
    /** How many aliases (*name) of lists or mappings a spec may use. */
    static final int MAX_ALIASES = 50;
    /** How many values a spec may hold with its aliases expanded (more than any 1 MiB spec without aliases). */
    static final int MAX_VALUES = 1_000_000;

    /**
     * The document's root node; empty for an empty document or after a syntax error (then reported to cx). Bounded:
     * at most {@link ReadScope#SPEC_LIMIT} code points, {@value #MAX_DEPTH} levels of nesting (checked on the events
     * before the recursive composer runs), {@value #MAX_ALIASES} aliases of collections, no recursive keys, and at
     * most {@value #MAX_VALUES} values once aliases are expanded (an alias bomb, or an alias inside its own anchor).
     */
    static Optional<Node> compose(String text, Context cx) {
        LoadSettings settings = LoadSettings.builder().setLabel(cx.shown()).setSchema(new CoreSchema())
                .setCodePointLimit((int) ReadScope.SPEC_LIMIT).setMaxAliasesForCollections(MAX_ALIASES)
                .setAllowRecursiveKeys(false).build();
        try {
            if (!shallow(text, settings, cx)) return Optional.empty();
            Optional<Node> root = new Compose(settings).composeString(text);
            if (root.isPresent() && !bounded(root.get(), cx)) return Optional.empty();
            return root;
        } catch (MarkedYamlEngineException e) {
            Optional<Mark> mark = e.getProblemMark().or(e::getContextMark);
            Where where = mark.map(m -> new Where(cx.shown(), m.getLine() + 1, m.getColumn() + 1))
                    .orElse(Where.file(cx.shown()));
            cx.error(where, syntaxMessage(e));
        } catch (ReaderException e) {
            cx.error(lineOf(text, e.getPosition(), cx), String.format(java.util.Locale.ROOT,
                    "the spec contains the character U+%04X, which YAML does not allow; delete it or save the "
                            + "file again as plain UTF-8 text", e.getCodePoint()));
        } catch (YamlEngineException e) {
            cx.error(Where.file(cx.shown()), otherMessage(String.valueOf(e.getMessage())));
        }
        return Optional.empty();
    }

    /** False (reported) when lists and mappings nest deeper than {@value #MAX_DEPTH} levels. */
    private static boolean shallow(String text, LoadSettings settings, Context cx) {
        int depth = 0;
        for (Event e : new Parse(settings).parseString(text)) {
            if (e instanceof CollectionStartEvent) {
                if (++depth > MAX_DEPTH) {
                    Where where = e.getStartMark().map(m -> new Where(cx.shown(), m.getLine() + 1, m.getColumn() + 1))
                            .orElse(Where.file(cx.shown()));
                    cx.error(where, "lists and mappings nest more than " + MAX_DEPTH + " levels deep here; a spec "
                            + "needs only a few levels, so check the brackets and the indentation");
                    return false;
                }
            } else if (e instanceof CollectionEndEvent) {
                depth--;
            }
        }
        return true;
    }

    /**
     * False (reported) when the document, with every alias expanded, holds more than {@value #MAX_VALUES} values: the
     * readers walk aliases as copies, so an alias bomb would otherwise never finish. An alias inside its own anchor
     * and nesting deeper than {@value #MAX_DEPTH} levels are not followed here (the readers report them).
     */
    private static boolean bounded(Node root, Context cx) {
        long[] values = {0};
        Set<Node> open = Collections.newSetFromMap(new IdentityHashMap<>());
        if (root instanceof MappingNode m) {                  // name the top-level key that holds the expansion
            open.add(root);
            for (NodeTuple t : m.getValue()) {
                if (count(t.getKeyNode(), open, 2, values) == null && count(t.getValueNode(), open, 2, values) == null)
                    continue;
                String key = t.getKeyNode() instanceof ScalarNode k ? Nodes.quote(k.getValue()) : "this key";
                cx.error(cx.where(t.getKeyNode()), String.format(java.util.Locale.ROOT, "%s holds more than %,d values "
                        + "once its aliases (*name) are expanded; write the values out instead", key, MAX_VALUES));
                return false;
            }
            return true;
        }
        if (count(root, open, 1, values) == null) return true;
        cx.error(cx.where(root), String.format(java.util.Locale.ROOT, "the document holds more than %,d values once its "
                + "aliases (*name) are expanded; write the values out instead", MAX_VALUES));
        return false;
    }

    /** Counts the values under {@code node} into {@code values}; the node where the count passed the limit, or null. */
    private static Node count(Node node, Set<Node> open, int depth, long[] values) {
        if (++values[0] > MAX_VALUES) return node;
        if (node instanceof ScalarNode || depth > MAX_DEPTH || !open.add(node)) return null;
        try {
            if (node instanceof SequenceNode s) {
                for (Node n : s.getValue()) {
                    Node over = count(n, open, depth + 1, values);
                    if (over != null) return over;
                }
            } else if (node instanceof MappingNode m) {
                for (NodeTuple t : m.getValue()) {
                    Node over = count(t.getKeyNode(), open, depth + 1, values);
                    if (over == null) over = count(t.getValueNode(), open, depth + 1, values);
                    if (over != null) return over;
                }
            }
            return null;
        } finally {
            open.remove(node);
        }
    }

    /** One plain line for a scanner/parser/composer error: what is wrong, then how to fix it. */
    static String syntaxMessage(MarkedYamlEngineException e) {
        String problem = flat(e.getProblem());
        String context = flat(e.getContext());
        if (problem.contains("(TAB)"))
            return "a tab character is used for indentation; YAML allows only spaces, so replace the tab with spaces";
        if (problem.startsWith("mapping values are not allowed"))
            return "invalid YAML: a ': ' appears where no new key can start; if a value contains ': ', put it in "
                    + "quotes (e.g. title: \"Anxiety: a review\"), otherwise check the indentation";
        if (problem.startsWith("found undefined alias"))
            return "invalid YAML: " + problem.replace("found undefined alias ", "alias '*") + "' refers to no "
                    + "anchor defined above it; define it with '&' first, or put the value in quotes if it is text";
        if (context.startsWith("expected a single document"))
            return "the spec holds more than one YAML document (a second '---' line); keep only one";
        if (context.startsWith("while scanning a quoted") || context.startsWith("while scanning a double-quoted")
                || context.startsWith("while scanning a single-quoted")) {
            String opened = e.getContextMark().map(m -> " opened at line " + (m.getLine() + 1) + ", column "
                    + (m.getColumn() + 1)).orElse("");
            String what = problem.contains("end of stream") ? "the file ends before the closing quote" : words(problem);
            return "invalid YAML in quoted text" + opened + ": " + what
                    + "; check that the quotes are closed and that '\\' in double quotes is doubled ('\\\\')";
        }
        if (context.startsWith("while parsing a flow") && problem.startsWith("expected ',' or")) {
            boolean mapping = context.contains("mapping");
            String open = mapping ? "{" : "[";
            String close = mapping ? "}" : "]";
            String where = e.getContextMark().map(k -> " opened at line " + (k.getLine() + 1) + ", column "
                    + (k.getColumn() + 1)).orElse("");
            return "invalid YAML: the '" + open + "'" + where + " is not closed; add the missing '" + close
                    + "' (or a ',' between its entries)";
        }
        StringBuilder m = new StringBuilder("invalid YAML: ").append(words(problem));
        if (!context.isEmpty()) {
            m.append(" (").append(words(context));
            e.getContextMark().ifPresent(k -> m.append(" started at line ").append(k.getLine() + 1)
                    .append(", column ").append(k.getColumn() + 1));
            m.append(")");
        }
        return m.append("; check the indentation, quotes and brackets here").toString();
    }

    private static String otherMessage(String message) {
        if (message.startsWith("Non scalar key"))
            return "invalid YAML: a key is a list or a mapping; keys must be plain names such as 'title'";
        if (message.contains("aliases"))
            return "invalid YAML: too many aliases (*name); write the values out instead";
        if (message.contains("code points"))
            return "the spec is too large to be a YAML spec; check that the right file is named";
        return "invalid YAML: " + flat(message);
    }

    /** SnakeYAML's token names in plain words. */
    private static String words(String s) {
        return s.replace("<stream end>", "the end of the file")
                .replace("<block end>", "the end of the block")
                .replace("<block mapping start>", "a new mapping")
                .replace("<block sequence start>", "a new list")
                .replace("<scalar>", "a value")
                .replace("'?'", "a new key");
    }

    private static String flat(String s) {
        return s == null ? "" : s.replaceAll("\\s+", " ").trim();
    }

    private static Where lineOf(String text, int position, Context cx) {
        int line = 1;
        int cps = 0;
        for (int i = 0; i < text.length() && cps < position; i = text.offsetByCodePoints(i, 1), cps++)
            if (text.charAt(i) == '\n') line++;
        return Where.of(cx.shown(), line);
    }
}
