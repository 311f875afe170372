package org.metareport.data;

import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.metareport.problems.InputException;
import org.metareport.problems.Problems;
import org.metareport.problems.Warnings;
import org.metareport.problems.Where;
import org.metareport.spec.ColumnRef;
import org.metareport.spec.DataSpec;

/**
 * The data stage's result: the effects table after the spec's {@code exclude:}/{@code include:}, with the studies
 * table joined on. One row per effect, in the effects file's order, each keeping its row number there; cells
 * from the studies file keep the studies file and row (see {@link Table#where(Table.Row, String)}).
 *
 * <p>Build it with {@link #read}. Later stages check the columns they use with {@link #checkColumns} and read
 * cells through {@link #cells}.
 *
 * @param table     the joined, filtered table
 * @param rowsRead  effect rows in the file before filtering (empty rows not counted)
 * @param clashes   the non-key columns both files have, in studies-file order (empty without a studies file)
 */
public record Dataset(Table table, int rowsRead, List<Clash> clashes) {
    public Dataset {
        Objects.requireNonNull(table);
        clashes = List.copyOf(clashes);
    }

    /**
     * Reads the effects (and studies) files of the {@code data:} block, filters each, joins them and checks the
     * columns the block names ({@code study}, {@code id}, {@code label}, {@code join}, the filter columns).
     * See {@code DatasetReader} for the rules.
     *
     * @param warnings receives notes such as a filter value that matched no row
     * @throws InputException with every problem found, each at its file and row or at the spec's column name
     */
    public static Dataset read(DataSpec spec, Warnings warnings) {
        return DatasetReader.read(spec, warnings);
    }

    /**
     * Checks that the table has each named column, adding a problem at the name's place in the spec for each one it
     * lacks ({@code no column 'Treatment.n' in data/findings.csv or data/studies.csv; did you mean 'Treatment.N'?
     * the columns are …}), or that is ambiguous because both files have it with different values. Nulls are skipped.
     *
     * @return true when every column exists
     */
    public boolean checkColumns(Collection<ColumnRef> refs, Problems problems) {
        boolean ok = true;
        for (ColumnRef ref : refs) {
            if (ref == null || table.has(ref.name())) continue;
            ok = false;
            Clash clash = clashes.stream().filter(c -> c.column().equals(ref.name())).findFirst().orElse(null);
            problems.add(ref.where(), "%s", clash != null ? clash.ambiguity()
                    : ColumnFinder.unknown(ref, table.files(), table.columns()));
        }
        return ok;
    }

    /** {@link #checkColumns} that throws. @throws InputException naming every missing column */
    public void requireColumns(Collection<ColumnRef> refs) {
        Problems problems = new Problems();
        checkColumns(refs, problems);
        problems.throwIfAny();
    }

    /**
     * This dataset with 0/1 indicator columns computed from others ({@code data.derive}): 1 when the source cell
     * passes the test, 0 when not, missing when the source cell is missing.
     *
     * @throws InputException naming an unknown source column, a name that exists already, or a cell that is not a
     *                        number where the test compares numbers
     */
    public Dataset derive(List<org.metareport.spec.Derived> derivations) {
        if (derivations.isEmpty()) return this;
        Dataset out = this;
        List<org.metareport.spec.Derived> run = new java.util.ArrayList<>();
        for (var d : derivations) {                 // in the order written: an expression may use earlier ones
            if (d.expression() == null) {
                run.add(d);
                continue;
            }
            out = out.deriveThresholds(run).deriveExpression(d);
            run.clear();
        }
        return out.deriveThresholds(run);
    }

    /** One expression column: its value per row (TRUE/FALSE as 1/0, NA as missing). */
    private Dataset deriveExpression(org.metareport.spec.Derived d) {
        if (table.has(d.name()))
            throw InputException.at(d.where(), "'%s' is already a column of the data; give the derived column another name", d.name());
        List<Object> values = new RowExpressions(table).values(d.expression(), table.rows());
        List<String> columns = new java.util.ArrayList<>(table.columns());
        columns.add(d.name());
        List<String> files = new java.util.ArrayList<>(table.columnFiles());
        files.add(table.file());
        List<Table.Row> rows = new java.util.ArrayList<>();
        for (int i = 0; i < table.rows().size(); i++) {
            Table.Row r = table.rows().get(i);
            List<String> cells = new java.util.ArrayList<>(r.cells());
            cells.add(RowExpressions.cellText(values.get(i)));
            List<Integer> lines = r.lines();
            if (!lines.isEmpty()) {
                lines = new java.util.ArrayList<>(lines);
                lines.add(r.line());
            }
            rows.add(new Table.Row(r.line(), cells, lines));
        }
        return new Dataset(new Table(table.file(), columns, rows, files), rowsRead, clashes);
    }

    /**
     * This dataset after the spec's expression filters ({@code include:}/{@code exclude:} written as expressions),
     * which run on the joined rows after {@code derive}: include keeps the rows where the expression is TRUE (NA and
     * FALSE go, as dplyr's {@code filter}); exclude drops the rows where it is TRUE. The values form of the filters
     * ran when the files were read.
     *
     * @throws InputException an unknown column or a row the expression cannot be evaluated on, located in the spec;
     *                        no row left
     */
    public Dataset select(org.metareport.spec.DataSpec spec, Warnings warnings) {
        Dataset out = this;
        for (org.metareport.spec.RowFilter f : new org.metareport.spec.RowFilter[] {spec.exclude(), spec.include()}) {
            if (f == null || !f.isExpression()) continue;
            boolean exclude = f == spec.exclude();
            List<Table.Row> rows = out.table.rows();
            List<Boolean> tests = new RowExpressions(out.table).tests(f.expression(), rows);
            List<Table.Row> kept = new java.util.ArrayList<>();
            for (int i = 0; i < rows.size(); i++) {
                boolean hit = Boolean.TRUE.equals(tests.get(i));
                if (hit != exclude) kept.add(rows.get(i));
            }
            if (kept.isEmpty())
                throw InputException.at(f.expression().where(), "no effect row is left after %s: '%s' (%s)",
                        exclude ? "exclude" : "include", f.expression().text(), exclude ? "it is TRUE on every row"
                                : "it is FALSE or NA on every row; NA counts as FALSE, as in dplyr's filter");
            if (kept.size() == rows.size())
                warnings.add(f.expression().where(), "%s: '%s' %s no row", exclude ? "exclude" : "include",
                        f.expression().text(), exclude ? "excludes" : "leaves out");
            out = new Dataset(out.table.withRows(kept), rowsRead, clashes);
        }
        return out;
    }

    /**
     * The rows of {@code rows} on which an analysis's {@code where:} holds (TRUE; NA and FALSE are left out).
     *
     * @throws InputException an unknown column or a row the expression cannot be evaluated on, located in the spec
     */
    public List<Boolean> test(org.metareport.expressions.Expression where, List<Table.Row> rows) {
        return new RowExpressions(table).tests(where, rows);
    }

    private Dataset deriveThresholds(List<org.metareport.spec.Derived> derivations) {
        if (derivations.isEmpty()) return this;
        Problems problems = new Problems();
        checkColumns(derivations.stream().map(org.metareport.spec.Derived::from).toList(), problems);
        for (var d : derivations) {
            if (table.has(d.name())) {
                problems.add(d.where(), "'%s' is already a column of the data; give the derived column another name", d.name());
            }
        }
        problems.throwIfAny();
        List<String> columns = new java.util.ArrayList<>(table.columns());
        List<String> files = new java.util.ArrayList<>(table.columnFiles());
        List<List<String>> cells = new java.util.ArrayList<>();
        for (Table.Row r : table.rows()) cells.add(new java.util.ArrayList<>(r.cells()));
        CellReader reader = cells(problems);
        for (var d : derivations) {
            String from = d.from().name();
            columns.add(d.name());
            files.add(table.fileOf(from));
            for (int i = 0; i < table.rows().size(); i++) {
                Table.Row r = table.rows().get(i);
                String out;
                if (reader.isMissing(r, from)) {
                    out = null;
                } else if (d.test().equals("equals")) {
                    String cell = reader.text(r, from);
                    Double a = CellReader.parseNumber(cell), b = CellReader.parseNumber(d.value().trim());
                    boolean eq = a != null && b != null ? a.doubleValue() == b.doubleValue() : cell.equals(d.value().trim());
                    out = eq ? "1" : "0";
                } else {
                    Double x = reader.number(r, from);
                    double t = Double.parseDouble(d.value().trim().replace("_", "")); // as the spec reader read it: 1_000 is 1000
                    out = x == null ? null : switch (d.test()) {
                        case "at_least" -> x >= t ? "1" : "0";
                        case "above" -> x > t ? "1" : "0";
                        case "below" -> x < t ? "1" : "0";
                        default -> x <= t ? "1" : "0";
                    };
                }
                cells.get(i).add(out);
            }
        }
        problems.throwIfAny();
        List<Table.Row> rows = new java.util.ArrayList<>();
        for (int i = 0; i < table.rows().size(); i++) {
            Table.Row r = table.rows().get(i);
            List<Integer> lines = r.lines();
            if (!lines.isEmpty()) {
                lines = new java.util.ArrayList<>(lines);
                for (var d : derivations) lines.add(r.lineOf(table.indexOf(d.from().name())));
            }
            rows.add(new Table.Row(r.line(), cells.get(i), lines));
        }
        return new Dataset(new Table(table.file(), columns, rows, files), rowsRead, clashes);
    }

    /** A reader of typed cells of {@link #table()} that adds bad cells to {@code problems}. */
    public CellReader cells(Problems problems) {
        return new CellReader(table, problems);
    }

    /**
     * A column both files have (other than the join columns). The joined table always has both copies, as
     * {@code effects.<column>} and {@code studies.<column>}; under the plain name (the effects copy) only when the
     * files agree on every joined row, so that a spec naming a column whose copies differ must choose.
     *
     * @param differingRows joined rows where the two differ (0 when they agree)
     * @param effectsCell   where the first difference is in the effects file, null when none; likewise the others
     */
    public record Clash(String column, String effectsFile, String studiesFile, int differingRows,
                        Where effectsCell, String effectsValue, Where studiesCell, String studiesValue) {

        /** True when both files hold the same values on every joined row. */
        public boolean agrees() {
            return differingRows == 0;
        }

        String ambiguity() {
            return String.format(Locale.ROOT, "column '%s' is in both %s and %s, with different values in %d row%s "
                    + "(%s has %s, %s has %s); write '%s%s' or '%s%s' to choose", column, effectsFile, studiesFile,
                    differingRows, differingRows == 1 ? "" : "s", effectsCell, shown(effectsValue), studiesCell,
                    shown(studiesValue), StudiesJoiner.EFFECTS_PREFIX, column, StudiesJoiner.STUDIES_PREFIX, column);
        }

        private static String shown(String value) {
            return value == null ? "nothing" : CellText.quote(value);
        }
    }
}
