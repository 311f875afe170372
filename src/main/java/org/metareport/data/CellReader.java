package org.metareport.data;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import org.metareport.problems.Problems;
import org.metareport.problems.Where;

/**
 * Reads typed values from the cells of a {@link Table}, adding each bad cell to a {@link Problems} at the cell's
 * file and row ({@code column 'Treatment.N' is 'abc'; expected a number}) instead of stopping, so a caller can
 * report every bad cell at once and then call {@link Problems#throwIfAny()}.
 *
 * <p>Every reader returns null for a missing cell (empty or {@code NA}) and also for a bad one, which it has
 * reported; use {@link #isMissing} to tell the two apart. A cell is reported once however often it is read.
 * Asking for a column the table does not have is a programming error (check columns first with
 * {@link Dataset#checkColumns}).
 */
public final class CellReader {
    private final Table table;
    private final Problems problems;
    private final Set<String> reported = new HashSet<>();

    public CellReader(Table table, Problems problems) {
        this.table = table;
        this.problems = problems;
    }

    /** How many bad cells this reader has reported so far (a caller can compare it before and after reading a row). */
    public int reportedCount() {
        return reported.size();
    }

    /** True when the cell is empty or {@code NA}. */
    public boolean isMissing(Table.Row row, String column) {
        return raw(row, column) == null;
    }

    /** The cell's text (trimmed), or null when missing. */
    public String text(Table.Row row, String column) {
        return raw(row, column);
    }

    /**
     * A number: digits with an optional sign, a point as decimal mark and an exponent ({@code -0.5}, {@code +2},
     * {@code 1e-3}, {@code .5}). Thousands separators, decimal commas, percent signs and non-finite values are
     * bad, each with a hint.
     *
     * @return the value, or null when missing or bad
     */
    public Double number(Table.Row row, String column) {
        String cell = raw(row, column);
        if (cell == null) return null;
        Double value = parseNumber(cell);
        if (value == null) report(row, column, cell, "a number" + numberHint(cell));
        return value;
    }

    /**
     * A count such as a sample size: a whole number of 0 or more ({@code 12}, also {@code 12.0} and {@code 1.2e1}).
     *
     * @return the value, or null when missing or bad ({@code 12.5}, {@code -3})
     */
    public Integer count(Table.Row row, String column) {
        String cell = raw(row, column);
        if (cell == null) return null;
        Double value = parseNumber(cell);
        if (value == null) {
            report(row, column, cell, "a whole number" + numberHint(cell));
            return null;
        }
        if (value != Math.rint(value) || value < 0 || value > Integer.MAX_VALUE) {
            report(row, column, cell, value < 0 ? "a whole number of 0 or more" : "a whole number");
            return null;
        }
        return value.intValue();
    }

    /**
     * A yes/no flag: {@code 1}/{@code 0}, {@code true}/{@code false} or {@code yes}/{@code no}, ignoring case
     * ({@code TRUE}/{@code FALSE} is how Excel writes booleans); {@code 1.0} and {@code 0.0} count as 1 and 0.
     *
     * @return the value, or null when missing or bad
     */
    public Boolean flag(Table.Row row, String column) {
        String cell = raw(row, column);
        if (cell == null) return null;
        switch (cell.toLowerCase(Locale.ROOT)) {
            case "1", "true", "yes": return true;
            case "0", "false", "no": return false;
            default:
                Double value = parseNumber(cell);
                if (value != null && (value == 1 || value == 0)) return value == 1;
                report(row, column, cell, "1 or 0 (or true/false, yes/no)");
                return null;
        }
    }

    /** The value of a number cell's text, or null when it is not one (see {@link #number}). */
    static Double parseNumber(String cell) {
        if (!CellText.NUMBER.matcher(cell).matches()) return null;
        double value = Double.parseDouble(cell);
        return Double.isFinite(value) ? value : null;
    }

    private String raw(Table.Row row, String column) {
        int i = table.indexOf(column);
        if (i < 0) throw new IllegalArgumentException("no column '" + column + "' in " + table.file() + "; check columns first");
        return row.cells().get(i);
    }

    private void report(Table.Row row, String column, String cell, String expected) {
        Where where = table.where(row, column);
        if (reported.add(where + "\u0000" + column))
            problems.add(where, "column '%s' is %s; expected %s", column, CellText.quote(cell), expected);
    }

    private static String numberHint(String cell) {
        if (cell.indexOf(',') >= 0) return " (a point as decimal mark and no thousands separators, e.g. 1234.5)";
        if (cell.endsWith("%")) return " (write a percentage without '%', e.g. 0.59 or 59)";
        if (cell.indexOf('\u2212') >= 0) return " (write the minus sign as '-')";
        if (CellText.NUMBER.matcher(cell).matches()) return " (this one is out of range)";
        String lower = cell.toLowerCase(Locale.ROOT).replaceFirst("^[+-]", "");
        if (lower.equals("inf") || lower.equals("infinity") || lower.equals("nan")) return " (a finite value)";
        return "";
    }
}
