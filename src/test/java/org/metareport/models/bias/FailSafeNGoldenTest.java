package org.metareport.models.bias;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.metareport.testing.Tolerance;

/** {@link FailSafeN} against metafor 3.8-1 {@code fsn()} for dat.bcg. */
class FailSafeNGoldenTest {
    @Test
    void rosenthalMatchesMetafor() {
        JsonNode e = Data.bcgExtras().get("fsn_Rosenthal");
        assertThat(e).as("fixture block fsn_Rosenthal").isNotNull();
        FailSafeN.Result r = FailSafeN.rosenthal(Data.bcg().yi(), Data.bcg().vi(), Data.num(e, "alpha"));
        assertThat(r.fsnum()).as("fsnum").isEqualTo(e.get("fsnum").asLong());
        Tolerance.CLOSED_FORM.assertNear("pval", r.pval(), Data.num(e, "pval"));
        assertThat(r.target()).as("target (NA)").isNull();
        assertThat(r.caveat()).as("caveat").contains("not recommended");
    }

    @Test
    void orwinMatchesMetafor() {
        JsonNode e = Data.bcgExtras().get("fsn_Orwin");
        assertThat(e).as("fixture block fsn_Orwin").isNotNull();
        FailSafeN.Result r = FailSafeN.orwin(Data.bcg().yi(), Data.bcg().vi(), null, false);
        assertThat(r.fsnum()).as("fsnum").isEqualTo(e.get("fsnum").asLong());
        Tolerance.CLOSED_FORM.assertNear("target", r.target(), Data.num(e, "target"));
        assertThat(r.pval()).as("pval (NA)").isNull();
    }
}
