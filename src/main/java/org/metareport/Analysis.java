package org.metareport;

import java.util.ArrayList;
import java.util.List;
import org.metareport.data.Dataset;
import org.metareport.problems.Warnings;
import org.metareport.effects.ComputedEffect;
import org.metareport.effects.EffectsStage;
import org.metareport.models.Fitted;
import org.metareport.models.ModelsStage;
import org.metareport.results.AnalysisResult;
import org.metareport.results.EffectRow;
import org.metareport.results.ResultsAssembler;
import org.metareport.problems.Problems;
import org.metareport.spec.AnalysisSpec;
import org.metareport.spec.Spec;

/** Glue between the data, effects and models stages for one spec. */
final class Analysis {
    private Analysis() {}

    /** The data with effect sizes computed: what {@code validate} checks and {@code run} fits. */
    record Prepared(Dataset data, List<ComputedEffect> computed, List<EffectRow> effects, List<String> warnings) {}

    static Prepared prepare(Spec spec) {
        rejectWhatIsNotBuiltYet(spec);
        Warnings dataWarnings = new Warnings();
        Dataset data = Dataset.read(spec.data(), dataWarnings);
        List<String> warnings = new ArrayList<>(dataWarnings.list());
        EffectsStage.Output out = EffectsStage.compute(spec.effect(), spec.data(), data);
        warnings.addAll(out.warnings());
        List<EffectRow> rows = new ArrayList<>();
        for (ComputedEffect e : out.effects()) {
            rows.add(new EffectRow(e.row().line(), e.study(), e.id(), e.label(), e.yi(), e.vi(), e.source()));
        }
        return new Prepared(data, out.effects(), rows, warnings);
    }

    /**
     * Keys the contract names whose features this version does not have yet: an error, never a silent omission.
     * Each line goes away when its feature lands.
     */
    static void rejectWhatIsNotBuiltYet(Spec spec) {
        Problems problems = new Problems();
        for (String key : spec.extras().keySet()) {
            problems.add(spec.extrasWhere(key), "'%s' is not available in this version yet; remove it to run the "
                    + "rest of the spec", key);
        }
        for (AnalysisSpec a : spec.analyses()) {
        }
        problems.throwIfAny();
    }

    private static void notYet(Problems problems, AnalysisSpec a, String what) {
        problems.add(a.where(), "analysis '%s': %s is not available in this version yet; remove it to run the rest "
                + "of the spec", a.id(), what);
    }

    static List<AnalysisResult> fitAll(Spec spec, Prepared prepared) {
        List<AnalysisResult> out = new ArrayList<>();
        for (Fitted f : ModelsStage.fitAll(spec.analyses(), prepared.data(), prepared.computed())) {
            out.add(ResultsAssembler.of(f));
        }
        return out;
    }
}
