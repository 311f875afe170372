package org.metareport.effects;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.metareport.testing.Fixtures;
import org.metareport.testing.Tolerance;
import org.metareport.vocabulary.Measure;

/**
 * The single-group, rate, change and variability measures, the 2×2 measures from group totals and generic inverse
 * variance from a confidence interval, each row against metafor's {@code escalc} (and {@code conv.wald}) on public
 * data sets from metadat: {@code src/test/resources/golden/escalc/escalc-measures.R} wrote every CSV (its
 * {@code VERSION} file names the metafor version). The data include zero counts and proportions of 0 and 1, so
 * metafor's {@code add = 1/2, to = "only0"} rule is checked where it applies.
 */
class EscalcMeasuresGoldenTest {
    private static final Tolerance TOL = Tolerance.CLOSED_FORM;

    record Case(String file, Measure measure, int row, Map<String, Double> args, double yi, double vi) {
        @Override
        public String toString() {
            return file + ".csv row " + row;
        }

        double arg(String name) {
            Double v = args.get(name);
            return v == null ? Double.NaN : v;
        }
    }

    static Stream<Case> cases() {
        List<Case> out = new ArrayList<>();
        for (String file : List.of("PR", "PLO", "PAS", "PFT", "IR", "IRLN", "IRR", "MN", "MNLN", "MC", "SMCC", "SMCR",
                "CVR", "VR", "OR-totals", "RR-totals", "RD-totals", "PRE-ci-90")) {
            Map<String, List<String>> csv = Fixtures.csv("golden/escalc/" + file + ".csv");
            Measure measure = Measure.find(file.replaceAll("-.*", "")).orElseThrow();
            double[] yi = Fixtures.numbers(csv, "yi");
            double[] vi = Fixtures.numbers(csv, "vi");
            assertThat(yi).as(file + " rows").isNotEmpty();
            for (int i = 0; i < yi.length; i++) {
                Map<String, Double> args = new java.util.LinkedHashMap<>();
                for (String column : csv.keySet()) {
                    if (column.equals("yi") || column.equals("vi")) continue;
                    args.put(column.equals("est") ? "yi" : column, Double.parseDouble(csv.get(column).get(i).trim()));
                }
                if (file.equals("PRE-ci-90")) args.put("level", 90.0);
                out.add(new Case(file, measure, i + 1, args, yi[i], vi[i]));
            }
        }
        return out.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void matchesMetafor(Case c) {
        Effect e = Escalc.of(c.measure(), c::arg);
        TOL.assertNear(c + " yi", e.yi(), c.yi());
        TOL.assertNear(c + " vi", e.vi(), c.vi());
    }

    @Test
    void everyNewMeasureHasAReferenceFile() {
        List<String> files = cases().map(Case::file).distinct().toList();
        for (Measure m : List.of(Measure.PR, Measure.PLO, Measure.PAS, Measure.PFT, Measure.IR, Measure.IRLN,
                Measure.IRR, Measure.MN, Measure.MNLN, Measure.MC, Measure.SMCC, Measure.SMCR, Measure.CVR, Measure.VR))
            assertThat(files).as("reference for " + m).contains(m.name());
        assertThat(cases().filter(c -> c.file().equals("PLO")).anyMatch(c -> c.arg("xi") == 0)).as("a zero count")
                .isTrue();
        assertThat(cases().filter(c -> c.file().equals("OR-totals")).anyMatch(c -> c.arg("ai") == 0 || c.arg("ci") == 0))
                .as("a zero cell").isTrue();
    }

    @Test
    void hazardRatiosWithTheirIntervalsAreAnalysedOnTheLogScale() {
        Map<String, List<String>> csv = Fixtures.csv("golden/escalc/PRE-ci-ratio.csv");
        double[] hr = Fixtures.numbers(csv, "yi");
        double[] lb = Fixtures.numbers(csv, "ci.lb");
        double[] ub = Fixtures.numbers(csv, "ci.ub");
        double[] ratios = Fixtures.numbers(csv, "est");
        double[] vi = Fixtures.numbers(csv, "vi");
        for (int i = 0; i < ratios.length; i++) {
            TOL.assertNear("log HR row " + (i + 1), Math.log(ratios[i]), hr[i]);
            Effect e = Precomputed.withCi(Math.log(ratios[i]), Math.log(lb[i]), Math.log(ub[i]), 95);
            TOL.assertNear("yi row " + (i + 1), e.yi(), hr[i]);
            TOL.assertNear("vi row " + (i + 1), e.vi(), vi[i]);
        }
    }

    @Test
    void impossibleInputsAreRefusedInTheUsersWords() {
        assertThatThrownBy(() -> Proportion.pr(5, 3)).hasMessage("xi is 5 but ni is 3; there cannot be more events "
                + "than participants");
        assertThatThrownBy(() -> Rate.ir(2, 0)).hasMessage("ti is 0; person-time must be positive");
        assertThatThrownBy(() -> SingleMean.mnln(-1, 1, 10)).hasMessageContaining("MNLN takes the log of the mean");
        assertThatThrownBy(() -> MeanChange.mc(1, 2, 1, 1, 1.5, 10)).hasMessageContaining("ri is 1.5");
        assertThatThrownBy(() -> Variability.cvr(0, 1, 10, 1, 1, 10)).hasMessageContaining("m1i is 0");
        assertThatThrownBy(() -> Precomputed.withCi(0.5, 0.9, 0.1, 95)).hasMessageContaining("lower bound");
        assertThatThrownBy(() -> Escalc.of(Measure.RR, n -> switch (n) {
            case "ai" -> 12;
            case "n1i" -> 10;
            case "ci" -> 1;
            case "n2i" -> 5;
            default -> Double.NaN;
        })).hasMessageContaining("n1i is 10 but ai is 12");
    }
}
