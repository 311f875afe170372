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

    /** The adjusted g against the same formula in 50-digit decimal arithmetic: off by rounding only (issue 10). */
    @Test
    void adjustedGIsExactToRounding() {
        java.math.MathContext mc = new java.math.MathContext(50);
        double[][] cases = {{0.4, 317, 309, 6, 5, 0.2}, {-1.3, 55, 50, 5, 5, 0.2}, {0.71, 1201, 998, 17, 13, 0.05}};
        for (double[] c : cases) {
            double g = ClusterAdjustment.hedges2007(c[0], c[1], c[2], c[3], c[4], c[5]).yi();
            java.math.BigDecimal n1 = bd(c[1]), n2 = bd(c[2]), m1 = bd(c[3]), m2 = bd(c[4]), icc = bd(c[5]);
            java.math.BigDecimal s1 = bd(Math.rint(c[1] / c[3])), s2 = bd(Math.rint(c[2] / c[4]));
            java.math.BigDecimal n = n1.add(n2);
            java.math.BigDecimal nU1 = n1.multiply(n1).subtract(m1.multiply(s1).multiply(s1)).divide(n1.multiply(m1.subtract(bd(1))), mc);
            java.math.BigDecimal nU2 = n2.multiply(n2).subtract(m2.multiply(s2).multiply(s2)).divide(n2.multiply(m2.subtract(bd(1))), mc);
            java.math.BigDecimal inner = n.subtract(nU1.multiply(m1)).subtract(nU2.multiply(m2)).add(nU1).add(nU2).subtract(bd(2));
            java.math.BigDecimal factor = bd(1).subtract(icc.multiply(inner).divide(n.subtract(bd(2)), mc));
            double exact = bd(c[0]).multiply(factor.sqrt(mc)).doubleValue();
            assertThat(Math.abs(g - exact) / Math.abs(exact)).as("relative error for %s", java.util.Arrays.toString(c))
                    .isLessThan(4e-16);
        }
    }

    private static java.math.BigDecimal bd(double x) {
        return new java.math.BigDecimal(x);
    }
}
