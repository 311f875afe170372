package org.metareport.figures;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Characters the bundled DejaVu lacks in figure text: drawn from an installed font when one has them (same bytes
 * every time), else named in one warning with U+XXXX, the character and the figure; never dropped silently.
 */
class FigureFontsTest {
    static final String NO_FONT = new String(Character.toChars(0xF0001));        // plane-15 private use: no font
    static final String EMOJI = new String(Character.toChars(0x1F600));
    static final String LABEL = "\u5b66\u6821 Smith " + EMOJI + " " + NO_FONT;       // 学校 Smith 😀 U+F0001

    static Figure plot() {
        List<ForestRow> rows = List.of(new ForestRow(LABEL, 0.2, 0.0, 0.4, 50.0), new ForestRow("Jones", 0.4, 0.1, 0.7, 50.0));
        return ForestPlot.draw(ForestData.builder(rows).summary(new ForestSummary("Random-effects model (REML)", 0.3, 0.1,
            0.5)).build());
    }

    @Test
    void namesCharactersNoFontHasWithCodePointGlyphAndFigure() {
        Figure f = plot();
        assertThat(f.missingGlyphs()).as("missing characters").containsKey(0xF0001)
            .doesNotContainKey((int) 'S').doesNotContainKey((int) ' ');
        assertThat(f.missingGlyphs().get(0xF0001)).as("where").isEqualTo(LABEL);
        String warning = FigureSet.missingGlyphs(List.of(new ReportFigures.Drawn("forest-overall", "forest", "overall", 1,
            "caption", "figures/forest-overall.svg", "figures/forest-overall.png", f)));
        assertThat(warning).as("one warning line")
            .startsWith("figures: no font has ")
            .contains(NO_FONT + " (U+F0001, in forest-overall: \"" + LABEL + "\")")
            .contains("empty box");
        assertThat(Svg.parse(f.svg()).texts()).as("the SVG keeps the text whole").contains(LABEL);
    }

    @Test
    void saysNothingWhenDejaVuHasEveryCharacter() {
        Figure f = ForestPlot.draw(ForestExamples.bcg().build());
        assertThat(f.missingGlyphs()).isEmpty();
        assertThat(FigureSet.missingGlyphs(List.of(new ReportFigures.Drawn("forest-x", "forest", "x", 1, "c", "a.svg",
            "a.png", f)))).isNull();
        assertThat(TextMeasure.runs("τ² ≥ 0.5 − Müller", ForestPlot.TEXT)).as("one DejaVu run").hasSize(1);
    }

    @Test
    void drawsCjkFromAnInstalledFontWhenThereIsOne() {
        assumeTrue(FallbackFonts.with('\u5b66').isPresent(), "no installed font has CJK (e.g. fonts-noto-cjk)");
        Figure f = plot();
        assertThat(f.missingGlyphs()).as("CJK is drawn").doesNotContainKey(0x5b66).doesNotContainKey(0x6821);
        List<TextMeasure.Run> runs = TextMeasure.runs(LABEL, ForestPlot.TEXT);
        assertThat(runs.get(0).text()).as("first run (a space stays in the run it follows)").isEqualTo("\u5b66\u6821 ");
        String family = runs.get(0).font().getFamily(java.util.Locale.ROOT);
        assertThat(family).as("a system font").isNotEqualTo("DejaVu Sans");
        String fontFamily = Svg.parse(f.svg()).all("text").stream().filter(t -> t.getTextContent().equals(LABEL))
            .findFirst().orElseThrow().getAttribute("font-family");
        assertThat(fontFamily).as("the SVG names it after DejaVu Sans").startsWith("DejaVu Sans, '" + family + "', ");
        assertThat(TextMeasure.width("\u5b66\u6821", ForestPlot.TEXT)).as("measured with its metrics").isGreaterThan(15);
        assertThat(plot()).as("same bytes twice").isEqualTo(f);
    }

    @Test
    void reportsCjkAsMissingWhenNoInstalledFontHasIt() {
        assumeTrue(FallbackFonts.with('\u5b66').isEmpty(), "a CJK font is installed");
        assertThat(plot().missingGlyphs()).containsKeys(0x5b66, 0x6821, 0xF0001);
    }
}
