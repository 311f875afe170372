package org.metareport.cli;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.concurrent.Callable;
import org.metareport.Metareport;
import org.metareport.RunOptions;
import org.metareport.output.Staging;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code bench}: the scale benchmark of the whole pipeline. Simulates a data set of three-level structure (1–9 effect
 * sizes per study, known variance components, sampling errors correlated within studies), writes it as CSV with a
 * spec, and times {@code run} on it: CSV reading, effect sizes, a three-level REML meta-regression with imputed
 * covariance (rho = 0.6), CR2 tests with Satterthwaite df and the HTZ test, results.json and the report.
 */
@Command(name = "bench", description = {"Time the whole pipeline on simulated data (default: 20,000 studies, about",
        "100,000 effect sizes, three-level REML meta-regression with CR2).",
        "--write-review DIR writes the synthetic 20-analysis review; --watch-latency times watch after a one-number",
        "data edit. scripts/bench.sh runs every workload cold, with peak memory and the ratio against R."})
final class Bench implements Callable<Integer> {
    @Option(names = "--studies", defaultValue = "20000", description = "number of studies (default: ${DEFAULT-VALUE})")
    int studies;
    @Option(names = "--seed", defaultValue = "20261122", description = "random seed (default: ${DEFAULT-VALUE}; "
            + "for --write-review: " + SyntheticReview.SEED + ")")
    Long seed;
    @Option(names = "--write-review", paramLabel = "DIR", description = "write the synthetic review (about 130 effects "
            + "in 30 studies, 20 analyses) into DIR (new or empty) and stop")
    Path writeReview;
    @Option(names = "--watch-latency", description = "time watch: from a one-number edit of the effects file to the "
            + "new report on disk (warm JVM), median of --rounds")
    boolean watchLatency;
    @Option(names = "--spec", paramLabel = "SPEC", defaultValue = "analyses/school-based-mh/analysis.yaml",
            description = "the spec --watch-latency copies and edits (default: ${DEFAULT-VALUE})")
    Path spec;
    @Option(names = "--rounds", defaultValue = "15", description = "edits timed by --watch-latency (default: "
            + "${DEFAULT-VALUE}, after 3 untimed)")
    int rounds;
    @Option(names = "--format", split = ",", paramLabel = "FORMAT",
            description = "formats --watch-latency writes (default: the spec's)")
    List<String> formats;
    @Option(names = "--timings", description = "with --watch-latency: print each stage's wall time of every watched "
            + "run on stderr (where a watch cycle's time goes)")
    boolean timings;
    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec cs;

    @Override
    public Integer call() throws IOException {
        if (writeReview != null) {
            if (Files.isDirectory(writeReview)) {
                try (var list = Files.list(writeReview)) {
                    if (list.findAny().isPresent()) {
                        throw new picocli.CommandLine.ParameterException(cs.commandLine(),
                                "--write-review: " + writeReview + " is not empty; give a new or empty folder");
                    }
                }
            }
            int k = SyntheticReview.write(writeReview, seed == null ? SyntheticReview.SEED : seed);
            cs.commandLine().getOut().printf(Locale.ROOT, "wrote %s: %d effect sizes in %d studies, 20 analyses%n",
                    writeReview.resolve("analysis.yaml"), k, SyntheticReview.STUDIES);
            return 0;
        }
        if (watchLatency) {
            if (timings) org.metareport.timing.Timings.enable(cs.commandLine().getErr());
            try {
                return WatchLatency.measure(spec, Main.formats(cs, formats), rounds, cs.commandLine().getOut());
            } finally {
                org.metareport.timing.Timings.disable();
            }
        }
        long seed = this.seed == null ? 20261122L : this.seed;
        Path dir = Files.createTempDirectory("metareport-bench-");
        try {
            int k = simulate(dir.resolve("effects.csv"), studies, seed);
            Files.writeString(dir.resolve("analysis.yaml"), """
                    title: Scale benchmark (simulated)
                    data:
                      effects: effects.csv
                      study: study
                    effect:
                      measure: PRE
                      columns: {yi: yi, vi: vi}
                    analyses:
                      - id: three-level
                        model: multilevel
                        levels: [study, es]
                        rho: 0.6
                        test: t
                        robust: CR2
                        moderators: [x1, x2]
                    report:
                      formats: [md]
                    """);
            long t0 = System.nanoTime();
            var report = Metareport.run(dir.resolve("analysis.yaml"), new RunOptions(dir.resolve("out"), null, List.of("bench")));
            long t1 = System.nanoTime();
            var a = report.results().analyses().get(0);
            System.out.printf(Locale.ROOT, "bench: %,d effect sizes in %,d studies: run (read CSV, effect sizes, "
                            + "three-level REML with rho 0.6, CR2 + HTZ, results.json, report.md) took %.1f s wall%n",
                    k, studies, (t1 - t0) / 1e9);
            System.out.printf(Locale.ROOT, "bench: REML iterations %d; sigma2 = %.5f (true 0.04), %.5f (true 0.02); "
                            + "x1 = %.4f (true 0.1), CR2 df %.1f%n", a.fit().iterations(),
                    a.heterogeneity().sigma2().get(0), a.heterogeneity().sigma2().get(1),
                    a.coefficients().get(1).estimate(), a.robust().coefficients().get(1).df());
            return 0;
        } finally {
            Staging.deleteTree(dir);
        }
    }

    /** Writes the simulated effects; returns their number. */
    static int simulate(Path csv, int studies, long seed) throws IOException {
        SplittableRandom random = new SplittableRandom(seed);
        int k = 0;
        try (BufferedWriter w = Files.newBufferedWriter(csv)) {
            w.write("study,es,x1,x2,yi,vi\n");
            for (int s = 0; s < studies; s++) {
                int size = 1 + random.nextInt(9);
                double u = 0.2 * gaussian(random);
                double shared = gaussian(random);
                double x1 = random.nextDouble() < 0.5 ? 1 : 0;
                for (int e = 0; e < size; e++, k++) {
                    double vi = 0.01 + 0.09 * random.nextDouble();
                    double x2 = gaussian(random);
                    double error = Math.sqrt(vi) * (Math.sqrt(0.6) * shared + Math.sqrt(0.4) * gaussian(random));
                    double yi = 0.3 + 0.1 * x1 - 0.05 * x2 + u + Math.sqrt(0.02) * gaussian(random) + error;
                    w.write(String.format(Locale.ROOT, "s%d,%d,%.0f,%.6f,%.6f,%.6f%n", s, e + 1, x1, x2, yi, vi));
                }
            }
        }
        return k;
    }

    static double gaussian(SplittableRandom r) {
        double u1 = r.nextDouble(), u2 = r.nextDouble();
        return Math.sqrt(-2 * Math.log(1 - u1)) * Math.cos(2 * Math.PI * u2);
    }
}
