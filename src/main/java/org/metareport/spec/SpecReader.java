package org.metareport.spec;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.metareport.problems.InputException;
import org.metareport.problems.Where;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;

/**
 * Reads an {@code analysis.yaml} and validates it into a {@link Spec}, reporting every problem at once, each at its
 * {@code file:line:column}.
 *
 * <p>Defaults filled in: {@code data.join} = [study]; {@code report.formats} = [md, html, pdf]; per analysis
 * {@code model: random}, {@code method: REML} ({@code FE} for {@code model: fixed}), {@code test: z}, {@code rho: 0},
 * {@code level: 95}, {@code center: false}. An analysis's {@code id} is required, except that the only analysis of a
 * spec may leave it out and is then called {@code overall}.
 */
public final class SpecReader {
    static final List<String> KEYS = List.of("title", "authors", "data", "effect", "analyses", "prisma", "risk_of_bias",
            "characteristics", "claims", "report");
    /** Top-level keys read but not acted on yet; kept verbatim in {@link Spec#extras()}. */
    static final List<String> EXTRAS = List.of("claims");

    private SpecReader() {}

    /**
     * Reads the spec at {@code file}; {@code shown} is the path as the user wrote it (used in every message).
     * Relative paths inside the spec resolve against the spec's folder; the data files must exist (their columns are
     * checked later, by the data stage, at each {@link ColumnRef#where()}).
     *
     * @return the validated spec, with every default filled in
     * @throws InputException with every problem found (syntax, unknown or duplicate keys, wrong types, missing keys,
     *                        invalid choices, missing files), sorted by line and column
     */
    public static Spec read(Path file, String shown) {
        return read(file, shown, ReadScope.DEFAULT);
    }

    /**
     * {@link #read(Path, String)}, reading data files only inside the spec's folder and {@code scope}'s folders, up
     * to its size limit.
     */
    public static Spec read(Path file, String shown, ReadScope scope) {
        Path abs = file.toAbsolutePath().normalize();
        Context cx = new Context(shown, abs.getParent(), scope);
        String text = text(abs, cx);
        cx.throwIfAny();
        return parse(text, abs, cx);
    }

    private static Spec parse(String text, Path abs, Context cx) {
        Optional<Node> root = YamlComposer.compose(text, cx);
        cx.throwIfAny();
        if (root.isEmpty() || Nodes.isNull(root.get())) {
            cx.error(Where.file(cx.shown()), "the spec is empty; it needs at least title:, data:, effect: and analyses:");
            cx.throwIfAny();
        }
        Spec spec = spec(cx, abs, root.orElseThrow());
        cx.throwIfAny();
        return spec;
    }

    private static Spec spec(Context cx, Path abs, Node root) {
        if (!(root instanceof MappingNode m)) {
            cx.error(root, "the spec must be a mapping of keys (title:, data:, effect:, analyses: ...), not "
                    + Nodes.describe(root));
            return null;
        }
        Section s = new Section(cx, m, "the spec", "", Where.file(cx.shown()), KEYS);

        Optional<String> title = s.value("title").isPresent()
                ? s.text("title", "one line of text", "title: School-based mental health interventions")
                : missing(s, "title", "add the report's title, e.g. title: School-based mental health interventions");
        List<String> authors = authors(cx, s);
        Optional<DataSpec> data = s.value("data").isPresent()
                ? DataSpecReader.read(cx, s.value("data").get(), s.keyWhere("data"))
                : missing(s, "data", "add the data block, e.g. data: {effects: data/findings.csv, study: Study}");
        Optional<EffectSpec> effect = s.value("effect").isPresent()
                ? EffectSpecReader.read(cx, s.value("effect").get(), s.keyWhere("effect"))
                : missing(s, "effect", "add the effect block, e.g. effect: {measure: SMD, columns: {...}}");
        List<AnalysisSpec> analyses = analyses(cx, s);
        Optional<ReportSpec> report = s.value("report").isPresent()
                ? ReportSpecReader.read(cx, s.value("report").get(), s.keyWhere("report"))
                : Optional.of(ReportSpecReader.defaults(Where.file(cx.shown())));
        Optional<PrismaSpec> prisma = s.value("prisma")
                .flatMap(v -> PrismaSpecReader.read(cx, v, s.keyWhere("prisma")));
        Optional<RiskOfBiasSpec> riskOfBias = s.value("risk_of_bias").flatMap(v -> RiskOfBiasSpecReader.read(cx, v,
                s.keyWhere("risk_of_bias"), data.map(DataSpec::study)));
        Optional<CharacteristicsSpec> characteristics = s.value("characteristics")
                .flatMap(v -> CharacteristicsSpecReader.read(cx, v, s.keyWhere("characteristics")));
        Map<String, Object> extras = new LinkedHashMap<>();
        Map<String, Where> extrasAt = new LinkedHashMap<>();
        for (String key : s.keys()) {
            if (!EXTRAS.contains(key)) continue;
            s.value(key).ifPresent(v -> {
                extras.put(key, Nodes.plain(v, "'" + key + "'", cx));
                extrasAt.put(key, s.keyWhere(key));
            });
        }

        if (cx.hasErrors()) return null;
        ClaimsSpec claims = extras.containsKey("claims")
                ? ClaimsSpec.read(extras.get("claims"), extrasAt.get("claims")) : ClaimsSpec.NONE;
        return new Spec(abs, cx.shown(), title.orElseThrow(), authors, data.orElseThrow(), effect.orElseThrow(),
                analyses, report.orElseThrow(), prisma.orElse(null), riskOfBias.orElse(null),
                characteristics.orElse(null), extras, extrasAt, claims);
    }

    private static <T> Optional<T> missing(Section s, String key, String hint) {
        s.missing(key, hint);
        return Optional.empty();
    }

    /** A list of names, or one name. */
    private static List<String> authors(Context cx, Section s) {
        Optional<Node> v = s.value("authors");
        List<String> out = new ArrayList<>();
        if (v.isEmpty()) return out;
        String example = "authors: [Q. Zhang, J. Wang]";
        if (v.get() instanceof ScalarNode one) {
            if (!one.getValue().isBlank()) out.add(one.getValue().strip());
            return out;
        }
        if (!(v.get() instanceof SequenceNode list)) {
            cx.error(v.get(), "'authors' must be a list of names or one name, e.g. " + example + ", not "
                    + Nodes.describe(v.get()));
            return out;
        }
        for (Node item : list.getValue()) {
            if (item instanceof ScalarNode name && !Nodes.isNull(item) && !name.getValue().isBlank())
                out.add(name.getValue().strip());
            else cx.error(item, "each entry of 'authors' must be one name, e.g. " + example + ", not "
                    + Nodes.describe(item));
        }
        return out;
    }

    /** A non-empty list of analyses with distinct ids. */
    private static List<AnalysisSpec> analyses(Context cx, Section s) {
        List<AnalysisSpec> out = new ArrayList<>();
        String hint = "add at least one analysis, e.g. analyses: [{id: overall, model: random}]";
        if (s.value("analyses").isEmpty()) {
            s.missing("analyses", hint);
            return out;
        }
        Optional<SequenceNode> list = s.list("analyses", "a list of analyses", "analyses: [{id: overall, model: random}]");
        if (list.isEmpty()) return out;
        List<Node> entries = list.get().getValue();
        if (entries.isEmpty()) {
            cx.error(list.get(), "'analyses' is empty; " + hint);
            return out;
        }
        Map<String, ScalarNode> ids = new LinkedHashMap<>();
        for (int i = 0; i < entries.size(); i++) {
            Node entry = entries.get(i);
            AnalysisSpecReader.read(cx, entry, i + 1, entries.size()).ifPresent(out::add);
            ScalarNode idNode = idNode(entry);                 // checked even if the analysis has other problems
            if (idNode == null || !AnalysisSpecReader.ID.matcher(idNode.getValue()).matches()) continue;
            ScalarNode first = ids.putIfAbsent(idNode.getValue(), idNode);
            if (first != null)
                cx.error(idNode, "duplicate analysis id " + Nodes.quote(idNode.getValue()) + " (first at line "
                        + cx.line(first) + "); give each analysis its own id");
        }
        return out;
    }

    /** The first {@code id:} value of an analysis entry, if it is a text. */
    private static ScalarNode idNode(Node entry) {
        if (!(entry instanceof MappingNode m)) return null;
        for (NodeTuple t : m.getValue())
            if (t.getKeyNode() instanceof ScalarNode k && k.getValue().equals("id") && t.getValueNode() instanceof ScalarNode v)
                return v;
        return null;
    }

    /** The file as UTF-8 text (a byte-order mark is dropped); problems are reported to {@code cx}. */
    private static String text(Path abs, Context cx) {
        Where file = Where.file(cx.shown());
        byte[] bytes;
        try {
            if (Files.isDirectory(abs)) {
                cx.error(file, "'" + cx.shown() + "' is a folder; give the path of its analysis.yaml");
                return "";
            }
            if (Files.exists(abs) && !Files.isRegularFile(abs)) {
                cx.error(file, "'" + cx.shown() + "' is not a regular file (a device, pipe or socket); give the path "
                        + "of an analysis.yaml saved on disk");
                return "";
            }
            if (Files.exists(abs) && Files.size(abs) > ReadScope.SPEC_LIMIT) {
                cx.error(file, "the spec is " + ReadScope.size(Files.size(abs)) + ", more than the "
                        + ReadScope.size(ReadScope.SPEC_LIMIT) + " a spec may be; check that the right file is named");
                return "";
            }
            bytes = Files.readAllBytes(abs);
        } catch (NoSuchFileException e) {
            cx.error(file, "spec file not found (looked in " + abs + ")");
            return "";
        } catch (AccessDeniedException e) {
            cx.error(file, "the spec file cannot be read: permission denied (" + abs + ")");
            return "";
        } catch (IOException e) {
            cx.error(file, "the spec file cannot be read (" + abs + ")");
            return "";
        }
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(bytes.length + 1);
        CoderResult result = decoder.decode(in, out, true);
        if (result.isError()) {
            int line = 1;
            for (int i = 0; i < in.position(); i++) if (bytes[i] == '\n') line++;
            cx.error(Where.of(cx.shown(), line), "the spec is not valid UTF-8 text (a byte on this line); save it "
                    + "with UTF-8 encoding");
            return "";
        }
        decoder.flush(out);
        String text = out.flip().toString();
        return text.startsWith("\uFEFF") ? text.substring(1) : text;
    }
}
