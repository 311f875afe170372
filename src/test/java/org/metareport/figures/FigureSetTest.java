package org.metareport.figures;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.metareport.Metareport;
import org.metareport.RunOptions;
import org.metareport.results.Results;

/**
 * The figures stage numbers every figure once, in reading order, and decides (and says) when a forest plot is left
 * out; the pipeline only places what it is given.
 */
class FigureSetTest {
    @TempDir
    Path tmp;

    Results run(String analyses, String extra, String csv, String csvName) throws IOException {
        Files.writeString(tmp.resolve(csvName), csv);
        Path spec = tmp.resolve("analysis.yaml");
        Files.writeString(spec, "title: Figures\ndata:\n  effects: " + csvName + "\n  study: study\neffect:\n"
                + "  measure: PRE\n  columns: {yi: yi, vi: vi}\nanalyses:\n" + analyses + "report:\n  formats: [md]\n"
                + extra);
        return Metareport.run(spec, new RunOptions(tmp.resolve("out"), List.of("md"), List.of())).results();
    }

    static String effects(int k) {
        StringBuilder sb = new StringBuilder("study,yi,vi\n");
        for (int i = 0; i < k; i++) {
            sb.append(String.format(Locale.ROOT, "s%d,%.3f,%.4f%n", i, 0.1 + (i % 17) * 0.03, 0.02 + (i % 5) * 0.01));
        }
        return sb.toString();
    }

    @Test
    void numbersTheReviewFiguresFirstThenEachAnalysis() throws IOException {
        Files.copy(Path.of("src/test/resources/review/model-study-prisma.yaml"), tmp.resolve("prisma.yaml"));
        Results results = run("  - id: a\n  - id: b\n", "prisma: prisma.yaml\n", effects(12), "e.csv");
        FigureSet set = FigureSet.draw(results, false);
        assertThat(set.drawn()).extracting(ReportFigures.Drawn::number).containsExactly(1, 2, 3);
        assertThat(set.drawn()).extracting(ReportFigures.Drawn::id).containsExactly("prisma", "forest-a", "forest-b");
        assertThat(set.warnings()).isEmpty();
    }

    @Test
    void leavesOutAForestPlotPastTheRowLimitAndSaysSo() throws IOException {
        int k = ReportFigures.MAX_FOREST_ROWS + 1;
        Results results = run("  - id: big\n    method: DL\n", "", effects(k), "e.csv");
        FigureSet set = FigureSet.draw(results, false);
        assertThat(set.drawn()).extracting(ReportFigures.Drawn::id).doesNotContain("forest-big");
        assertThat(set.warnings()).containsExactly(String.format(Locale.ROOT, "the forest plot of analysis 'big' was "
                + "left out: %,d effect sizes, more than the %,d rows a readable forest plot holds", k,
                ReportFigures.MAX_FOREST_ROWS));
    }

    /** Runs the jobs on several threads, each job in its own thread, the values in the jobs' order. */
    static final Jobs THREADS = new Jobs() {
        @Override
        public <R> List<R> all(List<? extends java.util.function.Supplier<R>> jobs) {
            List<java.util.concurrent.CompletableFuture<R>> running = new java.util.ArrayList<>();
            for (var job : jobs) running.add(java.util.concurrent.CompletableFuture.supplyAsync(job::get));
            return running.stream().map(java.util.concurrent.CompletableFuture::join).toList();
        }
    };

    @Test
    void drawsTheSameFiguresNumberedAlikeWhenTheJobsRunOnSeveralThreads() throws IOException {
        Files.copy(Path.of("src/test/resources/review/model-study-prisma.yaml"), tmp.resolve("prisma.yaml"));
        Results results = run("  - id: a\n    bias: {funnel: true}\n  - id: b\n    method: DL\n", "prisma: prisma.yaml\n",
                effects(30), "e.csv");
        FigureSet inOrder = FigureSet.draw(results, false, new PrintFrame(170, 120), Jobs.IN_ORDER);
        FigureSet threads = FigureSet.draw(results, false, new PrintFrame(170, 120), THREADS);
        assertThat(inOrder.drawn()).extracting(ReportFigures.Drawn::id)
                .containsExactly("prisma", "forest-a", "forest-b", "funnel-a");
        assertThat(threads.drawn()).isEqualTo(inOrder.drawn());
        assertThat(threads.drawn()).extracting(ReportFigures.Drawn::number).containsExactly(1, 2, 3, 4);
        assertThat(inOrder.drawn().get(1).printParts()).hasSizeGreaterThan(1);   // print parts drawn in the same job
        assertThat(threads.drawn().get(1).printParts()).isEqualTo(inOrder.drawn().get(1).printParts());
    }

    @Test
    void figuresThatPaintTheSamePixelsShareOnePngAndKeepTheirOwnSvg() throws IOException {
        // the same effects, the same model: the forest plots differ only in their titles (not painted in the PNG)
        Results results = run("  - id: a\n    title: First\n  - id: b\n    title: Second\n  - id: c\n    method: DL\n",
                "", effects(12), "e.csv");
        FigureSet set = FigureSet.draw(results, false);
        Figure a = set.drawn().get(0).figure(), b = set.drawn().get(1).figure(), c = set.drawn().get(2).figure();
        assertThat(a.svg()).isNotEqualTo(b.svg()).contains("First");
        assertThat(b.svg()).contains("Second");
        assertThat(a.sharesPngWith(b)).isTrue();
        assertThat(a.sharesPngWith(c)).isFalse();                               // DL: other weights, other pixels
        assertThat(b.pngEncoded()).isFalse();
        byte[] png = a.png();
        assertThat(b.pngEncoded()).isTrue();                                     // encoded once, for both
        assertThat(b.png()).isEqualTo(png);
        // the bytes are those each figure gives alone
        FigureSet alone = FigureSet.draw(run("  - id: b\n    title: Second\n", "", effects(12), "e.csv"), false);
        assertThat(alone.drawn().get(0).figure().png()).isEqualTo(png);
    }
}
