package org.metareport.vocabulary;

import static org.assertj.core.api.Assertions.assertThat;

import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;

class EffectTransformTest {
    @Test
    void defaultsByMeasureAsAnRUserBackTransforms() {
        assertThat(EffectTransform.defaultFor(Measure.RR)).isEqualTo(EffectTransform.EXP);
        assertThat(EffectTransform.defaultFor(Measure.OR)).isEqualTo(EffectTransform.EXP);
        assertThat(EffectTransform.defaultFor(Measure.ROM)).isEqualTo(EffectTransform.EXP);
        assertThat(EffectTransform.defaultFor(Measure.ZCOR)).isEqualTo(EffectTransform.TANH);
        for (Measure m : new Measure[] {Measure.SMD, Measure.MD, Measure.RD, Measure.COR, Measure.PRE})
            assertThat(EffectTransform.defaultFor(m)).as("%s", m).isEqualTo(EffectTransform.NONE);
    }

    @Test
    void readsTheSpellingsOfMetaforsTransformFunctions() {
        assertThat(EffectTransform.find("EXP")).contains(EffectTransform.EXP);
        assertThat(EffectTransform.find("r")).contains(EffectTransform.TANH);
        assertThat(EffectTransform.find("transf.ztor")).contains(EffectTransform.TANH);
        assertThat(EffectTransform.find("plogis")).contains(EffectTransform.PLOGIS);
        assertThat(EffectTransform.find("transf.ilogit")).contains(EffectTransform.PLOGIS);
        assertThat(EffectTransform.find(" none ")).contains(EffectTransform.NONE);
        assertThat(EffectTransform.find("log")).isEmpty();
        assertThat(EffectTransform.choices()).isEqualTo("none, exp, tanh, plogis");
    }

    @Test
    void aCorrelationIsTheSameToTheLastBitOnEveryJdk() {
        // fdlibm's tanh (StrictMath); Math.tanh is an intrinsic since JDK 24 and differs from it in the last bit for
        // about a quarter of values (on Temurin 25: -0.2830549527068636, 0.47615493266285774, -0.5219382289969492,
        // -0.3592286658102707 for these), which made a report's numbers depend on the JDK that ran it
        assertThat(EffectTransform.TANH.apply(-0.291)).isEqualTo(-0.28305495270686365);
        assertThat(EffectTransform.TANH.apply(0.518)).isEqualTo(0.4761549326628577);
        assertThat(EffectTransform.TANH.apply(-0.579)).isEqualTo(-0.5219382289969491);
        assertThat(EffectTransform.TANH.apply(-0.376)).isEqualTo(-0.35922866581027074);
    }

    @Test
    void appliesAndInvertsEachTransform() {
        assertThat(EffectTransform.EXP.apply(Math.log(0.49))).isCloseTo(0.49, Offset.offset(1e-15));
        assertThat(EffectTransform.TANH.apply(0.5)).isCloseTo(0.46211715726000974, Offset.offset(1e-15));
        assertThat(EffectTransform.PLOGIS.apply(0)).isEqualTo(0.5);
        assertThat(EffectTransform.PLOGIS.apply(-800)).as("no overflow to NaN far out").isEqualTo(0.0);
        assertThat(EffectTransform.PLOGIS.apply(800)).isEqualTo(1.0);
        for (EffectTransform t : EffectTransform.values())
            for (double x : new double[] {-2.5, -0.3, 0, 0.7, 3})
                assertThat(t.invert(t.apply(x))).as("%s round trip at %s", t, x).isCloseTo(x, Offset.offset(1e-12));
        assertThat(EffectTransform.NONE.apply(-0.71)).isEqualTo(-0.71);
    }
}
