package org.metareport.render.docx;

import com.vladsch.flexmark.ext.tables.TablesExtension;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.data.MutableDataSet;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import org.metareport.render.pdf.PageSize;

/**
 * Writes the manuscript's Markdown as a Word document ({@code report.docx}), as WordprocessingML ({@link Wml}): headings in
 * Word's heading styles, tables as Word tables (header row repeated on every page), figures embedded as PNG with
 * their caption as alt text, and "Table N." / "Figure N." captions in Word's caption style with a {@code SEQ} field,
 * numbered as in the Markdown and HTML. The text is the Markdown's: the same numbers, data shown as text (the
 * Markdown's escapes are undone, nothing in it becomes markup or a field).
 *
 * <p>The same input gives the same bytes: no dates, no ids from clocks or random numbers, and the zip entries in a
 * fixed order with a fixed time ({@link ReproducibleZip}). Only figures given in {@code pictures} are embedded: an
 * image the Markdown names that is not one of the run's figures shows as its alt text (a template cannot make the
 * writer read a file).
 *
 * <p>Loaded only when a run asks for docx: nothing else in metareport refers to this package.
 */
public final class DocxWriter {
    /**
     * A figure to embed.
     *
     * @param png    PNG bytes
     * @param width  the figure's width in CSS pixels (96 per inch), its natural size in the document
     * @param height its height in CSS pixels
     */
    public record Picture(byte[] png, int width, int height) {
        public Picture {
            png = png.clone();
            if (width <= 0 || height <= 0) throw new IllegalArgumentException("picture size must be positive");
        }

        @Override public byte[] png() {
            return png.clone();
        }

        @Override public boolean equals(Object o) {
            return o instanceof Picture p && java.util.Arrays.equals(png, p.png) && width == p.width
                    && height == p.height;
        }

        @Override public int hashCode() {
            return java.util.Arrays.hashCode(png);
        }

        @Override public String toString() {
            return "Picture[" + width + "×" + height + " px, " + png.length + " bytes]";
        }
    }

    private final PageSize page;
    private final Parser parser;

    /** @param page the paper the document is laid out on (the spec's {@code report.page}) */
    public DocxWriter(PageSize page) {
        this.page = page;
        MutableDataSet options = new MutableDataSet();
        options.set(Parser.EXTENSIONS, List.of(TablesExtension.create()));
        options.set(TablesExtension.WITH_CAPTION, false);
        parser = Parser.builder(options).build();
    }

    /**
     * The document's bytes.
     *
     * @param markdown the manuscript
     * @param title    the document title (plain text), for the file's properties
     * @param authors  the authors (plain text), for the file's properties; may be empty
     * @param pictures the figures by the path the Markdown uses ({@code figures/forest-overall.svg})
     */
    public byte[] write(String markdown, String title, List<String> authors, Map<String, Picture> pictures) {
        Layout layout = Layout.of(page);
        Wml.Document doc = new Wml.Document();
        new WordBlocks(doc, layout, pictures).document(parser.parse(markdown));
        // title and authors for the file's properties; no creation date (it would change the bytes every run) and no
        // tool as author
        Map<String, byte[]> parts = doc.parts(layout, XmlChars.clean(title == null ? "" : title),
                XmlChars.clean(String.join("; ", authors)));
        try {
            return ReproducibleZip.write(parts);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the Word document", e);
        }
    }
}
