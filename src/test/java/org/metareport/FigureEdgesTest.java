package org.metareport;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.metareport.results.AnalysisResult;

/**
 * Optional figures asked for where they do not apply are left out with a note in the analysis, and defaults skip
 * figures that would mean nothing (a bubble plot of a 0/1 moderator); a GOSH plot of 5 effects fits all 31 subsets.
 */
class FigureEdgesTest {
    static RunReport run;
    static String md;

    @BeforeAll
    static void run(@TempDir Path tmp) throws IOException {
        run = Metareport.run(Path.of("src/test/resources/figures/edges/analysis.yaml"),
                new RunOptions(tmp, List.of("md"), List.of("run")));
        md = Files.readString(tmp.resolve("report.md"));
    }

    static AnalysisResult a(String id) {
        return run.results().analyses().stream().filter(x -> x.id().equals(id)).findFirst().orElseThrow();
    }

    @Test
    void aCategoricalModeratorGetsAnOrchardPlotNotABubblePlot() {
        assertThat(a("categorical").warnings()).anyMatch(w -> w.contains("no bubble plot for “grp”: it is a categorical"));
        assertThat(a("categorical").plots().bubbles()).isEmpty();
        assertThat(a("categorical").plots().orchard().groups()).hasSize(2);
        assertThat(md).contains("figures/orchard-categorical.svg").doesNotContain("bubble-categorical");
    }

    @Test
    void anOrchardPlotOfANumericModeratorIsLeftOutWithANote() {
        assertThat(a("numeric").plots().orchard()).isNull();
        assertThat(a("numeric").plots().bubbles()).as("bubble: false").isEmpty();
        assertThat(a("numeric").warnings()).anyMatch(w -> w.contains("the orchard plot shows an intercept-only model or one categorical moderator"));
    }

    @Test
    void defaultsSkipBubblePlotsOfBinaryModerators() {
        assertThat(a("binary").plots().bubbles()).isEmpty();
        assertThat(a("binary").warnings()).noneMatch(w -> w.contains("bubble"));
    }

    @Test
    void aModeratorInAnInteractionGetsNoBubblePlot() {
        assertThat(a("interaction").plots().bubbles()).isEmpty();
        assertThat(a("interaction").warnings()).anyMatch(w -> w.contains("part of an interaction"));
    }

    @Test
    void smallDataGiveEveryGoshSubsetAndABaujatPlot() {
        var g = a("tiny").plots().gosh();
        assertThat(g.fits().exact()).isTrue();
        assertThat(g.fits().total()).isEqualTo(31);
        assertThat(g.fits().plotted()).isEqualTo(26);
        assertThat(a("tiny").plots().baujat().x()).hasSize(5);
        assertThat(md).contains("in all 26 subsets of the 5 effect sizes, each refitted with the REML estimator");
        assertThat(md).doesNotContain("NaN");
    }
}
