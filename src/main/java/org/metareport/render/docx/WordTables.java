package org.metareport.render.docx;

import com.vladsch.flexmark.ext.tables.TableBlock;
import com.vladsch.flexmark.ext.tables.TableBody;
import com.vladsch.flexmark.ext.tables.TableCell;
import com.vladsch.flexmark.ext.tables.TableHead;
import com.vladsch.flexmark.ext.tables.TableRow;
import com.vladsch.flexmark.util.ast.Node;
import java.util.ArrayList;
import java.util.List;

/**
 * A Markdown table as a Word table in APA's look: rules above and below the table and under the header, no
 * vertical lines; the header rows repeat at the top of every page the table runs onto, and no row breaks across a
 * page. Columns share the text width by how long their longest cell is; cells keep the Markdown's alignment.
 */
final class WordTables {
    /** Half-points are eighths of a point in Word's border sizes: 8 = 1 pt, 4 = ½ pt. */
    private static final int RULE = 8, THIN_RULE = 4;
    /** A column never gets less of the width than this many characters' worth, nor more than the longest. */
    private static final int MIN_CHARS = 4, MAX_CHARS = 40;

    private final Wml.Document doc;
    private final Layout layout;

    WordTables(Wml.Document doc, Layout layout) {
        this.doc = doc;
        this.layout = layout;
    }

    /** One table row of the Markdown: its cells, and whether it is a header row. */
    private record Row(List<TableCell> cells, boolean header) {}

    void write(TableBlock block) {
        List<Row> rows = rows(block);
        if (rows.isEmpty()) return;
        int columns = rows.stream().mapToInt(r -> r.cells().size()).max().orElse(1);
        columns = Math.max(columns, 1);
        Wml.Table table = doc.createTable(rows.size(), columns);
        int[] widths = widths(rows, columns);
        table.layout(layout.textWidth(), RULE, widths);        // rules on top and bottom only
        for (int i = 0; i < rows.size(); i++) {
            Row row = rows.get(i);
            Wml.Row tr = table.row(i);
            if (row.header()) tr.setRepeatHeader();
            boolean lastHeader = row.header() && (i + 1 == rows.size() || !rows.get(i + 1).header());
            for (int c = 0; c < columns; c++) {
                Wml.Cell cell = tr.cell(c);
                cell.setWidth(widths[c]);
                if (lastHeader) cell.setRuleBelow(THIN_RULE);
                Wml.Paragraph p = cell.paragraph(doc);
                p.setStyle(row.header() ? DocxStyles.TABLE_HEADING : DocxStyles.TABLE_TEXT);
                if (c < row.cells().size() && !WordInlines.plainText(row.cells().get(c)).isBlank()) {
                    TableCell source = row.cells().get(c);
                    p.setAlignment(alignment(source.getAlignment()));
                    WordInlines.children(source, p, WordInlines.Look.PLAIN);
                }
            }
        }
    }

    private static List<Row> rows(TableBlock block) {
        List<Row> rows = new ArrayList<>();
        for (Node section = block.getFirstChild(); section != null; section = section.getNext()) {
            boolean header = section instanceof TableHead;
            if (!header && !(section instanceof TableBody)) continue;
            for (Node r = section.getFirstChild(); r != null; r = r.getNext()) {
                if (!(r instanceof TableRow)) continue;
                List<TableCell> cells = new ArrayList<>();
                for (Node c = r.getFirstChild(); c != null; c = c.getNext()) {
                    if (c instanceof TableCell cell) cells.add(cell);
                }
                rows.add(new Row(cells, header));
            }
        }
        return rows;
    }

    /** Column widths in twips: the text width shared by the length of each column's longest cell (clamped). */
    private int[] widths(List<Row> rows, int columns) {
        int[] chars = new int[columns];
        java.util.Arrays.fill(chars, MIN_CHARS);
        for (Row row : rows) {
            for (int c = 0; c < row.cells().size(); c++) {
                int length = WordInlines.plainText(row.cells().get(c)).strip().length();
                chars[c] = Math.max(chars[c], Math.min(length, MAX_CHARS));
            }
        }
        int total = 0;
        for (int n : chars) total += n;
        int[] widths = new int[columns];
        int used = 0;
        for (int c = 0; c < columns; c++) {
            widths[c] = c + 1 == columns ? layout.textWidth() - used
                    : (int) ((long) layout.textWidth() * chars[c] / total);
            used += widths[c];
        }
        return widths;
    }

    private static String alignment(TableCell.Alignment a) {
        if (a == null) return "left";
        return switch (a) {
            case CENTER -> "center";
            case RIGHT -> "right";
            default -> "left";
        };
    }
}
