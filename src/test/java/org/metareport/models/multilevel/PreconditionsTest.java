package org.metareport.models.multilevel;

import org.metareport.vocabulary.RveWeights;
import org.metareport.vocabulary.VcovType;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.metareport.models.FitException;
import org.metareport.vocabulary.Method;
import org.metareport.models.Rma;
import org.metareport.models.RmaFit;
import org.metareport.vocabulary.TestKind;

/**
 * Bad data fail with a {@link FitException} whose message is in the user's words (what is wrong, with the value, and
 * how to fix it); wrong use of the API fails with {@link IllegalArgumentException}.
 */
class PreconditionsTest {
    final SchoolData d = new SchoolData();

    MultilevelFit nullModel() {
        return RmaMv.fit(d.yi, d.v(0.8), d.studyEs(), Method.REML, TestKind.T, 95);
    }

    @Test
    void refusesASingleEffectSize() {
        assertThatThrownBy(() -> RmaMv.fit(new double[] {0.3}, SamplingCovariance.diagonal(new double[] {0.1}),
                NestedLevels.of(List.of("study", "es"), new String[] {"a"}, new String[] {"1"}), Method.REML, TestKind.Z, 95))
                .isInstanceOf(FitException.class).hasMessage("only 1 effect size: a multilevel model needs at least 2 "
                        + "(and more to separate the levels)");
    }

    @Test
    void refusesAsManyCoefficientsAsEffectSizes() {
        double[][] x = {{1, 0}, {1, 1}};
        assertThatThrownBy(() -> RmaMv.fit(new double[] {0.3, 0.5}, SamplingCovariance.diagonal(new double[] {0.1, 0.1}),
                NestedLevels.of(List.of("study", "es"), new String[] {"a", "b"}, new String[] {"1", "1"}), x,
                List.of("intrcpt", "dose"), Method.REML, TestKind.Z, 95))
                .isInstanceOf(FitException.class)
                .hasMessage("2 effect sizes for 2 coefficients (intrcpt, dose): a meta-regression needs more effect sizes "
                        + "than coefficients; use fewer moderators");
    }

    @Test
    void namesTheEffectSizeWithAMissingValueOrNonPositiveVariance() {
        double[] yi = d.yi.clone();
        yi[4] = Double.NaN;
        assertThatThrownBy(() -> RmaMv.fit(yi, d.v(0.8), d.studyEs(), Method.REML, TestKind.T, 95))
                .isInstanceOf(FitException.class).hasMessageStartingWith("effect size 5 has yi = missing (NaN)");
        double[] vi = d.vi.clone();
        vi[2] = 0;
        assertThatThrownBy(() -> RmaMv.fit(d.yi, SamplingCovariance.imputed(vi, d.study, 0.8), d.studyEs(), Method.REML, TestKind.T, 95))
                .isInstanceOf(FitException.class)
                .hasMessage("effect size 3 has sampling variance vi = 0.0; every vi must be a finite number greater than 0");
    }

    @Test
    void namesTheLevelOfAMissingId() {
        String[] es = d.esId.clone();
        es[7] = "";
        assertThatThrownBy(() -> RmaMv.fit(d.yi, d.v(0.8), NestedLevels.of(List.of("study", "es_id"), d.study, es),
                Method.REML, TestKind.T, 95))
                .isInstanceOf(FitException.class).hasMessageStartingWith("effect size 8 has no id at level 'es_id'");
    }

    @Test
    void refusesACorrelationOfOne() {
        assertThatThrownBy(() -> RmaMv.fit(d.yi, d.v(1), d.studyEs(), Method.REML, TestKind.T, 95))
                .isInstanceOf(FitException.class).hasMessageStartingWith("rho = 1.0 is not a correlation in [0, 1)");
    }

    @Test
    void rejectsMethodsAndTestsRmaMvDoesNotHave() {
        assertThatThrownBy(() -> RmaMv.fit(d.yi, d.v(0.8), d.studyEs(), Method.DL, TestKind.T, 95))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("REML or ML, not DL");
        assertThatThrownBy(() -> RmaMv.fit(d.yi, d.v(0.8), d.studyEs(), Method.REML, TestKind.KNHA, 95))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("z or t, not KNHA");
        assertThatThrownBy(() -> RmaMv.fit(Arrays.copyOf(d.yi, 10), d.v(0.8), d.studyEs(), Method.REML, TestKind.T, 95))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("lengths differ");
    }

    @Test
    void dropsRedundantPredictorsAndSaysWhich() {
        double[][] x = new double[d.k][];
        for (int i = 0; i < d.k; i++) {
            double dep = d.construct[i].equals("D") ? 1 : 0;
            x[i] = new double[] {1, dep, 1 - dep};
        }
        MultilevelFit fit = RmaMv.fit(d.yi, d.v(0.8), d.studyEs(), x, List.of("intrcpt", "Depression", "Anxiety"),
                Method.REML, TestKind.T, 95);
        assertThat(fit.dropped()).as("dropped").containsExactly("Anxiety");
        assertThat(fit.p()).as("p").isEqualTo(2);
        assertThat(fit.notes()).as("notes: the drop is in dropped(), which the models stage warns about once")
                .noneMatch(n -> n.contains("Redundant") || n.contains("Anxiety"));
    }

    @Test
    void requiresTwoClustersNestingTheRandomEffects() {
        WorkingModel wm = nullModel().working();
        String[] one = new String[d.k];
        Arrays.fill(one, "all");
        assertThatThrownBy(() -> ClusterRobust.coefTest(wm, one, VcovType.CR2, 95)).isInstanceOf(FitException.class)
                .hasMessage("cluster-robust variance estimation needs at least 2 clusters; the data have 1");
        assertThatThrownBy(() -> ClusterRobust.coefTest(wm, d.esId, VcovType.CR2, 95)).isInstanceOf(FitException.class)
                .hasMessageStartingWith("the random effects are not nested within the clusters: effect sizes 2 and 3 share "
                        + "a group of the model but lie in clusters '2' and '3'");
        assertThatThrownBy(() -> ClusterRobust.coefTest(wm, Arrays.copyOf(d.study, 5), VcovType.CR2, 95))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void requiresMoreClustersThanCoefficientsForMetaforsRobust() {
        double[][] x = {{1, 0}, {1, 1}, {1, 0}, {1, 1}};
        double[] yi = {0.1, 0.4, 0.2, 0.6};
        double[] vi = {0.05, 0.04, 0.06, 0.05};
        List<String> terms = List.of("intrcpt", "x");
        RmaFit fit = Rma.fit(yi, vi, x, terms, Method.REML, TestKind.Z, 95);
        WorkingModel wm = WorkingModel.univariate(fit, yi, vi, x, terms);
        String[] cluster = {"a", "a", "b", "b"};
        assertThatThrownBy(() -> ClusterRobust.metaforRobust(wm, cluster, 95)).isInstanceOf(FitException.class)
                .hasMessageStartingWith("the number of clusters (2) must be larger than the number of coefficients (2)");
        assertThatThrownBy(() -> ClusterRobust.coefTest(wm, cluster, VcovType.CR1P, 95)).isInstanceOf(FitException.class)
                .hasMessageContaining("CR1p needs more clusters (2) than coefficients (2)");
    }

    @Test
    void namesAnUnknownCoefficientInAWaldTest() {
        WorkingModel wm = nullModel().working();
        assertThatThrownBy(() -> ClusterRobust.waldTest(wm, d.study, VcovType.CR2, List.of("ConstructD")))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("no coefficient 'ConstructD' to test; the model has [intrcpt]");
    }

    @Test
    void saysWhichComponentsFailedToConverge() {
        Block block = new Block(new int[] {0, 1, 2}, new double[][] {{1}, {1}, {1}}, new double[] {0.1, 0.9, 0.4},
                new double[][] {{0.05, 0, 0}, {0, 0.05, 0}, {0, 0, 0.05}}, new int[][] {{0, 0, 0}, {0, 1, 2}}, new int[] {1, 3});
        Block other = new Block(new int[] {3, 4}, new double[][] {{1}, {1}}, new double[] {-0.3, 0.2},
                new double[][] {{0.05, 0}, {0, 0.05}}, new int[][] {{0, 0}, {0, 1}}, new int[] {1, 2});
        MarginalLikelihood lik = new MarginalLikelihood(List.of(block, other), 5, 1, 2);
        assertThatThrownBy(() -> Optimizer.maximise(lik, true, new double[] {1, 1}, new boolean[2], 0.05,
                List.of("study", "study/es"), 1))
                .isInstanceOf(FitException.class)
                .hasMessageStartingWith("the multilevel model (REML) did not converge: the iteration limit of 1 was reached "
                        + "(last values sigma2 of study = ")
                .hasMessageEndingWith("the data may not identify every variance component, try fewer levels");
    }

    @Test
    void refusesRobustVarianceEstimationWithTooFewStudies() {
        String[] study = new String[d.k];
        for (int i = 0; i < d.k; i++) study[i] = i < 40 ? "a" : "b";
        double[][] x = new double[d.k][];
        for (int i = 0; i < d.k; i++) x[i] = new double[] {1, i % 2, i % 3};
        assertThatThrownBy(() -> Robu.fit(d.yi, d.vi, x, List.of("intrcpt", "a", "b"), study, RveWeights.CORR, 0.8, true))
                .isInstanceOf(FitException.class).hasMessageStartingWith("2 studies for 3 coefficients");
        assertThatThrownBy(() -> Robu.fit(d.yi, d.vi, RmaMvContractTest.ones(d.k), List.of("intrcpt"), d.study,
                RveWeights.CORR, 1.5, true)).isInstanceOf(FitException.class).hasMessageContaining("between 0 and 1");
    }
}
