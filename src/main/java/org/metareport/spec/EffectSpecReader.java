package org.metareport.spec;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.metareport.vocabulary.EffectTransform;
import org.metareport.vocabulary.Measure;
import org.metareport.problems.Where;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;

/**
 * Maps {@code effect:} to an {@link EffectSpec}: the measure, its column arguments (metafor's names, checked against
 * {@link Measure#arguments()}), and the optional pre-test, reported, cluster and reverse columns.
 */
final class EffectSpecReader {
    static final List<String> KEYS = List.of("measure", "columns", "pre", "reported", "cluster", "reverse",
            "transform");
    private static final List<String> PRE_ARGUMENTS = List.of("m1i", "sd1i", "m2i", "sd2i", "n1i", "n2i");
    private static final List<String> PRE_REQUIRED = List.of("m1i", "sd1i", "m2i", "sd2i");
    private static final List<String> CLUSTER_KEYS = List.of("when", "icc", "clusters1i", "clusters2i");
    private static final String COLUMNS_EXAMPLE = "columns: {m1i: T_Mean, sd1i: T_SD, n1i: T_N, m2i: C_Mean, "
            + "sd2i: C_SD, n2i: C_N}";

    private EffectSpecReader() {}

    static Optional<EffectSpec> read(Context cx, Node value, Where where) {
        Optional<Section> found = Section.of(cx, value, "effect", "effect: {measure: SMD, columns: {...}}",
                "'effect'", "effect.", where, KEYS);
        if (found.isEmpty()) return Optional.empty();
        Section s = found.get();

        Optional<Measure> measure = s.value("measure").isPresent()
                ? s.choice("measure", "measure", Measure::find, Measure.choices(), Hints::measure)
                : missing(s, "measure", "choose one of " + Measure.choices() + ", e.g. measure: SMD");
        Map<String, ColumnRef> columns = new LinkedHashMap<>();
        if (s.value("columns").isEmpty()) {
            s.missing("columns", "map the measure's arguments to your columns, e.g. " + COLUMNS_EXAMPLE);
        } else {
            arguments(cx, s, "columns", COLUMNS_EXAMPLE).ifPresent(args -> {
                measure.ifPresent(m -> checkColumns(cx, s, m, args));
                args.forEach((k, c) -> columns.put(k, c.column));
            });
        }
        Map<String, ColumnRef> pre = new LinkedHashMap<>();
        arguments(cx, s, "pre", "pre: {m1i: T_Mean_Pre, sd1i: T_SD_Pre, m2i: C_Mean_Pre, sd2i: C_SD_Pre}")
                .ifPresent(args -> {
                    if (measure.isPresent() && measure.get() != Measure.SMD)
                        cx.error(s.keyWhere("pre"), "'effect.pre' gives yi = g(post) - g(pre) and applies only to "
                                + "measure: SMD, not " + measure.get() + "; remove 'pre' or use measure: SMD");
                    else checkPre(cx, s, args);
                    args.forEach((k, c) -> pre.put(k, c.column));
                });
        Optional<ColumnRef> reported = s.column("reported");
        Optional<ClusterSpec> cluster = cluster(cx, s, measure);
        Optional<ColumnRef> reverse = s.column("reverse");
        Optional<EffectTransform> transform = s.value("transform").isPresent()
                ? s.choice("transform", "transform", EffectTransform::find, EffectTransform.choices(),
                        EffectSpecReader::transformHint)
                : Optional.empty();

        if (measure.isEmpty()) return Optional.empty();
        return Optional.of(new EffectSpec(measure.get(), columns, pre, reported.orElse(null), cluster.orElse(null),
                reverse.orElse(null), transform.orElse(null), where));
    }

    /** A hint for a transform that names the analysis scale instead of the way back from it. */
    private static Optional<String> transformHint(String written) {
        String w = written.trim().toLowerCase(java.util.Locale.ROOT);
        if (w.equals("log") || w.equals("ln") || w.equals("log scale"))
            return Optional.of("ratio measures are analysed as logs; exp reports them as ratios, none keeps the logs");
        if (w.equals("fisher") || w.equals("z") || w.equals("atanh"))
            return Optional.of("tanh (or r) reports Fisher's z as correlations, none keeps z");
        if (w.equals("logit"))
            return Optional.of("plogis reports logits as proportions, none keeps the logits");
        return Optional.empty();
    }

    private static <T> Optional<T> missing(Section s, String key, String hint) {
        s.missing(key, hint);
        return Optional.empty();
    }

    /** A column argument as written: its key node and its column. */
    private record Argument(ScalarNode key, ColumnRef column) {}

    /** A mapping of argument name → column, duplicates and shapes checked (names are checked by the caller). */
    private static Optional<Map<String, Argument>> arguments(Context cx, Section s, String key, String example) {
        Optional<Node> v = s.value(key);
        if (v.isEmpty()) return Optional.empty();
        if (!(v.get() instanceof MappingNode m)) {
            cx.error(v.get(), s.name(key) + " must map argument names to columns, e.g. " + example + ", not "
                    + Nodes.describe(v.get()));
            return Optional.empty();
        }
        Section args = new Section(cx, m, s.name(key), "effect." + key + ".", s.keyWhere(key), null);
        Map<String, Argument> out = new LinkedHashMap<>();
        for (NodeTuple t : m.getValue()) {
            if (!(t.getKeyNode() instanceof ScalarNode k) || out.containsKey(k.getValue())) continue;  // reported
            String arg = k.getValue();
            if (Nodes.isNull(t.getValueNode())) {
                cx.error(k, args.name(arg) + " is empty; give the column holding " + arg + ", e.g. " + arg + ": Column");
                continue;
            }
            args.column(t.getValueNode(), args.name(arg), arg + ": Column").ifPresent(c -> out.put(arg, new Argument(k, c)));
        }
        return Optional.of(out);
    }

    /** The measure's arguments are all present (PRE: yi and exactly one of vi, sei) and no others are given. */
    private static void checkColumns(Context cx, Section s, Measure measure, Map<String, Argument> args) {
        List<String> allowed = measure == Measure.PRE ? List.of("yi", "vi", "sei") : measure.arguments();
        String uses = measure == Measure.PRE ? "yi with vi or sei" : String.join(", ", measure.arguments());
        List<String> backwards = new ArrayList<>();    // "M1: m1i": reported once, not also as a missing m1i
        for (Map.Entry<String, Argument> e : args.entrySet()) {
            String arg = e.getKey();
            if (allowed.contains(arg)) continue;
            StringBuilder m = new StringBuilder(Nodes.quote(arg) + " is not a column argument of measure " + measure);
            String column = e.getValue().column.name();
            if (allowed.contains(column)) backwards.add(column);
            if (allowed.contains(column))
                m.append(" (write the argument first, e.g. ").append(column).append(": ").append(arg).append(")");
            else Spelling.closest(arg, allowed).ifPresent(c -> m.append(" (did you mean '").append(c).append("'?)"));
            m.append("; ").append(measure).append(" uses ").append(uses);
            cx.error(e.getValue().key, m.toString());
        }
        List<String> written = writtenKeys(s.value("columns").orElseThrow());   // an empty one is reported already
        List<String> absent = measure.arguments().stream()
                .filter(a -> !written.contains(a) && !backwards.contains(a)).toList();
        if (!absent.isEmpty())
            cx.error(s.keyWhere("columns"), "measure " + measure + " needs " + quoted(absent) + " in 'effect.columns' ("
                    + "it uses " + uses + "); add the missing column" + (absent.size() > 1 ? "s" : "")
                    + (measure == Measure.PRE ? ", e.g. columns: {yi: Effect.Size, vi: var}" : ""));
        if (measure == Measure.PRE) {
            if (!written.contains("vi") && !written.contains("sei"))
                cx.error(s.keyWhere("columns"), "measure PRE needs 'vi' (sampling variance) or 'sei' (standard "
                        + "error) in 'effect.columns' besides 'yi', e.g. columns: {yi: Effect.Size, vi: var}");
            else if (args.containsKey("vi") && args.containsKey("sei"))
                cx.error(args.get("sei").key, "measure PRE takes either 'vi' or 'sei', not both; remove one of them");
        }
    }

    /** {@code pre:} needs m1i, sd1i, m2i, sd2i and may give n1i, n2i. */
    private static void checkPre(Context cx, Section s, Map<String, Argument> args) {
        for (Map.Entry<String, Argument> e : args.entrySet()) {
            if (PRE_ARGUMENTS.contains(e.getKey())) continue;
            String close = Spelling.closest(e.getKey(), PRE_ARGUMENTS).map(c -> " (did you mean '" + c + "'?)").orElse("");
            cx.error(e.getValue().key, Nodes.quote(e.getKey()) + " is not a pre-test argument" + close
                    + "; 'effect.pre' takes " + String.join(", ", PRE_ARGUMENTS));
        }
        List<String> written = writtenKeys(s.value("pre").orElseThrow());
        List<String> absent = PRE_REQUIRED.stream().filter(a -> !written.contains(a)).toList();
        if (!absent.isEmpty())
            cx.error(s.keyWhere("pre"), "'effect.pre' needs " + quoted(absent) + " (the pre-test means and SDs: "
                    + "m1i, sd1i, m2i, sd2i; n1i and n2i are optional)");
    }

    /** {@code cluster: {when, icc, clusters1i, clusters2i}}: only for SMD; icc in [0, 1). */
    private static Optional<ClusterSpec> cluster(Context cx, Section s, Optional<Measure> measure) {
        Optional<Node> v = s.value("cluster");
        if (v.isEmpty()) return Optional.empty();
        String example = "cluster: {when: Clustered, icc: 0.2, clusters1i: T_Clusters, clusters2i: C_Clusters}";
        Optional<Section> found = Section.of(cx, v.get(), "effect.cluster", example, "'effect.cluster'",
                "effect.cluster.", s.keyWhere("cluster"), CLUSTER_KEYS);
        if (found.isEmpty()) return Optional.empty();
        Section c = found.get();
        if (measure.isPresent() && measure.get() != Measure.SMD)
            cx.error(s.keyWhere("cluster"), "'effect.cluster' adjusts Hedges' g (Hedges 2007) and applies only to "
                    + "measure: SMD, not " + measure.get() + "; remove it or use measure: SMD");
        Optional<ColumnRef> when = c.column("when");
        Optional<Double> icc = c.value("icc").isPresent()
                ? c.number("icc", "a number from 0 to below 1", "icc: 0.2")
                : missing(c, "icc", "give the intraclass correlation, e.g. icc: 0.2");
        icc.filter(x -> x < 0 || x >= 1).ifPresent(x -> cx.error(c.value("icc").orElseThrow(),
                "'effect.cluster.icc' is " + number(x) + "; the intraclass correlation must be at least 0 and below 1, "
                        + "e.g. icc: 0.2"));
        Optional<ColumnRef> c1 = c.requireColumn("clusters1i", "name the column with the number of treatment-group "
                + "clusters, e.g. clusters1i: T_Clusters");
        Optional<ColumnRef> c2 = c.requireColumn("clusters2i", "name the column with the number of control-group "
                + "clusters, e.g. clusters2i: C_Clusters");
        if (icc.isEmpty() || c1.isEmpty() || c2.isEmpty()) return Optional.empty();
        return Optional.of(new ClusterSpec(when.orElse(null), icc.get(), c1.get(), c2.get(), s.keyWhere("cluster")));
    }

    /** The keys written in a mapping node, whatever their values. */
    private static List<String> writtenKeys(Node mapping) {
        List<String> keys = new ArrayList<>();
        for (NodeTuple t : ((MappingNode) mapping).getValue())
            if (t.getKeyNode() instanceof ScalarNode k) keys.add(k.getValue());
        return keys;
    }

    /** 'a', 'b' and 'c'. */
    static String quoted(List<String> names) {
        List<String> q = new ArrayList<>(names.stream().map(n -> "'" + n + "'").toList());
        if (q.size() == 1) return q.get(0);
        String last = q.remove(q.size() - 1);
        return q.stream().collect(Collectors.joining(", ")) + " and " + last;
    }

    /** A number as the user would write it: 1.5, 2 (not 2.0). */
    static String number(double x) {
        return java.math.BigDecimal.valueOf(x).stripTrailingZeros().toPlainString();
    }
}
