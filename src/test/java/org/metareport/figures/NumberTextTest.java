package org.metareport.figures;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class NumberTextTest {
    @Test
    void formatsFixedDecimalsWithTrueMinus() {
        assertThat(NumberText.fixed(-0.7145323, 2)).isEqualTo("\u22120.71");
        assertThat(NumberText.fixed(0.4376275, 2)).isEqualTo("0.44");
        assertThat(NumberText.fixed(-0.004, 2)).as("no negative zero").isEqualTo("0.00");
        assertThat(NumberText.fixed(1234567.891, 1)).as("no grouping, no exponent").isEqualTo("1234567.9");
        assertThat(NumberText.fixed(2.5, 0)).as("half up").isEqualTo("3");
        assertThat(NumberText.percent(10.15)).isEqualTo("10.2%");
    }

    @Test
    void printsShortestAndLevels() {
        assertThat(NumberText.shortest(0.25)).isEqualTo("0.25");
        assertThat(NumberText.shortest(10)).isEqualTo("10");
        assertThat(NumberText.shortest(-1.5)).isEqualTo("\u22121.5");
        assertThat(NumberText.level(95)).isEqualTo("95");
        assertThat(NumberText.level(99.9)).isEqualTo("99.9");
    }
}
