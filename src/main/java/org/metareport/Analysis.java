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
import org.metareport.claims.Claim;
import org.metareport.claims.Claims;
import org.metareport.problems.InputException;
import org.metareport.problems.Problems;
import org.metareport.results.CharacteristicsResult;
import org.metareport.results.PrismaResult;
import org.metareport.results.RiskOfBiasResult;
import org.metareport.review.Characteristics;
import org.metareport.review.Prisma;
import org.metareport.review.RiskOfBias;
import org.metareport.spec.AnalysisSpec;
import org.metareport.spec.Spec;

/** Glue between the data, effects and models stages for one spec. */
final class Analysis {
    private Analysis() {}

    /** The data with effect sizes computed: what {@code validate} checks and {@code run} fits. */
    record Prepared(Dataset data, List<ComputedEffect> computed, List<EffectRow> effects, PrismaResult prisma,
                    RiskOfBiasResult riskOfBias, CharacteristicsResult characteristics, List<Claim> claims,
                    List<String> warnings) {}

    static Prepared prepare(Spec spec, boolean strict) {
        Warnings dataWarnings = new Warnings();
        Dataset data = Dataset.read(spec.data(), dataWarnings).derive(spec.data().derive());
        List<String> warnings = new ArrayList<>(dataWarnings.list());
        EffectsStage.Output out = EffectsStage.compute(spec.effect(), spec.data(), data);
        warnings.addAll(out.warnings());
        List<EffectRow> rows = new ArrayList<>();
        for (ComputedEffect e : out.effects()) {
            rows.add(new EffectRow(e.row().line(), e.study(), e.id(), e.label(), e.yi(), e.vi(), e.source(),
                    e.effectLabel()));
        }
        // the review's artefacts and the manuscript's claims: checked before anything is fitted
        Problems problems = new Problems();
        PrismaResult prisma = null;
        RiskOfBiasResult rob = null;
        CharacteristicsResult characteristics = null;
        List<Claim> claims = List.of();
        try {
            if (spec.prisma() != null) {
                prisma = Prisma.check(spec.prisma(), strict);
                warnings.addAll(prisma.warnings());
                long studies = rows.stream().map(EffectRow::study).distinct().count();
                warnings.addAll(Prisma.compareWithData(prisma, (int) studies, spec.data().study().name()));
            }
        } catch (InputException e) {
            problems.addAll(e);
        }
        try {
            if (spec.riskOfBias() != null) {
                rob = RiskOfBias.read(spec.riskOfBias());
                warnings.addAll(rob.warnings());
                warnings.addAll(RiskOfBias.compareStudies(spec.riskOfBias(), rob,
                        rows.stream().map(EffectRow::study).collect(java.util.stream.Collectors.toCollection(java.util.LinkedHashSet::new))));
            }
        } catch (InputException e) {
            problems.addAll(e);
        }
        try {
            if (spec.characteristics() != null) {
                characteristics = Characteristics.summarise(spec.characteristics(), data, spec.data().study());
                warnings.addAll(characteristics.warnings());
            }
        } catch (InputException e) {
            problems.addAll(e);
        }
        try {
            if (spec.extras().containsKey("claims")) {
                claims = Claims.parse(spec.extras().get("claims"), spec.extrasWhere("claims"));
            }
        } catch (InputException e) {
            problems.addAll(e);
        }
        problems.throwIfAny();
        return new Prepared(data, out.effects(), rows, prisma, rob, characteristics, claims, warnings);
    }

    static List<AnalysisResult> fitAll(Spec spec, Prepared prepared) {
        List<AnalysisResult> out = new ArrayList<>();
        for (Fitted f : ModelsStage.fitAll(spec.analyses(), prepared.data(), prepared.computed())) {
            out.add(ResultsAssembler.of(f));
        }
        return out;
    }
}
