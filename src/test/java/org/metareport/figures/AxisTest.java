package org.metareport.figures;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Stream;
import org.assertj.core.data.Offset;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

class AxisTest {
    static Stream<Arguments> ranges() {
        return Stream.of(
            Arguments.of(-2.61, 1.88), Arguments.of(0.01, 0.03), Arguments.of(-0.0004, 0.0009),
            Arguments.of(-120, 3400), Arguments.of(0.2, 0.2), Arguments.of(-1e-7, 3e-7), Arguments.of(-3.3, -0.4),
            Arguments.of(0.95, 1.05), Arguments.of(-17.5, 42), Arguments.of(0, 1), Arguments.of(-1, 1));
    }

    @ParameterizedTest(name = "[{0}, {1}]") @MethodSource("ranges")
    void coversTheRangeWithNiceEquallySpacedTicks(double lo, double hi) {
        Axis axis = Axis.auto(lo, hi, Transform.NONE);
        List<Axis.Tick> ticks = axis.ticks();
        assertThat(ticks.size()).as("tick count").isBetween(3, Axis.MAX_INTERVALS + 1);
        assertThat(axis.lower()).as("lower limit").isLessThanOrEqualTo(lo).isEqualTo(ticks.get(0).at());
        assertThat(axis.upper()).as("upper limit").isGreaterThanOrEqualTo(hi).isEqualTo(ticks.get(ticks.size() - 1).at());
        double step = ticks.get(1).at() - ticks.get(0).at();
        for (int i = 1; i < ticks.size(); i++)
            assertThat(ticks.get(i).at() - ticks.get(i - 1).at()).as("spacing %d", i)
                .isCloseTo(step, Offset.offset(step * 1e-9));
        double mantissa = step / Math.pow(10, Math.floor(Math.log10(step) + 1e-9));
        assertThat(List.of(1.0, 2.0, 2.5, 5.0)).as("step %s = m × 10^k", step)
            .anySatisfy(m -> assertThat(mantissa).isCloseTo(m, Offset.offset(1e-9)));
        for (Axis.Tick t : ticks) {
            double read = Double.parseDouble(t.label().replace('\u2212', '-'));
            assertThat(read).as("label %s reads back as its position", t.label())
                .isCloseTo(t.at(), Offset.offset(step * 1e-9));
            assertThat(t.label()).as("label").doesNotContain("-", "E");
        }
        assertThat(ticks.stream().map(t -> t.label().contains(".") ? t.label().replaceAll(".*\\.", "").length() : 0)
                .distinct().count())
            .as("all labels with the same decimals").isEqualTo(1);
    }

    @Test
    void labelsBcgLikeMetafor() {
        assertThat(Axis.auto(-2.61, 1.88, Transform.NONE).ticks()).extracting(Axis.Tick::label)
            .containsExactly("\u22123", "\u22122", "\u22121", "0", "1", "2");
        assertThat(Axis.auto(-0.71, 0.6, Transform.NONE).ticks()).extracting(Axis.Tick::label)
            .containsExactly("\u22121.0", "\u22120.5", "0.0", "0.5", "1.0");
        assertThat(Axis.auto(0.1, 1.24, Transform.NONE).ticks()).extracting(Axis.Tick::label)
            .as("2.5 steps").containsExactly("0.00", "0.25", "0.50", "0.75", "1.00", "1.25");
        assertThat(Axis.auto(-0.12, 0.4, Transform.NONE).ticks()).extracting(Axis.Tick::label)
            .as("0.1 steps").containsExactly("\u22120.2", "\u22120.1", "0.0", "0.1", "0.2", "0.3", "0.4");
    }

    @Test
    void placesRatioTicksAtTheirLogs() {
        Axis wide = Axis.auto(Math.log(0.07), Math.log(6.5), Transform.EXP);
        assertThat(wide.ticks()).extracting(Axis.Tick::label).as("1-2-5")
            .containsExactly("0.05", "0.1", "0.2", "0.5", "1", "2", "5", "10");
        assertThat(wide.ticks().get(4).at()).as("1 sits at log 1").isEqualTo(0);
        assertThat(Axis.auto(Math.log(0.3), Math.log(3), Transform.EXP).ticks()).extracting(Axis.Tick::label)
            .as("doubling").containsExactly("0.25", "0.5", "1", "2", "4");
        assertThat(Axis.auto(Math.log(0.8), Math.log(1.25), Transform.EXP).ticks()).extracting(Axis.Tick::label)
            .as("narrow: linear steps of ratio").containsExactly("0.8", "0.9", "1.0", "1.1", "1.2", "1.3");
        List<String> decades = Axis.auto(Math.log(1e-5), Math.log(1e6), Transform.EXP).ticks().stream()
            .map(Axis.Tick::label).toList();
        assertThat(decades.size()).as("decade ticks").isLessThanOrEqualTo(Axis.MAX_INTERVALS + 1);
        assertThat(decades).as("decades").contains("1");
    }

    @Test
    void labelsFishersZWithCorrelationsAndLogitsWithProportions() {
        Axis r = Axis.auto(Transform.TANH.invert(-0.2), Transform.TANH.invert(0.75), Transform.TANH);
        assertThat(r.ticks()).extracting(Axis.Tick::label).as("correlations")
            .containsExactly("\u22120.2", "0.0", "0.2", "0.4", "0.6", "0.8");
        assertThat(r.ticks().get(2).at()).as("0.2 sits at atanh(0.2)").isCloseTo(Transform.TANH.invert(0.2), Offset.offset(1e-12));
        Axis wide = Axis.auto(Transform.TANH.invert(-0.999), Transform.TANH.invert(0.999), Transform.TANH);
        assertThat(wide.ticks()).extracting(Axis.Tick::label).as("never ±1, which lie at infinity")
            .doesNotContain("\u22121.0", "1.0");
        Axis p = Axis.auto(Math.log(0.1 / 0.9), Math.log(0.7 / 0.3), Transform.PLOGIS);
        assertThat(p.ticks()).extracting(Axis.Tick::label).as("proportions")
            .containsExactly("0.1", "0.2", "0.3", "0.4", "0.5", "0.6", "0.7");
        assertThat(p.ticks().get(4).at()).as("0.5 sits at logit 0").isCloseTo(0, Offset.offset(1e-12));
    }

    @Test
    void fixedLimitsKeepTheirEndsAndOnlyInnerTicks() {
        Axis axis = Axis.fixed(-0.8, 1.3, Transform.NONE);
        assertThat(axis.lower()).as("lower").isEqualTo(-0.8);
        assertThat(axis.upper()).as("upper").isEqualTo(1.3);
        assertThat(axis.ticks()).extracting(Axis.Tick::label)
            .containsExactly("\u22120.5", "0.0", "0.5", "1.0");
    }
}
