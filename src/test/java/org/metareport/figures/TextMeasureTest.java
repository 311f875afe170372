package org.metareport.figures;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class TextMeasureTest {
    private static final TextStyle TEXT = TextStyle.regular(12);

    @Test
    void usesTheBundledDejaVuSansAndAnInstalledFontForWhatItLacks() {
        assertThat(TextMeasure.hasDejaVu()).as("DejaVu Sans from the jar").isTrue();
        assertThat(TextMeasure.font("abc", TEXT).getFamily()).as("family").isEqualTo("DejaVu Sans");
        assertThat(TextMeasure.font("\u4e2d", TEXT).getFamily()).as("CJK: the first installed font with it, if any")
            .isEqualTo(FallbackFonts.with('\u4e2d').map(java.awt.Font::getFamily).orElse("DejaVu Sans"));
    }

    @Test
    void measuresWithScalableMetrics() {
        double w = TextMeasure.width("Aronson, 1948", TEXT);
        assertThat(w).as("width at 12 px").isBetween(70.0, 100.0);
        assertThat(TextMeasure.width("Aronson, 1948", TextStyle.regular(24))).as("width at 24 px")
            .isCloseTo(2 * w, org.assertj.core.data.Offset.offset(0.5));
        assertThat(TextMeasure.width("Aronson, 1948", TEXT.bolded())).as("bold is wider").isGreaterThan(w);
        assertThat(TextMeasure.width("", TEXT)).as("empty").isZero();
        assertThat(TextMeasure.width("\u22120.71", TEXT)).as("minus sign is wider than a digit")
            .isGreaterThan(TextMeasure.width("00.71", TEXT));
    }

    @Test
    void ellipsisesAtCodePointsToFit() {
        String s = "Smith \ud835\udc00\ud835\udc01\ud835\udc02 and colleagues";
        String shown = TextMeasure.ellipsize(s, TEXT, 60);
        assertThat(TextMeasure.width(shown, TEXT)).as("fits").isLessThanOrEqualTo(60);
        assertThat(shown).as("ellipsis").endsWith("\u2026");
        assertThat(shown.chars().filter(ch -> Character.isHighSurrogate((char) ch)).count())
            .as("no split pair").isEqualTo(shown.chars().filter(ch -> Character.isLowSurrogate((char) ch)).count());
        assertThat(TextMeasure.ellipsize("short", TEXT, 60)).as("fits already").isEqualTo("short");
    }

    @Test
    void wrapsAtSpaces() {
        List<String> lines = TextMeasure.wrap("one two three four five six seven eight nine ten", TEXT, 80);
        assertThat(lines.size()).as("line count").isGreaterThan(1);
        for (String line : lines) assertThat(TextMeasure.width(line, TEXT)).as("'%s' fits", line).isLessThanOrEqualTo(80);
        assertThat(String.join(" ", lines)).as("words kept").isEqualTo("one two three four five six seven eight nine ten");
    }

    @Test
    void aWidthMeasuredAgainIsTheWidthMeasuredFirstWhateverTheColour() {
        String text = "Haugland et al. (2020):CKP " + System.nanoTime();          // never measured before
        TextStyle style = TextStyle.regular(13).bolded();
        double fresh = 0;
        for (TextMeasure.Run r : TextMeasure.runs(text, style)) fresh += TextMeasure.width(r, style);
        assertThat(TextMeasure.width(text, style)).isEqualTo(fresh);
        assertThat(TextMeasure.width(text, style)).isEqualTo(fresh);                  // kept
        assertThat(TextMeasure.width(text, style.colored(new Rgb(0x336699)))).isEqualTo(fresh);
        assertThat(TextMeasure.width(text, TextStyle.regular(13))).as("another face: measured on its own")
                .isLessThan(fresh);
    }
}
