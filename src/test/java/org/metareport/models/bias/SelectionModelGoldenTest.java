package org.metareport.models.bias;

import org.metareport.vocabulary.Alternative;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.metareport.testing.Tolerance;

/**
 * {@link SelectionModel} against metafor 3.8-1 {@code selmodel(type = "stepfun")}: the identified blocks of
 * dat.bcg.json and school-based/reference.json, fitted as metafor fits them ({@link SelectionOptimum#AS_METAFOR}).
 */
class SelectionModelGoldenTest {
    record Case(String name, Data data, double[] steps, Alternative alternative, JsonNode expected) {
        @Override
        public String toString() {
            return data.name() + " " + name + ": " + expected.get("call").asText();
        }
    }

    static Stream<Case> identified() {
        List<Case> cases = new ArrayList<>();
        JsonNode sel = Data.schoolReference().get("selection_models");
        cases.add(new Case("steps_0.025_0.5", Data.schoolBased(), new double[] {0.025, 0.5}, Alternative.GREATER,
                sel.get("steps_0.025_0.5")));
        cases.add(new Case("steps_0.025", Data.schoolBased(), new double[] {0.025}, Alternative.GREATER,
                sel.get("steps_0.025")));
        cases.add(new Case("selmodel_stepfun_0.025_alternative_less", Data.bcg(), new double[] {0.025}, Alternative.LESS,
                Data.bcgJson().get("selmodel_stepfun_0.025_alternative_less")));
        cases.forEach(c -> assertThat(c.expected()).as("fixture block %s", c.name()).isNotNull());
        assertThat(cases).hasSize(3);
        return cases.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("identified")
    void matchesMetafor(Case c) {
        SelectionModelFit fit = SelectionModel.fit(c.data().yi(), c.data().vi(), c.steps(), c.alternative(), 95);
        JsonNode e = c.expected();
        Tolerance tol = Tolerance.SELECTION;
        assertThat(fit.identified()).as("identified").isTrue();
        assertThat(e.get("empty_interval").asBoolean()).as("fixture's empty_interval").isFalse();
        assertThat(fit.steps()).as("steps").containsExactlyElementsOf(
                java.util.Arrays.stream(Data.nums(e, "steps")).boxed().toList());
        assertThat(fit.alternative().spelling()).as("alternative").isEqualTo(e.get("alternative").asText());
        var a = fit.adjusted();
        tol.assertNear("b", a.estimate().estimate(), Data.coef(e, "b", "intrcpt"));
        tol.assertNear("se", a.estimate().se(), Data.coef(e, "se", "intrcpt"));
        tol.assertNear("zval", a.estimate().statistic(), Data.coef(e, "zval", "intrcpt"));
        tol.assertNear("pval", a.estimate().p(), Data.coef(e, "pval", "intrcpt"));
        tol.assertNear("ci.lb", a.estimate().ciLower(), Data.coef(e, "ci.lb", "intrcpt"));
        tol.assertNear("ci.ub", a.estimate().ciUpper(), Data.coef(e, "ci.ub", "intrcpt"));
        tol.assertNear("tau2", a.tau2(), Data.num(e, "tau2"));
        tol.assertNear("se.tau2", a.seTau2(), Data.num(e, "se.tau2"));
        double[] delta = Data.nums(e, "delta");
        double[] seDelta = Data.nums(e, "se.delta");
        double[] zDelta = Data.nums(e, "zval.delta");
        double[] pDelta = Data.nums(e, "pval.delta");
        double[] lbDelta = Data.nums(e, "ci.lb.delta");
        double[] ubDelta = Data.nums(e, "ci.ub.delta");
        assertThat(a.weights()).as("weights").hasSize(delta.length);
        assertThat(a.weights().get(0).fixed()).as("first weight fixed").isTrue();
        assertThat(a.weights().get(0).se()).as("first weight has no se (NA)").isNull();
        for (int j = 0; j < delta.length; j++) {
            SelectionWeight w = a.weights().get(j);
            tol.assertNear("delta[" + j + "]", w.delta(), delta[j]);
            if (j == 0) continue;
            tol.assertNear("se.delta[" + j + "]", w.se(), seDelta[j]);
            tol.assertNear("zval.delta[" + j + "]", w.z(), zDelta[j]);
            tol.assertNear("pval.delta[" + j + "]", w.p(), pDelta[j]);
            tol.assertNear("ci.lb.delta[" + j + "]", w.ciLower(), lbDelta[j]);
            tol.assertNear("ci.ub.delta[" + j + "]", w.ciUpper(), ubDelta[j]);
        }
        tol.assertNear("ll", a.ll(), Data.num(e, "ll"));
        tol.assertNear("ll0", a.ll0(), Data.num(e, "ll0"));
        tol.assertNear("LRT", a.lrt(), Data.num(e, "LRT"));
        assertThat(a.lrtDf()).as("LRTdf").isEqualTo(e.get("LRTdf").asInt());
        tol.assertNear("LRTp", a.lrtP(), Data.num(e, "LRTp"));
        tol.assertNear("LRT.tau2", a.lrtTau2(), Data.num(e, "LRT.tau2"));
        tol.assertNear("LRTp.tau2", a.lrtPTau2(), Data.num(e, "LRTp.tau2"));
        JsonNode ptable = e.get("ptable");
        assertThat(fit.ptable()).as("ptable").hasSize(ptable.get("k").size());
        for (int j = 0; j < fit.ptable().size(); j++) {
            assertThat(fit.ptable().get(j).k()).as("ptable k[%d]", j).isEqualTo(ptable.get("k").get(j).asInt());
            assertThat(fit.ptable().get(j).label()).as("ptable label[%d]", j)
                    .isEqualTo(ptable.get("interval").get(j).asText());
        }
    }
}
