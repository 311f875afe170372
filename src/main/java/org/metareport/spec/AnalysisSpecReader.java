package org.metareport.spec;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.metareport.vocabulary.Method;
import org.metareport.vocabulary.ModelKind;
import org.metareport.vocabulary.RveWeights;
import org.metareport.vocabulary.VcovType;
import org.metareport.vocabulary.TestKind;
import org.metareport.problems.Where;
import org.snakeyaml.engine.v2.common.ScalarStyle;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;

/**
 * Maps one entry of {@code analyses:} to an {@link AnalysisSpec}, filling the defaults (model random, method REML,
 * test z, rho 0, level 95, center false) and checking the rules that tie its keys together. The rules that tie its
 * add-ons to its model ({@link AnalysisRules}) are checked when it is about to be fitted.
 */
final class AnalysisSpecReader {
    static final List<String> KEYS = List.of("id", "title", "model", "method", "test", "levels", "rho", "robust",
            "moderators", "reference", "center", "level", "subgroup", "marginal_means", "bias", "sensitivity", "weights",
            "where", "figures");
    static final Pattern ID = Pattern.compile("[A-Za-z0-9_-]+");
    static final String DEFAULT_ID = "overall";
    /** The cluster-robust estimators a spec offers (clubSandwich's CR1p is metafor's and not offered). */
    private static final List<VcovType> ROBUST = List.of(VcovType.CR0, VcovType.CR1, VcovType.CR2);

    private AnalysisSpecReader() {}

    /**
     * The analysis at {@code entry}, the {@code number}-th (1-based) of {@code count}; empty when it cannot be built
     * (every reason has been reported).
     */
    static Optional<AnalysisSpec> read(Context cx, Node entry, int number, int count) {
        if (Nodes.isNull(entry)) {
            cx.error(entry, "analysis " + number + " is empty; give at least its id, e.g. - id: overall");
            return Optional.empty();
        }
        if (!(entry instanceof MappingNode m)) {
            cx.error(entry, "each entry of 'analyses' must be a mapping of keys, e.g. - {id: overall, model: random}, "
                    + "not " + Nodes.describe(entry));
            return Optional.empty();
        }
        String label = peekId(m).map(id -> "analysis " + Nodes.quote(id)).orElse("analysis " + number);
        Section s = new Section(cx, m, label, "", cx.where(entry), KEYS);

        // id: required unless this is the only analysis
        Optional<String> id = s.text("id", "a name of letters, digits, '_' and '-'", "id: overall");
        if (id.isPresent() && !ID.matcher(id.get()).matches()) {
            cx.error(s.value("id").orElseThrow(), "analysis id " + Nodes.quote(id.get()) + " may contain only letters, "
                    + "digits, '_' and '-', because it names output files (forest-<id>.svg); e.g. id: " + suggestId(id.get()));
            id = Optional.empty();
        } else if (id.isEmpty() && s.value("id").isEmpty()) {
            if (count == 1 && !s.has("id")) id = Optional.of(DEFAULT_ID);
            else if (count == 1) s.missing("id", "give the analysis an id (letters, digits, '_' and '-'), e.g. "
                    + "id: overall, or leave the key out to call it overall");
            else s.missing("id", "with several analyses each needs its own id (letters, digits, '_' and '-'), "
                    + "e.g. id: overall");
        }

        Optional<String> title = s.text("title", "the analysis's name for headings and captions",
                "title: Overall random-effects model").map(String::strip).filter(t -> !t.isEmpty());

        Optional<ModelKind> model = s.value("model").isPresent()
                ? s.choice("model", "model", ModelKind::find, ModelKind.choices(), Hints::model)
                : Optional.of(ModelKind.RANDOM);
        Optional<Method> method = method(cx, s, model);
        Optional<TestKind> test = s.value("test").isPresent()
                ? s.choice("test", "test", TestKind::find, TestKind.choices(), Hints::test)
                : Optional.of(TestKind.Z);
        if (test.orElse(null) == TestKind.KNHA && model.orElse(null) == ModelKind.MULTILEVEL)
            cx.error(s.value("test").orElseThrow(), "test: knha (Knapp-Hartung) is for model: fixed or random; "
                    + "model: multilevel uses test: z or t (add robust: CR2 for cluster-robust tests)");

        List<ColumnRef> levels = levels(cx, s, model);
        double rho = rho(cx, s, model);
        Optional<VcovType> robust = robust(s);
        List<Term> moderators = moderators(cx, s);
        Map<String, String> reference = reference(cx, s, moderators);
        CenterSpec center = CenteringReader.center(cx, s, moderators);
        double level = level(cx, s);
        Optional<ColumnRef> subgroup = s.column("subgroup");
        Optional<MarginalMeansSpec> marginalMeans = CenteringReader.marginalMeans(cx, s, moderators);
        Set<String> mainColumns = new LinkedHashSet<>();
        for (Term t : moderators) for (ColumnRef c : t.columns()) mainColumns.add(c.name());
        subgroup.filter(g -> mainColumns.contains(g.name())).ifPresent(g -> cx.error(g.where(),
                "'subgroup: " + g.name() + "' is also a moderator; within each subgroup it is constant, so remove "
                        + Nodes.quote(g.name()) + " from 'moderators'"));
        marginalMeans.filter(mm -> !mainColumns.contains(mm.name())).ifPresent(mm -> cx.error(mm.where(),
                "'marginal_means: " + mm.name() + "' needs " + Nodes.quote(mm.name()) + " among 'moderators'"
                        + (moderators.isEmpty() ? " (this analysis has none)" : " (" + names(moderators) + ")")
                        + "; add it there or remove 'marginal_means'"));
        RveWeights weights = weights(cx, s, model);
        BiasSpec bias = s.value("bias").flatMap(v -> BiasSpecReader.bias(cx, v, s.keyWhere("bias"), label))
                .orElse(null);
        SensitivitySpec sensitivity = s.value("sensitivity")
                .flatMap(v -> BiasSpecReader.sensitivity(cx, v, s.keyWhere("sensitivity"), label)).orElse(null);

        Optional<org.metareport.expressions.Expression> subset = s.scalar("where", "an expression",
                "where: Construct %in% c(\"D\", \"A\")").flatMap(w -> ExpressionReader.read(cx, w, s.name("where")));
        FiguresSpec figures = s.value("figures").map(v -> FiguresSpecReader.read(cx, v, s.keyWhere("figures"), label,
                model, moderators, bias != null && bias.selection() != null)).orElse(FiguresSpec.DEFAULT);

        if (id.isEmpty() || model.isEmpty() || method.isEmpty() || test.isEmpty()) return Optional.empty();
        if (s.value("where").isPresent() && subset.isEmpty()) return Optional.empty();
        return Optional.of(new AnalysisSpec(id.get(), title.orElse(null), model.get(), method.get(), test.get(), levels,
                rho,
                robust.orElse(null), moderators, reference, center, level, subgroup.orElse(null),
                marginalMeans.orElse(null), bias, sensitivity, weights, subset.orElse(null), cx.where(entry), figures));
    }

    /** The id written in the entry, if it is a plain text, for naming the analysis in messages. */
    private static Optional<String> peekId(MappingNode m) {
        for (NodeTuple t : m.getValue())
            if (t.getKeyNode() instanceof ScalarNode k && k.getValue().equals("id")
                    && t.getValueNode() instanceof ScalarNode v && !Nodes.isNull(v) && !v.getValue().isBlank())
                return Optional.of(v.getValue());
        return Optional.empty();
    }

    /** A valid id close to the one written: other characters become '-'. */
    static String suggestId(String id) {
        String s = id.trim().replaceAll("[^A-Za-z0-9_-]+", "-").replaceAll("^-+|-+$", "");
        return s.isEmpty() ? DEFAULT_ID : s;
    }

    /** Default REML; fixed implies FE (any other method is an error); multilevel takes REML or ML. */
    private static Optional<Method> method(Context cx, Section s, Optional<ModelKind> model) {
        Optional<Node> written = s.value("method");
        if (written.isEmpty()) return Optional.of(model.orElse(null) == ModelKind.FIXED ? Method.FE : Method.REML);
        Optional<Method> method = s.choice("method", "method", Method::find, Method.choices(), Hints::method);
        if (method.isEmpty() || model.isEmpty()) return method;
        Method m = method.get();
        ModelKind k = model.get();
        if (k == ModelKind.FIXED && m != Method.FE) {
            cx.error(written.get(), "model: fixed has no between-study variance, so method: " + m + " does not apply; "
                    + "remove 'method' (fixed implies FE) or use model: random");
            return Optional.empty();
        }
        if (k != ModelKind.FIXED && m == Method.FE) {
            cx.error(written.get(), "method: FE is the fixed-effect model; write model: fixed instead (and remove "
                    + "'method'), or choose a tau2 method: " + Method.choices());
            return Optional.empty();
        }
        if (k == ModelKind.MULTILEVEL && m != Method.REML && m != Method.ML) {
            cx.error(written.get(), "model: multilevel is fitted by REML or ML (as metafor's rma.mv), not " + m
                    + "; write method: REML or method: ML");
            return Optional.empty();
        }
        return method;
    }

    /** Multilevel: at least two, outer to inner, each once. Not allowed for other models. */
    private static List<ColumnRef> levels(Context cx, Section s, Optional<ModelKind> model) {
        String example = "levels: [Study, ESId]";
        boolean multilevel = model.orElse(null) == ModelKind.MULTILEVEL;
        if (s.value("levels").isEmpty()) {
            if (multilevel)
                s.missing("levels", "model: multilevel needs the nested levels, outer to inner, e.g. " + example);
            return List.of();
        }
        List<ColumnRef> levels = s.columns("levels", example).orElse(List.of());
        if (model.isEmpty()) return levels;
        if (!multilevel) {
            cx.error(s.keyWhere("levels"), "'levels' applies only to model: multilevel (this analysis uses model: "
                    + model.get().spelling() + "); remove 'levels' or set model: multilevel");
            return List.of();
        }
        if (s.value("levels").orElseThrow() instanceof SequenceNode && levels.size() < 2)
            cx.error(s.value("levels").orElseThrow(), "'levels' lists " + levels.size() + " level"
                    + (levels.size() == 1 ? "" : "s") + "; model: multilevel needs at least 2, outer to inner, e.g. "
                    + example);
        DataSpecReader.duplicates(cx, levels, "'levels'");
        return levels;
    }

    /** In [-1, 1]; only for multilevel and rve. Default 0. */
    private static double rho(Context cx, Section s, Optional<ModelKind> model) {
        if (s.value("rho").isEmpty()) return model.orElse(null) == ModelKind.RVE ? 0.8 : 0;   // robumeta's default
        Optional<Double> rho = s.number("rho", "a number between -1 and 1", "rho: 0.8");
        if (rho.isEmpty()) return 0;
        Node at = s.value("rho").orElseThrow();
        if (rho.get() < -1 || rho.get() > 1) {
            cx.error(at, "'rho' is " + EffectSpecReader.number(rho.get()) + "; the correlation of sampling errors "
                    + "within a study must be between -1 and 1, e.g. rho: 0.8");
        } else if (model.isPresent() && model.get() != ModelKind.MULTILEVEL && model.get() != ModelKind.RVE) {
            cx.error(s.keyWhere("rho"), "'rho' (the correlation of sampling errors within a study) applies only to "
                    + "model: multilevel or rve, not " + model.get().spelling() + "; remove it or change the model");
        }
        return rho.get();
    }

    /** robumeta's modelweights for model: rve (CORR when not given); null for other models. */
    private static RveWeights weights(Context cx, Section s, Optional<ModelKind> model) {
        if (s.value("weights").isEmpty()) return model.orElse(null) == ModelKind.RVE ? RveWeights.CORR : null;
        String written = s.text("weights", "CORR or HIER", "weights: CORR")
                .map(w -> w.trim().toUpperCase(java.util.Locale.ROOT)).orElse(null);
        if (written == null) return null;
        Optional<RveWeights> weights = RveWeights.find(written);
        if (weights.isEmpty()) {
            cx.error(s.value("weights").orElseThrow(), "unknown RVE weights " + Nodes.quote(written)
                    + "; use CORR (correlated effects) or HIER (hierarchical effects), as robumeta's modelweights");
            return null;
        }
        if (model.orElse(null) != ModelKind.RVE) {
            cx.error(s.keyWhere("weights"), "'weights' (robumeta's modelweights) applies only to model: rve; "
                    + "remove it or use model: rve");
        }
        return weights.get();
    }

    private static Optional<VcovType> robust(Section s) {
        return s.choice("robust", "robust variance estimator",
                w -> ROBUST.stream().filter(r -> r.spelling().equalsIgnoreCase(w.trim())).findFirst(),
                ROBUST.stream().map(VcovType::spelling).collect(java.util.stream.Collectors.joining(", ")), Hints::robust);
    }

    /** Each entry a column or an interaction {@code a:b}; each term once. */
    private static List<Term> moderators(Context cx, Section s) {
        Optional<SequenceNode> list = s.list("moderators", "a list of columns (interactions as a:b)",
                "moderators: [Duration, Delivery]");
        if (list.isEmpty()) return List.of();
        List<Term> terms = new ArrayList<>();
        Map<String, Node> seen = new LinkedHashMap<>();
        for (Node item : list.get().getValue()) {
            Optional<Term> term = term(cx, item);
            if (term.isEmpty()) continue;
            Node first = seen.putIfAbsent(term.get().name(), item);
            if (first != null) {
                cx.error(item, "moderator " + Nodes.quote(term.get().name()) + " is listed twice (first at line "
                        + cx.line(first) + "); list it once");
                continue;
            }
            terms.add(term.get());
        }
        return terms;
    }

    private static Optional<Term> term(Context cx, Node item) {
        if (item instanceof MappingNode) {
            cx.error(item, "a moderator must be a column name, not a mapping; write an interaction without spaces "
                    + "around ':' (e.g. Duration:Delivery) or put it in quotes");
            return Optional.empty();
        }
        if (!(item instanceof ScalarNode s) || Nodes.isNull(item) || ((ScalarNode) item).getValue().isBlank()) {
            cx.error(item, "each entry of 'moderators' must be one column name or an interaction a:b, not "
                    + Nodes.describe(item));
            return Optional.empty();
        }
        String text = s.getValue();
        if (text.contains("*")) {
            cx.error(item, "moderator " + Nodes.quote(text) + ": write an interaction as a:b and list its main "
                    + "effects too, e.g. moderators: [Duration, Delivery, Duration:Delivery]");
            return Optional.empty();
        }
        Where start = cx.where(s);
        int offset = s.getScalarStyle() == ScalarStyle.PLAIN ? 0 : 1;   // skip the opening quote
        boolean oneLine = !text.contains("\n") && (s.getScalarStyle() == ScalarStyle.PLAIN
                || s.getScalarStyle() == ScalarStyle.SINGLE_QUOTED || s.getScalarStyle() == ScalarStyle.DOUBLE_QUOTED);
        List<ColumnRef> columns = new ArrayList<>();
        int from = 0;
        for (String part : text.split(":", -1)) {
            String name = part.strip();
            if (name.isEmpty()) {
                cx.error(item, "moderator " + Nodes.quote(text) + " has an empty part; write an interaction as a:b, "
                        + "e.g. Duration:Delivery");
                return Optional.empty();
            }
            int column = oneLine ? start.column() + offset + from + part.indexOf(name) : start.column();
            columns.add(new ColumnRef(name, new Where(start.file(), start.line(), column)));
            from += part.length() + 1;
        }
        return Optional.of(Term.of(columns, start));
    }

    /** Column → reference level; each column must be a moderator of this analysis. */
    private static Map<String, String> reference(Context cx, Section s, List<Term> moderators) {
        Optional<Node> v = s.value("reference");
        Map<String, String> out = new LinkedHashMap<>();
        if (v.isEmpty()) return out;
        if (!(v.get() instanceof MappingNode m)) {
            cx.error(v.get(), "'reference' must map a categorical moderator to its reference level, e.g. "
                    + "reference: {Delivery: self-guided}, not " + Nodes.describe(v.get()));
            return out;
        }
        Section r = new Section(cx, m, "'reference'", "reference.", s.keyWhere("reference"), null);
        Set<String> columns = new LinkedHashSet<>();
        for (Term t : moderators) for (ColumnRef c : t.columns()) columns.add(c.name());
        for (NodeTuple t : m.getValue()) {
            if (!(t.getKeyNode() instanceof ScalarNode k) || out.containsKey(k.getValue())) continue;   // reported
            String column = k.getValue();
            if (!columns.contains(column)) {
                String close = Spelling.closest(column, columns).map(c -> " (did you mean '" + c + "'?)").orElse("");
                cx.error(k, "'reference' names " + Nodes.quote(column) + ", which is not a moderator of this analysis"
                        + close + (columns.isEmpty() ? "; add it to 'moderators'"
                        : "; its moderators are " + String.join(", ", columns)));
                continue;
            }
            r.scalar(t.getValueNode(), r.name(column), "one level of the column", column + ": self-guided")
                    .ifPresent(level -> {
                        if (Nodes.isNull(level) || level.getValue().isBlank())
                            cx.error(k, r.name(column) + " is empty; give the reference level, e.g. " + column
                                    + ": self-guided");
                        else out.put(column, level.getValue());
                    });
        }
        return out;
    }

    /** Percent in (0, 100); default 95. A proportion (≤ 1) is reported, since it is almost surely meant as one. */
    private static double level(Context cx, Section s) {
        if (s.value("level").isEmpty()) return 95;
        Optional<Double> level = s.number("level", "a percentage between 0 and 100", "level: 95");
        if (level.isEmpty()) return 95;
        Node at = s.value("level").orElseThrow();
        double x = level.get();
        if (x > 0 && x <= 1)
            cx.error(at, "'level' is " + EffectSpecReader.number(x) + "; give the confidence level in percent, e.g. "
                    + "level: " + (x < 1 ? EffectSpecReader.number(x * 100) : "95"));
        else if (x <= 0 || x >= 100)
            cx.error(at, "'level' is " + EffectSpecReader.number(x) + "; the confidence level is a percentage above 0 "
                    + "and below 100, e.g. level: 95");
        return x;
    }

    private static String names(List<Term> terms) {
        return String.join(", ", terms.stream().map(Term::name).toList());
    }
}
