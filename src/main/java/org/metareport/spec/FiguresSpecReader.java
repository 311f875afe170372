package org.metareport.spec;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.metareport.problems.Where;
import org.metareport.vocabulary.ModelKind;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.SequenceNode;

/** Reads an analysis's {@code figures:} block into a {@link FiguresSpec}. */
final class FiguresSpecReader {
    static final List<String> KEYS = List.of("bubble", "orchard", "baujat", "gosh", "weight_function", "risk_of_bias");
    static final String EXAMPLE = "figures: {bubble: [ablat], baujat: true, gosh: {subsets: 1000, seed: 1}}";

    private FiguresSpecReader() {}

    static FiguresSpec read(Context cx, Node value, Where where, String analysis, Optional<ModelKind> model,
                            List<Term> moderators, boolean selection) {
        Optional<Section> found = Section.of(cx, value, "figures", EXAMPLE, "'figures' of " + analysis, "figures.",
                where, KEYS);
        if (found.isEmpty()) return FiguresSpec.DEFAULT;
        Section s = found.get();
        Boolean bubble = null;
        List<ColumnRef> bubbleOn = new ArrayList<>();
        Optional<Node> b = s.value("bubble");
        if (b.isPresent() && b.get() instanceof SequenceNode) {
            bubbleOn.addAll(s.columns("bubble", "bubble: [ablat]").orElse(List.of()));
            bubble = !bubbleOn.isEmpty();
            List<String> main = new ArrayList<>();
            for (Term t : moderators) if (t.columns().size() == 1) main.add(t.columns().get(0).name());
            for (ColumnRef c : bubbleOn) {
                if (!main.contains(c.name())) {
                    cx.error(c.where(), "'figures.bubble' names " + Nodes.quote(c.name()) + ", which is not a moderator "
                            + "of " + analysis + (main.isEmpty() ? " (it has none)" : " (" + String.join(", ", main) + ")")
                            + "; a bubble plot shows one of the model's moderators, so name one of them or add it to "
                            + "'moderators'");
                }
            }
        } else if (b.isPresent()) {
            bubble = s.flag("bubble").orElse(null);
        }
        Boolean orchard = s.flag("orchard").orElse(null);
        Boolean baujat = s.flag("baujat").orElse(null);
        Boolean weightFunction = s.flag("weight_function").orElse(null);
        Boolean riskOfBias = s.flag("risk_of_bias").orElse(null);
        FiguresSpec.Gosh gosh = gosh(cx, s);
        ModelKind kind = model.orElse(null);
        if (Boolean.TRUE.equals(baujat) && kind != null && kind != ModelKind.RANDOM && kind != ModelKind.FIXED) {
            cx.error(s.keyWhere("baujat"), "'figures.baujat' of " + analysis + " applies to model: random or fixed "
                    + "(metafor's baujat() is for rma.uni fits), not model: " + kind.spelling() + "; remove it or add a "
                    + "random-effects analysis for it");
        }
        if (gosh != null && kind != null && kind != ModelKind.RANDOM && kind != ModelKind.FIXED) {
            cx.error(s.keyWhere("gosh"), "'figures.gosh' of " + analysis + " applies to model: random or fixed "
                    + "(metafor's gosh() is for rma.uni fits), not model: " + kind.spelling() + "; remove it or add a "
                    + "random-effects analysis for it");
        }
        if (gosh != null && !moderators.isEmpty()) {
            cx.error(s.keyWhere("gosh"), "'figures.gosh' of " + analysis + " fits the pooled estimate on subsets of the "
                    + "effect sizes, so it needs an intercept-only model; remove 'moderators' here or move the GOSH "
                    + "plot to an analysis without them");
        }
        if (Boolean.TRUE.equals(orchard) && kind == ModelKind.RVE) {
            cx.error(s.keyWhere("orchard"), "'figures.orchard' of " + analysis + " needs a model with a prediction "
                    + "interval (random, fixed or multilevel); robumeta's RVE fits give none; remove it here");
        }
        if (Boolean.TRUE.equals(weightFunction) && !selection) {
            cx.error(s.keyWhere("weight_function"), "'figures.weight_function' of " + analysis + " draws the selection "
                    + "model's weights, but the analysis fits none; add bias: {selection: {steps: [0.025, 0.5]}} or "
                    + "remove it");
        }
        return new FiguresSpec(bubble, bubbleOn, orchard, baujat, gosh, weightFunction, riskOfBias, where);
    }

    private static FiguresSpec.Gosh gosh(Context cx, Section s) {
        Optional<Node> v = s.value("gosh");
        if (v.isEmpty()) return null;
        if (!(v.get() instanceof MappingNode)) {
            return s.flag("gosh").filter(on -> on).map(on -> new FiguresSpec.Gosh(FiguresSpec.GOSH_SUBSETS, 1))
                    .orElse(null);
        }
        Optional<Section> found = Section.of(cx, v.get(), "figures.gosh", "gosh: {subsets: 1000, seed: 1}",
                "'figures.gosh'", "figures.gosh.", s.keyWhere("gosh"), List.of("subsets", "seed"));
        if (found.isEmpty()) return null;
        Section g = found.get();
        int subsets = FiguresSpec.GOSH_SUBSETS;
        Optional<Double> n = g.number("subsets", "a whole number of subsets", "subsets: 1000");
        if (n.isPresent()) {
            double d = n.get();
            if (d != Math.rint(d) || d < 1 || d > FiguresSpec.GOSH_MAX_SUBSETS) {
                cx.error(g.value("subsets").orElseThrow(), "'figures.gosh.subsets' must be a whole number from 1 to "
                        + FiguresSpec.GOSH_MAX_SUBSETS + ", e.g. subsets: 1000, not " + Nodes.describe(g.value("subsets").orElseThrow()));
            } else {
                subsets = (int) d;
            }
        }
        long seed = 1;
        Optional<Double> sd = g.number("seed", "a whole number", "seed: 1");
        if (sd.isPresent()) {
            double d = sd.get();
            if (d != Math.rint(d) || Math.abs(d) > 1e15) {
                cx.error(g.value("seed").orElseThrow(), "'figures.gosh.seed' must be a whole number, e.g. seed: 1, not "
                        + Nodes.describe(g.value("seed").orElseThrow()));
            } else {
                seed = (long) d;
            }
        }
        return new FiguresSpec.Gosh(subsets, seed);
    }
}
