package org.metareport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.metareport.claims.ClaimCheck;
import org.metareport.claims.Claims;
import org.metareport.cli.CliRunner;
import org.metareport.problems.InputException;
import org.metareport.problems.Where;
import org.metareport.results.AnalysisResult;
import org.metareport.results.CoefficientResult;
import org.metareport.results.FitInfo;
import org.metareport.results.Heterogeneity;
import org.metareport.results.Results;
import org.metareport.spec.Claim;

/** Claims are checked at the manuscript's rounding; a false claim fails the run with exit 3. */
class ClaimsTest {
    static final Where AT = Where.of("analysis.yaml", 30);

    /**
     * A synthetic analysis with the model study's headline numbers as a tool would compute them: ES 0.3187 [0.2412,
     * 0.4459], I² 88.1043%, τ² 0.1287, k = 73 effects from 17 studies.
     */
    static Results modelStudy() {
        AnalysisResult a = new AnalysisResult("overall", org.metareport.vocabulary.ModelKind.MULTILEVEL, "REML", "t", 95, 73, 17, List.of(), false,
                List.of(), List.of(new CoefficientResult("intercept", 0.3187, 0.05, 6.1, 72.0, 1e-7, 0.2412, 0.4459)),
                new Heterogeneity(0.1287, null, null, null, 612.3, 72, 0.0, 88.1043, null, 8.4, null), null, null,
                new FitInfo(5, true, false, null, null, null, null, null), List.of(), null, List.of(), List.of(), null,
                null, null, null, List.of());
        return new Results("Model study", List.of(), "SMD", "g", List.of(), List.of(a), null, null, null, List.of(),
                List.of(), "test");
    }

    static List<ClaimCheck> check(Object claims) {
        return Claims.check(Claims.parse(claims, AT), modelStudy());
    }

    @Test
    void reproducesTheModelStudysHeadlineClaims() {
        List<ClaimCheck> checks = check(List.of(
                Map.of("analysis", "overall", "term", "intercept", "estimate", 0.32, "ci", List.of(0.24, 0.45), "digits", 2),
                Map.of("analysis", "overall", "I2", 88.10, "digits", 2),
                Map.of("analysis", "overall", "tau2", 0.13, "digits", 2),
                Map.of("analysis", "overall", "k", 73, "n_clusters", 17)));
        assertThat(checks).as("one check per number").hasSize(7);
        assertThat(checks).as("every claim reproduced").allMatch(ClaimCheck::ok);
    }

    /** The model study's numbers as if they were log risk ratios (dat.bcg's pooled log RR -0.7145 [-1.0669, -0.3622]). */
    static Results riskRatios() {
        Results r = withEstimate(-0.7145);
        AnalysisResult a = r.analyses().get(0);
        AnalysisResult b = new AnalysisResult(a.id(), a.model(), a.method(), a.test(), a.level(), a.k(), a.nClusters(),
                a.moderators(), a.centered(), a.dropped(), List.of(new CoefficientResult("intercept", -0.7145, 0.18,
                -3.97, null, 7e-5, -1.0669, -0.3622)), a.heterogeneity(), null, null, a.fit(), List.of(), null,
                List.of(), List.of(), null, null, null, null, List.of());
        return new Results(r.title(), r.authors(), "RR", "log risk ratio", r.effects(), List.of(b), null, null, null,
                List.of(), List.of(), r.toolVersion());
    }

    @Test
    void checksAClaimOnTheReportedScaleThroughTheTransform() {
        List<ClaimCheck> checks = Claims.check(Claims.parse(List.of(
                Map.of("analysis", "overall", "estimate", 0.49, "ci", List.of(0.34, 0.70), "digits", 2, "scale", "reported"),
                Map.of("analysis", "overall", "estimate", -0.71, "digits", 2),
                Map.of("analysis", "overall", "estimate", -0.71, "digits", 2, "scale", "analysis")), AT), riskRatios());
        assertThat(checks).hasSize(5);
        assertThat(checks).as("RR = 0.49 [0.34, 0.70] and log RR = -0.71 both hold").allMatch(ClaimCheck::ok);
        // Map.of iterates in no fixed order, so the first claim's estimate is found by its field
        ClaimCheck ratio = checks.subList(0, 3).stream().filter(c -> c.claim().field().equals("estimate")).findFirst()
                .orElseThrow();
        assertThat(ratio.claim().reportedScale()).isTrue();
        assertThat(ratio.reproduced()).as("exp(-0.7145)").isCloseTo(Math.exp(-0.7145), org.assertj.core.data.Offset.offset(1e-15));
        assertThat(checks.get(3).claim().reportedScale()).as("analysis scale by default").isFalse();
        List<ClaimCheck> wrong = Claims.check(Claims.parse(List.of(
                Map.of("analysis", "overall", "estimate", -0.71, "digits", 2, "scale", "reported"),
                Map.of("analysis", "overall", "estimate", 0.49, "digits", 2)), AT), riskRatios());
        assertThat(wrong).as("a log value claimed as a ratio, a ratio claimed on the log scale").noneMatch(ClaimCheck::ok);
    }

    @Test
    void refusesAReportedScaleForFieldsThatHaveNone() {
        assertThatThrownBy(() -> Claims.parse(List.of(
                Map.of("analysis", "overall", "tau2", 0.31, "estimate", 0.49, "digits", 2, "scale", "reported")), AT))
                .isInstanceOf(InputException.class)
                .hasMessageContaining("analysis.yaml:30")
                .hasMessageContaining("'scale: reported' applies to estimate, ci and pi only; give tau2");
        assertThatThrownBy(() -> Claims.parse(List.of(Map.of("analysis", "overall", "estimate", 0.49, "scale", "ratio")), AT))
                .isInstanceOf(InputException.class)
                .hasMessageContaining("'scale' is 'ratio'; use reported");
    }

    @Test
    void acceptsAValueThatRoundsToTheClaim() {
        Claim c = new Claim("overall", "intercept", "estimate", false, 0.32, false, 2, AT);
        assertThat(Claims.check(List.of(c), modelStudy()).get(0).ok()).as("0.3187 rounds to 0.32").isTrue();
        Results r = modelStudy();
        var a = r.analyses().get(0);
        assertThat(Claims.check(List.of(new Claim("overall", "intercept", "estimate", false, 0.32, false, 2, AT)),
                withEstimate(0.3249)).get(0).ok()).as("0.3249 is 0.32 at two digits").isTrue();
        assertThat(Claims.check(List.of(new Claim("overall", "intercept", "estimate", false, 0.32, false, 2, AT)),
                withEstimate(0.3251)).get(0).ok()).as("0.3251 is 0.33").isFalse();
        assertThat(a.k()).as("k").isEqualTo(73);
    }

    static Results withEstimate(double estimate) {
        Results r = modelStudy();
        AnalysisResult a = r.analyses().get(0);
        CoefficientResult c = a.coefficients().get(0);
        AnalysisResult b = new AnalysisResult(a.id(), a.model(), a.method(), a.test(), a.level(), a.k(), a.nClusters(),
                a.moderators(), a.centered(), a.dropped(), List.of(new CoefficientResult(c.term(), estimate, c.se(),
                c.statistic(), c.df(), c.p(), c.ciLower(), c.ciUpper())), a.heterogeneity(), null, null, a.fit(),
                List.of(), null, List.of(), List.of(), null, null, null, null, List.of());
        return new Results(r.title(), r.authors(), r.measure(), r.measureName(), r.effects(), List.of(b), null, null,
                null, List.of(), List.of(), r.toolVersion());
    }

    @Test
    void flagsAFalseClaim() {
        List<ClaimCheck> checks = check(List.of(Map.of("analysis", "overall", "I2", 95.0, "digits", 1)));
        assertThat(checks.get(0).ok()).as("88.1 is not 95.0").isFalse();
        assertThat(checks.get(0).reproduced()).as("reproduced value kept").isEqualTo(88.1043);
    }

    @Test
    void checksABoundForPValues() {
        assertThat(check(List.of(Map.of("analysis", "overall", "term", "intercept", "p", "< .001"))).get(0).ok())
                .as("p = 1e-7 < .001").isTrue();
    }

    @Test
    void reportsANonFiniteClaimAsAnInputError() {
        // YAML's .nan and .inf are numbers to the parser; a claim cannot report them
        assertThatThrownBy(() -> check(List.of(Map.of("analysis", "overall", "I2", Double.NaN, "digits", 1))))
                .as(".nan").isInstanceOf(InputException.class).hasMessageContaining("claim 1: 'I2' is not a number");
        assertThatThrownBy(() -> check(List.of(Map.of("analysis", "overall", "ci", List.of(0.1, Double.POSITIVE_INFINITY)))))
                .as(".inf in a list").isInstanceOf(InputException.class).hasMessageContaining("'ci_upper' is infinite");
        assertThatThrownBy(() -> check(List.of(Map.of("analysis", "overall", "p", "< NaN"))))
                .as("a bound of NaN").isInstanceOf(InputException.class).hasMessageContaining("'p' is not a number");
    }

    @Test
    void reportsClaimsAboutUnknownAnalysesTermsAndFields() {
        assertThatThrownBy(() -> check(List.of(Map.of("analysis", "overal", "I2", 88.1))))
                .as("unknown analysis").isInstanceOf(InputException.class).hasMessageContaining("analysis 'overal'");
        assertThatThrownBy(() -> check(List.of(Map.of("analysis", "overall", "term", "slope", "estimate", 1.0))))
                .as("unknown term").isInstanceOf(InputException.class).hasMessageContaining("term 'slope'");
        assertThatThrownBy(() -> check(List.of(Map.of("analysis", "overall", "ES", 0.32))))
                .as("unknown field").isInstanceOf(InputException.class).hasMessageContaining("unknown field 'ES'");
    }

    @Test
    void failsTheRunWithExitThreeOnAFalseClaim(@TempDir Path tmp) throws IOException {
        Files.copy(Path.of("src/test/resources/golden/metadat/dat.bcg.csv"), tmp.resolve("bcg.csv"));
        Path spec = tmp.resolve("analysis.yaml");
        Files.writeString(spec, "title: BCG\ndata:\n  effects: bcg.csv\n  study: author\neffect:\n  measure: RR\n"
                + "  columns: {ai: tpos, bi: tneg, ci: cpos, di: cneg}\nanalyses:\n  - id: overall\n"
                + "report:\n  formats: [md]\nclaims:\n"
                + "  - {analysis: overall, term: intercept, estimate: -0.71, ci: [-1.07, -0.36], digits: 2}\n"
                + "  - {analysis: overall, tau2: 0.40, digits: 2}\n");
        CliRunner r = CliRunner.run("run", "-q", spec.toString(), "--out", tmp.resolve("out").toString());
        assertThat(r.exit()).as("exit").isEqualTo(3);
        assertThat(r.err()).as("names the claim").contains("claim not reproduced: overall tau2: reported 0.40");
        String md = Files.readString(tmp.resolve("out/report.md"));
        assertThat(md).as("reproducibility section").contains("## Reproducibility")
                .contains("| overall | intercept | estimate | −0.71 |").contains("✗");
        CliRunner v = CliRunner.run("verify", spec.toString(), "--against", tmp.resolve("out").toString());
        assertThat(v.exit()).as("verify exit").isEqualTo(3);
        assertThat(v.out()).as("verify names the claim").contains("claims   DIFFERS").contains("claim overall tau2");
    }
}
