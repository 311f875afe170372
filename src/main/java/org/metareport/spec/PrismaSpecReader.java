package org.metareport.spec;

import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.metareport.problems.InputException;
import org.metareport.problems.Problem;
import org.metareport.problems.Where;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;

/**
 * Maps {@code prisma:} to a {@link PrismaSpec}: inline counts, or the name of a YAML file holding them (a mapping of
 * the same keys, optionally under a top-level {@code prisma:}). Every count is read at its own mark, in the file it is
 * written in; a count is a whole number of 0 or more ({@code 11,658} is reported with the fix). Boxes with parts
 * (databases, registers, other methods, reasons for exclusion) take a mapping {@code {name: count}} or a list of
 * one-entry mappings; a reason may be {@code rest}, the remainder of its box.
 */
final class PrismaSpecReader {
    static final List<String> KEYS = List.of("identified", "databases", "registers", "other_methods", "duplicates",
            "automation_removed", "other_removed", "screened", "screen_excluded", "sought", "not_retrieved", "assessed",
            "full_text_excluded", "included_studies", "included_reports", "other_methods_reports");
    static final List<String> OTHER_KEYS = List.of("sought", "not_retrieved", "assessed", "excluded");
    /** The value of a reason that stands for whatever the other reasons leave of the box. */
    static final String REST = "rest";
    private static final Pattern WHOLE = Pattern.compile("\\+?\\d+");
    private static final Pattern GROUPED = Pattern.compile("\\d{1,3}([,\u00a0 ']\\d{3})+");
    private static final Map<String, String> EXAMPLES = new LinkedHashMap<>();

    static {
        String[][] examples = {{"identified", "11658"}, {"databases", "6111"}, {"registers", "0"},
            {"other_methods", "4935"}, {"duplicates", "2627"}, {"automation_removed", "0"}, {"other_removed", "0"},
            {"screened", "8419"}, {"screen_excluded", "8172"}, {"sought", "247"}, {"not_retrieved", "0"},
            {"assessed", "247"}, {"full_text_excluded", "218"}, {"included_studies", "29"},
            {"included_reports", "29"}, {"excluded", "12"}};
        for (String[] e : examples) EXAMPLES.put(e[0], e[1]);
    }

    private PrismaSpecReader() {}

    /** The block at {@code value}, opened by the key at {@code where}; empty when something is wrong (reported). */
    static Optional<PrismaSpec> read(Context cx, Node value, Where where) {
        if (value instanceof ScalarNode name) return fromFile(cx, name, where);
        if (!(value instanceof MappingNode m)) {
            cx.error(value, "'prisma' must be a mapping of counts, e.g. prisma: {databases: 6111, duplicates: 2627, "
                    + "screened: 8419, ...}, or the name of a YAML file with them, not " + Nodes.describe(value));
            return Optional.empty();
        }
        return counts(cx, m, where, null);
    }

    /** {@code prisma: prisma.yaml}: the counts from that file, problems located in it. */
    private static Optional<PrismaSpec> fromFile(Context cx, ScalarNode name, Where where) {
        String written = name.getValue().trim();
        if (written.isEmpty() || Nodes.number(name) != null) {
            cx.error(name, "'prisma' must be a mapping of counts, e.g. prisma: {databases: 6111, duplicates: 2627, "
                    + "screened: 8419, ...}, or the name of a YAML file with them, not " + Nodes.describe(name));
            return Optional.empty();
        }
        Optional<Path> path = DataSpecReader.resolve(cx, name, "'prisma'");
        if (path.isEmpty()) return Optional.empty();
        if (!Confinement.inside(cx, name, "PRISMA file", written, path.get())) return Optional.empty();
        if (!Files.exists(path.get())) {
            cx.error(name, "PRISMA file " + Nodes.quote(written) + " not found (looked in " + path.get() + "); paths are "
                    + "relative to the folder of the spec");
            return Optional.empty();
        }
        if (!Confinement.readable(cx, name, "PRISMA file", written, path.get(), ReadScope.SPEC_LIMIT, "")) {
            return Optional.empty();
        }
        String shown = cx.besideSpec(written);
        Context file = new Context(shown, path.get().getParent(), cx.scope());
        Optional<PrismaSpec> spec = Optional.empty();
        try {
            Optional<String> text = text(path.get(), file);
            if (text.isPresent()) {
                Optional<Node> root = YamlComposer.compose(text.get(), file);
                if (!file.hasErrors() && (root.isEmpty() || Nodes.isNull(root.get()))) {
                    file.error(Where.file(shown), "the PRISMA file is empty; write the counts in it, e.g. databases: "
                            + "6111, duplicates: 2627, screened: 8419, included_studies: 29");
                } else if (!file.hasErrors()) {
                    Node counts = unwrap(root.get());
                    if (counts instanceof MappingNode m) spec = counts(file, m, where, shown);
                    else file.error(counts, "the PRISMA file must hold a mapping of counts, e.g. databases: 6111, "
                            + "not " + Nodes.describe(counts));
                }
            }
            file.throwIfAny();
        } catch (InputException e) {
            for (Problem p : e.problems()) cx.error(p.where(), p.message());
            return Optional.empty();
        }
        return spec;
    }

    /** A file whose only key is {@code prisma:} holds the counts under it. */
    private static Node unwrap(Node root) {
        if (root instanceof MappingNode m && m.getValue().size() == 1
                && m.getValue().get(0).getKeyNode() instanceof ScalarNode k && k.getValue().equals("prisma"))
            return m.getValue().get(0).getValueNode();
        return root;
    }

    private static Optional<String> text(Path path, Context file) {
        try {
            byte[] bytes = Files.readAllBytes(path);
            String text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
            return Optional.of(text.startsWith("\uFEFF") ? text.substring(1) : text);
        } catch (CharacterCodingException e) {
            file.error(Where.file(file.shown()), "the PRISMA file is not valid UTF-8 text; save it with UTF-8 encoding");
        } catch (IOException e) {
            file.error(Where.file(file.shown()), "the PRISMA file cannot be read (" + path + ")");
        }
        return Optional.empty();
    }

    private static Optional<PrismaSpec> counts(Context cx, MappingNode m, Where where, String file) {
        Section s = new Section(cx, m, "'prisma'", "prisma.", file == null ? where : Where.file(file), KEYS);
        PrismaSpec.Count identified = count(cx, s, "identified");
        PrismaSpec.Tally databases = tally(cx, s, "databases", false);
        PrismaSpec.Tally registers = tally(cx, s, "registers", false);
        PrismaSpec.Tally otherMethods = tally(cx, s, "other_methods", false);
        PrismaSpec.Count duplicates = count(cx, s, "duplicates");
        PrismaSpec.Count automation = count(cx, s, "automation_removed");
        PrismaSpec.Count otherRemoved = count(cx, s, "other_removed");
        PrismaSpec.Count screened = count(cx, s, "screened");
        PrismaSpec.Tally screenExcluded = tally(cx, s, "screen_excluded", true);
        PrismaSpec.Count sought = count(cx, s, "sought");
        PrismaSpec.Count notRetrieved = count(cx, s, "not_retrieved");
        PrismaSpec.Count assessed = count(cx, s, "assessed");
        PrismaSpec.Tally fullTextExcluded = tally(cx, s, "full_text_excluded", true);
        PrismaSpec.Count includedStudies = count(cx, s, "included_studies");
        PrismaSpec.Count includedReports = count(cx, s, "included_reports");
        PrismaSpec.OtherReports other = otherReports(cx, s);

        boolean ok = true;
        if (!s.has("identified") && !s.has("databases") && !s.has("registers") && !s.has("other_methods")) {
            cx.error(file == null ? where : Where.file(file), "'prisma' gives no records identified; add databases: "
                    + "(a number, or per database, e.g. databases: {PsycINFO: 2400, Scopus: 3711}), registers:, "
                    + "other_methods:, or identified: for all records together");
            ok = false;
        }
        if (s.value("included_studies").isEmpty()) {
            s.missing("included_studies", "give the number of studies included in the review, e.g. included_studies: 29");
            ok = false;
        }
        if (s.value("other_methods_reports").isPresent() && s.value("other_methods").isEmpty()) {
            cx.error(s.keyWhere("other_methods_reports"), "'prisma.other_methods_reports' follows the records found "
                    + "by other methods, but 'other_methods' is not given; add it, e.g. other_methods: {citation "
                    + "searching: 40}");
            ok = false;
        }
        if (!ok || includedStudies == null) return Optional.empty();
        return Optional.of(new PrismaSpec(identified, databases, registers, otherMethods, duplicates, automation,
                otherRemoved, screened, screenExcluded, sought, notRetrieved, assessed, fullTextExcluded, includedStudies,
                includedReports, other, file, where));
    }

    private static PrismaSpec.OtherReports otherReports(Context cx, Section s) {
        Optional<Node> v = s.value("other_methods_reports");
        if (v.isEmpty()) return null;
        Optional<Section> found = Section.of(cx, v.get(), "prisma.other_methods_reports",
                "other_methods_reports: {sought: 40, not_retrieved: 2, assessed: 38, excluded: {wrong design: 30}}",
                "'prisma.other_methods_reports'", "prisma.other_methods_reports.", s.keyWhere("other_methods_reports"),
                OTHER_KEYS);
        if (found.isEmpty()) return null;
        Section o = found.get();
        PrismaSpec.Count sought = count(cx, o, "sought");
        PrismaSpec.Count notRetrieved = count(cx, o, "not_retrieved");
        PrismaSpec.Count assessed = count(cx, o, "assessed");
        PrismaSpec.Tally excluded = tally(cx, o, "excluded", false);
        if (sought == null && assessed == null) {
            if (!o.has("sought") && !o.has("assessed"))
                cx.error(s.keyWhere("other_methods_reports"), "'prisma.other_methods_reports' needs 'sought' or "
                        + "'assessed' (reports found by other methods), e.g. {sought: 40, not_retrieved: 2, assessed: 38}");
            return null;
        }
        return new PrismaSpec.OtherReports(sought, notRetrieved, assessed, excluded, s.keyWhere("other_methods_reports"));
    }

    /** A count at {@code key}, or null when absent or wrong (reported). */
    private static PrismaSpec.Count count(Context cx, Section s, String key) {
        Optional<Node> v = s.value(key);
        if (v.isEmpty()) return null;
        return count(cx, v.get(), s.name(key), key + ": " + EXAMPLES.get(key)).orElse(null);
    }

    /** A whole number of 0 or more at {@code v}; {@code name} and {@code example} are for the message. */
    static Optional<PrismaSpec.Count> count(Context cx, Node v, String name, String example) {
        if (!(v instanceof ScalarNode sc) || Nodes.isNull(v)) {
            cx.error(v, name + " must be a count (a whole number), e.g. " + example + ", not " + Nodes.describe(v));
            return Optional.empty();
        }
        String text = sc.getValue().trim().replace("_", "");
        if (WHOLE.matcher(text).matches()) {
            try {
                return Optional.of(new PrismaSpec.Count(Long.parseLong(text.replace("+", "")), cx.where(v)));
            } catch (NumberFormatException e) {
                cx.error(v, name + " is " + Nodes.quote(sc.getValue()) + ", too large to be a count");
                return Optional.empty();
            }
        }
        Double d = Nodes.number(sc);
        if (d != null && d >= 0 && d == Math.rint(d) && d < 1e15)
            return Optional.of(new PrismaSpec.Count((long) (double) d, cx.where(v)));
        String hint = "";
        if (GROUPED.matcher(text).matches())
            hint = " (write counts without thousands separators: " + text.replaceAll("[^0-9]", "") + ")";
        else if (d != null && d < 0) hint = " (a count cannot be negative)";
        else if (d != null) hint = " (a count has no decimals)";
        else if (text.equalsIgnoreCase(REST)) hint = " ('rest' is only for a reason for exclusion)";
        cx.error(v, name + " must be a whole number of 0 or more, e.g. " + example + ", not " + Nodes.describe(v) + hint);
        return Optional.empty();
    }

    /** A number or named parts at {@code key}; {@code rest} allowed for reasons for exclusion only. */
    private static PrismaSpec.Tally tally(Context cx, Section s, String key, boolean reasons) {
        Optional<Node> v = s.value(key);
        if (v.isEmpty()) return null;
        String name = s.name(key);
        String example = reasons ? key + ": {wrong design: 120, wrong outcome: 98}"
                : key + ": {PsycINFO: 2400, Scopus: 3711}";
        if (v.get() instanceof ScalarNode) {
            return count(cx, v.get(), name, key + ": " + EXAMPLES.get(key) + ", or by " + (reasons ? "reason" : "source")
                    + ", e.g. " + example).map(c -> PrismaSpec.Tally.of(c.n(), c.where())).orElse(null);
        }
        List<NodeTuple> entries = new ArrayList<>();
        if (v.get() instanceof MappingNode m) {
            entries.addAll(m.getValue());
        } else {
            SequenceNode seq = (SequenceNode) v.get();
            for (Node item : seq.getValue()) {
                if (item instanceof MappingNode one && one.getValue().size() == 1) entries.add(one.getValue().get(0));
                else cx.error(item, "each entry of " + name + " must be one 'name: count' pair, e.g. - wrong design: "
                        + "120, not " + Nodes.describe(item));
            }
        }
        if (entries.isEmpty()) {
            if (v.get() instanceof MappingNode || ((SequenceNode) v.get()).getValue().isEmpty())
                cx.error(v.get(), name + " is empty; give a number or " + (reasons ? "reasons" : "sources")
                        + " with their counts, e.g. " + example);
            return null;
        }
        List<PrismaSpec.Part> parts = new ArrayList<>();
        Map<String, Node> seen = new LinkedHashMap<>();
        ScalarNode rest = null;
        boolean ok = true;
        for (NodeTuple t : entries) {
            if (!(t.getKeyNode() instanceof ScalarNode k) || Nodes.isNull(k) || k.getValue().isBlank()) {
                cx.error(t.getKeyNode(), "a " + (reasons ? "reason" : "source") + " in " + name + " must be a name, "
                        + "e.g. " + example + ", not " + Nodes.describe(t.getKeyNode()));
                ok = false;
                continue;
            }
            String part = k.getValue().strip();
            Node first = seen.putIfAbsent(part, k);
            if (first != null) {
                cx.error(k, (reasons ? "reason " : "source ") + Nodes.quote(part) + " is listed twice in " + name
                        + " (first at line " + cx.line(first) + "); list it once");
                ok = false;
                continue;
            }
            Node value = t.getValueNode();
            if (value instanceof ScalarNode sv && sv.getValue().trim().equalsIgnoreCase(REST) && reasons) {
                if (rest != null) {
                    cx.error(value, "only one reason in " + name + " can be 'rest' (the first is at line "
                            + cx.line(rest) + "); give the others their counts");
                    ok = false;
                    continue;
                }
                rest = sv;
                parts.add(new PrismaSpec.Part(part, null, cx.where(value)));
                continue;
            }
            String partName = name.substring(0, name.length() - 1) + "." + part + "'";
            Optional<PrismaSpec.Count> c = count(cx, value, partName, part + (reasons ? ": 120, or rest" : ": 2400"));
            if (c.isEmpty()) {
                ok = false;
                continue;
            }
            parts.add(new PrismaSpec.Part(part, c.get().n(), c.get().where()));
        }
        if (!ok || parts.isEmpty()) return null;
        return new PrismaSpec.Tally(null, parts, s.keyWhere(key));
    }
}
