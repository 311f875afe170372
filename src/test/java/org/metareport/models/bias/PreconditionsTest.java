package org.metareport.models.bias;

import org.metareport.vocabulary.K0Estimator;

import org.metareport.vocabulary.Side;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.metareport.models.FitException;
import org.metareport.vocabulary.Method;
import org.metareport.vocabulary.TestKind;
import org.metareport.testing.Tolerance;

/** Small k, degenerate data and wrong use of the bias and sensitivity classes. */
class PreconditionsTest {
    private static final double[] Y2 = {0.3, 0.5};
    private static final double[] V2 = {0.04, 0.02};

    @Test
    void trimAndFillRefusesTwoEffectSizesWithAClearMessage() {
        assertThatThrownBy(() -> TrimAndFill.fill(Y2, V2, Method.REML))
                .isInstanceOf(FitException.class)
                .hasMessage("trim-and-fill needs at least 3 effect sizes, got 2: with fewer there is no funnel to judge "
                        + "asymmetry from (metafor stops too)");
        assertThatThrownBy(() -> TrimAndFill.fill(new double[] {0.3}, new double[] {0.04}, Method.REML))
                .isInstanceOf(FitException.class).hasMessageContaining("got 1");
    }

    @Test
    void trimAndFillNeedsDifferentPrecisionsToChooseTheSide() {
        double[] yi = {0.1, 0.5, 0.3, 0.9};
        double[] vi = {0.04, 0.04, 0.04, 0.04};
        assertThatThrownBy(() -> TrimAndFill.fill(yi, vi, Method.REML)).isInstanceOf(FitException.class)
                .hasMessageContaining("same standard error").hasMessageContaining("give the side");
        TrimAndFillResult given = TrimAndFill.fill(yi, vi, Method.REML, TestKind.Z, 95, K0Estimator.L0, Side.LEFT);
        assertThat(given.side()).isEqualTo(Side.LEFT);
    }

    @Test
    void eggerNeedsThreeEffectSizesAndDifferentPrecisions() {
        assertThatThrownBy(() -> EggerTest.mixedEffects(Y2, V2, Method.REML, TestKind.Z, 95))
                .isInstanceOf(FitException.class).hasMessageContaining("at least 3");
        assertThatThrownBy(() -> EggerTest.classical(Y2, V2, 95)).isInstanceOf(FitException.class);
        double[] yi = {0.1, 0.5, 0.3, 0.9};
        double[] vi = {0.04, 0.04, 0.04, 0.04};
        assertThatThrownBy(() -> EggerTest.mixedEffects(yi, vi, Method.REML, TestKind.Z, 95))
                .isInstanceOf(FitException.class).hasMessageContaining("same standard error");
        assertThatThrownBy(() -> EggerTest.classical(yi, vi, 95))
                .isInstanceOf(FitException.class).hasMessageContaining("same standard error");
        assertThatThrownBy(() -> PetPeese.fit(yi, vi, Method.REML, TestKind.Z, 95))
                .isInstanceOf(FitException.class).hasMessageContaining("same sampling variance");
    }

    @Test
    void leaveOneOutOfTwoGivesEachSingleEffectAsMetaforDoes() {
        var rows = LeaveOneOut.of(Y2, V2, Method.REML, TestKind.KNHA, 95);
        assertThat(rows).hasSize(2);
        PooledEstimate first = rows.get(0).fit();        // without row 1: the second effect alone
        Tolerance.CLOSED_FORM.assertNear("estimate", first.estimate(), 0.5);
        Tolerance.CLOSED_FORM.assertNear("se", first.se(), Math.sqrt(0.02));
        Tolerance.CLOSED_FORM.assertNear("zval", first.statistic(), 0.5 / Math.sqrt(0.02));
        Tolerance.CLOSED_FORM.assertNear("ci.lb (metafor: 0.2228)", first.ciLower(), 0.5 - 1.959963984540054 * Math.sqrt(0.02));
        assertThat(first.df()).as("z test for k = 1, as metafor").isInfinite();
        assertThat(first.qe()).isZero();
        assertThat(first.qeP()).isEqualTo(1);
        assertThat(first.tau2()).isZero();
        assertThat(first.h2()).isEqualTo(1);
        assertThatThrownBy(() -> LeaveOneOut.of(new double[] {1}, new double[] {1}, Method.REML, TestKind.Z, 95))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void leavesOutWholeClustersAndRecordsFailedRefits() {
        Data sb = Data.schoolBased();
        List<String> study = sb.csv().get("study");
        List<LeaveOut.Group> groups = LeaveOut.byCluster(study);
        assertThat(groups).as("32 studies").hasSize(32);
        assertThat(groups.get(0).label()).isEqualTo(study.get(0));
        var out = LeaveOut.leaveOut(sb.k(), groups, kept -> {
            if (kept.length == sb.k() - 12) throw new FitException("refit refused for the test");
            return PooledEstimate.fit(LeaveOut.pick(sb.yi(), kept), LeaveOut.pick(sb.vi(), kept), Method.REML,
                    TestKind.Z, 95);
        });
        assertThat(out).hasSize(32);
        int rows = 0;
        for (Omission<PooledEstimate> o : out) {
            rows += o.omitted().size();
            for (int r : o.omitted()) assertThat(study.get(r)).isEqualTo(o.label());
            if (o.omitted().size() == 12) {
                assertThat(o.fitted()).as("the 12-effect study's refit failed").isFalse();
                assertThat(o.failure()).isEqualTo("refit refused for the test");
            } else {
                assertThat(o.fit().k()).isEqualTo(sb.k() - o.omitted().size());
            }
        }
        assertThat(rows).as("every row left out once").isEqualTo(sb.k());
    }

    @Test
    void singleRowGroupsReproduceLeaveOneOut() {
        Data bcg = Data.bcg();
        var generic = LeaveOut.leaveOut(bcg.k(), LeaveOut.byCluster(bcg.csv().get("trial")),
                kept -> PooledEstimate.fit(LeaveOut.pick(bcg.yi(), kept), LeaveOut.pick(bcg.vi(), kept), Method.REML,
                        TestKind.Z, 95));
        var l1o = LeaveOneOut.of(bcg.yi(), bcg.vi(), Method.REML, TestKind.Z, 95);
        for (int i = 0; i < bcg.k(); i++) assertThat(generic.get(i).fit()).isEqualTo(l1o.get(i).fit());
    }

    @Test
    void leaveOutRejectsBadGroupsAndReportsEmptyRefits() {
        assertThatThrownBy(() -> LeaveOut.leaveOut(3, List.of(new LeaveOut.Group("x", new int[] {3})), kept -> 1))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("outside");
        assertThatThrownBy(() -> LeaveOut.leaveOut(3, List.of(new LeaveOut.Group("x", new int[] {1, 1})), kept -> 1))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("twice");
        var all = LeaveOut.leaveOut(2, List.of(new LeaveOut.Group("both", new int[] {0, 1})), kept -> 1);
        assertThat(all.get(0).failure()).isEqualTo("leaving out both removes all 2 effect sizes");
    }

    @Test
    void cumulativeFirstStepIsTheFirstEffectAlone() {
        Data bcg = Data.bcg();
        var steps = Cumulative.inOrder(bcg.yi(), bcg.vi(), new int[] {12, 11, 10, 9, 8, 7, 6, 5, 4, 3, 2, 1, 0},
                Method.REML, TestKind.KNHA, 95);
        assertThat(steps.get(0).added()).isEqualTo(12);
        Tolerance.CLOSED_FORM.assertNear("first estimate", steps.get(0).fit().estimate(), bcg.yi()[12]);
        assertThat(steps.get(0).fit().df()).isInfinite();
        assertThat(steps.get(1).fit().df()).as("knha from k = 2 on").isEqualTo(1);
        Tolerance.ITERATIVE.assertNear("last step is the full model", steps.get(12).fit().estimate(),
                PooledEstimate.fit(bcg.yi(), bcg.vi(), Method.REML, TestKind.KNHA, 95).estimate());
        assertThatThrownBy(() -> Cumulative.inOrder(bcg.yi(), bcg.vi(), new int[] {0, 0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11},
                Method.REML, TestKind.Z, 95)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("permutation");
    }

    @Test
    void failSafeNRejectsAZeroTarget() {
        Data bcg = Data.bcg();
        assertThatThrownBy(() -> FailSafeN.orwin(bcg.yi(), null, 0.0, false))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("must not be 0");
        assertThat(FailSafeN.orwin(bcg.yi(), null, 0.3, false).target()).as("target mirrored to the mean's sign")
                .isEqualTo(-0.3);
    }

    @Test
    void influenceOfTwoEffectSizesHasNoDeletionDiagnostics() {
        Influence.Result r = Influence.of(Y2, V2, Method.REML, TestKind.Z, 95);
        assertThat(r.cases()).hasSize(2);
        assertThat(r.cases()).allMatch(c -> c.deleted() == null);
        assertThat(r.cases()).allMatch(c -> c.hat() > 0 && c.weight() > 0);
    }
}
