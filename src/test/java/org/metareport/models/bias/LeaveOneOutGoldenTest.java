package org.metareport.models.bias;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.metareport.vocabulary.Method;
import org.metareport.vocabulary.TestKind;
import org.metareport.testing.Tolerance;

/** {@link LeaveOneOut} against metafor 3.8-1 {@code leave1out()}: dat.bcg (13 rows) and school-based (79 rows). */
class LeaveOneOutGoldenTest {
    record Case(Data data, JsonNode expected) {
        @Override
        public String toString() {
            return data.name() + ": " + expected.get("call").asText();
        }
    }

    static Stream<Case> cases() {
        List<Case> cases = List.of(new Case(Data.bcg(), Data.bcgJson().get("leave1out")),
                new Case(Data.schoolBased(), Data.schoolReference().get("leave1out")));
        cases.forEach(c -> assertThat(c.expected()).as("fixture block leave1out of %s", c.data().name()).isNotNull());
        return cases.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void matchesMetafor(Case c) {
        JsonNode e = c.expected();
        List<Omission<PooledEstimate>> rows = LeaveOneOut.of(c.data().yi(), c.data().vi(), Method.REML, TestKind.Z, 95);
        double[] estimate = Data.nums(e, "estimate");
        assertThat(estimate.length).as("fixture rows").isGreaterThan(10);
        assertThat(rows).as("rows").hasSize(estimate.length);
        Tolerance tol = Tolerance.ITERATIVE;
        for (int i = 0; i < rows.size(); i++) {
            Omission<PooledEstimate> o = rows.get(i);
            assertThat(o.label()).as("slab %d", i).isEqualTo(e.get("slab").get(i).asText());
            assertThat(o.omitted()).as("omitted %d", i).containsExactly(i);
            PooledEstimate f = o.fit();
            assertThat(f).as("refit without %d", i).isNotNull();
            String at = "[" + (i + 1) + "]";
            tol.assertNear("estimate" + at, f.estimate(), estimate[i]);
            tol.assertNear("se" + at, f.se(), Data.nums(e, "se")[i]);
            tol.assertNear("zval" + at, f.statistic(), Data.nums(e, "zval")[i]);
            tol.assertNear("pval" + at, f.p(), Data.nums(e, "pval")[i]);
            tol.assertNear("ci.lb" + at, f.ciLower(), Data.nums(e, "ci.lb")[i]);
            tol.assertNear("ci.ub" + at, f.ciUpper(), Data.nums(e, "ci.ub")[i]);
            tol.assertNear("Q" + at, f.qe(), Data.nums(e, "Q")[i]);
            tol.assertNear("Qp" + at, f.qeP(), Data.nums(e, "Qp")[i]);
            tol.assertNear("tau2" + at, f.tau2(), Data.nums(e, "tau2")[i]);
            tol.assertNear("I2" + at, f.i2(), Data.nums(e, "I2")[i]);
            tol.assertNear("H2" + at, f.h2(), Data.nums(e, "H2")[i]);
        }
    }
}
