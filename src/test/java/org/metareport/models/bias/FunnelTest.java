package org.metareport.models.bias;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.metareport.vocabulary.Method;
import org.metareport.models.Rma;
import org.metareport.vocabulary.TestKind;
import org.metareport.testing.Tolerance;

/** {@link Funnel}: metafor's {@code funnel()} defaults for dat.bcg, before and after trim-and-fill. */
class FunnelTest {
    @Test
    void placesEffectsAtTheirStandardErrorsAroundThePooledEstimate() {
        Data bcg = Data.bcg();
        var fit = Rma.fit(bcg.yi(), bcg.vi(), Method.REML, TestKind.Z, 95);
        Funnel f = Funnel.of(fit, bcg.yi(), bcg.vi());
        Tolerance.ITERATIVE.assertNear("refline (dat.bcg REML b)", f.refline(),
                Data.coef(Data.bcgJson().get("rma").get("REML"), "b", "intrcpt"));
        Tolerance.CLOSED_FORM.assertNear("crit", f.crit(), 1.959963984540054);
        assertThat(f.points()).hasSize(13).noneMatch(Funnel.Point::filled);
        Tolerance.CLOSED_FORM.assertNear("sei of trial 1", f.points().get(0).sei(), Math.sqrt(bcg.vi()[0]));
        double maxSe = 0;
        for (double v : bcg.vi()) maxSe = Math.max(maxSe, Math.sqrt(v));
        Tolerance.CLOSED_FORM.assertNear("seMax", f.seMax(), maxSe);
        Tolerance.CLOSED_FORM.assertNear("region at seMax", f.upperAt(f.seMax()) - f.lowerAt(f.seMax()),
                2 * 1.959963984540054 * maxSe);
    }

    @Test
    void addsTheImputedEffectsAfterTrimAndFill() {
        Data bcg = Data.bcg();
        TrimAndFillResult tf = TrimAndFill.fill(bcg.yi(), bcg.vi(), Method.REML);
        Funnel f = Funnel.of(tf, bcg.yi(), bcg.vi());
        assertThat(f.points()).hasSize(14);
        assertThat(f.points().get(13).filled()).isTrue();
        assertThat(f.points().get(13).row()).isEqualTo(13);
        Tolerance.ITERATIVE.assertNear("filled yi (fixture)", f.points().get(13).yi(),
                Data.num(Data.bcgJson().get("trimfill"), "filled_yi"));
        Tolerance.ITERATIVE.assertNear("refline is the filled model's b", f.refline(),
                Data.num(Data.bcgJson().get("trimfill"), "b"));
    }
}
