package org.metareport.spec;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.metareport.problems.Where;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;

/**
 * One YAML mapping of the spec (the top level, {@code data:}, an entry of {@code analyses:} ...), checked on
 * construction for duplicate and unknown keys, with typed accessors that report wrong types at the value's mark.
 * Accessors return empty for a key that is absent or whose value is null ({@code key:}, {@code ~}); a problem
 * has then already been reported if the value was wrong.
 */
final class Section {
    /** Where keys of other sections belong, for a key written at the wrong level. */
    private static final Map<String, String> HOME = new LinkedHashMap<>();
    /** Known confusions for keys (other tools' names). */
    private static final Map<String, String> ALIASES = Map.of(
            "mods", "metafor's mods is written 'moderators' here, e.g. moderators: [Duration, Delivery]",
            "random", "metafor's random = ~ 1 | Study/ESId is written levels: [Study, ESId] here",
            "alpha", "give the confidence level in percent instead, e.g. level: 95",
            "digits", "rounding is chosen by the report templates");

    static {
        for (String k : List.of("effects", "studies", "study", "join", "label", "exclude", "include"))
            HOME.put(k, "under 'data:'");
        for (String k : List.of("measure", "columns", "pre", "reported", "cluster", "reverse"))
            HOME.put(k, "under 'effect:'");
        for (String k : List.of("id", "model", "method", "test", "levels", "rho", "robust", "moderators", "reference",
                "center", "level", "subgroup", "marginal_means", "bias", "sensitivity"))
            HOME.put(k, "in an entry of 'analyses:'");
        for (String k : List.of("formats", "templates")) HOME.put(k, "under 'report:'");
        for (String k : List.of("title", "authors", "data", "effect", "analyses", "prisma", "risk_of_bias",
                "characteristics", "claims", "report"))
            HOME.put(k, "at the top level of the spec");
    }

    private final Context cx;
    private final String label;
    private final String prefix;
    private final Where where;
    private final Map<String, NodeTuple> entries = new LinkedHashMap<>();
    /** Valid keys suggested for a misspelt one: not also reported missing. */
    private final Set<String> misspelled = new HashSet<>();

    /**
     * @param label  how the section is named in messages: {@code the spec}, {@code 'data'}, {@code analysis 'overall'}
     * @param prefix what qualifies its keys in messages: {@code ""}, {@code "data."}
     * @param where  where a missing key is reported (the key that opened the section)
     * @param keys   the valid keys, in the order the contract lists them; null = any key (checked by the caller)
     */
    Section(Context cx, MappingNode node, String label, String prefix, Where where, List<String> keys) {
        this.cx = cx;
        this.label = label;
        this.prefix = prefix;
        this.where = where;
        for (NodeTuple t : node.getValue()) {
            if (!(t.getKeyNode() instanceof ScalarNode k)) {
                cx.error(t.getKeyNode(), "a key in " + label + " is " + Nodes.describe(t.getKeyNode())
                        + "; keys must be plain names such as 'title'");
                continue;
            }
            String key = k.getValue();
            NodeTuple first = entries.putIfAbsent(key, t);
            if (first != null) {
                cx.error(k, "duplicate key " + Nodes.quote(key) + " in " + label + " (first at line "
                        + cx.line(first.getKeyNode()) + "); keep only one of them");
                continue;
            }
            if (keys != null && !keys.contains(key)) cx.error(k, unknownKey(key, keys));
        }
    }

    /**
     * The section at {@code value}, or empty (with a problem reported) when it is not a mapping.
     *
     * @param name    the qualified key, for the wrong-type message, e.g. {@code data}
     * @param example a short example of the right shape
     */
    static Optional<Section> of(Context cx, Node value, String name, String example, String label, String prefix,
                                Where where, List<String> keys) {
        if (value instanceof MappingNode m) return Optional.of(new Section(cx, m, label, prefix, where, keys));
        cx.error(value, "'" + name + "' must be a mapping of keys, e.g. " + example + ", not " + Nodes.describe(value));
        return Optional.empty();
    }

    private String unknownKey(String key, List<String> keys) {
        StringBuilder m = new StringBuilder("unknown key " + Nodes.quote(key) + " in " + label);
        Optional<String> close = ALIASES.containsKey(key) ? Optional.empty() : Spelling.closest(key, keys);
        close.ifPresent(misspelled::add);
        if (ALIASES.containsKey(key)) m.append(" (").append(ALIASES.get(key)).append(")");
        else if (close.isPresent()) m.append(" (did you mean '").append(close.get()).append("'?)");
        else if (HOME.containsKey(key)) m.append(" ('").append(key).append("' belongs ").append(HOME.get(key)).append(")");
        m.append("; valid keys here: ").append(String.join(", ", keys));
        return m.toString();
    }

    /** The key as named in messages, e.g. {@code 'data.study'}. */
    String name(String key) {
        return "'" + prefix + key + "'";
    }

    /** Keys in the order written (the first of duplicates only). */
    List<String> keys() {
        return new ArrayList<>(entries.keySet());
    }

    boolean has(String key) {
        return entries.containsKey(key);
    }

    /** The key's node, if the key is written. */
    Optional<ScalarNode> keyNode(String key) {
        return Optional.ofNullable(entries.get(key)).map(t -> (ScalarNode) t.getKeyNode());
    }

    Where keyWhere(String key) {
        return keyNode(key).map(cx::where).orElse(where);
    }

    /** The value, if the key is written with a non-null value. */
    Optional<Node> value(String key) {
        NodeTuple t = entries.get(key);
        if (t == null || Nodes.isNull(t.getValueNode())) return Optional.empty();
        return Optional.of(t.getValueNode());
    }

    /** Reports a required key that is absent or empty. */
    void missing(String key, String hint) {
        if (misspelled.contains(key)) return;                     // "did you mean" already said it
        if (has(key)) cx.error(keyWhere(key), name(key) + " is empty; " + hint);
        else cx.error(where, "missing '" + key + "' in " + label + "; " + hint);
    }

    /** The value of a required key, or empty after reporting it missing. */
    Optional<Node> require(String key, String hint) {
        Optional<Node> v = value(key);
        if (v.isEmpty()) missing(key, hint);
        return v;
    }

    /** A scalar value; a list or mapping is reported as "{@code name} must be {@code kind}, e.g. ..., not ...". */
    Optional<ScalarNode> scalar(String key, String kind, String example) {
        return value(key).flatMap(v -> scalar(v, name(key), kind, example));
    }

    Optional<ScalarNode> scalar(Node v, String name, String kind, String example) {
        if (v instanceof ScalarNode s) return Optional.of(s);
        cx.error(v, name + " must be " + kind + ", e.g. " + example + ", not " + Nodes.describe(v));
        return Optional.empty();
    }

    /** A non-blank text value. */
    Optional<String> text(String key, String kind, String example) {
        return scalar(key, kind, example).flatMap(s -> {
            if (!s.getValue().isBlank()) return Optional.of(s.getValue());
            cx.error(s, name(key) + " is empty; give " + kind + ", e.g. " + example);
            return Optional.empty();
        });
    }

    /** Example column names for a key, for messages. */
    private static final Map<String, String> EXAMPLE_COLUMN = Map.of("id", "ESId", "reported", "Effect.Size",
            "reverse", "ReverseCoded", "subgroup", "Outcome", "marginal_means", "Delivery", "when", "Clustered",
            "column", "Drop");

    /** One column name, with the mark of its scalar. */
    Optional<ColumnRef> column(String key) {
        return value(key).flatMap(v -> column(v, name(key), key + ": " + EXAMPLE_COLUMN.getOrDefault(key, "Study")));
    }

    /** A required column name. */
    Optional<ColumnRef> requireColumn(String key, String hint) {
        if (value(key).isEmpty()) {
            missing(key, hint);
            return Optional.empty();
        }
        return column(key);
    }

    Optional<ColumnRef> column(Node v, String name, String example) {
        return scalar(v, name, "one column name", example).flatMap(s -> {
            if (!s.getValue().isBlank()) return Optional.of(new ColumnRef(s.getValue(), cx.where(s)));
            cx.error(s, name + " is empty; give a column name, e.g. " + example);
            return Optional.empty();
        });
    }

    /** A finite number. */
    Optional<Double> number(String key, String kind, String example) {
        return scalar(key, kind, example).flatMap(s -> {
            Double d = Nodes.number(s);
            if (d == null) cx.error(s, name(key) + " must be " + kind + ", e.g. " + example + ", not " + Nodes.describe(s));
            return Optional.ofNullable(d);
        });
    }

    /** true or false. */
    Optional<Boolean> flag(String key) {
        return scalar(key, "true or false", key + ": true").flatMap(s -> {
            Boolean b = Nodes.flag(s);
            if (b == null) cx.error(s, name(key) + " must be true or false, not " + Nodes.describe(s));
            return Optional.ofNullable(b);
        });
    }

    /**
     * A value from a closed set: {@code find} recognises a spelling; otherwise "unknown {@code what} 'x'; use one of
     * {@code choices} (hint)" is reported, the hint being a known confusion or a close spelling.
     */
    <E> Optional<E> choice(String key, String what, Function<String, Optional<E>> find, String choices,
                           Function<String, Optional<String>> hint) {
        return text(key, "one of " + choices, key + ": " + choices.split(", ")[0]).flatMap(written -> {
            Optional<E> found = find.apply(written);
            if (found.isPresent()) return found;
            StringBuilder m = new StringBuilder("unknown " + what + " " + Nodes.quote(written) + "; use one of " + choices);
            Optional<String> h = hint.apply(written)
                    .or(() -> Spelling.closest(written, List.of(choices.split(", "))).map(c -> "did you mean " + c + "?"));
            h.ifPresent(x -> m.append(" (").append(x).append(")"));
            cx.error(value(key).orElseThrow(), m.toString());
            return Optional.empty();
        });
    }

    /** A list (a single text where a list is expected is reported, with the example). */
    Optional<SequenceNode> list(String key, String kind, String example) {
        return value(key).flatMap(v -> {
            if (v instanceof SequenceNode s) return Optional.of(s);
            cx.error(v, name(key) + " must be " + kind + ", e.g. " + example + ", not " + Nodes.describe(v));
            return Optional.empty();
        });
    }

    /** A list of column names; each entry must be one non-blank name. Empty lists are returned as such. */
    Optional<List<ColumnRef>> columns(String key, String example) {
        return list(key, "a list of column names", example).map(seq -> {
            List<ColumnRef> out = new ArrayList<>();
            for (Node item : seq.getValue()) {
                if (Nodes.isNull(item)) {
                    cx.error(item, "an entry of " + name(key) + " is empty; give a column name, e.g. " + example);
                    continue;
                }
                column(item, "each entry of " + name(key), example).ifPresent(out::add);
            }
            return out;
        });
    }
}
