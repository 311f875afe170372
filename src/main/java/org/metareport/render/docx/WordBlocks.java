package org.metareport.render.docx;

import com.vladsch.flexmark.ast.BlockQuote;
import com.vladsch.flexmark.ast.FencedCodeBlock;
import com.vladsch.flexmark.ast.Heading;
import com.vladsch.flexmark.ast.HtmlBlock;
import com.vladsch.flexmark.ast.HtmlCommentBlock;
import com.vladsch.flexmark.ast.Image;
import com.vladsch.flexmark.ast.IndentedCodeBlock;
import com.vladsch.flexmark.ast.ListBlock;
import com.vladsch.flexmark.ast.ListItem;
import com.vladsch.flexmark.ast.OrderedList;
import com.vladsch.flexmark.ast.Paragraph;
import com.vladsch.flexmark.ast.Reference;
import com.vladsch.flexmark.ast.Text;
import com.vladsch.flexmark.ast.ThematicBreak;
import com.vladsch.flexmark.ext.tables.TableBlock;
import com.vladsch.flexmark.util.ast.Node;
import java.util.Map;
import org.jsoup.Jsoup;

/**
 * Writes Markdown's blocks into the document: headings in heading styles, paragraphs, lists (Word numbering),
 * block quotes, code, tables with their captions ({@link WordTables}), and figures (a paragraph holding only an
 * image of the run's figures) as an embedded PNG followed by its caption.
 */
final class WordBlocks {
    /** Where a block sits: the paragraph style it takes, and its list (numbering id and level), if any. */
    private record Context(String style, Integer numId, int level) {
        static final Context BODY = new Context(null, null, -1);
    }

    private final Wml.Document doc;
    private final Layout layout;
    private final Map<String, DocxWriter.Picture> pictures;
    private final Captions captions = new Captions();
    private final WordTables tables;

    WordBlocks(Wml.Document doc, Layout layout, Map<String, DocxWriter.Picture> pictures) {
        this.doc = doc;
        this.layout = layout;
        this.pictures = pictures;
        this.tables = new WordTables(doc, layout);
    }

    void document(Node root) {
        blocks(root, Context.BODY);
    }

    private void blocks(Node parent, Context cx) {
        for (Node n = parent.getFirstChild(); n != null; n = n.getNext()) {
            if (isTableCaption(n) && n.getNext() instanceof TableBlock table) {
                captions.table(n, doc.createParagraph());
                tables.write(table);
                n = table;
                continue;
            }
            block(n, cx);
        }
    }

    private static boolean isTableCaption(Node n) {
        return n instanceof Paragraph && n.getFirstChild() instanceof Text t
                && t.getChars().toString().startsWith(Captions.TABLE_PREFIX);
    }

    private void block(Node n, Context cx) {
        if (n instanceof Heading h) {
            Wml.Paragraph p = doc.createParagraph();
            p.setStyle(DocxStyles.heading(h.getLevel()));
            WordInlines.children(h, p, WordInlines.Look.PLAIN);
        } else if (n instanceof Paragraph) {
            paragraph(n, cx);
        } else if (n instanceof TableBlock table) {
            tables.write(table);
        } else if (n instanceof ListBlock list) {
            list(list, cx);
        } else if (n instanceof BlockQuote) {
            blocks(n, new Context(DocxStyles.QUOTE, cx.numId(), cx.level()));
        } else if (n instanceof FencedCodeBlock || n instanceof IndentedCodeBlock) {
            String code = n instanceof FencedCodeBlock f ? f.getContentChars().toString()
                    : ((IndentedCodeBlock) n).getContentChars().toString();
            for (String line : code.stripTrailing().split("\n", -1)) {
                Wml.Paragraph p = doc.createParagraph();
                p.setStyle(DocxStyles.CODE);
                WordInlines.run(p, line, WordInlines.Look.PLAIN);
            }
        } else if (n instanceof ThematicBreak) {
            doc.createParagraph().setBorderBottom();
        } else if (n instanceof HtmlBlock) {
            String text = Jsoup.parseBodyFragment(n.getChars().toString()).text();   // its text; its tags are not
            if (!text.isBlank()) WordInlines.run(styled(cx), text, WordInlines.Look.PLAIN);
        } else if (!(n instanceof HtmlCommentBlock) && !(n instanceof Reference) && n.hasChildren()) {
            blocks(n, cx);
        }
    }

    private void paragraph(Node n, Context cx) {
        Node only = onlyChild(n);
        if (only instanceof Image image) {
            figure(image, cx);
            return;
        }
        WordInlines.children(n, styled(cx), WordInlines.Look.PLAIN);
    }

    /** The single inline of a paragraph, ignoring blank text around it; else null. */
    private static Node onlyChild(Node paragraph) {
        Node found = null;
        for (Node c = paragraph.getFirstChild(); c != null; c = c.getNext()) {
            if (c instanceof Text t && t.getChars().isBlank()) continue;
            if (found != null) return null;
            found = c;
        }
        return found;
    }

    /** A new paragraph in the context's style and list (the list marker only on an item's first paragraph). */
    private Wml.Paragraph styled(Context cx) {
        Wml.Paragraph p = doc.createParagraph();
        if (cx.style() != null) p.setStyle(cx.style());
        if (cx.numId() != null) p.setList(cx.numId(), cx.level());
        return p;
    }

    private void list(ListBlock list, Context cx) {
        boolean ordered = list instanceof OrderedList;
        int level = Math.min(cx.level() + 1, 2);
        int numId = doc.addNum(ordered ? DocxStyles.NUMBERS : DocxStyles.BULLETS, level,
                ordered ? ((OrderedList) list).getStartNumber() : 1);
        for (Node item = list.getFirstChild(); item != null; item = item.getNext()) {
            if (!(item instanceof ListItem)) continue;
            boolean first = true;
            for (Node b = item.getFirstChild(); b != null; b = b.getNext()) {
                Context here = first && !(b instanceof ListBlock)
                        ? new Context(DocxStyles.LIST, numId, level)
                        : new Context(DocxStyles.LIST, null, level);
                if (b instanceof ListBlock nested) list(nested, new Context(DocxStyles.LIST, numId, level));
                else block(b, here);
                first = false;
            }
        }
    }

    /** A figure: the PNG at its natural size (96 pixels per inch), shrunk to fit the text area, then its caption. */
    private void figure(Image image, Context cx) {
        String alt = WordInlines.plainText(image);
        DocxWriter.Picture picture = pictures.get(image.getUrl().unescape());
        if (picture == null) {
            WordInlines.run(styled(cx), alt, WordInlines.Look.PLAIN);
            return;
        }
        Wml.Paragraph p = doc.createParagraph();
        p.setStyle(DocxStyles.FIGURE);
        long width = picture.width() * Layout.EMU_PER_PIXEL;
        long height = picture.height() * Layout.EMU_PER_PIXEL;
        long maxWidth = layout.textWidth() * Layout.EMU_PER_TWIP;
        long maxHeight = (layout.textHeight() - 1440L) * Layout.EMU_PER_TWIP;   // an inch left for the caption
        double scale = Math.min(1.0, Math.min((double) maxWidth / width, (double) maxHeight / height));
        p.createRun().addPicture(doc, picture.png(), (int) Math.round(width * scale), (int) Math.round(height * scale),
                XmlChars.clean(alt));
        captions.figure(alt, doc.createParagraph());
    }
}
