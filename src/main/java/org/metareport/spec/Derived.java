package org.metareport.spec;

import org.metareport.problems.Where;

/**
 * A 0/1 indicator column computed from another column ({@code data.derive}), for moderators that authors coded as
 * thresholds of their variables: {@code Longduration: {from: Duration (weeks), at_least: 12}}.
 *
 * @param name   the new column's name
 * @param from   the column it is computed from
 * @param test   how: at_least, above, below, at_most (numbers) or equals (text, or equal as numbers)
 * @param value  the threshold or the value, as written
 */
public record Derived(String name, ColumnRef from, String test, String value, Where where) {}
