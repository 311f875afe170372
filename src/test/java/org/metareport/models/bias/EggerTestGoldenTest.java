package org.metareport.models.bias;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.metareport.vocabulary.Method;
import org.metareport.vocabulary.TestKind;
import org.metareport.testing.Tolerance;

/** {@link EggerTest} against metafor 3.8-1 {@code regtest()}: dat.bcg and school-based, both models. */
class EggerTestGoldenTest {
    record Case(Data data, JsonNode expected) {
        @Override
        public String toString() {
            return data.name() + ": " + expected.get("call").asText();
        }
    }

    static Stream<Case> mixedEffects() {
        List<Case> cases = List.of(new Case(Data.bcg(), Data.bcgJson().get("regtest")),
                new Case(Data.schoolBased(), Data.schoolReference().get("regtest")));
        cases.forEach(c -> assertThat(c.expected()).as("fixture block regtest of %s", c.data().name()).isNotNull());
        return cases.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("mixedEffects")
    void mixedEffectsMatchesMetafor(Case c) {
        JsonNode e = c.expected();
        assertThat(e.get("model").asText()).isEqualTo("rma");
        assertThat(e.get("predictor").asText()).isEqualTo("sei");
        Method method = Method.find(e.get("method").asText()).orElseThrow();
        TestKind test = TestKind.find(e.get("test").asText()).orElseThrow();
        EggerResult r = EggerTest.mixedEffects(c.data().yi(), c.data().vi(), method, test, 95);
        Tolerance tol = Tolerance.ITERATIVE;
        assertThat(r.classical()).as("classical").isFalse();
        tol.assertNear("zval", r.statistic(), Data.num(e, "zval"));
        tol.assertNear("pval", r.p(), Data.num(e, "pval"));
        assertThat(e.get("dfs").isNull()).as("fixture dfs is NA for z").isTrue();
        assertThat(r.df()).as("df of a z test").isInfinite();
        tol.assertNear("est", r.est(), Data.num(e, "est"));
        tol.assertNear("ci.lb", r.ciLower(), Data.num(e, "ci.lb"));
        tol.assertNear("ci.ub", r.ciUpper(), Data.num(e, "ci.ub"));
        assertThat(r.fit().coefficients().get(1).term()).as("predictor's name").isEqualTo("sei");
    }

    @Test
    void classicalMatchesMetaforLm() {
        JsonNode e = Data.bcgExtras().get("egger_classical");
        assertThat(e).as("fixture block egger_classical").isNotNull();
        assertThat(e.get("call").asText()).isEqualTo("regtest(fit, model = 'lm')");
        EggerResult r = EggerTest.classical(Data.bcg().yi(), Data.bcg().vi(), 95);
        Tolerance tol = Tolerance.CLOSED_FORM;
        assertThat(r.classical()).as("classical").isTrue();
        tol.assertNear("zval (t)", r.statistic(), Data.num(e, "zval"));
        tol.assertNear("pval", r.p(), Data.num(e, "pval"));
        assertThat(r.df()).as("dfs").isEqualTo(Data.num(e, "dfs"));
        tol.assertNear("est", r.est(), Data.num(e, "est"));
        tol.assertNear("ci.lb", r.ciLower(), Data.num(e, "ci.lb"));
        tol.assertNear("ci.ub", r.ciUpper(), Data.num(e, "ci.ub"));
        assertThat(r.fit()).as("no rma fit for the lm model").isNull();
    }

    @Test
    void classicalLimitEstimateIsTheFixedEffectPetIntercept() {
        JsonNode pet = Data.bcgExtras().get("PET_FE");
        EggerResult r = EggerTest.classical(Data.bcg().yi(), Data.bcg().vi(), 95);
        Tolerance.CLOSED_FORM.assertNear("est = PET_FE intercept", r.est(), Data.coef(pet, "b", "intrcpt"));
        Tolerance.CLOSED_FORM.assertNear("slope = PET_FE slope", r.slope(), Data.coef(pet, "b", "sqrt(vi)"));
    }
}
