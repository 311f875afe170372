package org.metareport.models.bias;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.metareport.vocabulary.Method;
import org.metareport.vocabulary.TestKind;
import org.metareport.testing.Tolerance;

/** {@link Cumulative} against metafor 3.8-1 {@code cumul(fit, order = year)} for dat.bcg. */
class CumulativeGoldenTest {
    @Test
    void byYearMatchesMetafor() {
        JsonNode e = Data.bcgExtras().get("cumulative_by_year");
        assertThat(e).as("fixture block cumulative_by_year").isNotNull();
        Data bcg = Data.bcg();
        List<CumulativeStep> steps = Cumulative.byKey(bcg.yi(), bcg.vi(), bcg.column("year"), Method.REML, TestKind.Z, 95);
        double[] estimate = Data.nums(e, "estimate");
        assertThat(estimate.length).as("fixture rows").isEqualTo(13);
        assertThat(steps).hasSize(estimate.length);
        Tolerance tol = Tolerance.ITERATIVE;
        for (int i = 0; i < steps.size(); i++) {
            CumulativeStep s = steps.get(i);
            String at = "[" + (i + 1) + "]";
            assertThat(Integer.toString(s.added() + 1)).as("order" + at).isEqualTo(e.get("order").get(i).asText());
            assertThat(s.k()).as("k" + at).isEqualTo(i + 1);
            assertThat(s.fit()).as("fit" + at).isNotNull();
            tol.assertNear("estimate" + at, s.fit().estimate(), estimate[i]);
            tol.assertNear("se" + at, s.fit().se(), Data.nums(e, "se")[i]);
            tol.assertNear("ci.lb" + at, s.fit().ciLower(), Data.nums(e, "ci.lb")[i]);
            tol.assertNear("ci.ub" + at, s.fit().ciUpper(), Data.nums(e, "ci.ub")[i]);
            tol.assertNear("tau2" + at, s.fit().tau2(), Data.nums(e, "tau2")[i]);
            tol.assertNear("I2" + at, s.fit().i2(), Data.nums(e, "I2")[i]);
        }
    }
}
