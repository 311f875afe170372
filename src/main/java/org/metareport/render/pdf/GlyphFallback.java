package org.metareport.render.pdf;

import com.lowagie.text.DocumentException;
import com.lowagie.text.pdf.BaseFont;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.metareport.fonts.SystemFonts;

/**
 * Draws the characters the bundled DejaVu fonts lack (Chinese, Japanese, Korean, many emoji) from a font installed on
 * the machine, and names those no font has, because Flying Saucer draws each run of text in one font and silently
 * drops the characters that font lacks.
 *
 * <p>Fonts are searched in {@link #SYSTEM_FOLDERS} (TrueType and OpenType files, collections included), in sorted
 * path order; a character is drawn from the first font that has it, so one machine always picks the same font and the
 * PDF stays byte-identical from run to run. Fonts without outlines (colour-bitmap emoji) and fonts whose licence
 * forbids embedding are passed over. Each run of such characters is wrapped in a {@code <span>} set in that font,
 * which the PDF embeds as a subset.
 */
final class GlyphFallback {
    /** Where fontconfig keeps the system's fonts on Linux; users' own font folders are left out (reproducibility). */
    static final List<Path> SYSTEM_FOLDERS = SystemFonts.FOLDERS;

    /** The family name of the n-th fallback font in one document. */
    static final String FAMILY = "metareport-fallback-";

    private static final Set<String> MONO_TAGS = Set.of("code", "pre", "kbd", "samp", "tt");
    private static final Set<String> UNRENDERED_TAGS = Set.of("script", "style", "title", "head", "template");
    private static final int MAX_LISTED = 12;
    private static final int EXCERPT = 24;

    /** A fallback font used by one document: where it is and the family name its spans use. */
    record Used(String location, String family) {}

    private final BundledFonts bundled;
    private final List<Path> folders;
    private List<String> candidates;                             // font locations ("path" or "path,i"), sorted
    private final Map<String, Optional<BaseFont>> probes = new HashMap<>();

    /** @param folders where to look for fonts, searched recursively */
    GlyphFallback(BundledFonts bundled, List<Path> folders) {
        this.bundled = bundled;
        this.folders = List.copyOf(folders);
    }

    /**
     * Wraps the runs the bundled fonts cannot draw in spans set in a fallback font.
     *
     * @param body     the document's body, changed in place
     * @param warnings receives a line naming the characters no font has, with an excerpt, if there are any
     * @return the fallback fonts the spans use, in order of first use (register them under their families)
     */
    synchronized List<Used> apply(Element body, List<String> warnings) {
        Map<String, Used> used = new LinkedHashMap<>();
        Map<Integer, String> missing = new LinkedHashMap<>();      // code point -> excerpt of its first occurrence
        for (TextNode text : textNodes(body)) {
            boolean mono = inMonospace(text);
            String s = text.getWholeText();
            List<Node> pieces = new ArrayList<>();
            StringBuilder run = new StringBuilder();
            String runFamily = null;                                  // null: the bundled font
            boolean changed = false;
            for (int i = 0; i < s.length(); ) {
                int cp = s.codePointAt(i);
                String family = runFamily;                            // invisible characters stay in the current run
                if (isVisible(cp)) {
                    family = null;
                    if (!bundled.has(cp, mono)) {
                        String location = fontWith(cp);
                        if (location == null) {
                            missing.putIfAbsent(cp, excerpt(s, i));
                        } else {
                            family = used.computeIfAbsent(location, l -> new Used(l, FAMILY + (used.size() + 1))).family();
                            changed = true;
                        }
                    }
                }
                if (!equal(family, runFamily) && run.length() > 0) {
                    pieces.add(piece(run.toString(), runFamily));
                    run.setLength(0);
                }
                runFamily = family;
                run.appendCodePoint(cp);
                i += Character.charCount(cp);
            }
            if (!changed) continue;
            if (run.length() > 0) pieces.add(piece(run.toString(), runFamily));
            for (Node piece : pieces) text.before(piece);
            text.remove();
        }
        if (!missing.isEmpty()) warnings.add(missingLine(missing));
        return new ArrayList<>(used.values());
    }

    /** A font made for one document (its own subset state), from a location {@link #apply} returned. */
    static BaseFont load(String location) throws DocumentException, IOException {
        return BaseFont.createFont(location, BaseFont.IDENTITY_H, BaseFont.EMBEDDED, false, null, null);
    }

    private static Node piece(String text, String family) {
        if (family == null) return new TextNode(text);
        Element span = new Element("span").attr("style", "font-family: '" + family + "'");
        span.appendChild(new TextNode(text));
        return span;
    }

    private static boolean equal(String a, String b) {
        return a == null ? b == null : a.equals(b);
    }

    private static List<TextNode> textNodes(Element body) {
        List<TextNode> out = new ArrayList<>();
        for (Element e : body.getAllElements()) {
            if (UNRENDERED_TAGS.contains(e.normalName())) continue;
            out.addAll(e.textNodes());
        }
        return out;
    }

    private static boolean inMonospace(TextNode text) {
        for (Node n = text.parent(); n instanceof Element e; n = e.parent()) {
            if (MONO_TAGS.contains(e.normalName())) return true;
        }
        return false;
    }

    /** Whether a character draws a glyph: not a space, control, format character (ZWJ) or variation selector. */
    static boolean isVisible(int cp) {
        return SystemFonts.isVisible(cp);
    }

    /** @return the first font (in sorted path order) that can draw {@code cp}, or null */
    private String fontWith(int cp) {
        for (String location : candidates()) {
            Optional<BaseFont> font = probes.computeIfAbsent(location, GlyphFallback::probe);
            if (font.isPresent() && font.get().charExists(cp)) return location;
        }
        return null;
    }

    private static Optional<BaseFont> probe(String location) {
        try {
            return Optional.of(load(location));       // EMBEDDED: refuses a font whose licence forbids embedding
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    private List<String> candidates() {
        if (candidates == null) candidates = SystemFonts.faces(folders);
        return candidates;
    }

    private static String excerpt(String s, int at) {
        String flat = s.replaceAll("\\s+", " ");
        int index = Math.min(at, flat.length());          // whitespace runs only shrink: close enough for an excerpt
        int from = Math.max(0, index - EXCERPT), to = Math.min(flat.length(), index + EXCERPT);
        if (from > 0 && Character.isLowSurrogate(flat.charAt(from))) from--;
        if (to < flat.length() && Character.isLowSurrogate(flat.charAt(to))) to++;
        return (from > 0 ? "…" : "") + flat.substring(from, to).strip() + (to < flat.length() ? "…" : "");
    }

    private static String missingLine(Map<Integer, String> missing) {
        StringBuilder chars = new StringBuilder();
        int n = 0;
        for (int cp : missing.keySet()) {
            if (n == MAX_LISTED) {
                chars.append(String.format(Locale.ROOT, " and %d more", missing.size() - MAX_LISTED));
                break;
            }
            if (n++ > 0) chars.append(", ");
            chars.appendCodePoint(cp).append(String.format(Locale.ROOT, " (U+%04X)", cp));
        }
        String excerpt = missing.values().iterator().next();
        return String.format(Locale.ROOT, "report.pdf: no font has %s (in: \"%s\"); %s missing from the PDF; install "
                + "a font that has %s (e.g. Debian's fonts-noto-cjk for Chinese, Japanese and Korean)", chars, excerpt,
                missing.size() == 1 ? "it is" : "they are", missing.size() == 1 ? "it" : "them");
    }

    /** Lists a font file's faces that have outlines; see {@link SystemFonts#faces(Path)}. */
    static final class Outlines {
        private Outlines() {}

        /** @return the file's usable faces as OpenPDF locations: {@code path}, or {@code path,i} in a collection */
        static List<String> faces(Path file) {
            return SystemFonts.faces(file);
        }
    }
}
