package org.metareport.models.multilevel;

import java.util.List;

/**
 * A cluster-robust Wald test of q linear constraints Cβ = 0 with the HTZ small-sample correction, clubSandwich's
 * {@code Wald_test(test = "HTZ")} (Tipton &amp; Pustejovsky, 2015, J Educ Behav Stat 40:604; Pustejovsky &amp; Tipton,
 * 2018, section 3.2): the Wald statistic Q = (Cb)'(C V_R C')⁻¹(Cb) is compared with Hotelling's T² whose degrees of
 * freedom nu are matched to the first two moments under the working model, F = δ·Q/q ~ F(q, nu − q + 1) with
 * δ = (nu − q + 1)/nu.
 *
 * @param constraints  the constrained coefficients' names (rows of C are unit vectors) or a description of C
 * @param q            number of constraints, {@code df_num}
 * @param wald         the unadjusted Wald statistic Q
 * @param fStatistic   {@code Fstat} = δ Q / q
 * @param delta        δ = max(0, (nu − q + 1)/nu)
 * @param dfNum        q
 * @param dfDenom      nu − q + 1
 * @param p            P(F(q, dfDenom) ≥ fStatistic); NaN when dfDenom ≤ 0 (clubSandwich: NA)
 */
public record WaldTest(List<String> constraints, int q, double wald, double fStatistic, double delta, int dfNum,
                       double dfDenom, double p) {
    public WaldTest {
        constraints = List.copyOf(constraints);
    }
}
