package org.metareport.cli;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.metareport.spec.ColumnRef;
import org.metareport.spec.Source;
import org.metareport.spec.Spec;

/**
 * The benchmark's author at work: one number of the effects file changed, as a person changes a cell. The cell is the
 * first numeric one of the column that decides the effect size (the spec's {@code effect.reported} column when it has
 * one, else its first {@code effect.columns} entry), and each edit gives it a value it never had before, so no cache
 * can hold the answer. The new file's bytes are prepared first ({@link #next()}), so the timing starts at the write.
 */
final class OneNumberEdit {
    private final Path file;
    private final String sheet;
    private final String column;
    private final byte[] original;
    private int round;

    private OneNumberEdit(Path file, String sheet, String column) throws IOException {
        this.file = file;
        this.sheet = sheet;
        this.column = column;
        this.original = Files.readAllBytes(file);
    }

    /** The edit for a spec's effects file. */
    static OneNumberEdit of(Spec spec) throws IOException {
        ColumnRef col = spec.effect().reported() != null ? spec.effect().reported()
                : spec.effect().columns().values().iterator().next();
        Source s = spec.data().effects();
        return new OneNumberEdit(s.path(), s.sheet(), col.name());
    }

    String column() {
        return column;
    }

    Path file() {
        return file;
    }

    /** The file's bytes with the cell raised by 0.001 times the number of edits so far (a value never seen before). */
    byte[] next() throws IOException {
        round++;
        double delta = 0.001 * round;
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        return name.endsWith(".csv") ? csv(delta) : workbook(delta);
    }

    private byte[] csv(double delta) {
        List<String> lines = new ArrayList<>(List.of(new String(original, StandardCharsets.UTF_8).split("\n", -1)));
        List<String> header = List.of(lines.get(0).strip().split(",", -1));
        int c = header.indexOf(column);
        if (c < 0) throw new IllegalArgumentException("no column '" + column + "' in " + file + " (simple CSV only)");
        for (int i = 1; i < lines.size(); i++) {
            String[] cells = lines.get(i).split(",", -1);
            if (cells.length <= c) continue;
            try {
                double v = Double.parseDouble(cells[c].strip());
                cells[c] = Double.toString(v + delta);
                lines.set(i, String.join(",", cells));
                return String.join("\n", lines).getBytes(StandardCharsets.UTF_8);
            } catch (NumberFormatException e) {
                // not a number: the next row
            }
        }
        throw new IllegalArgumentException("no number in column '" + column + "' of " + file);
    }

    private byte[] workbook(double delta) throws IOException {
        try (InputStream in = new java.io.ByteArrayInputStream(original); Workbook book = WorkbookFactory.create(in)) {
            Sheet s = sheet == null ? book.getSheetAt(0) : book.getSheet(sheet);
            if (s == null) throw new IllegalArgumentException("no sheet '" + sheet + "' in " + file);
            Row header = s.getRow(s.getFirstRowNum());
            int c = -1;
            for (Cell cell : header) {
                if (cell.getCellType() == CellType.STRING && cell.getStringCellValue().strip().equals(column)) {
                    c = cell.getColumnIndex();
                }
            }
            if (c < 0) throw new IllegalArgumentException("no column '" + column + "' in " + file);
            for (int r = s.getFirstRowNum() + 1; r <= s.getLastRowNum(); r++) {
                Row row = s.getRow(r);
                Cell cell = row == null ? null : row.getCell(c);
                if (cell != null && cell.getCellType() == CellType.NUMERIC) {
                    cell.setCellValue(cell.getNumericCellValue() + delta);
                    ByteArrayOutputStream out = new ByteArrayOutputStream();
                    book.write(out);
                    return out.toByteArray();
                }
            }
            throw new IllegalArgumentException("no number in column '" + column + "' of " + file);
        }
    }

    /** Puts the file back as it was. */
    void restore() throws IOException {
        Files.write(file, original);
    }
}
