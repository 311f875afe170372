package org.metareport.render.pdf;

import com.lowagie.text.DocumentException;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.helper.W3CDom;
import org.jsoup.nodes.DataNode;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.metareport.problems.Warnings;
import org.xhtmlrenderer.pdf.ITextFontResolver;
import org.xhtmlrenderer.pdf.ITextOutputDevice;
import org.xhtmlrenderer.pdf.ITextRenderer;

/**
 * Writes an HTML manuscript as a PDF, with Flying Saucer on OpenPDF: the same HTML and figures always give
 * the same bytes, on any machine with the same jar.
 *
 * <pre>{@code
 * byte[] pdf = new PdfWriter().write(html, reportFolder, PageSize.A4);
 * }</pre>
 *
 * <ul>
 *   <li><b>Input.</b> Any HTML: it is parsed by jsoup, so entities such as {@code &nbsp;} and unclosed tags are
 *       fine. Relative {@code <img src>} resolve against the base folder; figures should be PNG.</li>
 *   <li><b>Style.</b> {@link PrintStylesheet} is added after the document's own CSS: A4 or Letter pages,
 *       "n / N" page numbers, DejaVu Sans 10 pt, tables that break across pages with their header row
 *       repeated, figures scaled to fit one page ({@link FigureFitter}).</li>
 *   <li><b>Fonts.</b> DejaVu Sans and Sans Mono from the jar ({@link BundledFonts}), embedded as subsets, so
 *       Greek and math symbols (τ² ≥ ≤ − ± × √ χ² I²) print and can be searched and copied. A character DejaVu
 *       lacks (Chinese, many emoji) is drawn from the first system font that has it, or named in a warning
 *       ({@link GlyphFallback}); none disappears silently.</li>
 *   <li><b>No network.</b> Only files inside the base folder and {@code data:} images are read. Anything
 *       else (http, files outside the folder, missing files, SVG) is left out and reported as a warning.</li>
 *   <li><b>Reproducible.</b> Fixed CreationDate/ModDate (by default {@link #DEFAULT_DATE}), a /ID derived
 *       from the HTML and every file read, seeded font-subset prefixes, fixed Producer
 *       ({@link ReproducibleOutput}).</li>
 * </ul>
 *
 * <p>An instance holds only the font bytes (read once, never changed); every call builds its own renderer.
 * One write of a short manuscript takes about a second in a cold JVM, much less once warm.
 */
public final class PdfWriter {
    /** The CreationDate and ModDate written unless another instant is given: 2000-01-01T00:00:00Z. */
    public static final Instant DEFAULT_DATE = Instant.parse("2000-01-01T00:00:00Z");

    private static final Pattern IMPORT = Pattern.compile("@import\\b[^;]*;?", Pattern.CASE_INSENSITIVE);

    private final BundledFonts fonts;
    private final GlyphFallback fallback;
    private final Instant date;

    /** A writer that dates every PDF {@link #DEFAULT_DATE}. */
    public PdfWriter() {
        this(DEFAULT_DATE);
    }

    /**
     * A writer that dates every PDF {@code date} (CreationDate and ModDate, in UTC, to the second).
     *
     * @param date for example the date of the data, or {@code SOURCE_DATE_EPOCH}; never the clock, or the
     *             output stops being reproducible
     */
    public PdfWriter(Instant date) {
        this(date, GlyphFallback.SYSTEM_FOLDERS);
    }

    /** A writer that looks for fonts for characters DejaVu lacks in {@code fontFolders} (for tests). */
    PdfWriter(Instant date, List<Path> fontFolders) {
        this(date, fontFolders, BundledFonts.shared());
    }

    /** A writer with its own set of bundled fonts (for tests: a PDF from fonts no other PDF has used). */
    PdfWriter(Instant date, List<Path> fontFolders, BundledFonts fonts) {
        this.date = Objects.requireNonNull(date, "date");
        this.fonts = fonts;
        this.fallback = new GlyphFallback(fonts, fontFolders);
    }

    /** Writes {@code html} on A4 pages; see {@link #write(String, Path, PageSize, Warnings)}. */
    public byte[] write(String html, Path baseDir) throws IOException {
        return write(html, baseDir, PageSize.A4);
    }

    /** Writes {@code html}, dropping the warnings; see {@link #write(String, Path, PageSize, Warnings)}. */
    public byte[] write(String html, Path baseDir, PageSize pageSize) throws IOException {
        return write(html, baseDir, pageSize, new Warnings());
    }

    /**
     * Writes {@code html} as a PDF.
     *
     * @param html     the manuscript, a full HTML document or a fragment
     * @param baseDir  the folder relative image and stylesheet addresses resolve against; nothing outside it
     *                 is read
     * @param pageSize A4 or Letter
     * @param warnings receives one line per resource left out (remote, missing, outside the folder, SVG) and
     *                 per figure shrunk so much to fit a page that its text gets small
     * @return the PDF file's bytes
     * @throws java.nio.file.NoSuchFileException if {@code baseDir} does not exist
     * @throws NotDirectoryException if {@code baseDir} is not a folder
     */
    public byte[] write(String html, Path baseDir, PageSize pageSize, Warnings warnings) throws IOException {
        Objects.requireNonNull(html, "html");
        Objects.requireNonNull(pageSize, "pageSize");
        Objects.requireNonNull(warnings, "warnings");
        Path base = baseDir.toRealPath();
        if (!Files.isDirectory(base)) throw new NotDirectoryException(baseDir.toString());
        String baseUri = base.toUri().toString();
        if (!baseUri.endsWith("/")) baseUri += "/";

        byte[] inputs = (pageSize.name() + '\0' + date + '\0' + html).getBytes(StandardCharsets.UTF_8);
        byte[] seed = sha256().digest(inputs);
        MessageDigest id = sha256();
        id.update(inputs);

        Document doc = Jsoup.parse(html, baseUri);
        int imports = dropInlineImports(doc);
        List<String> tooTall = new FigureFitter(base, pageSize).fit(doc.body());
        List<String> missingGlyphs = new java.util.ArrayList<>();
        List<GlyphFallback.Used> fallbacks = fallback.apply(doc.body(), missingGlyphs);
        doc.head().appendElement("style").attr("type", "text/css").appendChild(new DataNode(PrintStylesheet.css(pageSize)));

        BundledFonts.Checkout checkout = fonts.checkout();              // parsed fonts no other PDF uses now
        try {
            ITextFontResolver resolver = checkout.resolver();
            for (GlyphFallback.Used f : fallbacks) {
                try {
                    resolver.addFont(GlyphFallback.load(f.location()), f.location(), f.family());
                } catch (DocumentException e) {
                    throw new IOException("cannot read the font " + f.location() + ": " + e.getMessage(), e);
                }
            }
            ITextOutputDevice device = new ITextOutputDevice(ITextRenderer.DEFAULT_DOTS_PER_POINT);
            ConfinedUserAgent agent = new ConfinedUserAgent(device, ITextRenderer.DEFAULT_DOTS_PER_PIXEL, base, id);
            ITextRenderer renderer = new ITextRenderer(ITextRenderer.DEFAULT_DOTS_PER_POINT,
                    ITextRenderer.DEFAULT_DOTS_PER_PIXEL, device, agent, resolver);
            renderer.setDocument(W3CDom.convert(doc), baseUri, new JsoupNamespaceHandler());
            ReproducibleOutput.pinSubsetPrefixes(renderer.getFontResolver(), seed);
            renderer.setListener(new ReproducibleOutput(date, id::digest));
            renderer.layout();
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            try {
                renderer.createPDF(out);
            } catch (DocumentException e) {
                throw new IllegalStateException("OpenPDF could not write the PDF: " + e.getMessage(), e);
            }

            if (imports > 0) warnings.add("PDF: left out %d @import rule(s) in <style>; link such stylesheets from <head>", imports);
            for (String line : agent.skipped()) warnings.add("PDF: left out %s", line);
            for (String line : tooTall) warnings.add("PDF: %s", line);
            for (String line : missingGlyphs) warnings.add("%s", line);
            return out.toByteArray();
        } finally {
            fonts.release(checkout);
        }
    }

    /**
     * Removes {@code @import} rules from inline {@code <style>} elements: Flying Saucer cannot resolve them against
     * an inline sheet and prints each one to standard output.
     *
     * @return how many were removed
     */
    private static int dropInlineImports(Document doc) {
        int removed = 0;
        for (Element style : doc.select("style")) {
            String css = style.data();
            Matcher m = IMPORT.matcher(css);
            int n = 0;
            while (m.find()) n++;
            if (n == 0) continue;
            removed += n;
            style.empty().appendChild(new DataNode(IMPORT.matcher(css).replaceAll("")));
        }
        return removed;
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("the JDK has no SHA-256", e);
        }
    }
}
