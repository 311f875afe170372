package org.metareport.render.docx;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import org.apache.poi.wp.usermodel.HeaderFooterType;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFFooter;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.xmlbeans.XmlException;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.NumberingDocument;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STFldCharType;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.StylesDocument;

/**
 * The document's styles and lists (from {@code styles.xml} and {@code numbering.xml} beside this class), its page
 * (size and margins of {@link Layout}) and a footer with the page number.
 */
final class DocxStyles {
    /** Style ids, as in styles.xml. */
    static final String TITLE = "Title", CAPTION = "Caption", FIGURE = "Figure", TABLE_TEXT = "TableText",
            TABLE_HEADING = "TableHeading", LIST = "ListParagraph", QUOTE = "Quote", CODE = "SourceCode",
            VERBATIM = "VerbatimChar", HYPERLINK = "Hyperlink";
    /** Abstract list ids, as in numbering.xml. */
    static final BigInteger BULLETS = BigInteger.ZERO, NUMBERS = BigInteger.ONE;

    private DocxStyles() {}

    /** @return the style id of a Markdown heading: # is the title, ## Word's heading 1, and so on down to heading 5 */
    static String heading(int level) {
        return level <= 1 ? TITLE : "Heading" + Math.min(level - 1, 5);
    }

    static void apply(XWPFDocument doc, Layout layout) {
        try (InputStream styles = resource("styles.xml"); InputStream numbering = resource("numbering.xml")) {
            doc.createStyles().setStyles(StylesDocument.Factory.parse(styles).getStyles());
            doc.createNumbering().setNumbering(NumberingDocument.Factory.parse(numbering).getNumbering());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the built-in Word styles", e);
        } catch (XmlException e) {
            throw new IllegalStateException("the built-in Word styles are not valid", e);
        }
    }

    private static InputStream resource(String name) throws IOException {
        InputStream in = DocxStyles.class.getResourceAsStream(name);
        if (in == null) throw new IOException(name + " is missing from the jar");
        return in;
    }

    /** Page size and margins (the body's last section properties) and a centred page number in the footer. */
    static void section(XWPFDocument doc, Layout layout) {
        CTSectPr sect = doc.getDocument().getBody().isSetSectPr() ? doc.getDocument().getBody().getSectPr()
                : doc.getDocument().getBody().addNewSectPr();
        CTPageSz size = sect.isSetPgSz() ? sect.getPgSz() : sect.addNewPgSz();
        size.setW(BigInteger.valueOf(layout.pageWidth()));
        size.setH(BigInteger.valueOf(layout.pageHeight()));
        CTPageMar mar = sect.isSetPgMar() ? sect.getPgMar() : sect.addNewPgMar();
        BigInteger m = BigInteger.valueOf(layout.margin());
        mar.setTop(m);
        mar.setBottom(m);
        mar.setLeft(m);
        mar.setRight(m);
        mar.setHeader(BigInteger.valueOf(708));
        mar.setFooter(BigInteger.valueOf(708));
        mar.setGutter(BigInteger.ZERO);
        XWPFFooter footer = doc.createFooter(HeaderFooterType.DEFAULT);
        XWPFParagraph p = footer.createParagraph();
        p.setAlignment(ParagraphAlignment.CENTER);
        field(p, " PAGE ", "1", false);
    }

    /**
     * A field (Word's complex field: begin, instruction, separate, result, end) whose shown result is {@code result}
     * until Word updates it.
     */
    static void field(XWPFParagraph p, String instruction, String result, boolean bold) {
        p.createRun().getCTR().addNewFldChar().setFldCharType(STFldCharType.BEGIN);
        XWPFRun instr = p.createRun();
        var text = instr.getCTR().addNewInstrText();
        text.setStringValue(instruction);
        text.setSpace(org.apache.xmlbeans.impl.xb.xmlschema.SpaceAttribute.Space.PRESERVE);
        p.createRun().getCTR().addNewFldChar().setFldCharType(STFldCharType.SEPARATE);
        XWPFRun shown = p.createRun();
        shown.setBold(bold);
        shown.setText(result);
        p.createRun().getCTR().addNewFldChar().setFldCharType(STFldCharType.END);
    }
}
