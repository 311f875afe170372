package org.metareport.diff;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import org.metareport.diff.RunDiff.Change;
import org.metareport.render.MarkdownOutputFormat;
import org.metareport.results.ResultsJson;

/**
 * Writes a {@link RunDiff} as a console table ({@link #text}), Markdown ({@link #markdown}, a "Changes since the
 * last version" section a report or a pull request can carry) or JSON ({@link #json}, {@code
 * "schema": "metareport-diff/1"}). Numbers are shown to four decimals in text and Markdown and at full precision in
 * JSON. Study labels and terms are data: escaped in Markdown.
 */
public final class DiffWriter {
    public static final String SCHEMA = "metareport-diff/1";

    private DiffWriter() {}

    public static String text(RunDiff d) {
        StringBuilder sb = new StringBuilder();
        sb.append("diff ").append(d.before()).append(" -> ").append(d.after());
        if (!d.title().isEmpty()) sb.append(": ").append(d.title());
        sb.append('\n');
        if (!d.toolBefore().equals(d.toolAfter())) {
            sb.append("tool: metareport ").append(d.toolBefore()).append(" -> ").append(d.toolAfter()).append('\n');
        }
        if (d.empty()) return sb.append("\nno change: same studies, inputs, estimates and conclusions\n").toString();
        if (!d.studies().isEmpty()) {
            sb.append('\n').append(studySummary(d)).append('\n');
            table(sb, List.of("", "study", "effect sizes"), d.studies().stream().map(s -> List.of(sign(s.change()),
                    s.study(), effects(s))).toList());
        }
        if (!d.inputs().isEmpty()) {
            sb.append("\ninputs: ").append(d.inputs().size()).append(" changed\n");
            table(sb, List.of("", "file", "SHA-256 before", "after"), d.inputs().stream().map(i -> List.of(
                    sign(i.change()), i.path(), hash(i.sha256Before()), hash(i.sha256After()))).toList());
        }
        if (!d.estimates().isEmpty()) {
            sb.append("\nestimates that moved: ").append(d.estimates().size()).append('\n');
            table(sb, List.of("analysis", "quantity", "before", "after", "change"), estimateRows(d, Function.identity()));
        }
        if (!d.conclusions().isEmpty()) {
            sb.append("\nconclusions that changed: ").append(d.conclusions().size()).append('\n');
            table(sb, List.of("analysis", "quantity", "what", "before", "after"), d.conclusions().stream().map(c ->
                    List.of(c.analysis(), c.quantity(), c.kind().word(), c.before(), c.after())).toList());
        }
        return sb.toString();
    }

    public static String markdown(RunDiff d) {
        StringBuilder sb = new StringBuilder("## Changes since the last version\n\n");
        sb.append("Compared with the earlier run in `").append(code(d.before())).append("`");
        if (!d.toolBefore().equals(d.toolAfter())) {
            sb.append(" (metareport ").append(esc(d.toolBefore())).append("; now ").append(esc(d.toolAfter())).append(')');
        }
        sb.append(".\n\n");
        if (d.empty()) return sb.append("No change: the same studies, inputs, estimates and conclusions.\n").toString();
        if (!d.conclusions().isEmpty()) {
            sb.append("**Conclusions that changed**\n\n");
            mdTable(sb, List.of("Analysis", "Term", "What", "Before", "After"), d.conclusions().stream().map(c ->
                    List.of(esc(c.analysis()), esc(c.quantity()), c.kind().word(), esc(c.before()), esc(c.after()))).toList());
        }
        if (!d.studies().isEmpty()) {
            sb.append("**Studies** (").append(studySummary(d).replace("studies: ", "")).append(")\n\n");
            mdTable(sb, List.of("Study", "Change", "Effect sizes"), d.studies().stream().map(s ->
                    List.of(esc(s.study()), s.change().word(), effects(s))).toList());
        }
        if (!d.estimates().isEmpty()) {
            sb.append("**Estimates that moved**\n\n");
            mdTable(sb, List.of("Analysis", "Quantity", "Before", "After", "Change"),
                    estimateRows(d, DiffWriter::esc));
        }
        if (!d.inputs().isEmpty()) {
            sb.append("**Inputs that changed**\n\n");
            mdTable(sb, List.of("File", "Change", "SHA-256 before", "SHA-256 after"), d.inputs().stream().map(i ->
                    List.of("`" + code(i.path()) + "`", i.change().word(), hash(i.sha256Before()),
                            hash(i.sha256After()))).toList());
        }
        return sb.toString();
    }

    public static String json(RunDiff d) {
        StringWriter out = new StringWriter();
        try (JsonGenerator g = ResultsJson.generator(out)) {
            g.writeStartObject();
            g.writeStringField("schema", SCHEMA);
            g.writeStringField("before", d.before());
            g.writeStringField("after", d.after());
            g.writeStringField("title", d.title());
            g.writeStringField("tool_before", d.toolBefore());
            g.writeStringField("tool_after", d.toolAfter());
            g.writeNumberField("tolerance", d.tolerance());
            g.writeBooleanField("changed", !d.empty());
            g.writeArrayFieldStart("studies");
            for (RunDiff.StudyChange s : d.studies()) {
                g.writeStartObject();
                g.writeStringField("study", s.study());
                g.writeStringField("change", s.change().word());
                g.writeNumberField("effects_before", s.effectsBefore());
                g.writeNumberField("effects_after", s.effectsAfter());
                g.writeNumberField("effects_changed", s.effectsChanged());
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeArrayFieldStart("inputs");
            for (RunDiff.InputChange i : d.inputs()) {
                g.writeStartObject();
                g.writeStringField("path", i.path());
                g.writeStringField("change", i.change().word());
                g.writeStringField("sha256_before", i.sha256Before());
                g.writeStringField("sha256_after", i.sha256After());
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeArrayFieldStart("estimates");
            for (RunDiff.EstimateChange e : d.estimates()) {
                g.writeStartObject();
                g.writeStringField("analysis", e.analysis());
                g.writeStringField("quantity", e.quantity());
                g.writeStringField("change", e.change().word());
                value(g, "before", e.before());
                value(g, "after", e.after());
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeArrayFieldStart("conclusions");
            for (RunDiff.ConclusionChange c : d.conclusions()) {
                g.writeStartObject();
                g.writeStringField("analysis", c.analysis());
                g.writeStringField("quantity", c.quantity());
                g.writeStringField("kind", c.kind().word());
                g.writeStringField("before", c.before());
                g.writeStringField("after", c.after());
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out + "\n";
    }

    private static void value(JsonGenerator g, String name, RunDiff.Value v) throws IOException {
        if (v == null) {
            g.writeNullField(name);
            return;
        }
        g.writeObjectFieldStart(name);
        g.writeNumberField("value", v.value());
        if (v.lower() != null) g.writeNumberField("ci_lower", v.lower());
        if (v.upper() != null) g.writeNumberField("ci_upper", v.upper());
        g.writeEndObject();
    }

    private static List<List<String>> estimateRows(RunDiff d, Function<String, String> esc) {
        List<List<String>> rows = new ArrayList<>();
        for (RunDiff.EstimateChange e : d.estimates()) {
            String change = e.change() == Change.CHANGED ? signed(e.after().value() - e.before().value()) : e.change().word();
            rows.add(List.of(esc.apply(e.analysis()), esc.apply(e.quantity()), value(e.before()), value(e.after()), change));
        }
        return rows;
    }

    private static String studySummary(RunDiff d) {
        long added = d.studies().stream().filter(s -> s.change() == Change.ADDED).count();
        long removed = d.studies().stream().filter(s -> s.change() == Change.REMOVED).count();
        long changed = d.studies().stream().filter(s -> s.change() == Change.CHANGED).count();
        return String.format(Locale.ROOT, "studies: %d added, %d removed, %d changed", added, removed, changed);
    }

    private static String effects(RunDiff.StudyChange s) {
        return switch (s.change()) {
            case ADDED -> s.effectsAfter() + " added";
            case REMOVED -> s.effectsBefore() + " removed";
            case CHANGED -> {
                List<String> parts = new ArrayList<>();
                if (s.effectsChanged() > 0) parts.add(s.effectsChanged() + " of " + s.effectsBefore() + " changed");
                if (s.effectsAfter() != s.effectsBefore()) parts.add(s.effectsBefore() + " -> " + s.effectsAfter());
                yield String.join("; ", parts);
            }
        };
    }

    private static String value(RunDiff.Value v) {
        if (v == null) return "-";
        String s = number(v.value());
        if (v.lower() != null && v.upper() != null) s += " [" + number(v.lower()) + ", " + number(v.upper()) + "]";
        return s;
    }

    /** A number for people: whole numbers as such, else four decimals (scientific below 0.0001). */
    static String number(double x) {
        if (x == Math.rint(x) && Math.abs(x) < 1e15) return String.valueOf((long) x);
        if (Math.abs(x) < 1e-4) return String.format(Locale.ROOT, "%.2e", x);
        return String.format(Locale.ROOT, "%.4f", x);
    }

    static String p(double p) {
        return p < 1e-4 ? "< 0.0001" : String.format(Locale.ROOT, "%.4f", p);
    }

    private static String signed(double x) {
        return (x > 0 ? "+" : "") + number(x);
    }

    private static String sign(Change c) {
        return switch (c) {
            case ADDED -> "+";
            case REMOVED -> "-";
            case CHANGED -> "~";
        };
    }

    private static String hash(String h) {
        return h == null ? "-" : h.substring(0, Math.min(12, h.length()));
    }

    private static void table(StringBuilder sb, List<String> head, List<List<String>> rows) {
        int[] w = new int[head.size()];
        for (int i = 0; i < w.length; i++) {
            w[i] = head.get(i).length();
            for (List<String> r : rows) w[i] = Math.max(w[i], Math.min(60, r.get(i).length()));
        }
        List<List<String>> all = new ArrayList<>();
        all.add(head);
        all.addAll(rows);
        for (List<String> r : all) {
            StringBuilder line = new StringBuilder("  ");
            for (int i = 0; i < w.length; i++) line.append(String.format(Locale.ROOT, "%-" + w[i] + "s  ", r.get(i)));
            sb.append(line.toString().stripTrailing()).append('\n');
        }
    }

    private static void mdTable(StringBuilder sb, List<String> head, List<List<String>> rows) {
        sb.append("| ").append(String.join(" | ", head)).append(" |\n|");
        sb.append(" --- |".repeat(head.size())).append('\n');
        for (List<String> r : rows) sb.append("| ").append(String.join(" | ", r)).append(" |\n");
        sb.append('\n');
    }

    private static String esc(String s) {
        return MarkdownOutputFormat.escape(s);
    }

    /** Text inside a code span: backticks would end it. */
    private static String code(String s) {
        return s.replace('`', '\'').replace('\n', ' ');
    }
}
