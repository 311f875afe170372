package org.metareport.models;

import org.metareport.vocabulary.TestKind;

import org.metareport.vocabulary.Method;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Each data problem {@link Rma} refuses, with the message a user sees (no location: the models stage adds it). */
class RmaPreconditionsTest {
    private static final double[] YI = {0.1, 0.4, -0.2, 0.3};
    private static final double[] VI = {0.02, 0.05, 0.04, 0.03};

    @Test
    void refusesOneEffectSizeForARandomEffectsModel() {
        assertThatThrownBy(() -> Rma.fit(new double[] {0.2}, new double[] {0.01}, Method.REML, TestKind.Z, 95))
                .isInstanceOf(FitException.class)
                .hasMessage("only 1 effect size: a random-effects model needs at least 2 to estimate tau²; "
                        + "add effect sizes or report the single study on its own");
    }

    @Test
    void refusesOneEffectSizeForAFixedEffectModel() {
        assertThatThrownBy(() -> Rma.fit(new double[] {0.2}, new double[] {0.01}, Method.FE, TestKind.Z, 95))
                .isInstanceOf(FitException.class)
                .hasMessage("only 1 effect size: a meta-analysis needs at least 2");
    }

    @Test
    void refusesAsManyCoefficientsAsEffectSizes() {
        double[][] x = {{1, 0, 5}, {1, 1, 3}, {1, 0, 2}};
        assertThatThrownBy(() -> Rma.fit(new double[] {0.1, 0.2, 0.3}, new double[] {0.1, 0.1, 0.1}, x,
                List.of("intrcpt", "group", "dose"), Method.DL, TestKind.Z, 95))
                .isInstanceOf(FitException.class)
                .hasMessage("3 effect sizes for 3 coefficients (intrcpt, group, dose): a meta-regression needs more "
                        + "effect sizes than coefficients; use fewer moderators");
    }

    @Test
    void countsCoefficientsAfterDroppingRedundantOnes() {
        double[][] x = {{1, 2, 4}, {1, 3, 6}, {1, 5, 10}, {1, 1, 2}};
        RmaFit fit = Rma.fit(YI, VI, x, List.of("intrcpt", "dose", "dose2"), Method.REML, TestKind.Z, 95);
        assertThat(fit.dropped()).as("dropped").containsExactly("dose2");
        assertThat(fit.p()).as("p").isEqualTo(2);
    }

    @Test
    void refusesAllSamplingVariancesZero() {
        assertThatThrownBy(() -> Rma.fit(YI, new double[4], Method.REML, TestKind.Z, 95))
                .isInstanceOf(FitException.class)
                .hasMessage("all 4 sampling variances (vi) are 0; the model needs each effect size's sampling "
                        + "variance: check that vi holds variances (squared standard errors)");
    }

    @Test
    void refusesAZeroSamplingVariance() {
        assertThatThrownBy(() -> Rma.fit(YI, new double[] {0.02, 0, 0.04, 0.03}, Method.FE, TestKind.Z, 95))
                .isInstanceOf(FitException.class)
                .hasMessage("effect size 2 has sampling variance vi = 0.0; every vi must be greater than 0 "
                        + "(a variance of 0 gives one study infinite weight)");
    }

    @Test
    void refusesANegativeSamplingVariance() {
        assertThatThrownBy(() -> Rma.fit(YI, new double[] {0.02, 0.05, -0.04, 0.03}, Method.DL, TestKind.Z, 95))
                .isInstanceOf(FitException.class)
                .hasMessageStartingWith("effect size 3 has sampling variance vi = -0.04;");
    }

    @Test
    void refusesAMissingEffectSize() {
        assertThatThrownBy(() -> Rma.fit(new double[] {0.1, Double.NaN, 0.2, 0.3}, VI, Method.REML, TestKind.Z, 95))
                .isInstanceOf(FitException.class)
                .hasMessage("effect size 2 has yi = missing (NaN); every effect size needs a finite value "
                        + "(missing values must be removed before fitting)");
    }

    @Test
    void refusesAnInfiniteSamplingVariance() {
        assertThatThrownBy(() -> Rma.fit(YI, new double[] {0.02, 0.05, Double.POSITIVE_INFINITY, 0.03}, Method.REML,
                TestKind.Z, 95))
                .isInstanceOf(FitException.class)
                .hasMessageStartingWith("effect size 3 has sampling variance vi = Infinity;");
    }

    @Test
    void refusesAMissingModeratorValue() {
        double[][] x = {{1, 2}, {1, Double.NaN}, {1, 5}, {1, 1}};
        assertThatThrownBy(() -> Rma.fit(YI, VI, x, List.of("intrcpt", "dose"), Method.REML, TestKind.Z, 95))
                .isInstanceOf(FitException.class)
                .hasMessage("moderator 'dose' is missing (NaN) for effect size 2; every moderator value must be a "
                        + "finite number");
    }

    @Test
    void saysWhichEstimatorDidNotConvergeAndWhatToTry() {
        Observations o = new Observations(YI, VI, Design.interceptOnly(4));
        double[] y = {0.1, 0.9, -0.7, 0.5};
        Observations spread = new Observations(y, VI, Design.interceptOnly(4));
        assertThatThrownBy(() -> new RestrictedMaximumLikelihood(new Convergence(1e-10, 1)).estimate(spread))
                .isInstanceOf(FitException.class)
                .hasMessageMatching("REML estimation of tau² did not converge after 1 iterations \\(last change "
                        + "[0-9.e-]+\\); try method: DL or PM");
        assertThatThrownBy(() -> new PauleMandel(new Convergence(1e-10, 1)).estimate(spread))
                .isInstanceOf(FitException.class)
                .hasMessageMatching("Paule-Mandel estimation of tau² did not converge after 1 iterations \\(last "
                        + "change [0-9.e-]+\\); try method: DL or REML");
        assertThat(new RestrictedMaximumLikelihood(Convergence.TIGHT).estimate(o).tau2()).as("converges by default")
                .isGreaterThanOrEqualTo(0);
    }

    @Test
    void treatsAPercentageAndAProportionAlike() {
        RmaFit percent = Rma.fit(YI, VI, Method.DL, TestKind.Z, 90);
        RmaFit proportion = Rma.fit(YI, VI, Method.DL, TestKind.Z, 0.9);
        assertThat(proportion.coefficients().get(0).ciLower()).as("ci.lb at 0.9 and 90")
                .isCloseTo(percent.coefficients().get(0).ciLower(), org.assertj.core.data.Offset.offset(1e-15));
        assertThat(proportion.level()).as("level in percent").isCloseTo(90, org.assertj.core.data.Offset.offset(1e-12));
    }

    @Test
    void rejectsMisuseOfTheApiAsABug() {
        assertThatThrownBy(() -> Rma.fit(YI, new double[] {0.1}, Method.DL, TestKind.Z, 95))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Rma.fit(YI, VI, Method.DL, TestKind.Z, 0.3))
                .isInstanceOf(IllegalArgumentException.class);
        RmaFit fit = Rma.fit(YI, VI, Method.DL, TestKind.Z, 95);
        assertThatThrownBy(() -> Rma.predict(fit, new double[] {1, 2}))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
