package org.metareport.results;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;

/**
 * Writes {@link Results} as the contract's {@code results.json}: field names spelled out here (so renaming a Java
 * field cannot change them), full double precision, NaN/±Inf as {@code null}, fixed field order, "\n" line ends.
 */
public final class ResultsJson {
    private ResultsJson() {}

    /** The JSON text (UTF-8 when written), ending with a newline. */
    public static String write(Results results) {
        StringWriter out = new StringWriter();
        try (JsonGenerator g = generator(out)) {
            g.writeStartObject();
            g.writeStringField("schema", Results.SCHEMA);
            g.writeStringField("tool_version", results.toolVersion());
            g.writeStringField("title", results.title());
            strings(g, "authors", results.authors());
            g.writeStringField("measure", results.measure());
            g.writeStringField("transform", results.scale().transformName());
            g.writeArrayFieldStart("effects");
            for (EffectRow e : results.effects()) {
                g.writeStartObject();
                g.writeNumberField("row", e.row());
                g.writeStringField("study", e.study());
                g.writeStringField("id", e.id());
                g.writeStringField("label", e.label());
                number(g, "yi", e.yi());
                number(g, "vi", e.vi());
                g.writeStringField("source", e.source());
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeArrayFieldStart("analyses");
            for (AnalysisResult a : results.analyses()) analysis(g, a, results.scale());
            g.writeEndArray();
            ReviewJson.prisma(g, results.prisma());
            ReviewJson.riskOfBias(g, results.riskOfBias());
            ReviewJson.characteristics(g, results.characteristics());
            g.writeArrayFieldStart("claims");
            for (ClaimResult c : results.claims()) {
                g.writeStartObject();
                g.writeStringField("analysis", c.analysis());
                if (c.term() == null) g.writeNullField("term"); else g.writeStringField("term", c.term());
                g.writeStringField("field", c.field());
                g.writeBooleanField("robust", c.robust());
                if (c.reportedScale()) g.writeStringField("scale", "reported");
                number(g, "reported", c.reportedValue());
                g.writeStringField("reported_as", c.reported());
                number(g, "reproduced", c.reproduced());
                if (c.digits() == null) g.writeNullField("digits"); else g.writeNumberField("digits", c.digits());
                g.writeBooleanField("ok", c.ok());
                g.writeEndObject();
            }
            g.writeEndArray();
            strings(g, "warnings", results.warnings());
            g.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString() + "\n";
    }

    /**
     * A JSON generator in the project's one JSON style (also used for manifest.json): two-space indent, "\n" line
     * ends on every platform, {@code "key": value}.
     */
    public static JsonGenerator generator(java.io.Writer out) throws IOException {
        JsonGenerator g = new JsonFactory().createGenerator(out);
        DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
        DefaultPrettyPrinter pp = new DefaultPrettyPrinter()
                .withSeparators(Separators.createDefaultInstance().withObjectFieldValueSpacing(Separators.Spacing.AFTER))
                .withObjectIndenter(indenter);
        pp.indentArraysWith(indenter);
        g.setPrettyPrinter(pp);
        return g;
    }

    /** Writes one analysis object (also used for its subgroups); estimates are also given on {@code scale}. */
    static void analysis(JsonGenerator g, AnalysisResult a, Scale scale) throws IOException {
        g.writeStartObject();
        g.writeStringField("id", a.id());
        if (a.title() != null) g.writeStringField("title", a.title());
        g.writeStringField("model", a.model().spelling());
        g.writeStringField("method", a.method());
        g.writeStringField("test", a.test());
        number(g, "level", a.level());
        g.writeNumberField("k", a.k());
        g.writeNumberField("n_clusters", a.nClusters());
        strings(g, "moderators", a.moderators());
        g.writeBooleanField("centered", a.centered());
        if (a.centered() && !a.held().defaultCentre()) {   // only when not center: true, so older files are unchanged
            g.writeStringField("center_at", a.held().centerAt());
            held(g, "center_values", a.held().centerValues());
        }
        strings(g, "dropped_redundant", a.dropped());
        coefficients(g, "coefficients", a.coefficients(), a.interceptOnly() ? scale : null);
        RobustResult rb = a.robust();
        if (rb == null) {
            g.writeNullField("robust");
        } else {
            g.writeObjectFieldStart("robust");
            g.writeStringField("type", rb.type());
            g.writeStringField("df", rb.df());
            g.writeNumberField("n_clusters", rb.clusters());
            coefficients(g, "coefficients", rb.coefficients(), a.interceptOnly() ? scale : null);
            g.writeArrayFieldStart("wald_tests");
            for (RobustResult.WaldResult w : rb.waldTests()) wald(g, w);
            g.writeEndArray();
            g.writeEndObject();
        }
        number(g, "rho", a.rho());
        Heterogeneity h = a.heterogeneity();
        g.writeObjectFieldStart("heterogeneity");
        number(g, "tau2", h.tau2());
        number(g, "tau2_se", h.tau2Se());
        number(g, "tau", h.tau());
        numbers(g, "sigma2", h.sigma2());
        number(g, "Q", h.q());
        g.writeNumberField("Q_df", h.qDf());
        number(g, "Q_p", h.qP());
        number(g, "I2", h.i2());
        numbers(g, "I2_levels", h.i2Levels());
        if (h.levels() == null) g.writeNullField("sigma2_levels"); else strings(g, "sigma2_levels", h.levels());
        number(g, "H2", h.h2());
        g.writeEndObject();
        ModeratorTest m = a.moderatorTest();
        if (m == null) {
            g.writeNullField("moderator_test");
        } else {
            g.writeObjectFieldStart("moderator_test");
            g.writeStringField("statistic", m.statistic());
            number(g, "QM", m.value());
            g.writeNumberField("QM_df1", m.df1());
            number(g, "QM_df2", m.df2());
            number(g, "QM_p", m.p());
            number(g, "R2", m.r2());
            g.writeEndObject();
        }
        PredictionResult p = a.prediction();
        if (p == null) {
            g.writeNullField("prediction");
        } else {
            g.writeObjectFieldStart("prediction");
            number(g, "estimate", p.estimate());
            number(g, "se", p.se());
            number(g, "ci_lower", p.ciLower());
            number(g, "ci_upper", p.ciUpper());
            number(g, "lower", p.lower());
            number(g, "upper", p.upper());
            transformed(g, scale, p.estimate(), p.ciLower(), p.ciUpper(), p.lower(), p.upper());
            g.writeEndObject();
        }
        FitInfo f = a.fit();
        g.writeObjectFieldStart("fit");
        g.writeNumberField("iterations", f.iterations());
        g.writeBooleanField("converged", f.converged());
        g.writeBooleanField("tau2_on_boundary", f.tau2OnBoundary());
        number(g, "logLik", f.logLik());
        number(g, "deviance", f.deviance());
        number(g, "AIC", f.aic());
        number(g, "BIC", f.bic());
        number(g, "AICc", f.aicc());
        g.writeEndObject();
        g.writeArrayFieldStart("weights");
        for (AnalysisResult.WeightedEffect w : a.weights()) {
            g.writeStartObject();
            g.writeNumberField("row", w.row());
            number(g, "weight", w.weight());
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeArrayFieldStart("marginal_means");
        for (MarginalMeanResult mm : a.marginalMeans()) {
            g.writeStartObject();
            g.writeStringField("moderator", mm.moderator());
            g.writeStringField("level", mm.level());
            g.writeNumberField("k", mm.k());
            number(g, "estimate", mm.estimate());
            number(g, "se", mm.se());
            number(g, "df", mm.df());
            number(g, "p", mm.p());
            number(g, "ci_lower", mm.ciLower());
            number(g, "ci_upper", mm.ciUpper());
            transformed(g, scale, mm.estimate(), mm.ciLower(), mm.ciUpper(), null, null);
            g.writeEndObject();
        }
        g.writeEndArray();
        if (!a.marginalMeans().isEmpty() && !a.held().defaultMeans()) {
            g.writeStringField("marginal_means_others", a.held().others());
            held(g, "marginal_means_at", a.held().at());
        }
        g.writeArrayFieldStart("subgroups");
        for (SubgroupResult sg : a.subgroups()) {
            g.writeStartObject();
            g.writeStringField("level", sg.level());
            g.writeFieldName("analysis");
            analysis(g, sg.analysis(), scale);
            g.writeEndObject();
        }
        g.writeEndArray();
        if (a.betweenSubgroups() == null) {
            g.writeNullField("between_subgroups");
        } else {
            g.writeFieldName("between_subgroups");
            wald(g, a.betweenSubgroups());
        }
        bias(g, a.bias(), scale);
        sensitivity(g, a.sensitivity(), scale);
        strings(g, "warnings", a.warnings());
        g.writeEndObject();
    }

    /** The contract's selection_model, egger, trimfill blocks (plus pet_peese and fail_safe_n); null when not run. */
    static void bias(JsonGenerator g, BiasResult b, Scale scale) throws IOException {
        BiasResult.Selection s = b == null ? null : b.selection();
        if (s == null) {
            g.writeNullField("selection_model");
        } else {
            g.writeObjectFieldStart("selection_model");
            numbers(g, "steps", s.steps());
            g.writeStringField("alternative", s.alternative());
            g.writeBooleanField("identified", s.identified());
            estimateFields(g, s.estimate());
            transformed(g, scale, s.estimate());
            number(g, "tau2", s.tau2());
            number(g, "tau2_se", s.tau2Se());
            numbers(g, "weights", s.weights().stream().map(BiasResult.Weight::delta).toList());
            g.writeArrayFieldStart("intervals");
            for (BiasResult.Weight w : s.weights()) {
                g.writeStartObject();
                g.writeStringField("interval", w.interval());
                g.writeNumberField("k", w.k());
                number(g, "weight", w.delta());
                number(g, "se", w.se());
                number(g, "ci_lower", w.ciLower());
                number(g, "ci_upper", w.ciUpper());
                g.writeEndObject();
            }
            g.writeEndArray();
            number(g, "LRT", s.lrt());
            if (s.lrtDf() == null) g.writeNullField("LRT_df"); else g.writeNumberField("LRT_df", s.lrtDf());
            number(g, "LRT_p", s.lrtP());
            number(g, "unadjusted_estimate", s.unadjusted().estimate());
            strings(g, "notes", s.notes());
            g.writeEndObject();
        }
        BiasResult.Egger eg = b == null ? null : b.egger();
        if (eg == null) {
            g.writeNullField("egger");
        } else {
            g.writeObjectFieldStart("egger");
            g.writeStringField("model", eg.model());
            g.writeStringField("predictor", eg.predictor());
            number(g, "statistic", eg.statistic());
            number(g, "df", eg.df());
            number(g, "p", eg.p());
            number(g, "limit_estimate", eg.limitEstimate());
            number(g, "ci_lower", eg.ciLower());
            number(g, "ci_upper", eg.ciUpper());
            transformed(g, scale, eg.limitEstimate(), eg.ciLower(), eg.ciUpper(), null, null);
            g.writeEndObject();
        }
        BiasResult.TrimFill t = b == null ? null : b.trimfill();
        if (t == null) {
            g.writeNullField("trimfill");
        } else {
            g.writeObjectFieldStart("trimfill");
            g.writeNumberField("k0", t.k0());
            g.writeStringField("side", t.side());
            g.writeStringField("estimator", t.estimator());
            number(g, "k0_se", t.seK0());
            estimateFields(g, t.estimate());
            transformed(g, scale, t.estimate());
            number(g, "tau2", t.tau2());
            g.writeArrayFieldStart("filled");
            for (BiasResult.Filled f : t.filled()) {
                g.writeStartObject();
                number(g, "yi", f.yi());
                number(g, "vi", f.vi());
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeEndObject();
        }
        BiasResult.PetPeese pp = b == null ? null : b.petPeese();
        if (pp == null) {
            g.writeNullField("pet_peese");
        } else {
            g.writeObjectFieldStart("pet_peese");
            coefficient(g, "pet", pp.pet(), scale);
            coefficient(g, "peese", pp.peese(), scale);
            g.writeBooleanField("peese_selected", pp.peeseSelected());
            coefficient(g, "conditional", pp.conditional(), scale);
            g.writeEndObject();
        }
        BiasResult.FailSafe fs = b == null ? null : b.failSafe();
        if (fs == null) {
            g.writeNullField("fail_safe_n");
        } else {
            g.writeObjectFieldStart("fail_safe_n");
            g.writeStringField("type", fs.type());
            g.writeNumberField("n", fs.n());
            number(g, "alpha", fs.alpha());
            number(g, "target", fs.target());
            g.writeStringField("caveat", fs.caveat());
            g.writeEndObject();
        }
    }

    /** The contract's leave_one_out list, plus influence and cumulative; empty lists when not run. */
    static void sensitivity(JsonGenerator g, SensitivityResult s, Scale scale) throws IOException {
        if (s != null && !s.leaveStudyOut().isEmpty()) {
            refits(g, "leave_one_out", "omitted", s.leaveStudyOut(), scale);
        } else {
            pooledList(g, "leave_one_out", "omitted", s == null ? List.of() : s.leaveOneOut(), scale);
        }
        refits(g, "rho_sensitivity", "rho", s == null ? List.of() : s.rho(), scale);
        g.writeArrayFieldStart("influence");
        if (s != null) {
            for (SensitivityResult.InfluenceRow r : s.influence()) {
                g.writeStartObject();
                g.writeStringField("label", r.label());
                g.writeNumberField("row", r.row());
                number(g, "rstudent", r.rstudent());
                number(g, "dffits", r.dffits());
                number(g, "cook_d", r.cookD());
                number(g, "cov_r", r.covR());
                number(g, "tau2_del", r.tau2Del());
                number(g, "QE_del", r.qeDel());
                number(g, "hat", r.hat());
                number(g, "weight", r.weight());
                g.writeBooleanField("influential", r.influential());
                g.writeEndObject();
            }
        }
        g.writeEndArray();
        if (s == null || s.cumulativeBy() == null) {
            g.writeNullField("cumulative");
        } else {
            g.writeObjectFieldStart("cumulative");
            g.writeStringField("by", s.cumulativeBy());
            pooledList(g, "steps", "added", s.cumulative(), scale);
            g.writeEndObject();
        }
    }

    /** Multilevel refits: leave-one-study-out ("omitted": the study, "unit": "study") or rho sensitivity. */
    static void refits(JsonGenerator g, String name, String labelField, List<SensitivityResult.Refit> list,
                       Scale scale) throws IOException {
        g.writeArrayFieldStart(name);
        for (SensitivityResult.Refit r : list) {
            g.writeStartObject();
            if (labelField.equals("rho")) {
                number(g, "rho", r.rho());
            } else {
                g.writeStringField(labelField, r.label());
                g.writeStringField("unit", "study");
            }
            if (r.k() == null) g.writeNullField("k"); else g.writeNumberField("k", r.k());
            estimateFields(g, r.estimate());
            transformed(g, scale, r.estimate());
            numbers(g, "sigma2", r.sigma2());
            if (r.robust() == null) {
                g.writeNullField("robust");
            } else {
                coefficient(g, "robust", r.robust(), scale);
            }
            if (r.failure() != null) g.writeStringField("failure", r.failure());
            g.writeEndObject();
        }
        g.writeEndArray();
    }

    static void pooledList(JsonGenerator g, String name, String labelField, List<SensitivityResult.Pooled> list,
                           Scale scale) throws IOException {
        g.writeArrayFieldStart(name);
        for (SensitivityResult.Pooled p : list) {
            g.writeStartObject();
            g.writeStringField(labelField, p.label());
            g.writeNumberField("row", p.row());
            if (p.k() == null) g.writeNullField("k"); else g.writeNumberField("k", p.k());
            number(g, "estimate", p.estimate());
            number(g, "se", p.se());
            number(g, "statistic", p.statistic());
            number(g, "p", p.p());
            number(g, "ci_lower", p.ciLower());
            number(g, "ci_upper", p.ciUpper());
            number(g, "tau2", p.tau2());
            number(g, "I2", p.i2());
            number(g, "Q", p.q());
            number(g, "Q_p", p.qP());
            if (p.estimate() != null) transformed(g, scale, p.estimate(), p.ciLower(), p.ciUpper(), null, null);
            if (p.failure() != null) g.writeStringField("failure", p.failure());
            g.writeEndObject();
        }
        g.writeEndArray();
    }

    static void wald(JsonGenerator g, RobustResult.WaldResult w) throws IOException {
        g.writeStartObject();
        g.writeStringField("moderator", w.moderator());
        g.writeStringField("test", w.test());
        number(g, "statistic", w.statistic());
        g.writeNumberField("df1", w.df1());
        number(g, "df2", w.df2());
        number(g, "p", w.p());
        g.writeEndObject();
    }

    /** A coefficient that estimates the average effect, also on {@code scale}. */
    static void coefficient(JsonGenerator g, String name, CoefficientResult c, Scale scale) throws IOException {
        g.writeObjectFieldStart(name);
        g.writeStringField("term", c.term());
        estimateFields(g, c);
        transformed(g, scale, c);
        g.writeEndObject();
    }

    /** {@code transformed} for a coefficient estimating the average effect; nothing when c is null. */
    static void transformed(JsonGenerator g, Scale scale, CoefficientResult c) throws IOException {
        if (c != null) transformed(g, scale, c.estimate(), c.ciLower(), c.ciUpper(), null, null);
    }

    /**
     * {@code "transformed": {"transform": "exp", "estimate", "ci_lower", "ci_upper"[, "lower", "upper"]}}: the same
     * estimate and bounds through the report's transform (metafor's {@code predict(res, transf = exp)}), field names
     * as in the enclosing object; written only when the report uses a transform (absent for {@code none}).
     */
    static void transformed(JsonGenerator g, Scale scale, double estimate, double ciLower, double ciUpper,
                            Double lower, Double upper) throws IOException {
        if (scale == null || !scale.transformed()) return;
        g.writeObjectFieldStart("transformed");
        g.writeStringField("transform", scale.transformName());
        number(g, "estimate", scale.apply(estimate));
        number(g, "ci_lower", scale.apply(ciLower));
        number(g, "ci_upper", scale.apply(ciUpper));
        if (lower != null) number(g, "lower", scale.apply(lower));
        if (upper != null) number(g, "upper", scale.apply(upper));
        g.writeEndObject();
    }

    /** A coefficient's estimate and test, the contract's field names; all null when there is none. */
    static void estimateFields(JsonGenerator g, CoefficientResult c) throws IOException {
        number(g, "estimate", c == null ? null : c.estimate());
        number(g, "se", c == null ? null : c.se());
        number(g, "statistic", c == null ? null : c.statistic());
        number(g, "df", c == null ? null : c.df());
        number(g, "p", c == null ? null : c.p());
        number(g, "ci_lower", c == null ? null : c.ciLower());
        number(g, "ci_upper", c == null ? null : c.ciUpper());
    }

    /** Coefficients; with a scale (intercept-only models), the intercept is also given on it. */
    static void coefficients(JsonGenerator g, String name, List<CoefficientResult> list, Scale average)
            throws IOException {
        g.writeArrayFieldStart(name);
        for (CoefficientResult c : list) {
            g.writeStartObject();
            g.writeStringField("term", c.term());
            estimateFields(g, c);
            if (average != null) transformed(g, average, c);
            g.writeEndObject();
        }
        g.writeEndArray();
    }

    /** {@code {column: value}}: a number where the value written is one, else the level as text. */
    static void held(JsonGenerator g, String name, Map<String, String> values) throws IOException {
        g.writeObjectFieldStart(name);
        for (Map.Entry<String, String> e : values.entrySet()) {
            String v = e.getValue();
            if (v.matches("[+-]?(\\d+\\.?\\d*|\\.\\d+)([eE][+-]?\\d+)?")) number(g, e.getKey(), Double.parseDouble(v));
            else g.writeStringField(e.getKey(), v);
        }
        g.writeEndObject();
    }

    static void number(JsonGenerator g, String name, Double value) throws IOException {
        if (value == null || value.isNaN() || value.isInfinite()) g.writeNullField(name);
        else g.writeNumberField(name, value.doubleValue());
    }

    static void numbers(JsonGenerator g, String name, List<Double> values) throws IOException {
        if (values == null) {
            g.writeNullField(name);
            return;
        }
        g.writeArrayFieldStart(name);
        for (Double v : values) {
            if (v == null || v.isNaN() || v.isInfinite()) g.writeNull();
            else g.writeNumber(v.doubleValue());
        }
        g.writeEndArray();
    }

    static void strings(JsonGenerator g, String name, List<String> values) throws IOException {
        g.writeArrayFieldStart(name);
        for (String s : values) g.writeString(s);
        g.writeEndArray();
    }
}
