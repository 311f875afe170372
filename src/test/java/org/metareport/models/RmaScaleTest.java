package org.metareport.models;

import org.metareport.vocabulary.TestKind;

import org.metareport.vocabulary.Method;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Time and memory linear in k: with k = 200,000 a single k × k matrix of doubles would take 320 GB, far beyond the
 * test JVM's 2 GB, so these fits can only pass if no such matrix is formed.
 */
class RmaScaleTest {
    private static final int K = 200_000;

    @Test
    @Timeout(value = 60, unit = TimeUnit.SECONDS)
    void fitsTwoHundredThousandEffectSizesWithoutAkByKMatrix() {
        Random random = new Random(11);
        double[] yi = new double[K];
        double[] vi = new double[K];
        double[][] x = new double[K][];
        for (int i = 0; i < K; i++) {
            double mod = random.nextGaussian();
            vi[i] = 0.02 + 0.1 * random.nextDouble();
            yi[i] = 0.2 + 0.05 * mod + 0.3 * random.nextGaussian() + Math.sqrt(vi[i]) * random.nextGaussian();
            x[i] = new double[] {1, mod};
        }
        RmaFit reml = Rma.fit(yi, vi, x, List.of("intrcpt", "mod"), Method.REML, TestKind.KNHA, 95);
        assertThat(reml.tau2()).as("tau2 (true 0.09)").isBetween(0.085, 0.095);
        assertThat(reml.coefficients().get(1).estimate()).as("slope (true 0.05)").isBetween(0.04, 0.06);
        assertThat(reml.r2()).as("R2").isBetween(0.0, 100.0);
        RmaFit pm = Rma.fit(yi, vi, Method.PM, TestKind.Z, 95);
        assertThat(pm.tau2()).as("PM tau2").isBetween(0.08, 0.1);
    }
}
