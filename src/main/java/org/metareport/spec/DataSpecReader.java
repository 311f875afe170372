package org.metareport.spec;

import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.metareport.problems.Where;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;

/** Maps {@code data:} to a {@link DataSpec}: the data files (which must exist), the study column, joins and filters. */
final class DataSpecReader {
    static final List<String> KEYS = List.of("effects", "studies", "study", "id", "join", "label", "effect_label",
            "exclude", "include", "derive", "na", "text_as_missing");
    static final List<String> TESTS = List.of("at_least", "above", "below", "at_most", "equals");
    private static final List<String> SOURCE_KEYS = List.of("file", "sheet");
    private static final List<String> FILTER_KEYS = List.of("column", "values");

    private DataSpecReader() {}

    /** The data block at {@code value} (opened by the key at {@code where}), or empty when something is wrong. */
    static Optional<DataSpec> read(Context cx, Node value, Where where) {
        Optional<Section> found = Section.of(cx, value, "data", "data: {effects: data/findings.csv, study: Study}",
                "'data'", "data.", where, KEYS);
        if (found.isEmpty()) return Optional.empty();
        Section s = found.get();

        Optional<Source> effects = s.value("effects").isPresent()
                ? source(cx, s, "effects")
                : missing(s, "effects", "name the file with one row per effect size, e.g. effects: data/findings.csv");
        Optional<Source> studies = source(cx, s, "studies");
        Optional<ColumnRef> study = s.requireColumn("study", "name the study (cluster) column, e.g. study: Study");
        Optional<ColumnRef> id = s.column("id");
        Optional<ColumnRef> label = s.column("label");
        Optional<ColumnRef> effectLabel = s.column("effect_label");
        Optional<List<ColumnRef>> join = s.columns("join", "join: [Study, Program name]");
        join.ifPresent(j -> {
            if (s.value("studies").isEmpty())
                cx.error(s.keyWhere("join"), "'data.join' says how 'studies' joins 'effects', but there is no "
                        + "'studies' file; add one (e.g. studies: data/studies.csv) or remove 'join'");
            else if (j.isEmpty())
                cx.error(s.value("join").orElseThrow(), "'data.join' is empty; list the columns joining studies "
                        + "to effects, e.g. join: [Study], or remove it to join on the study column");
            duplicates(cx, j, "'data.join'");
        });
        Optional<RowFilter> exclude = filter(cx, s, "exclude");
        Optional<RowFilter> include = filter(cx, s, "include");

        List<Derived> derive = derive(cx, s);
        List<String> na = new ArrayList<>();
        s.list("na", "a list of cell texts read as missing", "na: [\".\", \"-\", \"n/a\"]").ifPresent(list -> {
            for (Node item : list.getValue()) {
                if (item instanceof ScalarNode sc) na.add(sc.getValue().trim());
                else cx.error(item, "each entry of 'data.na' is one cell text, e.g. \".\", not " + Nodes.describe(item));
            }
        });
        List<ColumnRef> textAsMissing = s.value("text_as_missing").isPresent()
                ? s.columns("text_as_missing", "text_as_missing: [Effect.Size]").orElse(List.of()) : List.of();

        if (effects.isEmpty() || study.isEmpty()) return Optional.empty();     // the rest has been reported
        List<ColumnRef> joinColumns = join.filter(j -> !j.isEmpty()).orElse(List.of(study.get()));
        return Optional.of(new DataSpec(effects.get(), studies.orElse(null), study.get(), id.orElse(null),
                joinColumns, label.orElse(null), effectLabel.orElse(null), exclude.orElse(null), include.orElse(null),
                derive, na, textAsMissing, where));
    }

    /** {@code derive: {Name: {from: Column, at_least: 12}, ...}}: 0/1 indicators, in the order written. */
    private static List<Derived> derive(Context cx, Section s) {
        List<Derived> out = new java.util.ArrayList<>();
        Optional<org.snakeyaml.engine.v2.nodes.Node> v = s.value("derive");
        if (v.isEmpty()) return out;
        if (!(v.get() instanceof org.snakeyaml.engine.v2.nodes.MappingNode m)) {
            cx.error(v.get(), "'data.derive' must be a mapping of new columns, e.g. derive: {Longduration: "
                    + "{from: Duration (weeks), at_least: 12}}, not " + Nodes.describe(v.get()));
            return out;
        }
        for (var t : m.getValue()) {
            if (!(t.getKeyNode() instanceof ScalarNode key)) continue;
            String name = key.getValue();
            if (t.getValueNode() instanceof ScalarNode text && !Nodes.isNull(text)) {
                ExpressionReader.read(cx, text, "'data.derive." + name + "'")
                        .ifPresent(e -> out.add(new Derived(name, e, cx.where(key))));
                continue;
            }
            Optional<Section> d = Section.of(cx, t.getValueNode(), "data.derive." + name, "{from: Duration (weeks), "
                    + "at_least: 12}", "'data.derive." + name + "'", "data.derive." + name + ".", cx.where(key),
                    List.of("from", "at_least", "above", "below", "at_most", "equals"));
            if (d.isEmpty()) continue;
            Optional<ColumnRef> from = d.get().requireColumn("from", "name the column it is computed from, e.g. "
                    + "from: Duration (weeks)");
            List<String> tests = TESTS.stream().filter(x -> d.get().value(x).isPresent()).toList();
            if (tests.size() != 1) {
                cx.error(cx.where(key), "'data.derive." + name + "' needs exactly one of " + String.join(", ", TESTS)
                        + ", e.g. {from: Duration (weeks), at_least: 12}");
                continue;
            }
            String test = tests.get(0);
            Optional<ScalarNode> value = d.get().scalar(test, "a number or a value", test + ": 12");
            if (value.isEmpty() || from.isEmpty()) continue;
            if (!test.equals("equals") && Nodes.number(value.get()) == null) {
                cx.error(value.get(), "'" + test + "' needs a number, not " + Nodes.describe(value.get()));
                continue;
            }
            out.add(new Derived(name, from.get(), test, value.get().getValue(), cx.where(key)));
        }
        return out;
    }

    private static Optional<Source> missing(Section s, String key, String hint) {
        s.missing(key, hint);
        return Optional.empty();
    }

    /** {@code key: path} or {@code key: {file: path, sheet: name}}; the file must exist. */
    static Optional<Source> source(Context cx, Section s, String key) {
        Optional<Node> v = s.value(key);
        if (v.isEmpty()) return Optional.empty();
        String name = s.name(key);
        if (v.get() instanceof ScalarNode path) return file(cx, path, name, null);
        if (v.get() instanceof MappingNode m) {
            Section f = new Section(cx, m, name, s.name(key).replace("'", "") + ".", s.keyWhere(key), SOURCE_KEYS);
            Optional<ScalarNode> path = f.value("file").isPresent()
                    ? f.scalar("file", "a file path", "file: data/coding.xlsx")
                    : missingScalar(f, "file", "name the file, e.g. {file: data/coding.xlsx, sheet: Findings}");
            Optional<ScalarNode> sheet = f.scalar("sheet", "a worksheet name", "sheet: Findings");
            if (path.isEmpty()) return Optional.empty();
            String written = path.get().getValue();
            if (sheet.isPresent() && !isExcel(written)) {
                cx.error(sheet.get(), "'sheet' applies only to Excel files (.xlsx), and " + Nodes.quote(written)
                        + " is not one; remove 'sheet'");
                return Optional.empty();
            }
            return file(cx, path.get(), f.name("file"), sheet.map(ScalarNode::getValue).orElse(null));
        }
        cx.error(v.get(), name + " must be a file path, e.g. " + key + ": data/findings.csv, or {file: data/coding.xlsx, "
                + "sheet: Findings}, not " + Nodes.describe(v.get()));
        return Optional.empty();
    }

    private static Optional<ScalarNode> missingScalar(Section s, String key, String hint) {
        s.missing(key, hint);
        return Optional.empty();
    }

    private static boolean isExcel(String path) {
        String p = path.toLowerCase(Locale.ROOT);
        return p.endsWith(".xlsx") || p.endsWith(".xlsm") || p.endsWith(".xls");
    }

    /** A data file named at {@code node}, resolved against the spec's folder; it must be an existing file. */
    private static Optional<Source> file(Context cx, ScalarNode node, String name, String sheet) {
        String written = node.getValue();
        if (written.isBlank()) {
            cx.error(node, name + " is empty; give a file path relative to the spec, e.g. data/findings.csv");
            return Optional.empty();
        }
        Optional<Path> path = resolve(cx, node, name);
        if (path.isEmpty()) return Optional.empty();
        if (!Confinement.inside(cx, node, "data file", written, path.get())) return Optional.empty();
        if (Files.isDirectory(path.get())) {
            cx.error(node, Nodes.quote(written) + " is a folder (" + path.get() + "); name a data file in it, "
                    + "e.g. " + written.replaceAll("/+$", "") + "/findings.csv");
            return Optional.empty();
        }
        if (!Files.exists(path.get())) {
            cx.error(node, "file " + Nodes.quote(written) + " not found (looked in " + path.get() + "); paths are "
                    + "relative to the folder of the spec");
            return Optional.empty();
        }
        if (!Confinement.readable(cx, node, "data file", written, path.get(), cx.scope().maxInputSize(),
                "; raise the limit with --max-input-size SIZE (e.g. 1G) if the file is right")) return Optional.empty();
        return Optional.of(new Source(path.get(), cx.besideSpec(written), sheet, cx.where(node)));
    }

    /** A path written at {@code node}, absolute and normalised, or empty (reported) when it is not a valid path. */
    static Optional<Path> resolve(Context cx, ScalarNode node, String name) {
        try {
            return Optional.of(cx.folder().resolve(node.getValue()).toAbsolutePath().normalize());
        } catch (InvalidPathException e) {
            cx.error(node, name + " is not a valid path: " + Nodes.quote(node.getValue()) + "; check for stray "
                    + "characters");
            return Optional.empty();
        }
    }

    /** {@code exclude:} / {@code include:} as {@code {column: Drop, values: ["1"]}}. */
    private static Optional<RowFilter> filter(Context cx, Section s, String key) {
        Optional<Node> v = s.value(key);
        if (v.isEmpty()) return Optional.empty();
        String example = key + ": {column: Drop, values: [\"" + (key.equals("exclude") ? "1" : "0") + "\"]}";
        if (v.get() instanceof ScalarNode text && !Nodes.isNull(text))
            return ExpressionReader.read(cx, text, "'data." + key + "'")
                    .map(e -> new RowFilter(null, List.of(), e, s.keyWhere(key)));
        Optional<Section> found = Section.of(cx, v.get(), "data." + key, example, "'data." + key + "'",
                "data." + key + ".", s.keyWhere(key), FILTER_KEYS);
        if (found.isEmpty()) return Optional.empty();
        Section f = found.get();
        Optional<ColumnRef> column = f.requireColumn("column", "name the column to test, e.g. " + example);
        List<String> values = new ArrayList<>();
        boolean ok = true;
        if (f.value("values").isEmpty()) {
            f.missing("values", "list the cell values that select a row, e.g. " + example);
            ok = false;
        } else {
            Optional<SequenceNode> list = f.list("values", "a list of cell values", "values: [\"1\"]");
            if (list.isEmpty()) ok = false;
            else if (list.get().getValue().isEmpty()) {
                cx.error(list.get(), "'data." + key + ".values' is empty; list at least one cell value, e.g. values: [\"1\"]");
                ok = false;
            } else {
                for (Node item : list.get().getValue()) {
                    if (item instanceof ScalarNode sc && !Nodes.isNull(sc)) values.add(sc.getValue().trim());
                    else {
                        cx.error(item, "each entry of 'data." + key + ".values' must be one cell value, e.g. \"1\", not "
                                + Nodes.describe(item));
                        ok = false;
                    }
                }
            }
        }
        if (!ok || column.isEmpty()) return Optional.empty();
        return Optional.of(new RowFilter(column.get(), values, s.keyWhere(key)));
    }

    /** Reports a column listed twice, at the second. */
    static void duplicates(Context cx, List<ColumnRef> columns, String name) {
        List<String> seen = new ArrayList<>();
        for (ColumnRef c : columns) {
            if (seen.contains(c.name()))
                cx.error(c.where(), "column " + Nodes.quote(c.name()) + " is listed twice in " + name + "; list it once");
            seen.add(c.name());
        }
    }
}
