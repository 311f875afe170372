package org.metareport.output;

import org.metareport.vocabulary.ModelKind;
import org.metareport.vocabulary.RveWeights;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.util.Map;
import org.metareport.spec.AnalysisSpec;
import org.metareport.spec.BiasSpec;
import org.metareport.spec.CenterSpec;
import org.metareport.spec.MarginalMeansSpec;
import org.metareport.spec.ModeratorValue;
import org.metareport.spec.ClusterSpec;
import org.metareport.spec.Derived;
import org.metareport.spec.ColumnRef;
import org.metareport.spec.Spec;
import org.metareport.spec.Term;

/**
 * The "method card": the spec as it was resolved, with every default filled in (model, estimator, test, level,
 * rho, reference levels...), so a reader of the manifest sees exactly what ran without knowing the defaults.
 */
public final class MethodCard {
    private MethodCard() {}

    /** One setting of the card, flattened for a table: {@code analyses[overall].method} = {@code REML}. */
    public record Setting(String key, String value) {}

    /** The card as a list of settings in card order (nulls and empty lists left out), for the report's appendix. */
    public static java.util.List<Setting> settings(Spec spec) {
        java.io.StringWriter w = new java.io.StringWriter();
        try (JsonGenerator g = new com.fasterxml.jackson.core.JsonFactory().createGenerator(w)) {
            g.writeStartObject();
            write(g, "card", spec);
            g.writeEndObject();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        java.util.List<Setting> out = new java.util.ArrayList<>();
        try {
            flatten("", new com.fasterxml.jackson.databind.ObjectMapper().readTree(w.toString()).get("card"), out);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return out;
    }

    private static void flatten(String path, com.fasterxml.jackson.databind.JsonNode n, java.util.List<Setting> out) {
        if (n.isObject()) {
            for (var it = n.properties().iterator(); it.hasNext(); ) {
                var f = it.next();
                flatten(path.isEmpty() ? f.getKey() : path + "." + f.getKey(), f.getValue(), out);
            }
        } else if (n.isArray()) {
            if (n.isEmpty()) return;
            boolean scalars = true;
            for (var x : n) scalars &= x.isValueNode();
            if (scalars) {
                java.util.List<String> parts = new java.util.ArrayList<>();
                for (var x : n) parts.add(x.asText());
                out.add(new Setting(path, String.join(", ", parts)));
            } else {
                int i = 0;
                for (var x : n) {
                    var id = x.get("id");
                    flatten(path + "[" + (id != null ? id.asText() : String.valueOf(++i)) + "]", x, out);
                }
            }
        } else if (!n.isNull()) {
            out.add(new Setting(path, n.asText()));
        }
    }

    /** Writes the card as the value of field {@code name}. */
    public static void write(JsonGenerator g, String name, Spec spec) throws IOException {
        g.writeObjectFieldStart(name);
        g.writeStringField("title", spec.title());
        g.writeObjectFieldStart("data");
        g.writeStringField("effects", relative(spec, spec.data().effects().path()));
        text(g, "effects_sheet", spec.data().effects().sheet());
        if (spec.data().studies() != null) {
            g.writeStringField("studies", relative(spec, spec.data().studies().path()));
            text(g, "studies_sheet", spec.data().studies().sheet());
        }
        g.writeStringField("study", spec.data().study().name());
        text(g, "id", spec.data().id() == null ? null : spec.data().id().name());
        g.writeArrayFieldStart("join");
        for (ColumnRef c : spec.data().join()) g.writeString(c.name());
        g.writeEndArray();
        text(g, "label", spec.data().label() == null ? spec.data().study().name() : spec.data().label().name());
        if (spec.data().exclude() != null) filter(g, "exclude", spec.data().exclude());
        if (spec.data().include() != null) filter(g, "include", spec.data().include());
        // the keys below change numbers; each is written only when given, so that older cards stay as they were
        if (!spec.data().na().isEmpty()) strings(g, "na", spec.data().na());
        if (!spec.data().textAsMissing().isEmpty()) {
            strings(g, "text_as_missing", spec.data().textAsMissing().stream().map(ColumnRef::name).toList());
        }
        if (!spec.data().derive().isEmpty()) {
            g.writeObjectFieldStart("derive");
            for (Derived d : spec.data().derive()) g.writeStringField(d.name(), derived(d));
            g.writeEndObject();
        }
        g.writeEndObject();
        g.writeObjectFieldStart("effect");
        g.writeStringField("measure", spec.effect().measure().name());
        columns(g, "columns", spec.effect().columns());
        if (!spec.effect().pre().isEmpty()) columns(g, "pre", spec.effect().pre());
        text(g, "reported", spec.effect().reported() == null ? null : spec.effect().reported().name());
        if (!spec.effect().precomputed().isEmpty()) columns(g, "precomputed", spec.effect().precomputed());
        if (spec.effect().alternative() != null) {
            g.writeObjectFieldStart("alternative");
            g.writeStringField("measure", spec.effect().alternative().measure().name());
            columns(g, "columns", spec.effect().alternative().columns());
            g.writeEndObject();
        }
        // the order of sources matters only when a row can have more than one
        if (spec.effect().sources().size() > 1) strings(g, "sources", spec.effect().sources());
        if (spec.effect().disagreement() != null) g.writeNumberField("disagreement", spec.effect().disagreement());
        if (spec.effect().cluster() != null) cluster(g, spec.effect().cluster());
        text(g, "reverse", spec.effect().reverse() == null ? null : spec.effect().reverse().name());
        g.writeStringField("transform", spec.effect().transform().spelling());
        g.writeEndObject();
        g.writeArrayFieldStart("analyses");
        for (AnalysisSpec a : spec.analyses()) analysis(g, a);
        g.writeEndArray();
        g.writeObjectFieldStart("report");
        g.writeArrayFieldStart("formats");
        for (String f : spec.report().formats()) g.writeString(f);
        g.writeEndArray();
        text(g, "templates", spec.report().templates() == null ? null : relative(spec, spec.report().templates()));
        g.writeStringField("page", spec.report().page());
        g.writeEndObject();
        g.writeEndObject();
    }

    static void analysis(JsonGenerator g, AnalysisSpec a) throws IOException {
        g.writeStartObject();
        g.writeStringField("id", a.id());
        if (a.title() != null) g.writeStringField("title", a.title());
        g.writeStringField("model", a.model().spelling());
        g.writeStringField("method", a.method().name());
        g.writeStringField("test", a.test().spelling());
        g.writeNumberField("level", a.level());
        if (!a.levels().isEmpty()) {
            g.writeArrayFieldStart("levels");
            for (ColumnRef c : a.levels()) g.writeString(c.name());
            g.writeEndArray();
        }
        // the assumed within-study correlation, only where the model uses one (not HIER weights, not rma)
        if (a.model() == ModelKind.MULTILEVEL || a.model() == ModelKind.RVE && a.weights() != RveWeights.HIER)
            g.writeNumberField("rho", a.rho());
        text(g, "robust", a.robust() == null ? null : a.robust().spelling());
        g.writeArrayFieldStart("moderators");
        for (Term t : a.moderators()) g.writeString(t.name());
        g.writeEndArray();
        g.writeObjectFieldStart("reference");
        for (Map.Entry<String, String> e : a.reference().entrySet()) g.writeStringField(e.getKey(), e.getValue());
        g.writeEndObject();
        g.writeBooleanField("center", a.centered());
        // where the moderators are centred and the marginal means held, only when not the default: older cards unchanged
        if (a.center().at() != CenterSpec.At.ANALYSED) g.writeStringField("center_at", a.center().at().spelling());
        values(g, "center_values", a.center().values());
        text(g, "subgroup", a.subgroup() == null ? null : a.subgroup().name());
        text(g, "marginal_means", a.marginalMeans() == null ? null : a.marginalMeans().name());
        if (a.marginalMeans() != null && a.marginalMeans().others() != MarginalMeansSpec.Others.CENTRED)
            g.writeStringField("marginal_means_others", a.marginalMeans().others().spelling());
        if (a.marginalMeans() != null) values(g, "marginal_means_at", a.marginalMeans().at());
        if (a.subset() != null) g.writeStringField("where", a.subset().text());   // only when given: older cards unchanged
        BiasSpec b = a.bias();
        if (b != null) {
            g.writeObjectFieldStart("bias");
            if (b.selection() != null) {
                g.writeObjectFieldStart("selection");
                g.writeArrayFieldStart("steps");
                for (double d : b.selection().steps()) g.writeNumber(d);
                g.writeEndArray();
                g.writeStringField("alternative", b.selection().alternative().spelling());
                g.writeStringField("fit", b.selection().exact() ? "maximum likelihood (the exact optimum)"
                        : "maximum likelihood, stopped as metafor's selmodel stops (optim BFGS)");
                g.writeEndObject();
            }
            if (b.egger() != null) {
                g.writeObjectFieldStart("egger");
                g.writeStringField("model", b.egger().classical() ? "lm" : "rma");
                g.writeStringField("predictor", b.egger().predictor().term());
                g.writeEndObject();
            }
            if (b.trimfill() != null) {
                g.writeObjectFieldStart("trimfill");
                g.writeStringField("estimator", b.trimfill().estimator().name());
                g.writeStringField("side", b.trimfill().side() == null ? "chosen as metafor does"
                        : b.trimfill().side().name().toLowerCase(java.util.Locale.ROOT));
                g.writeEndObject();
            }
            if (b.funnel() != null) g.writeStringField("funnel", b.funnel().contours() ? "contour-enhanced" : "standard");
            g.writeBooleanField("pet_peese", b.petPeese());
            if (b.failSafe() != null) g.writeStringField("fail_safe_n", b.failSafe().type());
            g.writeEndObject();
        }
        if (a.sensitivity() != null) {
            g.writeObjectFieldStart("sensitivity");
            g.writeBooleanField("leave_one_out", a.sensitivity().leaveOneOut());
            g.writeBooleanField("influence", a.sensitivity().influence());
            text(g, "cumulative_by", a.sensitivity().cumulative() == null ? null : a.sensitivity().cumulative().name());
            g.writeEndObject();
        }
        g.writeEndObject();
    }

    /** {@code effect.cluster}: which rows, the ICC (a number or a column), the N, the variant and the variance. */
    static void cluster(JsonGenerator g, ClusterSpec c) throws IOException {
        g.writeObjectFieldStart("cluster");
        text(g, "when", c.when() == null ? null : c.when().name());
        if (c.iccColumn() == null) g.writeNumberField("icc", c.icc());
        else g.writeStringField("icc", "column " + c.iccColumn().name());
        g.writeStringField("clusters1i", c.clusters1i().name());
        g.writeStringField("clusters2i", c.clusters2i().name());
        g.writeStringField("method", "hedges2007".equals(c.variant()) ? "Hedges (2007), as published"
                : "Hedges (2007), as the school-based review's authors applied it");
        if (!"authors".equals(c.variant())) g.writeStringField("variant", c.variant());
        if (c.n() != null) g.writeStringField("n", c.n().name());
        if (!"adjusted".equals(c.variance())) {
            g.writeStringField("variance", "lipsey_wilson".equals(c.variance())
                    ? "lipsey_wilson (only g is adjusted; its variance is Lipsey & Wilson's of the adjusted g)"
                    : c.variance());
        }
        g.writeEndObject();
    }

    /** A derived column as written: its expression, or the threshold form ("Duration (weeks) at_least 12"). */
    static String derived(Derived d) {
        return d.expression() != null ? d.expression().text() : d.from().name() + " " + d.test() + " " + d.value();
    }

    static void strings(JsonGenerator g, String name, java.util.List<String> values) throws IOException {
        g.writeArrayFieldStart(name);
        for (String v : values) g.writeString(v);
        g.writeEndArray();
    }

    static void filter(JsonGenerator g, String name, org.metareport.spec.RowFilter f) throws IOException {
        if (f.isExpression()) {
            g.writeStringField(name, f.expression().text());
            return;
        }
        g.writeObjectFieldStart(name);
        g.writeStringField("column", f.column().name());
        g.writeArrayFieldStart("values");
        for (String v : f.values()) g.writeString(v);
        g.writeEndArray();
        g.writeEndObject();
    }

    static void columns(JsonGenerator g, String name, Map<String, ColumnRef> columns) throws IOException {
        g.writeObjectFieldStart(name);
        for (Map.Entry<String, ColumnRef> e : columns.entrySet()) g.writeStringField(e.getKey(), e.getValue().name());
        g.writeEndObject();
    }

    static void text(JsonGenerator g, String name, String value) throws IOException {
        if (value == null) g.writeNullField(name);
        else g.writeStringField(name, value);
    }

    static String relative(Spec spec, java.nio.file.Path p) {
        return spec.folder().relativize(p).toString().replace('\\', '/');
    }

    /** {@code {column: value}} as written, or nothing when there are none. */
    private static void values(JsonGenerator g, String name, java.util.List<ModeratorValue> values) throws IOException {
        if (values.isEmpty()) return;
        g.writeObjectFieldStart(name);
        for (ModeratorValue v : values) g.writeStringField(v.column(), v.value());
        g.writeEndObject();
    }
}
