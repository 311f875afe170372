package org.metareport.render.pdf;

import com.lowagie.text.DocumentException;
import com.lowagie.text.pdf.BaseFont;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URL;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.xhtmlrenderer.pdf.FontFamily;
import org.xhtmlrenderer.pdf.ITextFontResolver;

/**
 * The DejaVu fonts in the jar ({@code org/metareport/fonts/}, licence beside them), registered with a fresh
 * Flying Saucer font resolver for each PDF, so the output does not depend on the fonts a machine has.
 *
 * <p>Every family name resolves to DejaVu: the CSS generic families ({@code serif}, {@code sans-serif}), Flying
 * Saucer's fallback for an unknown family (its "Serif"), and the names of the PDF base-14 fonts, which would
 * otherwise be used with WinAnsi encoding and silently drop τ, ≥ and all Greek. Monospace names resolve to
 * DejaVu Sans Mono (regular only; bold code falls back to it). A document's own {@code @font-face} fonts still
 * work, under their own family names.
 *
 * <p>A PDF's resolver holds {@link BaseFont} objects no other PDF uses at the same time: they carry per-document
 * state (the random source for subset prefixes, which {@link ReproducibleOutput#pinSubsetPrefixes} seeds anew for
 * every document). Parsed once, a set of them is given back after its PDF ({@link #release}) and taken by the next, so
 * a JVM that writes many PDFs (a batch, a watch) does not parse the five faces again for each (about 5 % of a batch's
 * CPU, docs/performance.md "stops 23–24"). {@link #shared()} is the one instance per JVM.
 */
final class BundledFonts {
    /** The text family, as CSS names it. */
    static final String SANS = "DejaVu Sans";
    /** The code family, as CSS names it. */
    static final String MONO = "DejaVu Sans Mono";

    private static final String FOLDER = "/org/metareport/fonts/";
    private static final List<String> SANS_ALIASES = List.of("Serif", "SansSerif", "Times", "TimesRoman",
            "Times New Roman", "Helvetica", "Arial", "Symbol", "ZapfDingbats");
    private static final List<String> MONO_ALIASES = List.of("Monospaced", "Courier", "Courier New");

    /** One font file: its resource name, CSS family and bytes. */
    private record Face(String file, String family, URL url, byte[] bytes) {}

    /**
     * A resolver for one PDF, the set of bundled families it holds (given back by {@link #release}) and how many fonts
     * those families hold when it is handed out.
     */
    record Checkout(ITextFontResolver resolver, Map<String, FontFamily> bundled, int descriptions) {}

    private static final class Holder {
        static final BundledFonts SHARED = new BundledFonts();
    }

    private final List<Face> faces;
    /** Sets of the bundled families (each with its own parsed fonts) that no PDF is using now. */
    private final java.util.concurrent.ConcurrentLinkedQueue<Map<String, FontFamily>> idle =
            new java.util.concurrent.ConcurrentLinkedQueue<>();
    /** Read only, to ask which characters the regular faces have ({@link #has}); never drawn with. */
    private final BaseFont sansProbe;
    private final BaseFont monoProbe;

    /**
     * Reads the font files from the class path once; {@link #checkout()} reuses the bytes.
     *
     * @throws IllegalStateException if a font is missing from the jar (a packaging bug)
     */
    BundledFonts() {
        faces = List.of(
                face("DejaVuSans.ttf", SANS),
                face("DejaVuSans-Bold.ttf", SANS),
                face("DejaVuSans-Oblique.ttf", SANS),
                face("DejaVuSans-BoldOblique.ttf", SANS),
                face("DejaVuSansMono.ttf", MONO));
        sansProbe = probe(faces.get(0));
        monoProbe = probe(faces.get(4));
    }

    /** The fonts every {@link PdfWriter} of this JVM uses (read from the jar once). */
    static BundledFonts shared() {
        return Holder.SHARED;
    }

    /** @return whether the text face ({@code mono}: the code face) has a glyph for the code point */
    boolean has(int codePoint, boolean mono) {
        return (mono ? monoProbe : sansProbe).charExists(codePoint);
    }

    private static BaseFont probe(Face face) {
        try {
            return BaseFont.createFont(face.file(), BaseFont.IDENTITY_H, BaseFont.NOT_EMBEDDED, false, face.bytes(), null);
        } catch (DocumentException | IOException e) {
            throw new IllegalStateException("bundled font " + face.file() + " cannot be read", e);
        }
    }

    private static Face face(String file, String family) {
        URL url = BundledFonts.class.getResource(FOLDER + file);
        if (url == null) throw new IllegalStateException("font " + FOLDER + file + " is missing from the class path");
        try (InputStream in = url.openStream()) {
            return new Face(file, family, url, in.readAllBytes());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read font " + url, e);
        }
    }

    /**
     * A resolver holding the bundled fonts under their families and every alias, with a set of parsed fonts no other
     * PDF is using (one given back earlier, else a new one); give it back with {@link #release} after the PDF.
     */
    Checkout checkout() {
        Map<String, FontFamily> bundled = idle.poll();
        if (bundled == null) {
            ITextFontResolver fresh = parse();
            bundled = Map.copyOf(fresh.getFonts());
            return new Checkout(fresh, bundled, descriptions(bundled));
        }
        ITextFontResolver resolver = empty();
        resolver.getFonts().putAll(bundled);
        return new Checkout(resolver, bundled, descriptions(bundled));
    }

    /**
     * The PDF is written: its set of parsed fonts may serve the next, unless the document added fonts to one of the
     * bundled families (an {@code @font-face} rule naming DejaVu Sans or an alias such as Arial puts its font into
     * that family): then the set is dropped, so nothing of one document reaches the next.
     */
    void release(Checkout checkout) {
        if (descriptions(checkout.bundled()) == checkout.descriptions()) idle.offer(checkout.bundled());
    }

    /** How many fonts the distinct families of {@code families} hold. */
    static int descriptions(Map<String, FontFamily> families) {
        java.util.Set<FontFamily> distinct = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        distinct.addAll(families.values());
        int n = 0;
        for (FontFamily f : distinct) n += f.getFontDescriptions().size();
        return n;
    }

    private static ITextFontResolver empty() {
        return new ITextFontResolver() {
            @Override
            protected Map<String, FontFamily> loadFonts() {
                return new HashMap<>(); // no base-14 fonts: they cannot show Greek
            }
        };
    }

    private ITextFontResolver parse() {
        ITextFontResolver resolver = empty();
        for (Face face : faces) {
            BaseFont font;
            try {
                // IDENTITY_H: Unicode, embedded as a subset with a ToUnicode map, so PDF text extraction works
                font = BaseFont.createFont(face.file(), BaseFont.IDENTITY_H, BaseFont.EMBEDDED, false, face.bytes(), null);
            } catch (DocumentException | IOException e) {
                throw new IllegalStateException("bundled font " + face.file() + " cannot be read", e);
            }
            // Flying Saucer reads weight and underline metrics again from this location (a file: or jar: URL).
            resolver.addFont(font, face.url().toExternalForm(), face.family());
        }
        Map<String, FontFamily> families = resolver.getFonts();
        for (String alias : SANS_ALIASES) families.put(alias, families.get(SANS));
        for (String alias : MONO_ALIASES) families.put(alias, families.get(MONO));
        return resolver;
    }
}
