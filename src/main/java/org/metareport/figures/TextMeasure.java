package org.metareport.figures;

import java.awt.Font;
import java.awt.FontFormatException;
import java.awt.font.FontRenderContext;
import java.awt.font.TextAttribute;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Text widths for layout, from the AWT metrics of the font the PNG is drawn with: DejaVu Sans, loaded from its
 * TrueType file when installed (Debian's fonts-dejavu-core), else the logical {@code SansSerif} (which fontconfig
 * usually maps to DejaVu Sans too). The SVG names the same family first ({@link #SVG_FAMILY}), so both formats lay
 * out alike; Verdana, the fallback, has nearly the same widths.
 *
 * <p>Widths use fractional metrics and kerning, as browsers do, and do not depend on the output scale. A string
 * with a character the font lacks (e.g. CJK in DejaVu) is measured and drawn with the logical {@code SansSerif},
 * which falls back glyph by glyph.
 */
final class TextMeasure {
    /** The CSS font-family list written into SVG. */
    static final String SVG_FAMILY = "DejaVu Sans, Verdana, Arial, sans-serif";
    static final String ELLIPSIS = "\u2026";

    private static final FontRenderContext FRC = new FontRenderContext(null, true, true);
    private static final Map<TextAttribute, Object> KERNING = Map.of(TextAttribute.KERNING, TextAttribute.KERNING_ON);

    private TextMeasure() {}

    /** @return the advance width of {@code text} in pixels at 1× */
    static double width(String text, TextStyle style) {
        if (text.isEmpty()) return 0;
        return font(text, style).getStringBounds(text, FRC).getWidth();
    }

    /**
     * @return {@code text} if it fits in {@code maxWidth}, else its longest prefix (whole code points, trailing
     *         spaces dropped) followed by "…" that fits
     */
    static String ellipsize(String text, TextStyle style, double maxWidth) {
        if (width(text, style) <= maxWidth) return text;
        int points = text.codePointCount(0, text.length());
        int lo = 0, hi = points;                       // longest prefix length in code points that fits
        while (lo < hi) {
            int mid = (lo + hi + 1) >>> 1;
            if (width(prefix(text, mid) + ELLIPSIS, style) <= maxWidth) lo = mid;
            else hi = mid - 1;
        }
        return prefix(text, lo) + ELLIPSIS;
    }

    /** @return {@code text} broken at spaces into lines no wider than {@code maxWidth}; a long word is ellipsised */
    static List<String> wrap(String text, TextStyle style, double maxWidth) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : text.trim().split(" +")) {
            if (word.isEmpty()) continue;
            String candidate = line.length() == 0 ? word : line + " " + word;
            if (width(candidate, style) <= maxWidth) {
                line.setLength(0);
                line.append(candidate);
            } else {
                if (line.length() > 0) lines.add(line.toString());
                line.setLength(0);
                line.append(ellipsize(word, style, maxWidth));
            }
        }
        if (line.length() > 0) lines.add(line.toString());
        return lines;
    }

    /** @return the font {@code text} is measured and drawn with, at {@code style}'s size */
    static Font font(String text, TextStyle style) {
        Font face = Faces.of(style.bold(), style.italic());
        if (face.canDisplayUpTo(text) != -1) face = Faces.logical(style.bold(), style.italic());
        return face.deriveFont((float) style.size()).deriveFont(KERNING);
    }

    /** @return true if DejaVu Sans was found on disk, false if the logical SansSerif stands in */
    static boolean hasDejaVu() {
        return Faces.FROM_FILE;
    }

    private static String prefix(String text, int codePoints) {
        return text.substring(0, text.offsetByCodePoints(0, codePoints)).stripTrailing();
    }

    /** The four faces, loaded once (immutable after class initialisation). */
    private static final class Faces {
        private static final List<Path> DIRECTORIES = List.of(
            Path.of("/usr/share/fonts/truetype/dejavu"),   // Debian, Ubuntu
            Path.of("/usr/share/fonts/dejavu"),            // Fedora
            Path.of("/usr/share/fonts/TTF"));              // Arch
        private static final String[] FILES = {
            "DejaVuSans.ttf", "DejaVuSans-Oblique.ttf", "DejaVuSans-Bold.ttf", "DejaVuSans-BoldOblique.ttf"};
        private static final Font[] FACES = new Font[4];   // index: bold * 2 + italic
        private static final boolean FROM_FILE;

        static {
            boolean all = true;
            for (int i = 0; i < 4; i++) {
                FACES[i] = load(FILES[i]);
                if (FACES[i] == null) all = false;
            }
            if (!all)                                      // never mix faces from two families
                for (int i = 0; i < 4; i++) FACES[i] = logical(i >= 2, i % 2 == 1);
            FROM_FILE = all;
        }

        static Font of(boolean bold, boolean italic) {
            return FACES[(bold ? 2 : 0) + (italic ? 1 : 0)];
        }

        static Font logical(boolean bold, boolean italic) {
            return new Font(Font.SANS_SERIF, (bold ? Font.BOLD : 0) | (italic ? Font.ITALIC : 0), 1);
        }

        private static Font load(String file) {
            for (Path dir : DIRECTORIES) {
                Path p = dir.resolve(file);
                if (!Files.isRegularFile(p)) continue;
                try {
                    return Font.createFont(Font.TRUETYPE_FONT, p.toFile());
                } catch (FontFormatException | IOException e) {
                    return null;                           // unreadable: use the logical font, as documented
                }
            }
            return null;
        }
    }
}
