package org.metareport.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A run does only what was asked: no PNG figures without a PDF (unless {@code --png}), and {@code --timings} prints
 * each stage's time on stderr without changing a byte of the output (the manifest does not record it).
 */
class WorkOnlyAskedTest {
    static final String HOSTILE = "src/test/resources/pipeline/hostile/analysis.yaml";

    @TempDir
    Path tmp;

    static long files(Path folder, String suffix) throws Exception {
        try (Stream<Path> s = Files.list(folder.resolve("figures"))) {
            return s.filter(p -> p.toString().endsWith(suffix)).count();
        }
    }

    @Test
    void writesNoPngWithoutAPdf() throws Exception {
        Path md = tmp.resolve("md");
        assertThat(CliRunner.run("run", "-q", HOSTILE, "--out", md.toString(), "--format", "md,html").exit()).isZero();
        assertThat(files(md, ".svg")).as("svg figures").isPositive();
        assertThat(files(md, ".png")).as("png figures").isZero();
        assertThat(Files.readString(md.resolve("manifest.json"))).as("manifest").doesNotContain(".png");
    }

    @Test
    void writesPngForAPdfOrWhenAsked() throws Exception {
        Path pdf = tmp.resolve("pdf");
        assertThat(CliRunner.run("run", "-q", HOSTILE, "--out", pdf.toString(), "--format", "pdf").exit()).isZero();
        assertThat(files(pdf, ".png")).as("png figures for the pdf").isEqualTo(files(pdf, ".svg")).isPositive();
        Path asked = tmp.resolve("asked");
        assertThat(CliRunner.run("run", "-q", HOSTILE, "--out", asked.toString(), "--format", "md", "--png").exit()).isZero();
        assertThat(files(asked, ".png")).as("png figures with --png").isEqualTo(files(asked, ".svg")).isPositive();
        for (String name : Files.list(asked.resolve("figures")).map(p -> p.getFileName().toString()).toList()) {
            if (name.endsWith(".png")) {
                assertThat(Files.readAllBytes(asked.resolve("figures").resolve(name))).as(name + " as in the pdf run")
                        .isEqualTo(Files.readAllBytes(pdf.resolve("figures").resolve(name)));
            }
        }
    }

    @Test
    void timingsGoToStderrAndChangeNoOutput() throws Exception {
        Path plain = tmp.resolve("plain");
        Path timed = tmp.resolve("timed");
        CliRunner a = CliRunner.run("run", "-q", HOSTILE, "--out", plain.toString());
        CliRunner b = CliRunner.run("run", "-q", HOSTILE, "--timings", "--out", timed.toString());
        assertThat(a.exit()).isZero();
        assertThat(b.exit()).isZero();
        assertThat(a.err()).as("no timings unless asked").doesNotContain("timing:");
        assertThat(b.err()).as("stage timings").contains("timing: read spec ", "timing: read data, compute effects ",
                "timing: fit overall (", "timing: draw figures", "timing: write pdf ", "timing: total");
        assertThat(b.out()).as("stdout unchanged").isEqualTo(a.out().replace(plain.toString(), timed.toString()));
        for (String f : new String[] {"report.md", "report.html", "report.pdf", "results.json"}) {
            assertThat(Files.readAllBytes(timed.resolve(f))).as(f).isEqualTo(Files.readAllBytes(plain.resolve(f)));
        }
        assertThat(Files.readString(timed.resolve("manifest.json")).replace(timed.toString(), plain.toString()))
                .as("manifest: the same command but for --out").isEqualTo(Files.readString(plain.resolve("manifest.json")));
    }
}
