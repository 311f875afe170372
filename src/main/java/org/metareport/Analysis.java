package org.metareport;

import java.util.ArrayList;
import java.util.List;
import org.metareport.data.Dataset;
import org.metareport.problems.Warnings;
import org.metareport.effects.ComputedEffect;
import org.metareport.effects.EffectsStage;
import org.metareport.timing.Timings;
import org.metareport.models.ModelsStage;
import org.metareport.results.AnalysisResult;
import org.metareport.results.EffectRow;
import org.metareport.results.ResultsAssembler;
import org.metareport.problems.InputException;
import org.metareport.problems.Problems;
import org.metareport.results.CharacteristicsResult;
import org.metareport.results.PrismaResult;
import org.metareport.results.RiskOfBiasResult;
import org.metareport.review.Characteristics;
import org.metareport.review.Prisma;
import org.metareport.review.RiskOfBias;
import org.metareport.spec.AnalysisSpec;
import org.metareport.spec.Claim;
import org.metareport.spec.Spec;
import org.metareport.parallel.Parallel;

/** Glue between the data, effects and models stages for one spec. */
final class Analysis {
    private Analysis() {}

    /** The data with effect sizes computed: what {@code validate} checks and {@code run} fits. */
    record Prepared(Dataset data, List<ComputedEffect> computed, List<EffectRow> effects, PrismaResult prisma,
                    RiskOfBiasResult riskOfBias, CharacteristicsResult characteristics, List<Claim> claims,
                    List<String> warnings) {}

    static Prepared prepare(Spec spec, boolean strict) {
        return prepare(spec, strict, Dataset::read);
    }

    /** As {@link #prepare(Spec, boolean)}, reading the data with {@code reader} (a warm session's cache). */
    static Prepared prepare(Spec spec, boolean strict,
                            java.util.function.BiFunction<org.metareport.spec.DataSpec, Warnings, Dataset> reader) {
        Warnings dataWarnings = new Warnings();
        Dataset data = reader.apply(spec.data(), dataWarnings).derive(spec.data().derive())
                .select(spec.data(), dataWarnings);
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
            claims = spec.claims().require();
        } catch (InputException e) {
            problems.addAll(e);
        }
        problems.throwIfAny();
        return new Prepared(data, out.effects(), rows, prisma, rob, characteristics, claims, warnings);
    }

    /**
     * Fits every analysis (independent analyses in parallel, results in the spec's order); the problems of all
     * analyses are reported together, as {@link ModelsStage#fitAll} does.
     */
    static List<AnalysisResult> fitAll(Spec spec, Prepared prepared) {
        Problems problems = new Problems();
        List<AnalysisResult> out = new ArrayList<>();
        for (Fit f : fitEach(spec.analyses(), prepared)) {
            if (f.problem() != null) problems.addAll(f.problem());
            else out.add(f.result());
        }
        problems.throwIfAny();
        return out;
    }

    /** An analysis fitted: its results, or the bad input that stopped it. */
    record Fit(AnalysisResult result, InputException problem) {}

    /** Each analysis fitted, on the machine's cores; in the analyses' order, every one tried. */
    static List<Fit> fitEach(List<AnalysisSpec> analyses, Prepared prepared) {
        return Parallel.map(analyses, a -> {
            try {
                return new Fit(Timings.time("fit " + a.id() + " (" + a.model().name().toLowerCase(java.util.Locale.ROOT) + ")",
                        () -> ResultsAssembler.of(ModelsStage.fit(a, prepared.data(), prepared.computed()))), null);
            } catch (InputException e) {
                return new Fit(null, e);
            }
        });
    }
}
