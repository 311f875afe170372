package org.metareport.spec;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.metareport.vocabulary.Alternative;
import org.metareport.vocabulary.EggerPredictor;
import org.metareport.vocabulary.K0Estimator;
import org.metareport.vocabulary.Side;
import org.metareport.problems.Where;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;

/** Maps an analysis's {@code bias:} and {@code sensitivity:} blocks to {@link BiasSpec} and {@link SensitivitySpec}. */
final class BiasSpecReader {
    static final List<String> BIAS_KEYS = List.of("selection", "egger", "trimfill", "funnel", "pet_peese", "fail_safe_n");
    static final List<String> SENSITIVITY_KEYS = List.of("leave_one_out", "influence", "cumulative", "rho");

    private BiasSpecReader() {}

    static Optional<BiasSpec> bias(Context cx, Node value, Where where, String analysis) {
        Optional<Section> found = Section.of(cx, value, "bias", "bias: {egger: true, trimfill: true, funnel: true}",
                "'bias' of " + analysis, "bias.", where, BIAS_KEYS);
        if (found.isEmpty()) return Optional.empty();
        Section s = found.get();
        BiasSpec.Selection selection = s.value("selection").map(v -> selection(cx, s, v)).orElse(null);
        BiasSpec.Egger egger = switchOrBlock(cx, s, "egger", "egger: {model: lm, predictor: vi}", List.of("model", "predictor"))
                .map(b -> {
                    if (b.section == null) return b.on ? new BiasSpec.Egger(false, EggerPredictor.SEI, b.where) : null;
                    boolean classical = b.section.text("model", "rma or lm", "model: lm").map(m -> {
                        String l = m.trim().toLowerCase(Locale.ROOT);
                        if (!l.equals("rma") && !l.equals("lm")) {
                            cx.error(b.section.value("model").orElseThrow(), "unknown Egger model " + Nodes.quote(m)
                                    + "; use rma (mixed-effects, metafor's default) or lm (classical weighted regression)");
                        }
                        return l.equals("lm");
                    }).orElse(false);
                    EggerPredictor predictor = b.section.value("predictor").isPresent()
                            ? b.section.choice("predictor", "Egger predictor", BiasSpecReader::predictor, "sei, vi",
                                    x -> Optional.empty()).orElse(EggerPredictor.SEI)
                            : EggerPredictor.SEI;
                    return new BiasSpec.Egger(classical, predictor, b.where);
                }).orElse(null);
        BiasSpec.TrimFill trimfill = switchOrBlock(cx, s, "trimfill", "trimfill: {estimator: R0}", List.of("estimator", "side"))
                .map(b -> {
                    if (b.section == null) return b.on ? new BiasSpec.TrimFill(K0Estimator.L0, null, b.where) : null;
                    K0Estimator est = b.section.value("estimator").isPresent()
                            ? b.section.choice("estimator", "trim-and-fill estimator", K0Estimator::find,
                                    K0Estimator.choices(), x -> Optional.empty()).orElse(K0Estimator.L0)
                            : K0Estimator.L0;
                    Side side = b.section.value("side").isPresent()
                            ? b.section.choice("side", "side", Side::find, Side.choices(), x -> Optional.empty()).orElse(null)
                            : null;
                    return new BiasSpec.TrimFill(est, side, b.where);
                }).orElse(null);
        BiasSpec.Funnel funnel = switchOrBlock(cx, s, "funnel", "funnel: {contours: true}", List.of("contours"))
                .map(b -> {
                    if (b.section == null) return b.on ? new BiasSpec.Funnel(false, b.where) : null;
                    return new BiasSpec.Funnel(b.section.flag("contours").orElse(false), b.where);
                }).orElse(null);
        boolean petPeese = s.flag("pet_peese").orElse(false);
        BiasSpec.FailSafe failSafe = s.value("fail_safe_n").map(v -> failSafe(cx, s, v)).orElse(null);
        return Optional.of(new BiasSpec(selection, egger, trimfill, funnel, petPeese, failSafe, where));
    }

    static Optional<SensitivitySpec> sensitivity(Context cx, Node value, Where where, String analysis) {
        Optional<Section> found = Section.of(cx, value, "sensitivity", "sensitivity: {leave_one_out: true, influence: true}",
                "'sensitivity' of " + analysis, "sensitivity.", where, SENSITIVITY_KEYS);
        if (found.isEmpty()) return Optional.empty();
        Section s = found.get();
        boolean loo = s.flag("leave_one_out").orElse(false);
        boolean influence = s.flag("influence").orElse(false);
        ColumnRef cumulative = null;
        Optional<Node> c = s.value("cumulative");
        if (c.isPresent()) {
            if (c.get() instanceof MappingNode) {
                Optional<Section> cs = Section.of(cx, c.get(), "sensitivity.cumulative", "cumulative: {by: year}",
                        "'sensitivity.cumulative'", "sensitivity.cumulative.", s.keyWhere("cumulative"), List.of("by"));
                cumulative = cs.flatMap(x -> x.requireColumn("by", "name the column that orders the studies, e.g. "
                        + "cumulative: {by: year}")).orElse(null);
            } else {
                cumulative = s.column("cumulative").orElse(null);
            }
        }
        List<Double> rho = new ArrayList<>();
        Optional<SequenceNode> rhos = s.list("rho", "a list of correlations", "rho: [0, 0.2, 0.4, 0.6, 0.8, 0.9]");
        if (rhos.isPresent()) {
            for (Node item : rhos.get().getValue()) {
                Double d = item instanceof ScalarNode sc ? Nodes.number(sc) : null;
                if (d == null || d < 0 || d >= 1) {
                    cx.error(item, "each entry of 'sensitivity.rho' must be a correlation from 0 up to (not including) 1, "
                            + "e.g. rho: [0, 0.2, 0.4, 0.6, 0.8, 0.9], not " + Nodes.describe(item));
                } else {
                    rho.add(d);
                }
            }
        }
        return Optional.of(new SensitivitySpec(loo, influence, cumulative, rho, where));
    }

    /** {@code key: true|false} or {@code key: {...}}: on/off, or a section with the given keys. */
    private record Switch(boolean on, Section section, Where where) {}

    private static Optional<Switch> switchOrBlock(Context cx, Section s, String key, String example, List<String> keys) {
        Optional<Node> v = s.value(key);
        if (v.isEmpty()) return Optional.empty();
        Where at = s.keyWhere(key);
        if (v.get() instanceof MappingNode) {
            return Section.of(cx, v.get(), "bias." + key, example, "'bias." + key + "'", "bias." + key + ".", at, keys)
                    .map(sec -> new Switch(true, sec, at));
        }
        return s.flag(key).map(on -> new Switch(on, null, at));
    }

    private static Optional<EggerPredictor> predictor(String written) {
        String w = written.trim().toLowerCase(Locale.ROOT);
        for (EggerPredictor p : EggerPredictor.values()) if (p.term().equals(w)) return Optional.of(p);
        return Optional.empty();
    }

    private static BiasSpec.Selection selection(Context cx, Section s, Node v) {
        Where at = s.keyWhere("selection");
        Optional<Section> found = Section.of(cx, v, "bias.selection", "selection: {steps: [0.025, 0.5]}",
                "'bias.selection'", "bias.selection.", at, List.of("steps", "alternative", "optimum"));
        if (found.isEmpty()) return null;
        Section sel = found.get();
        List<Double> steps = new ArrayList<>();
        Optional<Node> stepsNode = sel.require("steps", "give the one-sided p-value cutpoints, e.g. steps: [0.025, 0.5]");
        if (stepsNode.isPresent()) {
            List<Node> items = stepsNode.get() instanceof SequenceNode seq ? seq.getValue() : List.of(stepsNode.get());
            for (Node item : items) {
                Double d = item instanceof ScalarNode sc ? Nodes.number(sc) : null;
                if (d == null || !(d > 0 && d < 1)) {
                    cx.error(item, "each step of 'bias.selection.steps' must be a p-value between 0 and 1 (exclusive), "
                            + "e.g. steps: [0.025, 0.5], not " + Nodes.describe(item));
                } else if (steps.contains(d)) {
                    cx.error(item, "step " + d + " is listed twice in 'bias.selection.steps'; list it once");
                } else {
                    steps.add(d);
                }
            }
        }
        Alternative alternative = sel.value("alternative").isPresent()
                ? sel.choice("alternative", "alternative", Alternative::find, Alternative.choices(), x -> Optional.empty())
                        .orElse(Alternative.GREATER)
                : Alternative.GREATER;
        boolean exact = false;
        Optional<String> optimum = sel.text("optimum", "metafor or exact", "optimum: exact");
        if (optimum.isPresent()) {
            String o = optimum.get().trim().toLowerCase(Locale.ROOT);
            if (o.equals("exact")) exact = true;
            else if (!o.equals("metafor")) {
                cx.error(sel.value("optimum").orElseThrow(), "unknown optimum " + Nodes.quote(optimum.get())
                        + "; use metafor (stop where metafor's selmodel stops, the default) or exact (the ML optimum)");
            }
        }
        return steps.isEmpty() ? null : new BiasSpec.Selection(steps, alternative, exact, at);
    }

    private static BiasSpec.FailSafe failSafe(Context cx, Section s, Node v) {
        Where at = s.keyWhere("fail_safe_n");
        if (v instanceof MappingNode) {
            Optional<Section> f = Section.of(cx, v, "bias.fail_safe_n", "fail_safe_n: {type: orwin, target: 0.1}",
                    "'bias.fail_safe_n'", "bias.fail_safe_n.", at, List.of("type", "target"));
            if (f.isEmpty()) return null;
            String type = f.get().text("type", "rosenthal, orwin or rosenberg", "type: orwin").map(t -> failSafeType(cx, f.get().value("type").orElseThrow(), t)).orElse("rosenthal");
            Double target = f.get().number("target", "a number", "target: 0.1").orElse(null);
            return type == null ? null : new BiasSpec.FailSafe(type, target, at);
        }
        if (v instanceof ScalarNode sc) {
            Boolean b = Nodes.flag(sc);
            if (b != null) return b ? new BiasSpec.FailSafe("rosenthal", null, at) : null;
            String type = failSafeType(cx, sc, sc.getValue());
            return type == null ? null : new BiasSpec.FailSafe(type, null, at);
        }
        cx.error(v, "'bias.fail_safe_n' must be true, a type (rosenthal, orwin, rosenberg) or {type: orwin, target: 0.1}, "
                + "not " + Nodes.describe(v));
        return null;
    }

    private static String failSafeType(Context cx, Node at, String written) {
        String t = written.trim().toLowerCase(Locale.ROOT);
        if (List.of("rosenthal", "orwin", "rosenberg").contains(t)) return t;
        cx.error(at, "unknown fail-safe N type " + Nodes.quote(written) + "; use rosenthal, orwin or rosenberg");
        return null;
    }
}
