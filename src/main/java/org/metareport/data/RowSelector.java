package org.metareport.data;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.metareport.spec.RowFilter;

/**
 * Applies an {@code exclude:} or {@code include:} of the spec to one table. A cell matches a listed value when
 * both are the same text, or both are numbers of the same value ({@code "0"} matches {@code 0.0}, as R's
 * {@code Drop == 0} does). A listed {@code ""} or {@code "NA"} matches missing cells; otherwise a missing cell
 * matches nothing, so {@code exclude} keeps it and {@code include} drops it.
 */
final class RowSelector {
    private RowSelector() {}

    /**
     * The rows kept and removed.
     *
     * @param matched the listed values (as written) that matched at least one row
     */
    record Selection(Table kept, List<Table.Row> removed, Set<String> matched) {}

    /** Applies {@code filter} to {@code table}, which has its column. */
    static Selection apply(Table table, RowFilter filter, boolean exclude) {
        String column = filter.column().name();
        List<Table.Row> kept = new ArrayList<>();
        List<Table.Row> removed = new ArrayList<>();
        Set<String> matched = new LinkedHashSet<>();
        for (Table.Row row : table.rows()) {
            String cell = table.cell(row, column);
            boolean hit = false;
            for (String value : filter.values()) {
                if (CellText.same(cell, CellText.cell(value))) {
                    matched.add(value);
                    hit = true;
                }
            }
            (hit == exclude ? removed : kept).add(row);
        }
        return new Selection(table.withRows(kept), removed, matched);
    }
}
