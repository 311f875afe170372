package org.metareport.data;

import org.metareport.problems.Visible;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.IntFunction;
import java.util.stream.Collectors;
import org.metareport.problems.Problems;
import org.metareport.problems.Where;

/**
 * Builds a {@link Table} from a header row and raw rows, the same way for every source. Checks the header
 * (names must be unique; a column without a name must be empty) and collects every problem before stopping.
 *
 * <ul>
 *   <li>Header names are trimmed. A column whose header cell is empty and whose cells are all empty is left out
 *       silently (spreadsheet exports often carry such columns, e.g. the {@code ,,,,,,,} columns of the
 *       school-based {@code Studies.csv}); one with any value is an error naming the column and the first row.</li>
 *   <li>Cells are normalised by {@link CellText#cell}; a row shorter than the header is padded with missing cells.</li>
 *   <li>A row whose cells are all missing is left out (spreadsheets keep empty rows, and {@code ,,,,} lines);
 *       other rows keep their own row numbers, so numbering still matches the file.</li>
 * </ul>
 */
final class TableBuilder {
    private final String file;
    private final IntFunction<String> positionName;
    private final boolean extraCellsAreRowErrors;
    private final Problems problems;
    private int headerLine;
    private List<String> names = List.of();
    private final Map<Integer, UnnamedContent> unnamed = new TreeMap<>();
    private final List<Table.Row> rows = new ArrayList<>();

    /**
     * @param file                    the file as shown in messages
     * @param positionName            names a 0-based column position for messages ("column 33", "column AG")
     * @param extraCellsAreRowErrors  true for CSV: a row with more cells than the header is an error of that row
     *                                (usually a comma inside an unquoted cell); false for worksheets, where cells
     *                                right of the header belong to a column without a name
     */
    TableBuilder(String file, IntFunction<String> positionName, boolean extraCellsAreRowErrors, Problems problems) {
        this.file = file;
        this.positionName = positionName;
        this.extraCellsAreRowErrors = extraCellsAreRowErrors;
        this.problems = problems;
    }

    /** The header row: raw names by position. */
    void header(int line, List<String> raw) {
        headerLine = line;
        List<String> trimmed = new ArrayList<>(raw.size());
        for (String r : raw) trimmed.add(r == null ? "" : r.strip());
        names = trimmed;
        Map<String, List<Integer>> positions = new LinkedHashMap<>();
        for (int i = 0; i < names.size(); i++)
            if (!names.get(i).isEmpty()) positions.computeIfAbsent(names.get(i), k -> new ArrayList<>()).add(i);
        if (positions.isEmpty())
            problems.add(Where.of(file, line), "the header row is empty; the first row must name the columns");
        positions.forEach((name, at) -> {
            if (at.size() > 1)
                problems.add(Where.of(file, line), "the header row names %s %d times (%s); give each column its own name",
                        Visible.quote(name), at.size(), at.stream().map(positionName::apply).collect(Collectors.joining(", ")));
        });
    }

    /** A data row: raw cells by position (null or blank = missing). */
    void row(int line, List<String> raw) {
        int width = names.size();
        if (extraCellsAreRowErrors && raw.size() > width) {
            List<String> extra = new ArrayList<>();
            for (String r : raw.subList(width, raw.size())) if (CellText.cell(r) != null) extra.add(CellText.quote(CellText.cell(r)));
            if (extra.size() > 5) extra = List.of(String.join(", ", extra.subList(0, 5)), "… (" + extra.size() + " in all)");
            if (!extra.isEmpty())
                problems.add(Where.of(file, line), "this row has %d cells but the header row has %d (extra: %s); "
                        + "put a cell that contains a comma in double quotes", raw.size(), width, String.join(", ", extra));
        }
        List<String> cells = new ArrayList<>();
        boolean any = false;
        int upTo = extraCellsAreRowErrors ? Math.min(raw.size(), width) : raw.size();
        for (int i = 0; i < Math.max(width, upTo); i++) {
            String cell = i < upTo ? CellText.cell(raw.get(i)) : null;
            boolean named = i < width && !names.get(i).isEmpty();
            if (named) {
                cells.add(cell);
                any |= cell != null;
            } else if (cell != null) {
                unnamed.computeIfAbsent(i, k -> new UnnamedContent(line, cell)).count++;
            }
        }
        if (any) rows.add(new Table.Row(line, cells));
    }

    /**
     * The table.
     *
     * @throws org.metareport.problems.InputException with every problem collected (including the source's own)
     */
    Table build() {
        unnamed.forEach((position, content) -> problems.add(Where.of(file, content.firstLine),
                "%s has no name in the header row (row %d) but this row has %s in it%s; name the column or delete it",
                positionName.apply(position), headerLine, CellText.quote(content.firstValue),
                content.count > 1 ? String.format(java.util.Locale.ROOT, " (and %d more rows have values there)", content.count - 1) : ""));
        problems.throwIfAny();
        List<String> columns = new ArrayList<>();
        for (String n : names) if (!n.isEmpty()) columns.add(n);
        return new Table(file, columns, rows);
    }

    private static final class UnnamedContent {
        final int firstLine;
        final String firstValue;
        int count;

        UnnamedContent(int firstLine, String firstValue) {
            this.firstLine = firstLine;
            this.firstValue = firstValue;
        }
    }
}
