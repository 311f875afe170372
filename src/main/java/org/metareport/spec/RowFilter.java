package org.metareport.spec;

import java.util.List;
import org.metareport.problems.Where;

/** {@code exclude: {column: Drop, values: ["1"]}} or {@code include: ...}: rows whose cell (trimmed) is one of the values. */
public record RowFilter(ColumnRef column, List<String> values, Where where) {
    public RowFilter {
        values = List.copyOf(values);
    }
}
