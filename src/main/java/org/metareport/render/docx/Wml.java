package org.metareport.render.docx;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A Word document as WordprocessingML, written directly: the body (paragraphs, runs, hyperlinks, tables, inline
 * pictures), the list numbering, the page and its footer, and the package around them (content types, relationships,
 * core and extended properties, styles). Only what {@link DocxWriter} uses, each element's children in the schema's
 * order, as Apache POI's XWPF wrote them for it before (the same parts, relationship ids and markup), without POI's
 * XML object model, whose first use took most of the Word file's time (docs/performance.md, "stops 23–24").
 *
 * <p>Text and attribute values are escaped here and must already be XML characters ({@link XmlChars#clean}).
 */
final class Wml {
    static final String W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
    private static final String REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
    private static final String PACKAGE_REL = "http://schemas.openxmlformats.org/package/2006/relationships";
    private static final String XML = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n";
    private static final String XML_STANDALONE = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>";

    private Wml() {}

    /** Something in the body: a paragraph or a table. */
    interface Block {
        void xml(StringBuilder sb);
    }

    /** The document: its body and what the body refers to (pictures, hyperlinks, lists). */
    static final class Document {
        private final List<Block> body = new ArrayList<>();
        /** Relationships of word/document.xml after settings, styles and numbering (rId1–rId3): id → xml. */
        private final List<String> relationships = new ArrayList<>();
        /** Distinct pictures in the order added: bytes → relationship id and media name. */
        private final Map<Bytes, String[]> pictures = new LinkedHashMap<>();
        private final List<String> nums = new ArrayList<>();
        private int drawings;

        Paragraph createParagraph() {
            Paragraph p = new Paragraph(this);
            body.add(p);
            return p;
        }

        Table createTable(int rows, int columns) {
            Table t = new Table(rows, columns);
            body.add(t);
            return t;
        }

        /** A list (Word's w:num) of the abstract list {@code abstractNumId}; starting at {@code start} when not 1. */
        int addNum(int abstractNumId, int level, int start) {
            int numId = nums.size() + 1;
            StringBuilder sb = new StringBuilder().append("<w:num w:numId=\"").append(numId).append("\"><w:abstractNumId w:val=\"")
                    .append(abstractNumId).append("\"/>");
            if (start != 1) {
                sb.append("<w:lvlOverride w:ilvl=\"").append(level).append("\"><w:startOverride w:val=\"").append(start)
                        .append("\"/></w:lvlOverride>");
            }
            nums.add(sb.append("</w:num>").toString());
            return numId;
        }

        private String relationship(String type, String target, boolean external) {
            String id = "rId" + (relationships.size() + 4);
            relationships.add("<Relationship Id=\"" + id + "\" Target=\"" + attr(target) + "\""
                    + (external ? " TargetMode=\"External\"" : "") + " Type=\"" + REL + "/" + type + "\"/>");
            return id;
        }

        String hyperlink(String url) {
            return relationship("hyperlink", url, true);
        }

        /** The relationship id of a PNG, the same for the same bytes (one media file each). */
        String picture(byte[] png) {
            Bytes key = new Bytes(png);
            String[] known = pictures.get(key);
            if (known != null) return known[0];
            String media = "media/image" + (pictures.size() + 1) + ".png";
            String id = relationship("image", media, false);
            pictures.put(key, new String[] {id, media});
            return id;
        }

        int nextDrawing() {
            return drawings++;
        }

        /**
         * The package's parts by name: the body, then the section (page size and margins of {@code layout}, the
         * footer with the page number) closing it.
         */
        Map<String, byte[]> parts(Layout layout, String title, String creator) {
            String footer = relationship("footer", "footer1.xml", false);
            Map<String, byte[]> parts = new TreeMap<>();
            StringBuilder doc = new StringBuilder(64 * 1024).append(XML).append("<w:document xmlns:w=\"").append(W)
                    .append("\" xmlns:wp=\"http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing\" xmlns:r=\"")
                    .append(REL).append("\"><w:body>");
            for (Block b : body) b.xml(doc);
            doc.append("<w:sectPr><w:footerReference w:type=\"default\" r:id=\"").append(footer).append("\"/><w:pgSz w:w=\"")
                    .append(layout.pageWidth()).append("\" w:h=\"").append(layout.pageHeight()).append("\"/><w:pgMar w:top=\"")
                    .append(layout.margin()).append("\" w:bottom=\"").append(layout.margin()).append("\" w:left=\"")
                    .append(layout.margin()).append("\" w:right=\"").append(layout.margin())
                    .append("\" w:header=\"708\" w:footer=\"708\" w:gutter=\"0\"/></w:sectPr></w:body></w:document>");
            parts.put("word/document.xml", utf8(doc));

            Paragraph page = new Paragraph(this);
            page.setAlignment("center");
            DocxStyles.field(page, " PAGE ", "1", false);
            StringBuilder ftr = new StringBuilder(XML).append("<w:ftr xmlns:w=\"").append(W).append("\">");
            page.xml(ftr);
            parts.put("word/footer1.xml", utf8(ftr.append("</w:ftr>")));

            parts.put("word/styles.xml", (XML + root(resource("styles.xml"), "<w:styles")).getBytes(StandardCharsets.UTF_8));
            String numbering = XML + root(resource("numbering.xml"), "<w:numbering");
            int end = numbering.lastIndexOf("</w:numbering>");
            if (end < 0) throw new IllegalStateException("the built-in numbering.xml has no </w:numbering>");
            parts.put("word/numbering.xml", (numbering.substring(0, end) + String.join("", nums) + numbering.substring(end))
                    .getBytes(StandardCharsets.UTF_8));
            parts.put("word/settings.xml", (XML + "<w:settings xmlns:w=\"" + W + "\"/>").getBytes(StandardCharsets.UTF_8));
            for (Map.Entry<Bytes, String[]> e : pictures.entrySet()) parts.put("word/" + e.getValue()[1], e.getKey().bytes());

            StringBuilder rels = new StringBuilder(XML_STANDALONE).append("<Relationships xmlns=\"").append(PACKAGE_REL)
                    .append("\"><Relationship Id=\"rId1\" Target=\"settings.xml\" Type=\"").append(REL)
                    .append("/settings\"/><Relationship Id=\"rId2\" Target=\"styles.xml\" Type=\"").append(REL)
                    .append("/styles\"/><Relationship Id=\"rId3\" Target=\"numbering.xml\" Type=\"").append(REL)
                    .append("/numbering\"/>");
            for (String r : relationships) rels.append(r);
            parts.put("word/_rels/document.xml.rels", utf8(rels.append("</Relationships>")));

            parts.put("_rels/.rels", (XML_STANDALONE + "<Relationships xmlns=\"" + PACKAGE_REL + "\">"
                    + "<Relationship Id=\"rId1\" Target=\"word/document.xml\" Type=\"" + REL + "/officeDocument\"/>"
                    + "<Relationship Id=\"rId2\" Target=\"docProps/app.xml\" Type=\"" + REL + "/extended-properties\"/>"
                    + "<Relationship Id=\"rId3\" Target=\"docProps/core.xml\" Type=\"" + PACKAGE_REL
                    + "/metadata/core-properties\"/></Relationships>").getBytes(StandardCharsets.UTF_8));
            StringBuilder core = new StringBuilder(XML_STANDALONE).append("<cp:coreProperties xmlns:cp=\"http://schemas.openxmlformats.org/package/2006/metadata/core-properties\" xmlns:dc=\"http://purl.org/dc/elements/1.1/\" xmlns:dcterms=\"http://purl.org/dc/terms/\" xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\">");
            if (!creator.isEmpty()) core.append("<dc:creator>").append(text(creator)).append("</dc:creator>");
            if (!title.isEmpty()) core.append("<dc:title>").append(text(title)).append("</dc:title>");
            parts.put("docProps/core.xml", utf8(core.append("</cp:coreProperties>")));
            parts.put("docProps/app.xml", (XML + "<Properties xmlns=\"http://schemas.openxmlformats.org/officeDocument/2006/extended-properties\">"
                    + "<Application>metareport</Application></Properties>").getBytes(StandardCharsets.UTF_8));

            String ct = "application/vnd.openxmlformats-officedocument.";
            StringBuilder types = new StringBuilder(XML_STANDALONE)
                    .append("<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">");
            if (!pictures.isEmpty()) types.append("<Default ContentType=\"image/png\" Extension=\"png\"/>");
            types.append("<Default ContentType=\"application/vnd.openxmlformats-package.relationships+xml\" Extension=\"rels\"/>")
                    .append("<Default ContentType=\"application/xml\" Extension=\"xml\"/>")
                    .append("<Override ContentType=\"").append(ct).append("extended-properties+xml\" PartName=\"/docProps/app.xml\"/>")
                    .append("<Override ContentType=\"application/vnd.openxmlformats-package.core-properties+xml\" PartName=\"/docProps/core.xml\"/>")
                    .append("<Override ContentType=\"").append(ct).append("wordprocessingml.document.main+xml\" PartName=\"/word/document.xml\"/>")
                    .append("<Override ContentType=\"").append(ct).append("wordprocessingml.footer+xml\" PartName=\"/word/footer1.xml\"/>")
                    .append("<Override ContentType=\"").append(ct).append("wordprocessingml.numbering+xml\" PartName=\"/word/numbering.xml\"/>")
                    .append("<Override ContentType=\"").append(ct).append("wordprocessingml.settings+xml\" PartName=\"/word/settings.xml\"/>")
                    .append("<Override ContentType=\"").append(ct).append("wordprocessingml.styles+xml\" PartName=\"/word/styles.xml\"/>")
                    .append("</Types>");
            parts.put(ReproducibleZip.CONTENT_TYPES, utf8(types));
            return parts;
        }
    }

    /** A paragraph: its properties (style, keep with next, list, bottom border, alignment) and its runs. */
    static final class Paragraph implements Block {
        private final Document doc;
        private String style;
        private boolean keepNext;
        private int numId = -1;
        private int level;
        private boolean borderBottom;
        private String alignment;
        private final List<Run> runs = new ArrayList<>();

        private Paragraph(Document doc) {
            this.doc = doc;
        }

        void setStyle(String id) {
            style = id;
        }

        void setKeepNext(boolean on) {
            keepNext = on;
        }

        /** In list {@code numId} at {@code level} (w:numPr). */
        void setList(int numId, int level) {
            this.numId = numId;
            this.level = level;
        }

        void setBorderBottom() {
            borderBottom = true;
        }

        /** left, center or right */
        void setAlignment(String jc) {
            alignment = jc;
        }

        Run createRun() {
            Run r = new Run(null);
            runs.add(r);
            return r;
        }

        /** A run inside a hyperlink to {@code url} (one w:hyperlink per run, as XWPF made them). */
        Run createHyperlinkRun(String url) {
            Run r = new Run(doc.hyperlink(url));
            runs.add(r);
            return r;
        }

        List<Run> runs() {
            return runs;
        }

        @Override public void xml(StringBuilder sb) {
            sb.append("<w:p>");
            if (style != null || keepNext || numId >= 0 || borderBottom || alignment != null) {
                sb.append("<w:pPr>");
                if (style != null) sb.append("<w:pStyle w:val=\"").append(attr(style)).append("\"/>");
                if (keepNext) sb.append("<w:keepNext w:val=\"on\"/>");
                if (numId >= 0) {
                    sb.append("<w:numPr><w:ilvl w:val=\"").append(level).append("\"/><w:numId w:val=\"").append(numId)
                            .append("\"/></w:numPr>");
                }
                if (borderBottom) sb.append("<w:pBdr><w:bottom w:val=\"single\"/></w:pBdr>");
                if (alignment != null) sb.append("<w:jc w:val=\"").append(alignment).append("\"/>");
                sb.append("</w:pPr>");
            }
            for (Run r : runs) r.xml(sb);
            sb.append("</w:p>");
        }
    }

    /**
     * A run: its properties (character style, bold, italic, vertical alignment, in the schema's order) and its
     * content, in order: text, breaks, field characters and instructions, a picture.
     */
    static final class Run {
        private final String hyperlink;
        private String style;
        private Boolean bold;
        private boolean italic;
        private String verticalAlign;
        private final List<String> content = new ArrayList<>();
        private StringBuilder text;               // the text of a run that holds only text, kept open for appends
        private boolean preserve;                 // xml:space="preserve": the text began or ended with white space

        private Run(String hyperlink) {
            this.hyperlink = hyperlink;
        }

        void setStyle(String id) {
            style = id;
        }

        void setBold(boolean on) {
            bold = on;
        }

        void setItalic(boolean on) {
            italic = on;
        }

        /** subscript or superscript */
        void setVerticalAlignment(String value) {
            verticalAlign = value;
        }

        String style() {
            return style;
        }

        boolean isBold() {
            return bold != null && bold;
        }

        boolean isItalic() {
            return italic;
        }

        /** baseline, subscript or superscript */
        String verticalAlignment() {
            return verticalAlign == null ? "baseline" : verticalAlign;
        }

        /** True for a run of text only (no break, field, picture) outside a hyperlink: more text may join it. */
        boolean isPlainText() {
            return hyperlink == null && text != null && content.size() == 1;
        }

        /** Sets the run's text (it holds nothing else yet) or, when it holds text only, adds to it. */
        void addText(String s) {
            if (text == null) {
                text = new StringBuilder();
                content.add(null);                                      // the text, written where it stands
            }
            text.append(s);
            // once the text began or ended with white space it keeps xml:space="preserve" (as XWPF did)
            preserve |= text.length() > 0 && (Character.isWhitespace(text.charAt(0))
                    || Character.isWhitespace(text.charAt(text.length() - 1)));
        }

        void addBreak() {
            content.add("<w:br/>");
        }

        void addFieldChar(String type) {
            content.add("<w:fldChar w:fldCharType=\"" + type + "\"/>");
        }

        void addInstruction(String instruction) {
            content.add("<w:instrText xml:space=\"preserve\">" + text(instruction) + "</w:instrText>");
        }

        /**
         * An inline picture of {@code cx} × {@code cy} EMU with {@code description} as its alt text (on the drawing
         * and on the picture).
         */
        void addPicture(Document doc, byte[] png, long cx, long cy, String description) {
            String id = doc.picture(png);
            int n = doc.nextDrawing();
            String descr = attr(description);
            content.add("<w:drawing><wp:inline distT=\"0\" distR=\"0\" distB=\"0\" distL=\"0\"><wp:extent cx=\"" + cx
                    + "\" cy=\"" + cy + "\"/><wp:docPr id=\"" + n + "\" name=\"Drawing " + n + "\" descr=\"" + descr
                    + "\"/><a:graphic xmlns:a=\"http://schemas.openxmlformats.org/drawingml/2006/main\"><a:graphicData "
                    + "uri=\"http://schemas.openxmlformats.org/drawingml/2006/picture\"><pic:pic xmlns:pic=\""
                    + "http://schemas.openxmlformats.org/drawingml/2006/picture\"><pic:nvPicPr><pic:cNvPr id=\"0\" name=\"Picture " + n + "\" descr=\"" + descr + "\"/><pic:cNvPicPr><a:picLocks "
                    + "noChangeAspect=\"true\"/></pic:cNvPicPr></pic:nvPicPr><pic:blipFill><a:blip r:embed=\"" + id
                    + "\"/><a:stretch><a:fillRect/></a:stretch></pic:blipFill><pic:spPr><a:xfrm><a:off x=\"0\" y=\"0\"/>"
                    + "<a:ext cx=\"" + cx + "\" cy=\"" + cy + "\"/></a:xfrm><a:prstGeom prst=\"rect\"><a:avLst/>"
                    + "</a:prstGeom></pic:spPr></pic:pic></a:graphicData></a:graphic></wp:inline></w:drawing>");
        }

        void xml(StringBuilder sb) {
            if (hyperlink != null) sb.append("<w:hyperlink r:id=\"").append(hyperlink).append("\">");
            sb.append("<w:r>");
            if (style != null || bold != null || italic || verticalAlign != null) {
                sb.append("<w:rPr>");
                if (style != null) sb.append("<w:rStyle w:val=\"").append(attr(style)).append("\"/>");
                if (bold != null) sb.append(bold ? "<w:b w:val=\"on\"/>" : "<w:b w:val=\"off\"/>");
                if (italic) sb.append("<w:i w:val=\"on\"/>");
                if (verticalAlign != null) sb.append("<w:vertAlign w:val=\"").append(verticalAlign).append("\"/>");
                sb.append("</w:rPr>");
            }
            for (String c : content) {
                if (c != null) {
                    sb.append(c);
                    continue;
                }
                sb.append(preserve ? "<w:t xml:space=\"preserve\">" : "<w:t>").append(text(text.toString())).append("</w:t>");
            }
            sb.append("</w:r>");
            if (hyperlink != null) sb.append("</w:hyperlink>");
        }
    }

    /** A table: width, borders and grid; rows of cells, each holding one paragraph. */
    static final class Table implements Block {
        private final Row[] rows;
        private int width;
        private int rule;
        private int[] grid = new int[0];

        private Table(int rows, int columns) {
            this.rows = new Row[rows];
            for (int i = 0; i < rows; i++) this.rows[i] = new Row(columns);
        }

        /** The width in twips, a rule of {@code rule} eighths of a point above and below, no other border. */
        void layout(int width, int rule, int[] grid) {
            this.width = width;
            this.rule = rule;
            this.grid = grid.clone();
        }

        Row row(int i) {
            return rows[i];
        }

        @Override public void xml(StringBuilder sb) {
            sb.append("<w:tbl><w:tblPr><w:tblW w:w=\"").append(width).append("\" w:type=\"dxa\"/><w:tblBorders>")
                    .append(border("top", rule)).append("<w:left w:val=\"nil\"/>").append(border("bottom", rule))
                    .append("<w:right w:val=\"nil\"/><w:insideH w:val=\"nil\"/><w:insideV w:val=\"nil\"/></w:tblBorders>")
                    .append("</w:tblPr><w:tblGrid>");
            for (int w : grid) sb.append("<w:gridCol w:w=\"").append(w).append("\"/>");
            sb.append("</w:tblGrid>");
            for (Row r : rows) r.xml(sb);
            sb.append("</w:tbl>");
        }
    }

    private static String border(String side, int size) {
        return "<w:" + side + " w:val=\"single\" w:sz=\"" + size + "\" w:space=\"0\" w:color=\"000000\"/>";
    }

    /** A table row: it does not break across pages; a header row repeats on each page. */
    static final class Row {
        private final Cell[] cells;
        private boolean header;

        private Row(int columns) {
            cells = new Cell[columns];
            for (int i = 0; i < columns; i++) cells[i] = new Cell();
        }

        void setRepeatHeader() {
            header = true;
        }

        Cell cell(int i) {
            return cells[i];
        }

        void xml(StringBuilder sb) {
            sb.append("<w:tr><w:trPr><w:cantSplit w:val=\"on\"/>");
            if (header) sb.append("<w:tblHeader w:val=\"on\"/>");
            sb.append("</w:trPr>");
            for (Cell c : cells) c.xml(sb);
            sb.append("</w:tr>");
        }
    }

    /** A table cell: its width, an optional rule below it, and its paragraph. */
    static final class Cell {
        private int width;
        private int ruleBelow;
        private Paragraph paragraph;

        void setWidth(int twips) {
            width = twips;
        }

        void setRuleBelow(int size) {
            ruleBelow = size;
        }

        Paragraph paragraph(Document doc) {
            if (paragraph == null) paragraph = new Paragraph(doc);
            return paragraph;
        }

        void xml(StringBuilder sb) {
            sb.append("<w:tc><w:tcPr><w:tcW w:type=\"dxa\" w:w=\"").append(width).append("\"/>");
            if (ruleBelow > 0) sb.append("<w:tcBorders>").append(border("bottom", ruleBelow)).append("</w:tcBorders>");
            sb.append("</w:tcPr>");
            if (paragraph != null) paragraph.xml(sb);
            else sb.append("<w:p/>");
            sb.append("</w:tc>");
        }
    }

    /** Escaped for XML text. */
    static String text(String s) {
        return escape(s, false);
    }

    /** Escaped for an XML attribute value in double quotes. */
    static String attr(String s) {
        return escape(s, true);
    }

    private static String escape(String s, boolean attribute) {
        StringBuilder sb = null;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            String r = switch (c) {
                case '&' -> "&amp;";
                case '<' -> "&lt;";
                case '>' -> "&gt;";
                case '"' -> attribute ? "&quot;" : null;
                case '\n' -> attribute ? "&#10;" : null;
                case '\r' -> "&#13;";
                case '\t' -> attribute ? "&#9;" : null;
                default -> null;
            };
            if (r != null && sb == null) sb = new StringBuilder(s.length() + 16).append(s, 0, i);
            if (sb != null) {
                if (r != null) sb.append(r);
                else sb.append(c);
            }
        }
        return sb == null ? s : sb.toString();
    }

    private static byte[] utf8(StringBuilder sb) {
        return sb.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] resource(String name) {
        try (InputStream in = Wml.class.getResourceAsStream(name)) {
            if (in == null) throw new IllegalStateException(name + " is missing from the jar");
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the built-in " + name, e);
        }
    }

    /** The built-in part from its root element on (without the declaration and the comment above it). */
    private static String root(byte[] resource, String element) {
        String xml = new String(resource, StandardCharsets.UTF_8);
        int at = xml.indexOf(element);
        if (at < 0) throw new IllegalStateException("a built-in Word part has no " + element + ">");
        return xml.substring(at).stripTrailing();
    }

    /** Bytes compared by content, for pictures embedded once. */
    private record Bytes(byte[] bytes) {
        @Override public boolean equals(Object o) {
            return o instanceof Bytes b && Arrays.equals(bytes, b.bytes);
        }

        @Override public int hashCode() {
            return Arrays.hashCode(bytes);
        }
    }
}
