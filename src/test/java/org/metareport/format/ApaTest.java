package org.metareport.format;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ApaTest {
    @Test
    void formatsEstimatesWithTwoDecimalsAndATrueMinus() {
        assertThat(fixed2(0.3249)).as("rounds down").isEqualTo("0.32");
        assertThat(fixed2(0.325)).as("half-up on the decimal value").isEqualTo("0.33");
        assertThat(fixed2(-0.7145)).as("minus sign U+2212").isEqualTo("\u22120.71");
        assertThat(fixed2(-0.001)).as("no negative zero").isEqualTo("0.00");
    }

    @Test
    void neverPrintsNaN() {
        assertThat(fixed2(Double.NaN)).as("NaN").isEqualTo(Apa.MISSING);
        assertThat(fixed2(null)).as("null").isEqualTo(Apa.MISSING);
        assertThat(Apa.pValue(Double.NaN)).as("NaN p").isEqualTo(Apa.MISSING);
        assertThat(fixed2(Double.POSITIVE_INFINITY)).as("infinity").isEqualTo(Apa.MISSING);
    }

    @Test
    void formatsPValuesInApaStyle() {
        assertThat(Apa.pValue(7.05e-5)).as("tiny p").isEqualTo("< .001");
        assertThat(Apa.pValue(0.0331673)).as("no leading zero").isEqualTo(".033");
        assertThat(Apa.pValue(0.0005)).as("below .001").isEqualTo("< .001");
        assertThat(Apa.pValue(0.9996)).as("rounds to 1").isEqualTo("> .999");
        assertThat(Apa.pText(0.0331673)).as("running text").isEqualTo("p = .033");
        assertThat(Apa.pText(1e-300)).as("running text, tiny").isEqualTo("p < .001");
    }

    @Test
    void formatsPercentagesIntervalsCountsAndDf() {
        assertThat(Apa.percent(88.1043)).as("I2").isEqualTo("88.1%");
        assertThat(Apa.interval(0.24, 0.4512, 2)).as("CI").isEqualTo("[0.24, 0.45]");
        assertThat(Apa.count(11658)).as("thousands").isEqualTo("11,658");
        assertThat(Apa.df(72.0)).as("whole df").isEqualTo("72");
        assertThat(Apa.df(9.137)).as("Satterthwaite df").isEqualTo("9.14");
        assertThat(Apa.df(null)).as("z test").isEqualTo(Apa.MISSING);
    }

    static String fixed2(Double x) {
        return Apa.fixed(x, 2);
    }

    @Test
    void roundsTheExactBinaryValueAsRsSprintf() {
        // 0.125 is exact in binary and rounds up; 1.005 is 1.00499999999999989... in binary, so R's sprintf gives 1.00
        assertThat(Apa.fixed(0.125, 2)).as("exact half").isEqualTo("0.13");
        assertThat(Apa.fixed(1.005, 2)).as("binary below half").isEqualTo("1.00");
    }

    @Test
    void namesTheAmountOfHeterogeneity() {
        assertThat(Apa.heterogeneityWord(95.7)).as("95.7%").isEqualTo("considerable");
        assertThat(Apa.heterogeneityWord(10.0)).as("10%").isEqualTo("low");
        assertThat(Apa.heterogeneityWord(null)).as("none").isEqualTo("not estimable");
    }
}
