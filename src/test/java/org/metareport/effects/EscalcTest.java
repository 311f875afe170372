package org.metareport.effects;

import org.metareport.vocabulary.Measure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.Map;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** {@link Escalc} hands each measure's arguments, by metafor's names, to the right class in the right order. */
class EscalcTest {
    record Case(Measure measure, Map<String, Double> row, Supplier<Effect> direct) {
        @Override
        public String toString() {
            return "Escalc.of(" + measure + ", " + row.keySet() + ")";
        }
    }

    // distinct values, so swapped arguments would show
    private static final Map<String, Double> MEANS =
            Map.of("m1i", 55.0, "sd1i", 47.0, "n1i", 155.0, "m2i", 75.0, "sd2i", 64.0, "n2i", 156.0);
    private static final Map<String, Double> COUNTS = Map.of("ai", 4.0, "bi", 119.0, "ci", 11.0, "di", 128.0);
    private static final Map<String, Double> CORRELATION = Map.of("ri", 0.187, "ni", 109.0);
    private static final Map<String, Double> PROPORTION = Map.of("xi", 7.0, "ni", 40.0);
    private static final Map<String, Double> RATE = Map.of("xi", 9.0, "ti", 310.0);
    private static final Map<String, Double> CHANGE =
            Map.of("m1i", 38.5, "m2i", 30.6, "sd1i", 11.6, "sd2i", 15.0, "ri", 0.47, "ni", 20.0);

    static Stream<Case> cases() {
        Stream<Case> cases = Stream.of(
            new Case(Measure.SMD, MEANS, () -> Smd.of(55, 47, 155, 75, 64, 156)),
            new Case(Measure.MD, MEANS, () -> Md.of(55, 47, 155, 75, 64, 156)),
            new Case(Measure.ROM, MEANS, () -> Rom.of(55, 47, 155, 75, 64, 156)),
            new Case(Measure.OR, COUNTS, () -> TwoByTwo.or(4, 119, 11, 128)),
            new Case(Measure.RR, COUNTS, () -> TwoByTwo.rr(4, 119, 11, 128)),
            new Case(Measure.RD, COUNTS, () -> TwoByTwo.rd(4, 119, 11, 128)),
            new Case(Measure.COR, CORRELATION, () -> Correlation.cor(0.187, 109)),
            new Case(Measure.ZCOR, CORRELATION, () -> Correlation.zcor(0.187, 109)),
            new Case(Measure.PRE, Map.of("yi", 0.3, "vi", 0.02), () -> Precomputed.withVi(0.3, 0.02)),
            new Case(Measure.PRE, Map.of("yi", 0.3, "sei", 0.2), () -> Precomputed.withSei(0.3, 0.2)),
            new Case(Measure.PRE, Map.of("yi", 0.3, "ci.lb", 0.1, "ci.ub", 0.6, "level", 90.0),
                    () -> Precomputed.withCi(0.3, 0.1, 0.6, 90)),
            new Case(Measure.PR, PROPORTION, () -> Proportion.pr(7, 40)),
            new Case(Measure.PLO, PROPORTION, () -> Proportion.plo(7, 40)),
            new Case(Measure.PAS, PROPORTION, () -> Proportion.pas(7, 40)),
            new Case(Measure.PFT, PROPORTION, () -> Proportion.pft(7, 40)),
            new Case(Measure.IR, RATE, () -> Rate.ir(9, 310)),
            new Case(Measure.IRLN, RATE, () -> Rate.irln(9, 310)),
            new Case(Measure.IRR, Map.of("x1i", 9.0, "x2i", 14.0, "t1i", 310.0, "t2i", 295.0),
                    () -> Rate.irr(9, 14, 310, 295)),
            new Case(Measure.MN, Map.of("mi", 12.5, "sdi", 3.5, "ni", 44.0), () -> SingleMean.mn(12.5, 3.5, 44)),
            new Case(Measure.MNLN, Map.of("mi", 12.5, "sdi", 3.5, "ni", 44.0), () -> SingleMean.mnln(12.5, 3.5, 44)),
            new Case(Measure.MC, CHANGE, () -> MeanChange.mc(38.5, 30.6, 11.6, 15.0, 0.47, 20)),
            new Case(Measure.SMCC, CHANGE, () -> MeanChange.smcc(38.5, 30.6, 11.6, 15.0, 0.47, 20)),
            new Case(Measure.SMCR, CHANGE, () -> MeanChange.smcr(38.5, 30.6, 11.6, 0.47, 20)),
            new Case(Measure.CVR, MEANS, () -> Variability.cvr(55, 47, 155, 75, 64, 156)),
            new Case(Measure.VR, MEANS, () -> Variability.vr(47, 155, 64, 156)),
            new Case(Measure.RR, Map.of("ai", 4.0, "n1i", 123.0, "ci", 11.0, "n2i", 139.0),
                    () -> TwoByTwo.rr(4, 119, 11, 128)));
        return cases;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void givesWhatTheMeasuresOwnClassGives(Case c) {
        Effect e = Escalc.of(c.measure(), name -> c.row().getOrDefault(name, Double.NaN));
        assertThat(e).as(c.toString()).isEqualTo(c.direct().get());
    }

    @Test
    void coversEveryMeasure() {
        assertThat(cases().map(Case::measure).distinct()).as("measures with a case")
                .containsExactlyInAnyOrder(Measure.values());
        assertThat(Arrays.stream(Measure.values())).as("measures").hasSize(23);
    }

    @Test
    void preNeedsViOrSei() {
        assertThatThrownBy(() -> Escalc.of(Measure.PRE, name -> name.equals("yi") ? 0.3 : Double.NaN))
                .isExactlyInstanceOf(EffectException.class)
                .hasMessage("vi, sei and the confidence interval are all missing; PRE needs one of them");
    }

    @Test
    void aMissingArgumentIsNamed() {
        assertThatThrownBy(() -> Escalc.of(Measure.RR, name -> name.equals("ci") ? Double.NaN : 5))
                .isExactlyInstanceOf(EffectException.class)
                .hasMessage("ci is missing");
    }
}
