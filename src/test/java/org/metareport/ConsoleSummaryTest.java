package org.metareport;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.metareport.render.Summary;

/**
 * The console summary carries each analysis's publication-bias and sensitivity results, one line per method, in the
 * numbers metafor prints (issue 10: it used to leave them out).
 */
class ConsoleSummaryTest {

    @Test
    void listsBiasAndSensitivityResultsOfTheBcgExample(@TempDir Path tmp) {
        RunReport run = Metareport.run(Path.of("analyses/bcg-vaccine/analysis.yaml"),
                new RunOptions(tmp.resolve("out"), List.of("md"), List.of()));
        String text = Summary.text(run.results());
        // metafor: regtest(res), trimfill(res), leave1out(res), cumul(res, order = year) on dat.bcg (RR, REML)
        assertThat(text).contains("Publication bias and sensitivity:\n"
                + "  Egger's regression test (rma, predictor sei): z = -0.8033, p-val = 0.4218; limit estimate -0.5104 "
                + "[-1.1182, 0.0974]\n"
                + "  trim-and-fill (L0): 1 missing on the right side (SE = 2.4528); filled estimate -0.6571 "
                + "[-1.0070, -0.3072]\n"
                + "  leave-one-out: 13 refits, estimates from -0.7948 to -0.6284\n"
                + "  cumulative by year: 13 steps, last -0.7145 [-1.0669, -0.3622]\n");
        assertThat(text.split("Publication bias and sensitivity:", -1)).as("only the analysis that asked for them")
                .hasSize(2);
    }
}
