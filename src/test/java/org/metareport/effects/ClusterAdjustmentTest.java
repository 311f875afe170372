package org.metareport.effects;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.metareport.testing.Tolerance;

/**
 * Hedges (2007) as the school-based authors ran it; the row-by-row check against their data is
 * {@link SchoolBasedGoldenTest}. Expected values here were computed in 30-digit arithmetic (Python mpmath) from
 * Hedges' equal-cluster-size formulas.
 */
class ClusterAdjustmentTest {
    private static final Tolerance TOL = Tolerance.CLOSED_FORM;

    @Test
    void withZeroIccLeavesGAloneAndGivesHedgesUnclusteredVariance() {
        // ρ = 0: vi = N/(n1i·n2i) + yi²/(2(N − 2)), Hedges' denominator, not Lipsey & Wilson's 2N
        Effect e = ClusterAdjustment.hedges2007(0.4, 86, 73, 9, 9, 0);
        assertThat(e.yi()).as("yi").isEqualTo(0.4);
        TOL.assertNear("vi", e.vi(), 159.0 / (86 * 73) + 0.16 / (2 * 157));
    }

    @Test
    void withEqualClustersReducesToHedgesFactor() {
        // 100 per arm in 5 clusters of 20, icc 0.2: g·sqrt(1 − 2(n − 1)ρ/(N − 2)) = 0.5·sqrt(1 − 7.6/198)
        Effect e = ClusterAdjustment.hedges2007(0.5, 100, 100, 5, 5, 0.2);
        TOL.assertNear("yi", e.yi(), 0.49031014715590009298);
        TOL.assertNear("yi", e.yi(), 0.5 * Math.sqrt(1 - 2 * 19 * 0.2 / 198));
    }

    @Test
    void usesTheAuthorsTwoRhoTermInTheVarianceNotThePapersTwoBRho() {
        // Equal clusters as above. (N/(n1·n2))(1 + (n − 1)ρ) + [(N − 2)(1 − ρ)² + n(N − 2n)ρ² + T]·yi²/(2(N − 2)((N − 2)
        // − 2(n − 1)ρ)), with T = 2ρ(1 − ρ) as in the authors' script (0.0968131...); Hedges (2007) has
        // T = 2(N − 2n)ρ(1 − ρ), which would give 0.0969754...
        Effect e = ClusterAdjustment.hedges2007(0.5, 100, 100, 5, 5, 0.2);
        TOL.assertNear("vi (authors)", e.vi(), 0.096813182328333843485);
        assertThat(Tolerance.CLOSED_FORM.accepts(e.vi(), 0.09697541067238036935)).as("vi (paper)").isFalse();
    }

    @Test
    void isOddInYi() {
        Effect plus = ClusterAdjustment.hedges2007(0.3, 263, 137, 4, 3, 0.2);
        Effect minus = ClusterAdjustment.hedges2007(-0.3, 263, 137, 4, 3, 0.2);
        assertThat(minus).as("adjusting −g").isEqualTo(plus.reversed());
    }

    @Test
    void shrinksGAndInflatesTheVariance() {
        Effect e = ClusterAdjustment.hedges2007(0.46490255134124975, 86, 73, 9, 9, 0.2);
        assertThat(e.yi()).as("|adjusted g|").isLessThan(0.46490255134124975).isGreaterThan(0.4);
        assertThat(e.vi()).as("adjusted vi").isGreaterThan(2 * Smd.vi(e.yi(), 86, 73));
    }
}
