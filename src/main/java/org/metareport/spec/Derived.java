package org.metareport.spec;

import org.metareport.expressions.Expression;
import org.metareport.problems.Where;

/**
 * A column computed after the join ({@code data.derive}): an R-like expression
 * ({@code Longduration: "`Duration (weeks)` >= 12"}, {@code Pre: ifelse(is.na(T_Mean_Pre), 0, 1)}), or the earlier
 * threshold form, a 0/1 indicator of another column ({@code Longduration: {from: Duration (weeks), at_least: 12}}).
 *
 * @param name       the new column's name
 * @param from       the threshold form: the column it is computed from; null for an expression
 * @param test       the threshold form: at_least, above, below, at_most (numbers) or equals (text, or equal as
 *                   numbers); null for an expression
 * @param value      the threshold form: the threshold or the value, as written; null for an expression
 * @param expression the expression form; null for the threshold form
 */
public record Derived(String name, ColumnRef from, String test, String value, Expression expression, Where where) {
    /** The threshold form. */
    public Derived(String name, ColumnRef from, String test, String value, Where where) {
        this(name, from, test, value, null, where);
    }

    /** The expression form. */
    public Derived(String name, Expression expression, Where where) {
        this(name, null, null, null, expression, where);
    }
}
