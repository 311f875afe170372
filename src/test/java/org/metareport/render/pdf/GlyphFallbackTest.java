package org.metareport.render.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.metareport.problems.Warnings;

/**
 * Characters the bundled DejaVu Sans lacks never vanish silently from the PDF: they are drawn from a system font
 * that has them, or a warning names them.
 */
class GlyphFallbackTest {
    /** In DejaVu Sans Mono but not in DejaVu Sans (APL and technical symbols): a fallback any machine can offer. */
    static final String MONO_ONLY = "⌒⍋";

    @TempDir
    Path dir;

    static String page(String body) {
        return PdfWriterTest.page(body);
    }

    /** A font folder holding only a copy of the bundled DejaVu Sans Mono (and a file that is no font). */
    private Path monoFolder() throws Exception {
        Path fonts = Files.createDirectories(dir.resolve("fonts/sub"));
        try (InputStream in = BundledFonts.class.getResourceAsStream("/org/metareport/fonts/DejaVuSansMono.ttf")) {
            Files.copy(in, fonts.resolve("DejaVuSansMono.ttf"));
        }
        Files.writeString(dir.resolve("fonts/broken.ttf"), "not a font");
        return dir.resolve("fonts");
    }

    @Test
    void drawsACharacterTheTextFontLacksFromAFontThatHasIt() throws Exception {
        PdfWriter writer = new PdfWriter(PdfWriter.DEFAULT_DATE, List.of(monoFolder()));
        Warnings warnings = new Warnings();
        String html = page("<p>Study " + MONO_ONLY + " 2020, <b>bold " + MONO_ONLY + "</b></p>");
        byte[] pdf = writer.write(html, dir, PageSize.A4, warnings);
        assertThat(PdfReading.text(pdf)).as("PDF text").contains("Study " + MONO_ONLY + " 2020", "bold " + MONO_ONLY);
        assertThat(PdfReading.fontNames(pdf)).as("fonts").anyMatch(f -> f.contains("DejaVuSansMono"))
                .anyMatch(f -> f.contains("DejaVuSans") && !f.contains("Mono"));
        assertThat(warnings.list()).as("nothing missing").isEmpty();
        assertThat(writer.write(html, dir, PageSize.A4, new Warnings())).as("byte-identical again").isEqualTo(pdf);
    }

    @Test
    void namesTheCharactersNoFontHas() throws Exception {
        PdfWriter writer = new PdfWriter(PdfWriter.DEFAULT_DATE, List.of(dir.resolve("no-fonts-here")));
        Warnings warnings = new Warnings();
        byte[] pdf = writer.write(page("<h1>Title</h1><table><tr><td>Zhang " + MONO_ONLY + " 中文 2019 中</td></tr></table>"),
                dir, PageSize.A4, warnings);
        assertThat(warnings.list()).as("one warning naming them").containsExactly(
                "report.pdf: no font has ⌒ (U+2312), ⍋ (U+234B), 中 (U+4E2D), 文 (U+6587) (in: \"Zhang ⌒⍋ 中文 2019 中\"); "
                        + "they are missing from the PDF; install a font that has them (e.g. Debian's fonts-noto-cjk "
                        + "for Chinese, Japanese and Korean)");
        assertThat(PdfReading.text(pdf)).as("the rest is there").contains("Zhang", "2019");
    }

    @Test
    void cutsALongExcerpt() throws Exception {
        PdfWriter writer = new PdfWriter(PdfWriter.DEFAULT_DATE, List.of());
        Warnings warnings = new Warnings();
        writer.write(page("<p>" + "a".repeat(100) + "中" + "b".repeat(100) + "</p>"), dir, PageSize.A4, warnings);
        assertThat(warnings.list()).singleElement().asString()
                .contains("(in: \"…" + "a".repeat(24) + "中" + "b".repeat(23) + "…\")");
    }

    /** Chinese and emoji on this machine: drawn when some installed font has them, otherwise named. */
    @Test
    void neverDropsChineseOrEmojiSilently() throws Exception {
        String label = "王 2020 中文 研究 😀 🦀";
        Warnings warnings = new Warnings();
        byte[] pdf = new PdfWriter().write(page("<p>" + label + "</p>"), dir, PageSize.A4, warnings);
        String text = PdfReading.text(pdf);
        String warned = String.join("\n", warnings.list());
        label.codePoints().filter(GlyphFallback::isVisible).forEach(cp -> {
            String c = Character.toString(cp);
            assertThat(text.contains(c) || warned.contains(c + " (U+")).as("%s in the PDF or named: %s", c, warned)
                    .isTrue();
        });
    }

    @Test
    void invisibleCharactersNeedNoFont() {
        assertThat(GlyphFallback.isVisible('a')).isTrue();
        assertThat(GlyphFallback.isVisible('中')).isTrue();
        assertThat(List.of(0x20, 0xA0, 0x200D, 0xFE0F, 0x200B, 0x0A)).as("space, ZWJ, variation selector")
                .noneMatch(GlyphFallback::isVisible);
    }

    @Test
    void listsOnlyFontFacesWithOutlines() throws Exception {
        Path folder = monoFolder();
        assertThat(GlyphFallback.Outlines.faces(folder.resolve("sub/DejaVuSansMono.ttf"))).as("a TrueType font")
                .containsExactly(folder.resolve("sub/DejaVuSansMono.ttf").toString());
        assertThat(GlyphFallback.Outlines.faces(folder.resolve("broken.ttf"))).as("not a font").isEmpty();
    }
}
