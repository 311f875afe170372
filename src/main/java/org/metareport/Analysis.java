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
import org.metareport.spec.Spec;

/** Glue between the data, effects and models stages for one spec. */
final class Analysis {
    private Analysis() {}

    /** The data with effect sizes computed: what {@code validate} checks and {@code run} fits. */
    record Prepared(Dataset data, List<ComputedEffect> computed, List<EffectRow> effects, List<String> warnings) {}

    static Prepared prepare(Spec spec) {
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

    static List<AnalysisResult> fitAll(Spec spec, Prepared prepared) {
        List<AnalysisResult> out = new ArrayList<>();
        for (Fitted f : ModelsStage.fitAll(spec.analyses(), prepared.data(), prepared.computed())) {
            out.add(ResultsAssembler.univariate(f.spec().id(), f.spec().model(), f.fit(), f.nClusters(),
                    f.spec().moderators().stream().map(Object::toString).toList(), f.spec().center(), f.prediction(), f.warnings()));
        }
        return out;
    }
}
