package org.metareport.figures;

import java.awt.Font;
import java.awt.FontFormatException;
import java.awt.font.FontRenderContext;
import java.awt.font.TextAttribute;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.metareport.fonts.SystemFonts;

/**
 * Text widths for layout, from the AWT metrics of the font the PNG is drawn with: the DejaVu Sans bundled in the jar
 * ({@code org/metareport/fonts/}, the same files the PDF embeds), so layout does not depend on the fonts a machine
 * has. The SVG names the same family first ({@link #SVG_FAMILY}), so both formats lay out alike; Verdana, the
 * fallback, has nearly the same widths.
 *
 * <p>Widths use fractional metrics and kerning, as browsers do, and do not depend on the output scale. A character
 * DejaVu lacks (e.g. CJK) is measured and drawn from the first installed font that has it ({@link FallbackFonts});
 * one no font has is drawn as DejaVu's empty box and reported ({@link #missing}).
 */
final class TextMeasure {
    /** The CSS font-family list written into SVG. */
    static final String SVG_FAMILY = "DejaVu Sans, Verdana, Arial, sans-serif";
    static final String ELLIPSIS = "\u2026";

    private static final FontRenderContext FRC = new FontRenderContext(null, true, true);
    private static final Map<TextAttribute, Object> KERNING = Map.of(TextAttribute.KERNING, TextAttribute.KERNING_ON);

    private TextMeasure() {}

    /** A piece of text drawn in one font. */
    record Run(String text, Font font) {}

    /**
     * @return the advance width of {@code text} in pixels at 1×. Widths are kept per text and font (a forest plot
     *         measures the same labels again for its print pages, its truncation and the other analyses' plots, and
     *         each measurement shapes the text anew); the cache is emptied when it reaches {@link #MAX_WIDTHS}.
     */
    static double width(String text, TextStyle style) {
        if (text.isEmpty()) return 0;
        Measured key = new Measured(text, style.size(), style.bold(), style.italic());
        Double known = WIDTHS.get(key);
        if (known != null) return known;
        double w = 0;
        for (Run r : runs(text, style)) w += r.font().getStringBounds(r.text(), FRC).getWidth();
        if (WIDTHS.size() >= MAX_WIDTHS) WIDTHS.clear();
        WIDTHS.put(key, w);
        return w;
    }

    /** What a width depends on: the text and the font (the colour does not matter). */
    private record Measured(String text, double size, boolean bold, boolean italic) {}

    /** The most widths kept: far more than the texts of a report's figures, little memory (a few MB). */
    static final int MAX_WIDTHS = 50_000;
    private static final Map<Measured, Double> WIDTHS = new java.util.concurrent.ConcurrentHashMap<>();

    /** @return the advance width of one run from {@link #runs} */
    static double width(Run run, TextStyle style) {
        return run.font().getStringBounds(run.text(), FRC).getWidth();
    }

    /**
     * @return {@code text} cut into runs by font: DejaVu where it has the glyph, else the first installed font that
     *         has it; one run in DejaVu when it has them all (the usual case)
     */
    static List<Run> runs(String text, TextStyle style) {
        Font face = Faces.of(style.bold(), style.italic());
        if (face.canDisplayUpTo(text) == -1) return List.of(new Run(text, sized(face, style)));
        List<Run> runs = new ArrayList<>();
        StringBuilder run = new StringBuilder();
        Font runFont = null;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            Font f = runFont;                                // invisible characters stay in the current run
            if (SystemFonts.isVisible(cp) || runFont == null)
                f = face.canDisplay(cp) ? face : FallbackFonts.with(cp).orElse(face);
            if (f != runFont && run.length() > 0) {
                runs.add(new Run(run.toString(), sized(runFont, style)));
                run.setLength(0);
            }
            runFont = f;
            run.appendCodePoint(cp);
            i += Character.charCount(cp);
        }
        if (run.length() > 0) runs.add(new Run(run.toString(), sized(runFont, style)));
        return runs;
    }

    /** @return true when the bundled DejaVu face of {@code style} has a glyph for every character of {@code text} */
    static boolean bundledDraws(String text, TextStyle style) {
        return Faces.of(style.bold(), style.italic()).canDisplayUpTo(text) == -1;
    }

    /** @return the visible characters of {@code text} that neither DejaVu nor any installed font has, in order */
    static List<Integer> missing(String text) {
        Font face = Faces.of(false, false);
        if (face.canDisplayUpTo(text) == -1) return List.of();
        List<Integer> out = new ArrayList<>();
        text.codePoints().forEach(cp -> {
            if (SystemFonts.isVisible(cp) && !face.canDisplay(cp) && FallbackFonts.with(cp).isEmpty()
                    && !out.contains(cp)) out.add(cp);
        });
        return out;
    }

    /** @return the font families other than DejaVu that {@code text} is drawn with, in order of use */
    static List<String> fallbackFamilies(String text, TextStyle style) {
        if (Faces.of(style.bold(), style.italic()).canDisplayUpTo(text) == -1) return List.of();   // the usual case
        List<String> out = new ArrayList<>();
        for (Run r : runs(text, style)) {
            String family = r.font().getFamily(Locale.ROOT);        // reads the font's name table: only for fallbacks
            if (!family.equals(DEJAVU_FAMILY) && !out.contains(family)) out.add(family);
        }
        return out;
    }

    private static final String DEJAVU_FAMILY = Faces.of(false, false).getFamily(Locale.ROOT);

    private static Font sized(Font face, TextStyle style) {
        Font f = face;
        if (face != Faces.of(style.bold(), style.italic()))         // a fallback: synthesise the style it lacks
            f = face.deriveFont((style.bold() ? Font.BOLD : 0) | (style.italic() ? Font.ITALIC : 0));
        return f.deriveFont((float) style.size()).deriveFont(KERNING);
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

    /** @return the font the first run of {@code text} is measured and drawn with, at {@code style}'s size */
    static Font font(String text, TextStyle style) {
        return text.isEmpty() ? sized(Faces.of(style.bold(), style.italic()), style) : runs(text, style).get(0).font();
    }

    /** @return true: the bundled DejaVu Sans is always there (a missing font file is a packaging bug) */
    static boolean hasDejaVu() {
        return true;
    }

    private static String prefix(String text, int codePoints) {
        return text.substring(0, text.offsetByCodePoints(0, codePoints)).stripTrailing();
    }

    /** The four bundled faces, loaded once from the jar (immutable after class initialisation). */
    private static final class Faces {
        private static final String FOLDER = "/org/metareport/fonts/";
        private static final String[] FILES = {
            "DejaVuSans.ttf", "DejaVuSans-Oblique.ttf", "DejaVuSans-Bold.ttf", "DejaVuSans-BoldOblique.ttf"};
        private static final Font[] FACES = new Font[4];   // index: bold * 2 + italic

        static {
            for (int i = 0; i < 4; i++) FACES[i] = load(FILES[i]);
        }

        static Font of(boolean bold, boolean italic) {
            return FACES[(bold ? 2 : 0) + (italic ? 1 : 0)];
        }

        private static Font load(String file) {
            try (InputStream in = TextMeasure.class.getResourceAsStream(FOLDER + file)) {
                if (in == null) throw new IllegalStateException("font " + FOLDER + file + " is missing from the class path");
                return Font.createFont(Font.TRUETYPE_FONT, in);
            } catch (FontFormatException | IOException e) {
                throw new IllegalStateException("bundled font " + file + " cannot be read", e);
            }
        }
    }
}
