package org.metareport.data;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.metareport.expressions.Expression;
import org.metareport.problems.InputException;
import org.metareport.problems.Problems;
import org.metareport.problems.Where;
import org.metareport.spec.ColumnRef;

/**
 * Evaluates an {@link Expression} on rows of a {@link Table}. A column is a number column when every cell present
 * reads as a number (as R's {@code read.csv} and {@code readxl} type a column), else a text column; a missing cell is
 * {@code NA}. Unknown columns are reported where the expression names them; a row the expression cannot be evaluated
 * on is reported at the expression, with the row.
 */
final class RowExpressions {
    private final Table table;
    private final Map<String, Boolean> numeric = new HashMap<>();

    RowExpressions(Table table) {
        this.table = table;
    }

    /** Adds a problem for each column the expression names that the table lacks; true when there is none. */
    boolean checkColumns(Expression e, Problems problems) {
        boolean ok = true;
        for (Expression.Column c : e.columns()) {
            if (table.has(c.name())) continue;
            ok = false;
            problems.add(c.where(), "%s (in the expression '%s')", ColumnFinder.unknown(new ColumnRef(c.name(), c.where()),
                    table.files(), table.columns()), e.text());
        }
        return ok;
    }

    /** The value of each row, in order (Double, String, Boolean or null for NA). */
    List<Object> values(Expression e, List<Table.Row> rows) {
        Problems problems = new Problems();
        if (!checkColumns(e, problems)) problems.throwIfAny();
        List<Object> out = new ArrayList<>(rows.size());
        for (Table.Row row : rows) out.add(value(e, row));
        return out;
    }

    /** The test of each row: TRUE, FALSE or null (NA). */
    List<Boolean> tests(Expression e, List<Table.Row> rows) {
        List<Boolean> out = new ArrayList<>(rows.size());
        List<Object> values = values(e, rows);
        for (int i = 0; i < rows.size(); i++) {
            try {
                out.add(e.test(values.get(i)));
            } catch (Expression.Problem p) {
                throw located(e, rows.get(i), p);
            }
        }
        return out;
    }

    private Object value(Expression e, Table.Row row) {
        try {
            return e.evaluate(column -> cell(row, column));
        } catch (Expression.Problem p) {
            throw located(e, row, p);
        }
    }

    private InputException located(Expression e, Table.Row row, Expression.Problem p) {
        Where cell = table.where(row);
        return InputException.at(p.where(), "%s, in row %d of %s (the expression '%s')", p.getMessage(), cell.line(),
                cell.file(), e.text());
    }

    private Object cell(Table.Row row, String column) {
        String text = table.cell(row, column);
        if (text == null) return null;
        return numeric.computeIfAbsent(column, this::isNumeric) ? CellReader.parseNumber(text) : text;
    }

    private boolean isNumeric(String column) {
        for (String v : table.values(column)) if (v != null && CellReader.parseNumber(v) == null) return false;
        return true;
    }

    /** A value as a cell: TRUE/FALSE as 1/0 (an indicator, as the spec's other derived columns), numbers shortest. */
    static String cellText(Object v) {
        if (v == null) return null;
        if (v instanceof Boolean b) return b ? "1" : "0";
        if (v instanceof Double d) return ShortestDecimal.of(d);
        return CellText.cell((String) v);
    }
}
