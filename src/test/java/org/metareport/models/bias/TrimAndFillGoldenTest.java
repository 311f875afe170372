package org.metareport.models.bias;

import org.metareport.vocabulary.K0Estimator;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.metareport.vocabulary.Method;
import org.metareport.models.RmaFit;
import org.metareport.vocabulary.TestKind;
import org.metareport.testing.Tolerance;

/** {@link TrimAndFill} against metafor 3.8-1 {@code trimfill()}: dat.bcg (L0, R0) and school-based (L0). */
class TrimAndFillGoldenTest {
    record Case(Data data, K0Estimator estimator, JsonNode expected) {
        @Override
        public String toString() {
            return data.name() + ": " + expected.get("call").asText();
        }
    }

    static Stream<Case> cases() {
        List<Case> cases = List.of(new Case(Data.bcg(), K0Estimator.L0, Data.bcgJson().get("trimfill")),
                new Case(Data.bcg(), K0Estimator.R0, Data.bcgExtras().get("trimfill_R0")),
                new Case(Data.schoolBased(), K0Estimator.L0, Data.schoolReference().get("trimfill")));
        cases.forEach(c -> assertThat(c.expected()).as("fixture block of %s", c).isNotNull());
        return cases.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void matchesMetafor(Case c) {
        JsonNode e = c.expected();
        assertThat(e.get("estimator").asText()).isEqualTo(c.estimator().name());
        TrimAndFillResult r = TrimAndFill.fill(c.data().yi(), c.data().vi(), Method.REML, TestKind.Z, 95, c.estimator(),
                null);
        Tolerance tol = Tolerance.ITERATIVE;
        assertThat(r.side().spelling()).as("side").isEqualTo(e.get("side").asText());
        assertThat(r.k0()).as("k0").isEqualTo(e.get("k0").asInt());
        if (e.get("se.k0").isNull()) assertThat(r.seK0()).as("se.k0 (NA in R)").isNull();
        else tol.assertNear("se.k0", r.seK0(), Data.num(e, "se.k0"));
        if (e.get("p.k0").isNull()) assertThat(r.pK0()).as("p.k0 (NA in R)").isNull();
        else tol.assertNear("p.k0", r.pK0(), Data.num(e, "p.k0"));
        RmaFit fit = r.fit();
        assertThat(fit.k()).as("k").isEqualTo(e.get("k").asInt());
        var b = fit.coefficients().get(0);
        tol.assertNear("b", b.estimate(), Data.num(e, "b"));
        tol.assertNear("se", b.se(), Data.num(e, "se"));
        tol.assertNear("zval", b.statistic(), Data.num(e, "zval"));
        tol.assertNear("pval", b.p(), Data.num(e, "pval"));
        tol.assertNear("ci.lb", b.ciLower(), Data.num(e, "ci.lb"));
        tol.assertNear("ci.ub", b.ciUpper(), Data.num(e, "ci.ub"));
        tol.assertNear("tau2", fit.tau2(), Data.num(e, "tau2"));
        tol.assertNear("I2", fit.i2(), Data.num(e, "I2"));
        tol.assertNear("H2", fit.h2(), Data.num(e, "H2"));
        tol.assertNear("QE", fit.qe(), Data.num(e, "QE"));
        tol.assertNear("QEp", fit.qeP(), Data.num(e, "QEp"));
        tol.assertNear("filled_yi", r.filledYi(), Data.nums(e, "filled_yi").length == 0 && r.k0() == 0
                ? new double[0] : Data.nums(e, "filled_yi"));
        tol.assertNear("filled_vi", r.filledVi(), Data.nums(e, "filled_vi").length == 0 && r.k0() == 0
                ? new double[0] : Data.nums(e, "filled_vi"));
    }
}
