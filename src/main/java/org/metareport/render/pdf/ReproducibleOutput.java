package org.metareport.render.pdf;

import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfDate;
import com.lowagie.text.pdf.PdfDictionary;
import com.lowagie.text.pdf.PdfEncryption;
import com.lowagie.text.pdf.PdfName;
import com.lowagie.text.pdf.PdfString;
import java.nio.charset.StandardCharsets;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.Arrays;
import java.util.Collections;
import java.util.GregorianCalendar;
import java.util.IdentityHashMap;
import java.util.Set;
import java.util.TimeZone;
import java.util.function.Supplier;
import org.xhtmlrenderer.pdf.DefaultPDFCreationListener;
import org.xhtmlrenderer.pdf.FontDescription;
import org.xhtmlrenderer.pdf.FontFamily;
import org.xhtmlrenderer.pdf.ITextFontResolver;
import org.xhtmlrenderer.pdf.ITextRenderer;

/**
 * Removes the three things that make OpenPDF's output differ from run to run (dependencies.md §7):
 * <ol>
 *   <li>CreationDate and ModDate, the clock: set to a given instant, in UTC;</li>
 *   <li>the trailer /ID, random: set from a digest of the inputs (OpenPDF 2.0.5 takes an Info /FileID entry
 *       as the trailer /ID; that entry also stays in the Info dictionary, where readers ignore it);</li>
 *   <li>the six-letter font subset prefixes ({@code ABCDEF+DejaVuSans}), drawn from a {@link SecureRandom}:
 *       each font gets a SHA1PRNG seeded from the document digest and the font's name.</li>
 * </ol>
 * The Producer is set to a fixed string naming the libraries, so it changes only when they do.
 */
final class ReproducibleOutput extends DefaultPDFCreationListener {
    /** Written as the PDF's Producer. */
    static final String PRODUCER = "metareport (Flying Saucer 9.13.3, OpenPDF 2.0.5)";

    private final Instant date;
    private final Supplier<byte[]> id;

    /**
     * @param date written as CreationDate and ModDate
     * @param id   at least 16 bytes, asked for when the PDF is closed (after every image has been read)
     */
    ReproducibleOutput(Instant date, Supplier<byte[]> id) {
        this.date = date;
        this.id = id;
    }

    @Override
    public void onClose(ITextRenderer renderer) {
        PdfDictionary info = renderer.getWriter().getInfo();
        GregorianCalendar utc = new GregorianCalendar(TimeZone.getTimeZone("UTC"));
        utc.setTimeInMillis(date.toEpochMilli());
        info.put(PdfName.CREATIONDATE, new PdfDate(utc));
        info.put(PdfName.MODDATE, new PdfDate(utc));
        info.put(PdfName.PRODUCER, new PdfString(PRODUCER));
        byte[] first16 = Arrays.copyOf(id.get(), 16);
        info.put(PdfName.FILEID, PdfEncryption.createInfoId(first16, first16));
    }

    /**
     * Gives every font in the resolver, including a document's {@code @font-face} fonts (so call this after
     * {@code setDocument}), a subset-prefix source seeded from {@code seed} and the font's own name.
     */
    static void pinSubsetPrefixes(ITextFontResolver resolver, byte[] seed) {
        Set<BaseFont> fonts = Collections.newSetFromMap(new IdentityHashMap<>());
        for (FontFamily family : resolver.getFonts().values()) {
            for (FontDescription description : family.getFontDescriptions()) {
                fonts.add(description.getFont());
            }
        }
        for (BaseFont font : fonts) {
            SecureRandom random;
            try {
                random = SecureRandom.getInstance("SHA1PRNG"); // seeded before first use: a fixed sequence
            } catch (NoSuchAlgorithmException e) {
                throw new IllegalStateException("the JDK has no SHA1PRNG", e);
            }
            random.setSeed(seed);
            random.setSeed(font.getPostscriptFontName().getBytes(StandardCharsets.UTF_8));
            font.setSecureRandom(random);
        }
    }
}
