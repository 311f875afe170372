package org.metareport.verify;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Compares two results.json trees number by number. Paths name list entries by their id, term or label where they
 * have one ({@code analyses[overall].coefficients[intercept].estimate}), so a difference is found by name. Numbers
 * agree when |a − b| ≤ tolerance·max(|a|, |b|) (or both are exactly equal, e.g. 0); text, booleans and nulls must be
 * equal; a field present on one side only is a difference.
 */
public final class NumberComparison {
    private NumberComparison() {}

    /** One compared leaf. {@code expected} is the earlier run's value (as text), {@code actual} the new one. */
    public record Leaf(String path, String expected, String actual, boolean number, boolean same, double relative) {}

    /** Every leaf of both trees, in the earlier run's order, then those only in the new run. */
    public static List<Leaf> compare(JsonNode expected, JsonNode actual, double tolerance) {
        List<Leaf> out = new ArrayList<>();
        walk("", expected, actual, tolerance, out);
        return out;
    }

    private static void walk(String path, JsonNode e, JsonNode a, double tol, List<Leaf> out) {
        if (e != null && e.isObject() && a != null && a.isObject()) {
            for (Iterator<Map.Entry<String, JsonNode>> it = e.properties().iterator(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> f = it.next();
                walk(join(path, f.getKey()), f.getValue(), a.get(f.getKey()), tol, out);
            }
            for (Iterator<Map.Entry<String, JsonNode>> it = a.properties().iterator(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> f = it.next();
                if (!e.has(f.getKey())) walk(join(path, f.getKey()), null, f.getValue(), tol, out);
            }
            return;
        }
        if (e != null && e.isArray() && a != null && a.isArray()) {
            int n = Math.max(e.size(), a.size());
            for (int i = 0; i < n; i++) {
                JsonNode ei = i < e.size() ? e.get(i) : null;
                JsonNode ai = i < a.size() ? a.get(i) : null;
                walk(path + "[" + name(ei != null ? ei : ai, i) + "]", ei, ai, tol, out);
            }
            return;
        }
        if (e != null && (e.isContainerNode()) || a != null && a.isContainerNode()) {
            out.add(new Leaf(path, text(e), text(a), false, false, Double.NaN));
            return;
        }
        if (e != null && e.isNumber() && a != null && a.isNumber()) {
            double x = e.asDouble(), y = a.asDouble();
            double rel = x == y ? 0 : Math.abs(x - y) / Math.max(Math.abs(x), Math.abs(y));
            out.add(new Leaf(path, text(e), text(a), true, rel <= tol, rel));
            return;
        }
        boolean same = e != null && a != null && e.equals(a);
        out.add(new Leaf(path, text(e), text(a), false, same, Double.NaN));
    }

    /** A list entry's name: its id, term, label, omitted or study when it has one, else its 1-based position. */
    static String name(JsonNode n, int i) {
        if (n != null && n.isObject()) {
            for (String key : List.of("id", "term", "omitted", "added", "label", "study", "moderator", "level")) {
                JsonNode v = n.get(key);
                if (v != null && v.isTextual()) {
                    JsonNode row = n.get("row");
                    return v.asText() + (row != null && row.isNumber() && !key.equals("id") && !key.equals("term")
                            ? "@" + row.asInt() : "");
                }
            }
        }
        return String.valueOf(i + 1);
    }

    private static String join(String path, String key) {
        return path.isEmpty() ? key : path + "." + key;
    }

    private static String text(JsonNode n) {
        if (n == null) return "(absent)";
        if (n.isNumber()) return n.numberValue().toString();
        if (n.isTextual()) return n.asText();
        if (n.isContainerNode()) return n.isArray() ? "(list)" : "(object)";
        return n.toString();
    }

    /** A relative difference for a table: {@code 1.2e-04}. */
    public static String relative(double r) {
        return Double.isNaN(r) ? "" : String.format(Locale.ROOT, "%.1e", r);
    }
}
