package org.metareport.data;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.metareport.problems.Warnings;
import org.metareport.problems.Where;
import org.metareport.spec.ColumnRef;
import org.metareport.spec.DataSpec;

/**
 * The spec's missing-value rules, applied to a table as read: cells whose text is one of {@code data.na} become
 * missing (as R's {@code na.strings}; the empty cell and {@code NA} always are), and in each column of
 * {@code data.text_as_missing} a cell that is not a number becomes missing, as R's {@code as.numeric} makes it
 * {@code NA} ({@code d = 0.71}, {@code db = 0.2, dw=0.16}), with one warning per column listing the rows.
 */
final class MissingValues {
    private MissingValues() {}

    static Table apply(Table table, DataSpec spec, Warnings warnings) {
        if (spec.na().isEmpty() && spec.textAsMissing().stream().noneMatch(c -> table.has(c.name()))) return table;
        Set<String> na = new HashSet<>(spec.na());
        List<ColumnRef> textual = spec.textAsMissing().stream().filter(c -> table.has(c.name())).toList();
        List<List<String>> dropped = new ArrayList<>();
        for (int k = 0; k < textual.size(); k++) dropped.add(new ArrayList<>());
        List<Table.Row> rows = new ArrayList<>(table.rows().size());
        for (Table.Row r : table.rows()) {
            List<String> cells = new ArrayList<>(r.cells());
            for (int i = 0; i < cells.size(); i++) if (cells.get(i) != null && na.contains(cells.get(i))) cells.set(i, null);
            for (int k = 0; k < textual.size(); k++) {
                int i = table.indexOf(textual.get(k).name());
                String cell = cells.get(i);
                if (cell != null && CellReader.parseNumber(cell) == null) {
                    dropped.get(k).add(r.line() + " " + CellText.quote(cell));
                    cells.set(i, null);
                }
            }
            rows.add(new Table.Row(r.line(), cells, r.lines()));
        }
        for (int k = 0; k < textual.size(); k++) {
            List<String> d = dropped.get(k);
            if (d.isEmpty()) continue;
            warnings.add(Where.of(table.file(), Integer.parseInt(d.get(0).substring(0, d.get(0).indexOf(' ')))),
                    "column '%s': %d cell%s that %s not a number read as missing (text_as_missing): row%s %s",
                    textual.get(k).name(), d.size(), d.size() == 1 ? "" : "s", d.size() == 1 ? "is" : "are",
                    d.size() == 1 ? "" : "s", d.stream().limit(20).collect(Collectors.joining(", "))
                            + (d.size() > 20 ? ", …" : ""));
        }
        return table.withRows(rows);
    }
}
