package org.metareport.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class ShortestDecimalTest {
    @Test
    void writesIntegersWithoutAPoint() {
        assertThat(ShortestDecimal.of(12.0)).isEqualTo("12");
        assertThat(ShortestDecimal.of(-0.0)).isEqualTo("0");
        assertThat(ShortestDecimal.of(1e20)).isEqualTo("100000000000000000000");
    }

    @Test
    void writesTheShortestTextThatReadsBack() {
        assertThat(ShortestDecimal.of(0.5)).isEqualTo("0.5");
        assertThat(ShortestDecimal.of(0.1 + 0.2)).isEqualTo("0.30000000000000004");
        assertThat(ShortestDecimal.of(2.0E-3)).isEqualTo("0.002");
        assertThat(ShortestDecimal.of(1.0E23)).isEqualTo("1e+23");
        assertThat(ShortestDecimal.of(-1.5e-8)).isEqualTo("-1.5e-8");
        assertThat(ShortestDecimal.of(Double.MIN_VALUE)).isEqualTo("5e-324");
        assertThat(ShortestDecimal.of(Double.MAX_VALUE)).isEqualTo("1.7976931348623157e+308");
    }

    @Test
    void roundTripsRandomDoubles() {
        SplittableRandom random = new SplittableRandom(20260101);
        for (int i = 0; i < 20_000; i++) {
            double x = Double.longBitsToDouble(random.nextLong());
            if (!Double.isFinite(x)) continue;
            String text = ShortestDecimal.of(x);
            assertThat(Double.parseDouble(text)).as("%s from %s", text, x).isEqualTo(x == 0 ? 0.0 : x);
            assertThat(CellText.NUMBER.matcher(text).matches()).as("%s reads as a number cell", text).isTrue();
        }
    }

    @Test
    void refusesNonFiniteValues() {
        assertThatThrownBy(() -> ShortestDecimal.of(Double.NaN)).isInstanceOf(IllegalArgumentException.class);
    }
}
