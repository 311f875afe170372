package org.metareport.spec;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;
import org.snakeyaml.engine.v2.nodes.Tag;

/** Small facts about composed YAML nodes, and their conversion to plain Java values at the YAML edge. */
final class Nodes {
    private static final Pattern DECIMAL = Pattern.compile("[-+]?(\\d+(\\.\\d*)?|\\.\\d+)([eE][-+]?\\d+)?");
    private static final int MAX_DEPTH = YamlComposer.MAX_DEPTH;

    private Nodes() {}

    /** True for {@code key:} with nothing after it, {@code ~} and {@code null}. */
    static boolean isNull(Node node) {
        return node instanceof ScalarNode s && Tag.NULL.equals(s.getTag());
    }

    /** How a found value is named in a message: {@code 'Study'}, {@code a list}, {@code a mapping}. */
    static String describe(Node node) {
        if (node instanceof ScalarNode s) {
            if (isNull(node)) return "empty";
            return quote(s.getValue());
        }
        if (node instanceof SequenceNode) return "a list";
        return "a mapping (key: value pairs)";
    }

    /** A user value in single quotes, shortened if very long and kept on one line. */
    static String quote(String text) {
        String oneLine = text.replaceAll("\\s*[\\r\\n]+\\s*", " ");
        if (oneLine.length() > 60) oneLine = oneLine.substring(0, 57) + "...";
        return "'" + oneLine + "'";
    }

    /** The scalar as a finite number, if it is written as one (quoted numbers are accepted too). */
    static Double number(ScalarNode node) {
        String text = node.getValue().trim().replace("_", "");
        if (!DECIMAL.matcher(text).matches()) return null;
        double value = Double.parseDouble(text);
        return Double.isFinite(value) ? value : null;
    }

    /** The scalar as true/false (also yes/no, any case), if it is one. */
    static Boolean flag(ScalarNode node) {
        return switch (node.getValue().trim().toLowerCase(Locale.ROOT)) {
            case "true", "yes" -> Boolean.TRUE;
            case "false", "no" -> Boolean.FALSE;
            default -> null;
        };
    }

    /**
     * A node as plain, unmodifiable Java values: insertion-ordered {@code Map<String, Object>}, {@code List<Object>},
     * {@code String}, {@code Long}, {@code Double}, {@code Boolean}, and Java null for a YAML null. Duplicate keys,
     * non-text keys and recursive aliases are reported to {@code cx}.
     *
     * @param name how the node is named in messages, e.g. {@code 'prisma'}
     */
    static Object plain(Node node, String name, Context cx) {
        return plain(node, name, cx, Collections.newSetFromMap(new IdentityHashMap<>()), 0);
    }

    private static Object plain(Node node, String name, Context cx, Set<Node> open, int depth) {
        if (node instanceof ScalarNode s) return scalar(s);
        if (depth > MAX_DEPTH) {                      // reachable only through aliases: the document is bounded
            cx.error(node, name + " nests more than " + MAX_DEPTH + " levels deep through aliases (*name); write "
                    + "the values out instead");
            return null;
        }
        if (!open.add(node)) {
            cx.error(node, name + " refers to itself through an alias (*name); write the values out instead");
            return null;
        }
        try {
            if (node instanceof SequenceNode seq) {
                List<Object> list = new ArrayList<>();
                for (Node item : seq.getValue()) list.add(plain(item, name, cx, open, depth + 1));
                return Collections.unmodifiableList(list);
            }
            Map<String, Object> map = new LinkedHashMap<>();
            Map<String, Node> firstKeys = new LinkedHashMap<>();
            for (NodeTuple t : ((MappingNode) node).getValue()) {
                if (!(t.getKeyNode() instanceof ScalarNode k)) {
                    cx.error(t.getKeyNode(), "a key in " + name + " is " + describe(t.getKeyNode())
                            + "; keys must be plain names");
                    continue;
                }
                String key = k.getValue();
                Node first = firstKeys.putIfAbsent(key, k);
                if (first != null) {
                    cx.error(k, "duplicate key " + quote(key) + " in " + name + " (first at line " + cx.line(first)
                            + "); keep only one of them");
                    continue;
                }
                map.put(key, plain(t.getValueNode(), name, cx, open, depth + 1));
            }
            return Collections.unmodifiableMap(map);
        } finally {
            open.remove(node);
        }
    }

    private static Object scalar(ScalarNode s) {
        String text = s.getValue();
        Tag tag = s.getTag();
        if (Tag.NULL.equals(tag)) return null;
        if (Tag.BOOL.equals(tag)) return Boolean.valueOf(text.trim().toLowerCase(Locale.ROOT).equals("true"));
        if (Tag.INT.equals(tag)) {
            BigInteger big = integer(text.trim());
            if (big == null) return text;
            return big.bitLength() < 64 ? (Object) big.longValue() : (Object) big.doubleValue();
        }
        if (Tag.FLOAT.equals(tag)) {
            String t = text.trim().toLowerCase(Locale.ROOT);
            if (t.endsWith(".inf")) return t.startsWith("-") ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY;
            if (t.equals(".nan")) return Double.NaN;
            try {
                return Double.parseDouble(t);
            } catch (NumberFormatException e) {
                return text;                                   // a float by the schema but not by Java: keep the text
            }
        }
        return text;
    }

    /** YAML 1.2 core-schema integers: decimal, 0o octal, 0x hex. */
    private static BigInteger integer(String t) {
        try {
            if (t.startsWith("0x")) return new BigInteger(t.substring(2), 16);
            if (t.startsWith("0o")) return new BigInteger(t.substring(2), 8);
            return new BigInteger(t.startsWith("+") ? t.substring(1) : t);
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
