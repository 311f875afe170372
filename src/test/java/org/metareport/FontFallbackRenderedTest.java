package org.metareport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.awt.Font;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.metareport.fonts.SystemFonts;

/**
 * A study label and title with Chinese, an emoji and a character no font has: the run names what no font can draw,
 * once for the figures and once for the PDF text, with U+XXXX and the character; the Chinese is in the PDF's text
 * when the machine has a font for it (e.g. fonts-noto-cjk or Droid Sans Fallback).
 */
class FontFallbackRenderedTest {
    static final String NO_FONT = new String(Character.toChars(0xF0001));
    static final String LABEL = "\u5b66\u6821 Li " + new String(Character.toChars(0x1F600)) + " " + NO_FONT;
    static Path out;
    static RunReport run;

    @BeforeAll
    static void run(@TempDir Path tmp) throws IOException {
        Path folder = Files.createDirectories(tmp.resolve("spec"));
        Files.writeString(folder.resolve("data.csv"), "study,yi,vi\n\"" + LABEL + "\",0.2,0.04\nSmith,0.4,0.02\nJones,0.1,0.03\n");
        Files.writeString(folder.resolve("analysis.yaml"), """
                title: "Fonts %s"
                data: {effects: data.csv, study: study}
                effect: {measure: PRE, columns: {yi: yi, vi: vi}}
                analyses:
                  - id: overall
                """.formatted(LABEL));
        out = tmp.resolve("out");
        run = Metareport.run(folder.resolve("analysis.yaml"), new RunOptions(out, List.of("md", "html", "pdf"), List.of()));
    }

    @Test
    void warnsOnceForTheFiguresAndOnceForThePdfNamingTheCharacters() {
        List<String> figures = run.renderWarnings().stream().filter(w -> w.startsWith("figures: no font has")).toList();
        assertThat(figures).as("one figures warning in %s", run.renderWarnings()).hasSize(1);
        assertThat(figures.get(0)).contains(NO_FONT + " (U+F0001, in forest-overall: \"" + LABEL + "\")");
        List<String> pdf = run.renderWarnings().stream().filter(w -> w.startsWith("report.pdf: no font has")).toList();
        assertThat(pdf).as("one PDF warning in %s", run.renderWarnings()).hasSize(1);
        assertThat(pdf.get(0)).contains(NO_FONT + " (U+F0001)");
    }

    @Test
    void printsChineseInThePdfWhenAnInstalledFontHasIt() throws IOException {
        assumeTrue(installedFontHas('\u5b66'), "no installed font has Chinese (apt-get install fonts-noto-cjk)");
        try (PDDocument doc = Loader.loadPDF(out.resolve("report.pdf").toFile())) {
            assertThat(new PDFTextStripper().getText(doc)).as("PDF text").contains("\u5b66\u6821");
        }
        assertThat(run.renderWarnings()).as("Chinese is not reported missing").noneMatch(w -> w.contains("U+5B66"));
    }

    static boolean installedFontHas(int cp) {
        for (String location : SystemFonts.faces(SystemFonts.FOLDERS)) {
            try {
                Font[] fonts = Font.createFonts(SystemFonts.file(location).toFile());
                int i = SystemFonts.index(location);
                if (i < fonts.length && fonts[i].canDisplay(cp)) return true;
            } catch (Exception e) {
                // not readable: not a candidate
            }
        }
        return false;
    }
}
