package org.metareport.spec;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.metareport.problems.InputException;

/** The spec reader hands claims on as typed records, or as the located problems that kept them from being read. */
class ClaimsSpecTest {
    private static final String MINIMAL = """
            title: Claims
            data:
              effects: findings.csv
              study: Study
            effect:
              measure: PRE
              columns: {yi: g, sei: se}
            analyses:
              - id: overall
            """;

    private static Path write(Path dir, String yaml) throws IOException {
        Files.writeString(dir.resolve("findings.csv"), "Study,g,se\nA,1,1\nB,2,1\n");
        Path spec = dir.resolve("analysis.yaml");
        Files.writeString(spec, yaml);
        return spec;
    }

    @Test
    void readsEachClaimedValueAsARecord(@TempDir Path dir) throws IOException {
        Spec spec = SpecReader.read(write(dir, MINIMAL + "claims:\n  - {analysis: overall, estimate: 0.32, "
                + "ci: [0.24, 0.45], digits: 2}\n  - {analysis: overall, p: \"< .001\", k: 2}\n"), "analysis.yaml");

        assertThat(spec.claims().problems()).isEmpty();
        assertThat(spec.claims().require()).extracting(Claim::field)
                .containsExactly("estimate", "ci_lower", "ci_upper", "p", "k");
        Claim p = spec.claims().require().get(3);
        assertThat(p.term()).as("a coefficient field defaults to the intercept").isEqualTo("intercept");
        assertThat(p.below()).isTrue();
        assertThat(p.reported()).isEqualTo(0.001);
        assertThat(spec.claims().require().get(4).digits()).as("counts compare exactly").isNull();
        assertThat(p.where().line()).as("located at the claims key").isEqualTo(10);
    }

    @Test
    void aSpecWithoutClaimsHasNone(@TempDir Path dir) throws IOException {
        assertThat(SpecReader.read(write(dir, MINIMAL), "analysis.yaml").claims()).isEqualTo(ClaimsSpec.NONE);
    }

    @Test
    void aMalformedClaimStillReadsButCannotBeRequired(@TempDir Path dir) throws IOException {
        Spec spec = SpecReader.read(write(dir, MINIMAL + "claims: [{analysis: overall, estimat: 0.3}]\n"),
                "analysis.yaml");

        assertThat(spec.claims().claims()).isEmpty();
        assertThatThrownBy(() -> spec.claims().require()).isInstanceOf(InputException.class)
                .hasMessageContaining("claim 1: unknown field 'estimat'");
    }
}
