package org.metareport.render.docx;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * Reads a .docx back with the JDK alone (zip + DOM), independently of the POI code that wrote it: the zip's entries,
 * and from word/document.xml the body's paragraphs (style and text), tables (cell texts, which rows repeat as
 * header), pictures (alt text, size) and field instructions.
 */
public final class DocxReader {
    static final String W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
    static final String WP = "http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing";

    /** A body paragraph: its style id ("" for Normal) and its text (runs' w:t, a w:br as a space). */
    public record Paragraph(String style, String text) {}

    /** A table: rows of cell texts, and for each row whether it is a repeated header row (w:tblHeader). */
    public record Table(List<List<String>> rows, List<Boolean> header) {}

    /** A picture: its alt text (wp:docPr/@descr) and extent in EMU. */
    public record Picture(String description, long cx, long cy) {}

    public final Map<String, byte[]> entries = new LinkedHashMap<>();
    public final List<String> entryOrder = new ArrayList<>();
    public final List<ZipEntry> zipEntries = new ArrayList<>();
    public final Document document;
    public final List<Paragraph> paragraphs = new ArrayList<>();
    public final List<Table> tables = new ArrayList<>();
    public final List<Picture> pictures = new ArrayList<>();
    public final List<String> instructions = new ArrayList<>();

    public DocxReader(byte[] docx) throws Exception {
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(docx))) {
            for (ZipEntry e; (e = in.getNextEntry()) != null; ) {
                entries.put(e.getName(), in.readAllBytes());
                entryOrder.add(e.getName());
                zipEntries.add(e);
            }
        }
        document = parse(entries.get("word/document.xml"));
        Element body = (Element) document.getElementsByTagNameNS(W, "body").item(0);
        for (Node n = body.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (!(n instanceof Element e)) continue;
            if (e.getLocalName().equals("p")) paragraphs.add(new Paragraph(style(e), text(e)));
            if (e.getLocalName().equals("tbl")) tables.add(table(e));
        }
        NodeList docPrs = document.getElementsByTagNameNS(WP, "docPr");
        NodeList extents = document.getElementsByTagNameNS(WP, "extent");
        for (int i = 0; i < docPrs.getLength(); i++) {
            Element extent = (Element) extents.item(i);
            pictures.add(new Picture(((Element) docPrs.item(i)).getAttribute("descr"),
                    Long.parseLong(extent.getAttribute("cx")), Long.parseLong(extent.getAttribute("cy"))));
        }
        NodeList instr = document.getElementsByTagNameNS(W, "instrText");
        for (int i = 0; i < instr.getLength(); i++) instructions.add(instr.item(i).getTextContent());
    }

    public static Document parse(byte[] xml) throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        return f.newDocumentBuilder().parse(new ByteArrayInputStream(xml));
    }

    public String entryText(String name) {
        return new String(entries.get(name), StandardCharsets.UTF_8);
    }

    /** Paragraphs of one style, their texts. */
    public List<String> texts(String style) {
        return paragraphs.stream().filter(p -> p.style().equals(style)).map(Paragraph::text).toList();
    }

    private static String style(Element p) {
        NodeList s = p.getElementsByTagNameNS(W, "pStyle");
        return s.getLength() == 0 ? "" : ((Element) s.item(0)).getAttributeNS(W, "val");
    }

    /** The text a reader sees: w:t content and w:br as a space, in document order. */
    static String text(Element e) {
        StringBuilder sb = new StringBuilder();
        collect(e, sb);
        return sb.toString();
    }

    private static void collect(Node n, StringBuilder sb) {
        for (Node c = n.getFirstChild(); c != null; c = c.getNextSibling()) {
            if (!(c instanceof Element e)) continue;
            if (W.equals(e.getNamespaceURI()) && e.getLocalName().equals("t")) sb.append(e.getTextContent());
            else if (W.equals(e.getNamespaceURI()) && e.getLocalName().equals("br")) sb.append(' ');
            else if (W.equals(e.getNamespaceURI()) && e.getLocalName().equals("p") && sb.length() > 0) {
                sb.append(' ');
                collect(e, sb);
            } else collect(e, sb);
        }
    }

    private static Table table(Element tbl) {
        List<List<String>> rows = new ArrayList<>();
        List<Boolean> header = new ArrayList<>();
        for (Node r = tbl.getFirstChild(); r != null; r = r.getNextSibling()) {
            if (!(r instanceof Element tr) || !tr.getLocalName().equals("tr")) continue;
            List<String> cells = new ArrayList<>();
            boolean repeats = false;
            for (Node c = tr.getFirstChild(); c != null; c = c.getNextSibling()) {
                if (!(c instanceof Element e)) continue;
                if (e.getLocalName().equals("tc")) cells.add(text(e));
                if (e.getLocalName().equals("trPr")) repeats = e.getElementsByTagNameNS(W, "tblHeader").getLength() > 0;
            }
            rows.add(cells);
            header.add(repeats);
        }
        return new Table(rows, header);
    }

    /** @return the bytes of a zip entry, e.g. word/media/image1.png */
    public byte[] entry(String name) throws IOException {
        byte[] b = entries.get(name);
        if (b == null) throw new IOException("no entry " + name);
        return b;
    }
}
