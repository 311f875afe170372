package org.metareport.data;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.metareport.problems.Where;

/**
 * A table of text cells as read from a CSV file or a worksheet: a header and rows. Cells are trimmed strings;
 * a missing cell (empty, {@code NA}) is {@code null}. Each row keeps its row number in its file (header = row 1)
 * so that messages can point at it.
 *
 * <p>A table made by joining (see {@link Dataset}) holds columns from more than one file. It records the file
 * of each column ({@link #columnFiles()}) and, per row, the row number of each cell in that file
 * ({@link Row#lines()}), so {@link #where(Row, String)} points a bad studies cell at the studies file and its row.
 *
 * @param file         the file as the user wrote it (for messages); for a worksheet {@code book.xlsx[Sheet]}
 * @param columns      header names, in file order (unique, never empty)
 * @param rows         data rows in file order
 * @param columnFiles  for each column, the file it came from (same size as {@code columns})
 */
public record Table(String file, List<String> columns, List<Row> rows, List<String> columnFiles) {
    public Table {
        columns = List.copyOf(columns);
        rows = List.copyOf(rows);
        columnFiles = List.copyOf(columnFiles);
        if (columnFiles.size() != columns.size())
            throw new IllegalArgumentException("columnFiles has " + columnFiles.size() + " entries for "
                    + columns.size() + " columns");
        Set<String> seen = new HashSet<>();
        for (String c : columns)
            if (c.isEmpty() || !seen.add(c)) throw new IllegalArgumentException("column names must be unique and non-empty: " + columns);
    }

    /** A table whose columns all come from {@code file}. */
    public Table(String file, List<String> columns, List<Row> rows) {
        this(file, columns, rows, Collections.nCopies(columns.size(), file));
    }

    /**
     * One row: its 1-based row number in the file (header = 1, so the first data row is 2) and its cells.
     *
     * @param line   row number in the table's {@link Table#file() file}
     * @param cells  one per column; null = missing
     * @param lines  the row number of each cell in its column's file, or empty when every cell is at {@code line}
     */
    public record Row(int line, List<String> cells, List<Integer> lines) {
        public Row {
            cells = Collections.unmodifiableList(new ArrayList<>(cells)); // allows null cells
            lines = List.copyOf(lines);
            if (!lines.isEmpty() && lines.size() != cells.size())
                throw new IllegalArgumentException("lines has " + lines.size() + " entries for " + cells.size() + " cells");
        }

        /** A row whose cells all lie on {@code line} of one file. */
        public Row(int line, List<String> cells) {
            this(line, cells, List.of());
        }

        /** The row number, in its column's file, of the cell at {@code column} (an index). */
        public int lineOf(int column) {
            return lines.isEmpty() ? line : lines.get(column);
        }
    }

    /** Index of a column, or −1. */
    public int indexOf(String column) {
        return columns.indexOf(column);
    }

    /** True when the table has a column of this exact name. */
    public boolean has(String column) {
        return columns.contains(column);
    }

    /** The cell of a row in a named column, or null when missing or the column is absent. */
    public String cell(Row row, String column) {
        int i = indexOf(column);
        return i < 0 || i >= row.cells().size() ? null : row.cells().get(i);
    }

    /** The cells of one column, in row order (null = missing). */
    public List<String> values(String column) {
        int i = requireIndex(column);
        List<String> out = new ArrayList<>(rows.size());
        for (Row r : rows) out.add(r.cells().get(i));
        return Collections.unmodifiableList(out);
    }

    /** Where a row is: the table's file and the row's number in it. */
    public Where where(Row row) {
        return Where.of(file, row.line());
    }

    /**
     * Where a cell is: the file its column came from and the row's number in that file.
     *
     * @throws IllegalArgumentException when the table has no such column (check columns first)
     */
    public Where where(Row row, String column) {
        int i = requireIndex(column);
        return Where.of(columnFiles.get(i), row.lineOf(i));
    }

    /** The file a column came from. @throws IllegalArgumentException when the table has no such column */
    public String fileOf(String column) {
        return columnFiles.get(requireIndex(column));
    }

    /** The distinct files the columns came from, this table's own file first. */
    public List<String> files() {
        Set<String> files = new LinkedHashSet<>();
        files.add(file);
        files.addAll(columnFiles);
        return List.copyOf(files);
    }

    /** The same columns with other rows (rows must have one cell per column). */
    public Table withRows(List<Row> rows) {
        return new Table(file, columns, rows, columnFiles);
    }

    private int requireIndex(String column) {
        int i = indexOf(column);
        if (i < 0) throw new IllegalArgumentException("no column '" + column + "' in " + file + "; have " + columns);
        return i;
    }
}
