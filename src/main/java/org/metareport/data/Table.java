package org.metareport.data;

import java.util.List;

/**
 * A table of text cells as read from a CSV file or a worksheet: a header and rows. Cells are trimmed strings;
 * a missing cell (empty, {@code NA}) is {@code null}. Each row keeps its row number in its file (header = row 1)
 * so that messages can point at it.
 *
 * @param file     the file as the user wrote it (for messages)
 * @param columns  header names, in file order (unique)
 * @param rows     data rows in file order
 */
public record Table(String file, List<String> columns, List<Row> rows) {
    public Table {
        columns = List.copyOf(columns);
        rows = List.copyOf(rows);
    }

    /** One row: its 1-based row number in the file (header = 1, so the first data row is 2) and its cells. */
    public record Row(int line, List<String> cells) {
        public Row {
            cells = java.util.Collections.unmodifiableList(new java.util.ArrayList<>(cells)); // allows null cells
        }
    }

    /** Index of a column, or −1. */
    public int indexOf(String column) {
        return columns.indexOf(column);
    }

    /** The cell of a row in a named column, or null when missing or the column is absent. */
    public String cell(Row row, String column) {
        int i = indexOf(column);
        return i < 0 || i >= row.cells().size() ? null : row.cells().get(i);
    }
}
