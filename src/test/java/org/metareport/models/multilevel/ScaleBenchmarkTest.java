package org.metareport.models.multilevel;

import org.metareport.vocabulary.VcovType;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.metareport.vocabulary.Method;
import org.metareport.vocabulary.TestKind;

/**
 * Scale: a three-level REML meta-regression of 100,000 effect sizes in 20,000 studies (1–9 effects each, imputed V
 * with rho = .6), then CR2 tests with Satterthwaite df and an HTZ test, must take seconds, not minutes: every step
 * works block by block, so time and memory grow linearly with k. The data are simulated with known components
 * (sigma2 = 0.04 between studies, 0.02 within, sampling errors correlated .6 within a study), so the estimates are checked too. Prints
 * wall and CPU time (the CPU time is the steadier number on a shared machine).
 */
class ScaleBenchmarkTest {
    static final int STUDIES = 20_000;

    @Test
    void fitsAHundredThousandEffectsInTwentyThousandStudiesInSeconds() {
        SplittableRandom random = new SplittableRandom(20261122);
        int k = 0;
        int[] sizes = new int[STUDIES];
        for (int s = 0; s < STUDIES; s++) {
            sizes[s] = 1 + random.nextInt(9);
            k += sizes[s];
        }
        double[] yi = new double[k];
        double[] vi = new double[k];
        double[][] x = new double[k][];
        String[] study = new String[k];
        String[] es = new String[k];
        int row = 0;
        for (int s = 0; s < STUDIES; s++) {
            double u = 0.2 * gaussian(random);
            double shared = gaussian(random);                  // sampling errors correlated .6 within a study
            double x1 = random.nextDouble() < 0.5 ? 1 : 0;
            for (int e = 0; e < sizes[s]; e++, row++) {
                vi[row] = 0.01 + 0.09 * random.nextDouble();
                double x2 = gaussian(random);
                double error = Math.sqrt(vi[row]) * (Math.sqrt(0.6) * shared + Math.sqrt(0.4) * gaussian(random));
                yi[row] = 0.3 + 0.1 * x1 - 0.05 * x2 + u + Math.sqrt(0.02) * gaussian(random) + error;
                x[row] = new double[] {1, x1, x2};
                study[row] = "s" + s;
                es[row] = Integer.toString(e + 1);
            }
        }
        assertThat(k).as("k").isBetween(95_000, 105_000);

        java.lang.management.ThreadMXBean cpu = java.lang.management.ManagementFactory.getThreadMXBean();
        long c0 = cpu.getCurrentThreadCpuTime();
        long t0 = System.nanoTime();
        MultilevelFit fit = RmaMv.fit(yi, SamplingCovariance.imputed(vi, study, 0.6),
                NestedLevels.of(List.of("study", "es"), study, es), x, List.of("intrcpt", "x1", "x2"), Method.REML,
                TestKind.T, 95);
        long t1 = System.nanoTime();
        long c1 = cpu.getCurrentThreadCpuTime();
        RobustFit cr2 = ClusterRobust.coefTest(fit.working(), study, VcovType.CR2, 95);
        long t2 = System.nanoTime();
        long c2 = cpu.getCurrentThreadCpuTime();
        WaldTest htz = ClusterRobust.waldTest(fit.working(), study, VcovType.CR2, List.of("x1", "x2"));
        long t3 = System.nanoTime();
        long c3 = cpu.getCurrentThreadCpuTime();
        Runtime rt = Runtime.getRuntime();
        System.out.printf(Locale.ROOT, "scale benchmark: k = %d effects, %d studies, imputed V (rho .6), REML: fit %.2f s "
                        + "wall / %.2f s CPU (%d iterations); CR2 coef_test %.2f / %.2f s; HTZ (q = 2) %.2f / %.2f s; "
                        + "sigma2 = %.5f, %.5f; heap in use %d MB%n", k, STUDIES, (t1 - t0) / 1e9, (c1 - c0) / 1e9,
                fit.iterations(), (t2 - t1) / 1e9, (c2 - c1) / 1e9, (t3 - t2) / 1e9, (c3 - c2) / 1e9, fit.sigma2()[0],
                fit.sigma2()[1], (rt.totalMemory() - rt.freeMemory()) >> 20);

        assertThat(fit.sigma2()[0]).as("sigma2 between studies (true 0.04)").isBetween(0.035, 0.045);
        assertThat(fit.sigma2()[1]).as("sigma2 within studies (true 0.02)").isBetween(0.015, 0.025);
        assertThat(cr2.coefficients().get(1).df()).as("Satterthwaite df of the study-level moderator").isGreaterThan(1000);
        assertThat(htz.p()).as("HTZ p of two real effects").isLessThan(1e-10);
        assertThat((c3 - c0) / 1e9).as("CPU seconds for fit + CR2 + HTZ").isLessThan(20);
    }

    private static double gaussian(SplittableRandom r) {
        double u1 = r.nextDouble();
        double u2 = r.nextDouble();
        return Math.sqrt(-2 * Math.log(1 - u1)) * Math.cos(2 * Math.PI * u2);
    }
}
