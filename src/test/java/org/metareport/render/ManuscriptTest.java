package org.metareport.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.metareport.problems.InputException;
import org.metareport.results.AnalysisResult;
import org.metareport.results.CoefficientResult;
import org.metareport.results.FitInfo;
import org.metareport.results.Heterogeneity;
import org.metareport.results.PredictionResult;
import org.metareport.results.Results;

class ManuscriptTest {
    @TempDir
    Path tmp;

    static Results results(String label) {
        AnalysisResult a = new AnalysisResult("overall", org.metareport.vocabulary.ModelKind.RANDOM, "REML", "z", 95, 13, 13, List.of(), false, List.of(),
                List.of(new CoefficientResult("intercept", -0.7145323421581394, 0.17978151610520574,
                        -3.9744483061317863, null, 7.054258101641646e-05, -1.0668976388103504, -0.36216704550592854)),
                new Heterogeneity(0.31324325813648085, 0.16642575283697086, 0.5596813898429006, null,
                        152.2330080823733, 12, 1.9967645908459738e-26, 92.22138452126896, null, 12.855758235309164, null),
                null, new PredictionResult(-0.7145, 0.1798, -1.0669, -0.3622, -1.8666922179028864, 0.43762753358660766),
                new FitInfo(5, true, false, -12.2, 24.4, 28.4, 29.4, 29.7), List.of(), null, List.of(), List.of(), null, null,
                null, null, List.of());
        return new Results(label, List.of("A. Author"), "RR", "log risk ratios", List.of(), List.of(a), null, null, null,
                List.of(), List.of(), "test");
    }

    @Test
    void writesTheBuiltInManuscriptWithApaNumbers() {
        String md = new Manuscript(null, null).markdown(results("BCG vaccine"));
        assertThat(md).as("title").startsWith("# BCG vaccine");
        assertThat(md).as("pooled estimate sentence, a risk ratio (exp, the default for RR)")
                .contains("The pooled risk ratio was RR = 0.49, 95% CI [0.34, 0.70], *z* = −3.97, *p* < .001");
        assertThat(md).as("heterogeneity stays on the analysis scale").contains("*τ*² = 0.31, *I*² = 92.2%");
        assertThat(md).as("prediction interval as risk ratios").contains("prediction interval was [0.15, 1.55]");
        assertThat(md).as("coefficient table on the log scale, with the risk ratio beside it")
                .contains("| intercept | −0.71 | 0.18 | −3.97 | — | < .001 | [−1.07, −0.36] | 0.49 [0.34, 0.70] |");
        assertThat(md).as("never NaN").doesNotContain("NaN");
    }

    @Test
    void keepsTheAnalysisScaleWithTransformNone() {
        Results r = results("BCG vaccine");
        Results none = new Results(r.title(), r.authors(), r.measure(), r.measureName(),
                org.metareport.results.Scale.of(org.metareport.vocabulary.Measure.RR,
                        org.metareport.vocabulary.EffectTransform.NONE), r.effects(), r.analyses(), null, null, null,
                List.of(), List.of(), "test");
        String md = new Manuscript(null, null).markdown(none);
        assertThat(md).as("pooled estimate sentence")
                .contains("The pooled estimate was −0.71, 95% CI [−1.07, −0.36], *z* = −3.97, *p* < .001");
        assertThat(md).as("prediction interval").contains("[−1.87, 0.44]");
        assertThat(md).as("no ratio column").doesNotContain("RR [");
    }

    @Test
    void escapesDataInTheMarkdown() {
        String md = new Manuscript(null, null).markdown(results("<script>alert(1)</script> *x*"));
        assertThat(md).as("escaped title").startsWith("# \\<script\\>alert(1)\\</script\\> \\*x\\*");
    }

    @Test
    void usesATemplateFromTheOverrideFolder() throws Exception {
        Files.writeString(tmp.resolve("report.md.ftl"), "Custom: ${results.title}\n");
        String md = new Manuscript(tmp, "my-templates").markdown(results("T"));
        assertThat(md).as("override used").isEqualTo("Custom: T\n");
    }

    @Test
    void keepsBuiltInTemplatesTheOverrideDoesNotReplace() throws Exception {
        Files.writeString(tmp.resolve("analysis.md.ftl"), "ANALYSIS ${a.id}\n");
        String md = new Manuscript(tmp, "my-templates").markdown(results("T"));
        assertThat(md).as("built-in main, overridden include").contains("## Results").contains("ANALYSIS overall");
    }

    @Test
    void namesTheTemplateFileAndLineOfAnError() throws Exception {
        Files.writeString(tmp.resolve("report.md.ftl"), "# ${results.title}\n\n${results.nosuchfield}\n");
        assertThatThrownBy(() -> new Manuscript(tmp, "my-templates").markdown(results("T")))
                .as("template error").isInstanceOf(InputException.class)
                .hasMessageStartingWith("error: my-templates/report.md.ftl:3:")
                .hasMessageContaining("nosuchfield");
    }

    @Test
    void namesTheTemplateFileAndLineOfASyntaxError() throws Exception {
        Files.writeString(tmp.resolve("report.md.ftl"), "ok\n<#if>\n");
        assertThatThrownBy(() -> new Manuscript(tmp, "my-templates").markdown(results("T")))
                .as("syntax error").isInstanceOf(InputException.class)
                .hasMessageStartingWith("error: my-templates/report.md.ftl:2:");
    }
}
