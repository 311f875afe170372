package org.metareport.render.docx;

/**
 * The document's styles and lists (from {@code styles.xml} and {@code numbering.xml} beside this class, written
 * by {@link Wml.Document#parts}) and the style ids and fields the body uses.
 */
final class DocxStyles {
    /** Style ids, as in styles.xml. */
    static final String TITLE = "Title", CAPTION = "Caption", FIGURE = "Figure", TABLE_TEXT = "TableText",
            TABLE_HEADING = "TableHeading", LIST = "ListParagraph", QUOTE = "Quote", CODE = "SourceCode",
            VERBATIM = "VerbatimChar", HYPERLINK = "Hyperlink";
    /** Abstract list ids, as in numbering.xml. */
    static final int BULLETS = 0, NUMBERS = 1;

    private DocxStyles() {}

    /** @return the style id of a Markdown heading: # is the title, ## Word's heading 1, and so on down to heading 5 */
    static String heading(int level) {
        return level <= 1 ? TITLE : "Heading" + Math.min(level - 1, 5);
    }

    /**
     * A field (Word's complex field: begin, instruction, separate, result, end) whose shown result is {@code result}
     * until Word updates it.
     */
    static void field(Wml.Paragraph p, String instruction, String result, boolean bold) {
        p.createRun().addFieldChar("begin");
        p.createRun().addInstruction(instruction);
        p.createRun().addFieldChar("separate");
        Wml.Run shown = p.createRun();
        shown.setBold(bold);
        shown.addText(result);
        p.createRun().addFieldChar("end");
    }
}
