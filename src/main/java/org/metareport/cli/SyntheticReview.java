package org.metareport.cli;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;

/**
 * The benchmark's review of realistic size (issue 12): about 130 effect sizes in 30 studies (2–7 a study), with
 * outcome, delivery, duration, year and risk-of-bias columns, and a spec of 20 analyses of the kinds authors run —
 * three-level models with CR2 and rho sensitivity, RVE, random-effects models with every common estimator,
 * moderators, subgroups, marginal means, a selection model, Egger, trim-and-fill, leave-one-out, influence and a
 * cumulative analysis — written as md, html and pdf. Deterministic: the same seed writes the same bytes.
 */
final class SyntheticReview {
    /** The seed of the published figures (docs/performance.md). */
    static final long SEED = 20261205L;
    static final int STUDIES = 30;
    static final List<String> OUTCOMES = List.of("anxiety", "depression");
    static final List<String> DELIVERY = List.of("clinician", "digital", "teacher");

    private SyntheticReview() {}

    /** Writes {@code analysis.yaml} and {@code effects.csv} into {@code dir} (created); returns the number of effects. */
    static int write(Path dir, long seed) throws IOException {
        Files.createDirectories(dir);
        int k = data(dir.resolve("effects.csv"), seed);
        Files.writeString(dir.resolve("analysis.yaml"), SPEC);
        return k;
    }

    static int data(Path csv, long seed) throws IOException {
        SplittableRandom random = new SplittableRandom(seed);
        int k = 0;
        try (BufferedWriter w = Files.newBufferedWriter(csv)) {
            w.write("study,es,year,outcome,delivery,duration,risk,yi,vi\n");
            for (int s = 0; s < STUDIES; s++) {
                int size = 2 + random.nextInt(6);
                int year = 1995 + random.nextInt(28);
                String delivery = DELIVERY.get(random.nextInt(DELIVERY.size()));
                int duration = 4 + random.nextInt(30);
                String risk = random.nextDouble() < 0.4 ? "high" : "low";
                double u = 0.25 * Bench.gaussian(random);
                int n = 40 + random.nextInt(400);
                for (int e = 0; e < size; e++, k++) {
                    String outcome = OUTCOMES.get(random.nextInt(OUTCOMES.size()));
                    double vi = 4.0 / n * (1 + 0.3 * random.nextDouble());
                    double yi = 0.3 + (outcome.equals("depression") ? 0.1 : 0) + (delivery.equals("digital") ? -0.1 : 0)
                            + 0.005 * (duration - 15) + u + 0.15 * Bench.gaussian(random)
                            + Math.sqrt(vi) * Bench.gaussian(random);
                    w.write(String.format(Locale.ROOT, "Study %02d (%d),%d,%d,%s,%s,%d,%s,%.5f,%.6f%n", s + 1, year,
                            e + 1, year, outcome, delivery, duration, risk, yi, vi));
                }
            }
        }
        return k;
    }

    static final String SPEC = """
            # Synthetic review for the benchmark (metareport bench --write-review): 20 analyses of about 130 effects.
            title: A synthetic review of school-based programmes (benchmark)
            authors: [A. Benchmark]
            data: {effects: effects.csv, study: study, id: es}
            effect: {measure: PRE, columns: {yi: yi, vi: vi}}
            analyses:
              - {id: three-level, model: multilevel, levels: [study, es], rho: 0.6, test: t, robust: CR2,
                 sensitivity: {leave_one_out: true, rho: [0, 0.3, 0.6, 0.9]}}
              - {id: ml-outcome, model: multilevel, levels: [study, es], rho: 0.6, test: t, robust: CR2,
                 moderators: [outcome], marginal_means: outcome}
              - {id: ml-outcome-subgroups, model: multilevel, levels: [study, es], rho: 0.6, test: t, robust: CR2,
                 subgroup: outcome}
              - {id: ml-moderators, model: multilevel, levels: [study, es], rho: 0.6, test: t, robust: CR2, center: true,
                 moderators: [duration, delivery, risk]}
              - {id: ml-risk, model: multilevel, levels: [study, es], rho: 0.6, robust: CR2, moderators: [risk]}
              - {id: rve-corr, model: rve, weights: CORR, rho: 0.8}
              - {id: rve-hier, model: rve, weights: HIER}
              - id: random
                model: random
                method: REML
                bias: {selection: {steps: [0.025, 0.5]}, egger: true, trimfill: true, funnel: true}
                sensitivity: {leave_one_out: true, influence: true}
              - {id: random-knha, model: random, method: REML, test: knha}
              - {id: random-dl, model: random, method: DL}
              - {id: random-pm, model: random, method: PM}
              - {id: fixed, model: fixed}
              - {id: by-delivery, model: random, moderators: [delivery], marginal_means: delivery}
              - {id: by-duration, model: random, moderators: [duration]}
              - {id: delivery-subgroups, model: random, subgroup: delivery}
              - {id: outcome-subgroups, model: random, subgroup: outcome}
              - {id: duration-year, model: random, moderators: [duration, year]}
              - {id: selection-one-step, model: random, bias: {selection: {steps: [0.05]}}}
              - {id: cumulative, model: random, sensitivity: {leave_one_out: true, cumulative: {by: year}}}
              - {id: risk-ml, model: random, method: ML, moderators: [risk]}
            report:
              formats: [md, html, pdf]
            """;
}
