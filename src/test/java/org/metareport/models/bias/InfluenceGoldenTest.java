package org.metareport.models.bias;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.metareport.vocabulary.Method;
import org.metareport.vocabulary.TestKind;
import org.metareport.testing.Tolerance;

/** {@link Influence} against metafor 3.8-1 {@code influence(rma(yi, vi))}: dat.bcg and school-based (REML, z). */
class InfluenceGoldenTest {
    record Case(Data data, JsonNode expected) {
        @Override
        public String toString() {
            return data.name() + ": " + expected.get("call").asText();
        }
    }

    static Stream<Case> cases() {
        List<Case> cases = List.of(new Case(Data.bcg(), Data.bcgExtras().get("influence")),
                new Case(Data.schoolBased(), Data.schoolExtras().get("influence_univariate")));
        cases.forEach(c -> assertThat(c.expected()).as("fixture block influence of %s", c.data().name()).isNotNull());
        return cases.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void matchesMetafor(Case c) {
        JsonNode e = c.expected();
        Influence.Result r = Influence.of(c.data().yi(), c.data().vi(), Method.REML, TestKind.Z, 95);
        int k = c.data().k();
        assertThat(k).as("rows").isGreaterThan(10);
        assertThat(r.cases()).as("cases").hasSize(k);
        assertThat(r.coefficientNames()).containsExactly("intrcpt");
        Tolerance tol = Tolerance.ITERATIVE;
        Map<String, java.util.function.Function<InfluenceCase, Double>> fields = new LinkedHashMap<>();
        fields.put("rstudent", ic -> ic.deleted().rstudent());
        fields.put("dffits", ic -> ic.deleted().dffits());
        fields.put("cook.d", ic -> ic.deleted().cookD());
        fields.put("cov.r", ic -> ic.deleted().covR());
        fields.put("tau2.del", ic -> ic.deleted().tau2Del());
        fields.put("QE.del", ic -> ic.deleted().qeDel());
        fields.put("hat", InfluenceCase::hat);
        fields.put("weight", InfluenceCase::weight);
        fields.put("dfbs", ic -> ic.deleted().dfbs()[0]);
        int compared = 0;
        for (var f : fields.entrySet()) {
            if (e.get(f.getKey()) == null) continue;          // school-based extras hold a subset of the columns
            compared++;
            double[] expected = Data.nums(e, f.getKey());
            assertThat(expected).as(f.getKey()).hasSize(k);
            for (int i = 0; i < k; i++) {
                InfluenceCase ic = r.cases().get(i);
                assertThat(ic.deleted()).as("deletion [%d]", i + 1).isNotNull();
                tol.assertNear(f.getKey() + "[" + (i + 1) + "]", f.getValue().apply(ic), expected[i]);
            }
        }
        assertThat(compared).as("columns compared").isGreaterThanOrEqualTo(3);
        for (int i = 0; i < k; i++) {
            assertThat(r.cases().get(i).row()).isEqualTo(i);
            assertThat(r.cases().get(i).influential()).as("is.infl[%d]", i + 1)
                    .isEqualTo(e.get("is.infl").get(i).asBoolean());
        }
    }
}
