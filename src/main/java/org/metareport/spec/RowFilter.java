package org.metareport.spec;

import java.util.List;
import org.metareport.expressions.Expression;
import org.metareport.problems.Where;

/**
 * {@code exclude:} or {@code include:}: either rows whose cell (trimmed) is one of the values
 * ({@code {column: Drop, values: ["1"]}}, applied to each file that has the column, before the join), or an R-like
 * expression evaluated on the joined rows after {@code derive} ({@code include: "Drop == 0 & !is.na(Effect.Size)"};
 * NA counts as FALSE, as dplyr's {@code filter}).
 *
 * @param column     the column of the values form; null for an expression
 * @param values     the values form's values; empty for an expression
 * @param expression the expression form; null for the values form
 */
public record RowFilter(ColumnRef column, List<String> values, Expression expression, Where where) {
    public RowFilter {
        values = List.copyOf(values);
    }

    /** The values form. */
    public RowFilter(ColumnRef column, List<String> values, Where where) {
        this(column, values, null, where);
    }

    /** True for the expression form. */
    public boolean isExpression() {
        return expression != null;
    }
}
