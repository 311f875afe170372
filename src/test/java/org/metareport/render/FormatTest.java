package org.metareport.render;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class FormatTest {
    @Test
    void formatsEstimatesWithTwoDecimalsAndATrueMinus() {
        assertThat(Format.APA.number(0.3249)).as("rounds down").isEqualTo("0.32");
        assertThat(Format.APA.number(0.325)).as("half-up on the decimal value").isEqualTo("0.33");
        assertThat(Format.APA.number(-0.7145)).as("minus sign U+2212").isEqualTo("\u22120.71");
        assertThat(Format.APA.number(-0.001)).as("no negative zero").isEqualTo("0.00");
    }

    @Test
    void neverPrintsNaN() {
        assertThat(Format.APA.number(Double.NaN)).as("NaN").isEqualTo(Format.MISSING);
        assertThat(Format.APA.number(null)).as("null").isEqualTo(Format.MISSING);
        assertThat(Format.pValue(Double.NaN)).as("NaN p").isEqualTo(Format.MISSING);
        assertThat(Format.APA.number(Double.POSITIVE_INFINITY)).as("infinity").isEqualTo(Format.MISSING);
    }

    @Test
    void formatsPValuesInApaStyle() {
        assertThat(Format.pValue(7.05e-5)).as("tiny p").isEqualTo("< .001");
        assertThat(Format.pValue(0.0331673)).as("no leading zero").isEqualTo(".033");
        assertThat(Format.pValue(0.0005)).as("below .001").isEqualTo("< .001");
        assertThat(Format.pValue(0.9996)).as("rounds to 1").isEqualTo("> .999");
        assertThat(Format.pText(0.0331673)).as("running text").isEqualTo("p = .033");
        assertThat(Format.pText(1e-300)).as("running text, tiny").isEqualTo("p < .001");
    }

    @Test
    void formatsPercentagesIntervalsCountsAndDf() {
        assertThat(Format.percent(88.1043)).as("I2").isEqualTo("88.1%");
        assertThat(Format.APA.interval(0.24, 0.4512)).as("CI").isEqualTo("[0.24, 0.45]");
        assertThat(Format.count(11658)).as("thousands").isEqualTo("11,658");
        assertThat(Format.df(72.0)).as("whole df").isEqualTo("72");
        assertThat(Format.df(9.137)).as("Satterthwaite df").isEqualTo("9.14");
        assertThat(Format.df(null)).as("z test").isEqualTo(Format.MISSING);
    }
}
