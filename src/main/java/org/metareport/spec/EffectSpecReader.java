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
    static final List<String> KEYS = List.of("measure", "columns", "pre", "reported", "cluster", "reverse", "ratio",
            "ci_level", "sources", "disagreement", "precomputed", "transform", "alternative");
    private static final List<String> ALTERNATIVE_KEYS = List.of("measure", "columns");
    private static final List<String> PRE_ARGUMENTS = List.of("m1i", "sd1i", "m2i", "sd2i", "n1i", "n2i");
    private static final List<String> PRE_REQUIRED = List.of("m1i", "sd1i", "m2i", "sd2i");
    private static final List<String> CLUSTER_KEYS = List.of("when", "icc", "clusters1i", "clusters2i", "variant", "n",
            "variance");
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
        Map<String, ColumnRef> precomputed = new LinkedHashMap<>();
        arguments(cx, s, "precomputed", "precomputed: {yi: d, vi: v}").ifPresent(args -> {
            args.forEach((k, c) -> precomputed.put(k, c.column));
            boolean ok = precomputed.containsKey("yi") && precomputed.size() == 2
                    && (precomputed.containsKey("vi") || precomputed.containsKey("sei"));
            if (!ok) cx.error(s.keyWhere("precomputed"), "'effect.precomputed' takes yi with vi or with sei (the "
                    + "effect on the analysis scale and its variance or standard error), e.g. precomputed: {yi: d, vi: v}; "
                    + "got " + String.join(", ", precomputed.keySet()));
        });
        Optional<EffectSpec.Alternative> alternative = alternative(cx, s, measure);
        Optional<ClusterSpec> cluster = cluster(cx, s, measure);
        Optional<ColumnRef> reverse = s.column("reverse");
        EffectSpec.Interval interval = interval(cx, s, measure, columns);
        List<String> sources = new ArrayList<>();
        s.list("sources", "a list of effect-size sources", "sources: [pre_post, reported, post]").ifPresent(list -> {
            for (Node item : list.getValue()) {
                String name = item instanceof ScalarNode sc ? sc.getValue() : "";
                if (!EffectSpec.SOURCES.contains(name)) {
                    cx.error(item, "unknown effect-size source " + Nodes.quote(name) + "; use "
                            + String.join(", ", EffectSpec.SOURCES) + Spelling.closest(name, EffectSpec.SOURCES)
                            .map(c -> " (did you mean '" + c + "'?)").orElse(""));
                } else if (sources.contains(name)) {
                    cx.error(item, "source " + Nodes.quote(name) + " is listed twice in 'effect.sources'; list it once");
                } else if (name.equals("reported") && reported.isEmpty()) {
                    cx.error(item, "source 'reported' needs 'effect.reported' (the column with the reported effect)");
                } else if (name.equals("yi_vi") && s.value("precomputed").isEmpty()) {
                    cx.error(item, "source 'yi_vi' needs 'effect.precomputed' (the columns yi and vi or sei), e.g. "
                            + "precomputed: {yi: d, vi: v}");
                } else if (name.equals("alternative") && s.value("alternative").isEmpty()) {
                    cx.error(item, "source 'alternative' needs 'effect.alternative' (a second measure's columns), e.g. "
                            + "alternative: {measure: SMD, columns: {m1i: T_Change, sd1i: T_Change_SD, ...}}");
                } else if (name.equals("pre_post") && s.value("pre").isEmpty()) {
                    cx.error(item, "source 'pre_post' needs 'effect.pre' (the pre-test columns)");
                } else sources.add(name);
            }
            if (!sources.contains("post") && list.getValue().size() == sources.size())
                cx.error(list, "'effect.sources' must include post (the measure on 'effect.columns'), e.g. sources: "
                        + "[pre_post, reported, post]");
        });
        Optional<Double> disagreement = s.value("disagreement").isPresent()
                ? s.number("disagreement", "a number above 0", "disagreement: 0.1") : Optional.empty();
        disagreement.filter(d -> !(d > 0)).ifPresent(d -> cx.error(s.value("disagreement").orElseThrow(),
                "'effect.disagreement' must be above 0, e.g. disagreement: 0.1"));
        Optional<EffectTransform> transform = s.value("transform").isPresent()
                ? s.choice("transform", "transform", EffectTransform::find, EffectTransform.choices(),
                        EffectSpecReader::transformHint)
                : Optional.empty();

        if (measure.isEmpty()) return Optional.empty();
        return Optional.of(new EffectSpec(measure.get(), columns, pre, reported.orElse(null), cluster.orElse(null),
                reverse.orElse(null), interval, sources, disagreement.orElse(null), precomputed,
                transform.orElse(null), alternative.orElse(null), where));
    }

    /**
     * {@code alternative: {measure, columns}}: a second measure's columns (e.g. change scores, adjusted means), its
     * measure on the same scale as {@code effect.measure}: today the same measure, as yi of two measures on different
     * scales (SMD and MD, SMD and OR) cannot be pooled.
     */
    private static Optional<EffectSpec.Alternative> alternative(Context cx, Section s, Optional<Measure> main) {
        Optional<Node> v = s.value("alternative");
        if (v.isEmpty()) return Optional.empty();
        String example = "alternative: {measure: SMD, columns: {m1i: T_Change, sd1i: T_Change_SD, n1i: T_N, "
                + "m2i: C_Change, sd2i: C_Change_SD, n2i: C_N}}";
        Optional<Section> found = Section.of(cx, v.get(), "effect.alternative", example, "'effect.alternative'",
                "effect.alternative.", s.keyWhere("alternative"), ALTERNATIVE_KEYS);
        if (found.isEmpty()) return Optional.empty();
        Section a = found.get();
        Optional<Measure> measure = a.value("measure").isPresent()
                ? a.choice("measure", "measure", Measure::find, Measure.choices(), Hints::measure)
                : missing(a, "measure", "give the alternative's measure, the same as 'effect.measure', e.g. measure: SMD");
        if (measure.isPresent() && main.isPresent() && measure.get() != main.get()) {
            cx.error(a.value("measure").orElseThrow(), "'effect.alternative.measure' is " + measure.get() + " ("
                    + measure.get().description() + ") but 'effect.measure' is " + main.get() + " ("
                    + main.get().description() + "); effects on two scales cannot be pooled: give the alternative's "
                    + "columns for measure: " + main.get() + " or remove 'effect.alternative'");
            return Optional.empty();
        }
        Map<String, ColumnRef> columns = new LinkedHashMap<>();
        if (a.value("columns").isEmpty()) {
            a.missing("columns", "map the measure's arguments to your columns, e.g. " + example);
            return Optional.empty();
        }
        arguments(cx, a, "columns", example).ifPresent(args -> {
            measure.ifPresent(m -> checkColumns(cx, a, m, args));
            args.forEach((k, c) -> columns.put(k, c.column));
        });
        if (measure.isEmpty() || columns.isEmpty()) return Optional.empty();
        return Optional.of(new EffectSpec.Alternative(measure.get(), columns));
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
        List<String> allowed = measure.accepted();
        String uses = measure == Measure.PRE ? "yi with vi, sei, or ci.lb and ci.ub"
                : String.join(", ", measure.arguments()) + substitutes(measure);
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
        List<String> absent = measure.needed(written).stream()
                .filter(a -> !written.contains(a) && !backwards.contains(a)).toList();
        if (!absent.isEmpty())
            cx.error(s.keyWhere("columns"), "measure " + measure + " needs " + quoted(absent) + " in 'effect.columns' ("
                    + "it uses " + uses + "); add the missing column" + (absent.size() > 1 ? "s" : "")
                    + (measure == Measure.PRE ? ", e.g. columns: {yi: Effect.Size, vi: var}" : ""));
        if (measure == Measure.PRE) checkPrecomputed(cx, s, args, written);
    }

    /**
     * {@code ratio: true} and {@code ci_level: 90}: how measure PRE reads an estimate with its confidence interval
     * (metafor's {@code conv.wald(out, ci.lb, ci.ub, level, transf = log)}).
     */
    private static EffectSpec.Interval interval(Context cx, Section s, Optional<Measure> measure,
                                                Map<String, ColumnRef> columns) {
        boolean ratio = false;
        double level = EffectSpec.Interval.DEFAULT.level();
        boolean pre = measure.isPresent() && measure.get() == Measure.PRE;
        if (s.value("ratio").isPresent()) {
            if (measure.isPresent() && !pre)
                cx.error(s.keyWhere("ratio"), "'effect.ratio' says precomputed estimates are ratios and applies only to "
                        + "measure: PRE, not " + measure.get() + "; remove it");
            ratio = s.flag("ratio").orElse(false);
        }
        if (s.value("ci_level").isPresent()) {
            if (measure.isPresent() && !pre || pre && !columns.containsKey("ci.lb"))
                cx.error(s.keyWhere("ci_level"), "'effect.ci_level' is the level of the confidence interval in "
                        + "'ci.lb' and 'ci.ub' (measure: PRE); remove it or give those columns");
            Optional<Double> l = s.number("ci_level", "a percentage between 50 and 100", "ci_level: 90");
            l.filter(x -> !(x > 50 && x < 100)).ifPresent(x -> cx.error(s.value("ci_level").orElseThrow(),
                    "'effect.ci_level' is " + number(x) + "; give the interval's level in percent, e.g. ci_level: 90"));
            level = l.filter(x -> x > 50 && x < 100).orElse(level);
        }
        return new EffectSpec.Interval(ratio, level);
    }

    /** PRE: yi with exactly one of vi, sei, or the pair ci.lb and ci.ub. */
    private static void checkPrecomputed(Context cx, Section s, Map<String, Argument> args, List<String> written) {
        boolean ci = written.contains("ci.lb") || written.contains("ci.ub");
        long given = (written.contains("vi") ? 1 : 0) + (written.contains("sei") ? 1 : 0) + (ci ? 1 : 0);
        if (given == 0)
            cx.error(s.keyWhere("columns"), "measure PRE needs 'vi' (sampling variance), 'sei' (standard error) or "
                    + "'ci.lb' and 'ci.ub' (a confidence interval) in 'effect.columns' besides 'yi', e.g. "
                    + "columns: {yi: Effect.Size, vi: var}");
        else if (given > 1) {
            String second = args.containsKey("sei") && args.containsKey("vi") ? "sei"
                    : args.containsKey("ci.lb") ? "ci.lb" : "ci.ub";
            if (args.containsKey(second))
                cx.error(args.get(second).key, "measure PRE takes one of 'vi', 'sei' or 'ci.lb' with 'ci.ub', not "
                        + "several; remove all but one");
        } else if (ci && !(written.contains("ci.lb") && written.contains("ci.ub")))
            cx.error(s.keyWhere("columns"), "measure PRE with a confidence interval needs both 'ci.lb' and 'ci.ub' in "
                    + "'effect.columns'; add the missing bound");
    }

    /** " (or n1i for bi, n2i for di)" for the 2×2 measures, "" for the others. */
    private static String substitutes(Measure measure) {
        if (measure.substitutes().isEmpty()) return "";
        return " (or " + measure.arguments().stream().filter(measure.substitutes()::containsKey)
                .map(a -> measure.substitutes().get(a) + " for " + a).collect(Collectors.joining(", ")) + ")";
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
        Optional<ColumnRef> iccColumn = c.value("icc").filter(iv -> iv instanceof ScalarNode sc && !Nodes.isNull(sc)
                && Nodes.number(sc) == null).flatMap(iv -> c.column("icc"));
        Optional<Double> icc = iccColumn.isPresent() ? Optional.of(0.0) : c.value("icc").isPresent()
                ? c.number("icc", "a number from 0 to below 1, or a column", "icc: 0.2")
                : missing(c, "icc", "give the intraclass correlation, e.g. icc: 0.2, or a column of them, e.g. icc: ICC");
        Optional<String> variant = c.value("variant").isPresent()
                ? c.choice("variant", "variant", x -> List.of("authors", "hedges2007").contains(x) ? Optional.of(x)
                        : Optional.empty(), "authors, hedges2007", x -> Optional.empty()) : Optional.of("authors");
        Optional<String> variance = c.value("variance").isPresent()
                ? c.choice("variance", "variance", x -> List.of("adjusted", "lipsey_wilson").contains(x) ? Optional.of(x)
                        : Optional.empty(), "adjusted, lipsey_wilson", x -> Optional.empty()) : Optional.of("adjusted");
        Optional<ColumnRef> total = c.column("n");
        icc.filter(x -> x < 0 || x >= 1).ifPresent(x -> cx.error(c.value("icc").orElseThrow(),
                "'effect.cluster.icc' is " + number(x) + "; the intraclass correlation must be at least 0 and below 1, "
                        + "e.g. icc: 0.2"));
        Optional<ColumnRef> c1 = c.requireColumn("clusters1i", "name the column with the number of treatment-group "
                + "clusters, e.g. clusters1i: T_Clusters");
        Optional<ColumnRef> c2 = c.requireColumn("clusters2i", "name the column with the number of control-group "
                + "clusters, e.g. clusters2i: C_Clusters");
        if (icc.isEmpty() || c1.isEmpty() || c2.isEmpty() || variant.isEmpty() || variance.isEmpty()) return Optional.empty();
        return Optional.of(new ClusterSpec(when.orElse(null), icc.get(), iccColumn.orElse(null), c1.get(), c2.get(),
                variant.get(), total.orElse(null), variance.get(), s.keyWhere("cluster")));
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
