package org.metareport.models.bias;

import org.metareport.vocabulary.Alternative;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The analytic derivatives of {@link StepLikelihood} against central differences, for all three alternatives. */
class StepLikelihoodTest {
    @Test
    void derivativesAgreeWithFiniteDifferences() {
        Data bcg = Data.bcg();
        double[] steps = {0.05, 0.3, 1};
        double[][] x = new double[bcg.k()][];
        double[] ablat = bcg.column("ablat");
        for (int i = 0; i < x.length; i++) x[i] = new double[] {1, ablat[i] / 10};
        for (Alternative alt : Alternative.values()) {
            int[] group = new int[bcg.k()];
            for (int i = 0; i < group.length; i++) {
                double p = SelectionModel.pValue(alt, bcg.yi()[i], bcg.vi()[i]);
                while (!(p <= steps[group[i]])) group[i]++;
            }
            StepLikelihood lik = new StepLikelihood(bcg.yi(), bcg.vi(), x, steps, alt, group);
            double[] theta = {-0.3, -0.05, 0.2, 1.7, 0.6};   // β0, β1, tau², δ₂, δ₃
            double[][] d = lik.derivatives(new double[] {theta[0], theta[1]}, theta[2], new double[] {1, theta[3], theta[4]});
            int m = theta.length;
            assertThat(lik.parameters()).isEqualTo(m);
            for (int a = 0; a < m; a++) {
                double h = 1e-5;
                double[] up = theta.clone();
                double[] dn = theta.clone();
                up[a] += h;
                dn[a] -= h;
                double g = (ll(lik, up) - ll(lik, dn)) / (2 * h);
                assertThat(d[0][a]).as("%s gradient[%d]", alt, a).isCloseTo(g, org.assertj.core.data.Offset.offset(1e-6 * (1 + Math.abs(g))));
                double[][] gu = lik.derivatives(new double[] {up[0], up[1]}, up[2], new double[] {1, up[3], up[4]});
                double[][] gd = lik.derivatives(new double[] {dn[0], dn[1]}, dn[2], new double[] {1, dn[3], dn[4]});
                for (int b = 0; b < m; b++) {
                    double hab = (gu[0][b] - gd[0][b]) / (2 * h);
                    assertThat(d[1 + a][b]).as("%s hessian[%d][%d]", alt, a, b)
                            .isCloseTo(hab, org.assertj.core.data.Offset.offset(1e-5 * (1 + Math.abs(hab))));
                }
            }
        }
    }

    private static double ll(StepLikelihood lik, double[] t) {
        return lik.logLik(new double[] {t[0], t[1]}, t[2], new double[] {1, t[3], t[4]});
    }
}
