package org.metareport.render.docx;

import com.vladsch.flexmark.ast.StrongEmphasis;
import com.vladsch.flexmark.ast.Text;
import com.vladsch.flexmark.util.ast.Node;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Table and figure captions as Word writes them with Insert Caption: the caption style, the label, a {@code SEQ}
 * field with the number (so Word's cross-references and lists of tables/figures see them), then the caption text.
 * The number shown is the Markdown's: the field is used only while the Markdown numbers 1, 2, 3, ... in document
 * order (what the field computes); otherwise the caption keeps its text as written.
 */
final class Captions {
    /** The prefix that makes a paragraph before a table its caption (as in the HTML writer). */
    static final String TABLE_PREFIX = "Table: ";
    private static final Pattern NUMBERED = Pattern.compile("^(Table|Figure) (\\d{1,6})\\.(?=\\s|$)");

    private int tables;
    private int figures;

    /**
     * Writes a table caption: the inline content of the paragraph {@code Table: **Table 3.** *What it shows*}
     * after its prefix.
     */
    void table(Node paragraph, Wml.Paragraph p) {
        p.setStyle(DocxStyles.CAPTION);
        p.setKeepNext(true);
        Node first = paragraph.getFirstChild();
        Node label = first instanceof Text t && t.getChars().toString().equals(TABLE_PREFIX) ? first.getNext() : null;
        Matcher m = label instanceof StrongEmphasis ? NUMBERED.matcher(WordInlines.plainText(label).strip()) : null;
        if (m != null && m.matches() && m.group(1).equals("Table") && Integer.parseInt(m.group(2)) == tables + 1) {
            tables++;
            label(p, "Table", tables);
            for (Node n = label.getNext(); n != null; n = n.getNext()) {
                WordInlines.inline(n, p, WordInlines.Look.PLAIN, WordInlines.Look.PLAIN);
            }
            return;
        }
        boolean skipped = false;
        for (Node n = first; n != null; n = n.getNext()) {
            if (!skipped && n instanceof Text t && t.getChars().toString().startsWith(TABLE_PREFIX)) {
                WordInlines.run(p, t.getChars().subSequence(TABLE_PREFIX.length()).unescape(), WordInlines.Look.PLAIN);
                skipped = true;
                continue;
            }
            WordInlines.inline(n, p, WordInlines.Look.PLAIN, WordInlines.Look.PLAIN);
        }
    }

    /** Writes a figure caption from the image's alt text ({@code Figure 2. Forest plot of ...}). */
    void figure(String alt, Wml.Paragraph p) {
        p.setStyle(DocxStyles.CAPTION);
        Matcher m = NUMBERED.matcher(alt);
        if (m.find() && m.group(1).equals("Figure") && Integer.parseInt(m.group(2)) == figures + 1) {
            figures++;
            label(p, "Figure", figures);
            WordInlines.run(p, alt.substring(m.end()), WordInlines.Look.PLAIN);
        } else {
            WordInlines.run(p, alt, WordInlines.Look.PLAIN);
        }
    }

    /** {@code Table 3.} in bold, the number a SEQ field. */
    private static void label(Wml.Paragraph p, String kind, int number) {
        WordInlines.run(p, kind + " ", WordInlines.Look.PLAIN.withBold(true));
        DocxStyles.field(p, " SEQ " + kind + " \\* ARABIC ", Integer.toString(number), true);
        WordInlines.run(p, ".", WordInlines.Look.PLAIN.withBold(true));
    }
}
