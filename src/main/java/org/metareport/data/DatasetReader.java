package org.metareport.data;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.metareport.problems.InputException;
import org.metareport.problems.Problems;
import org.metareport.problems.Warnings;
import org.metareport.problems.Where;
import org.metareport.spec.ColumnRef;
import org.metareport.spec.DataSpec;
import org.metareport.spec.RowFilter;

/**
 * Builds a {@link Dataset} from the {@code data:} block, in this order, collecting every problem of a step before
 * stopping:
 *
 * <ol>
 *   <li>Read the effects and the studies file (problems of both are reported together).</li>
 *   <li>Check the named columns: each filter column must be in at least one file; each {@code join} column in both;
 *       {@code study}, {@code id} and {@code label} in the joined table.</li>
 *   <li>Filter: {@code exclude} then {@code include}, each applied to every file that has its column (the
 *       school-based data keep {@code Drop = 0} in both sheets with one {@code include}). A listed value that
 *       matches no row is a warning; no effect row left is an error.</li>
 *   <li>Join studies onto effects on {@code join} (default: {@code [study]}); see {@link StudiesJoiner}. Effect rows
 *       whose study was filtered out are left out, with a warning.</li>
 *   <li>Every effect row needs its {@code study} cell.</li>
 * </ol>
 */
final class DatasetReader {
    private DatasetReader() {}

    static Dataset read(DataSpec spec, Warnings warnings) {
        Problems problems = new Problems();
        List<org.metareport.spec.Source> sources = spec.studies() == null ? List.of(spec.effects())
                : List.of(spec.effects(), spec.studies());
        List<Table> read = new ArrayList<>();
        for (Object o : TableReader.readEach(sources)) {   // one workbook holding both sheets is parsed once
            if (o instanceof InputException e) problems.addAll(e);
            read.add(o instanceof Table t ? t : null);
        }
        Table effects = read.get(0);
        Table studies = spec.studies() == null ? null : read.get(1);
        problems.throwIfAny();
        effects = MissingValues.apply(effects, spec, warnings);
        if (studies != null) studies = MissingValues.apply(studies, spec, warnings);
        checkTextAsMissing(spec, effects, studies, problems);

        List<ColumnRef> join = studies == null ? List.of() : joinColumns(spec);
        if (studies != null && join.isEmpty())
            problems.add(spec.studies().where(), "a studies file needs join: (or study:) to say which columns match its "
                    + "rows to the effect rows");
        checkNamedColumns(spec, effects, studies, join, problems);
        if (effects.rows().isEmpty())
            problems.add(Where.of(effects.file(), 1), "the file has a header row but no data rows; add one row per effect size");
        problems.throwIfAny();

        Filtered filtered = filter(spec, effects, studies, warnings, problems);
        Dataset dataset = studies == null ? new Dataset(filtered.effects(), effects.rows().size(), List.of())
                : join(spec, filtered, join.stream().map(ColumnRef::name).toList(), effects.rows().size(), warnings, problems);
        dataset.checkColumns(Stream.of(spec.study(), spec.id(), spec.label(), spec.effectLabel()).toList(), problems);
        problems.throwIfAny();
        requireStudies(spec, dataset.table(), problems);
        problems.throwIfAny();
        return dataset;
    }

    /** The tables after exclude: and include:, and the studies rows they removed. */
    private record Filtered(Table effects, Table studies, List<Table.Row> removedStudies) {}

    private static Filtered filter(DataSpec spec, Table effects, Table studies, Warnings warnings, Problems problems) {
        Table effectsRead = effects;
        List<Table.Row> removedStudies = new ArrayList<>();
        for (RowFilter filter : new RowFilter[] {spec.exclude(), spec.include()}) {
            if (filter == null || filter.isExpression()) continue;     // expressions: Dataset.select, after derive
            boolean exclude = filter == spec.exclude();
            String key = exclude ? "exclude" : "include";
            Set<String> matched = new LinkedHashSet<>();
            if (effects.has(filter.column().name())) {
                RowSelector.Selection s = RowSelector.apply(effects, filter, exclude);
                effects = s.kept();
                matched.addAll(s.matched());
            }
            if (studies != null && studies.has(filter.column().name())) {
                RowSelector.Selection s = RowSelector.apply(studies, filter, exclude);
                studies = s.kept();
                removedStudies.addAll(s.removed());
                matched.addAll(s.matched());
            }
            for (String value : filter.values())
                if (!matched.contains(value))
                    warnings.add(filter.where(), "%s: no row has %s '%s', so that value %s nothing", key,
                            filter.column().name(), value, exclude ? "excludes" : "includes");
            if (effects.rows().isEmpty()) {
                problems.add(filter.where(), "no row of %s is left after %s:; %s", effects.file(), key,
                        valuesOf(effectsRead, filter.column().name()));
                problems.throwIfAny();
            }
        }
        return new Filtered(effects, studies, removedStudies);
    }

    private static Dataset join(DataSpec spec, Filtered filtered, List<String> keys, int rowsRead, Warnings warnings,
                                Problems problems) {
        Table effects = filtered.effects();
        StudiesJoiner.Joined joined = StudiesJoiner.join(effects, filtered.studies(), keys, filtered.removedStudies(), problems);
        problems.throwIfAny();
        List<Table.Row> leftOut = joined.leftOut();
        if (!leftOut.isEmpty())
            warnings.add(Where.of(effects.file(), leftOut.get(0).line()), "%d row%s of %s left out because exclude:/include: "
                    + "left out %s study in %s (%s)", leftOut.size(), leftOut.size() == 1 ? "" : "s", effects.file(),
                    leftOut.size() == 1 ? "its" : "their", filtered.studies().file(), rowList(leftOut));
        if (joined.table().rows().isEmpty()) {
            RowFilter last = spec.include() != null && !spec.include().isExpression() ? spec.include() : spec.exclude();
            problems.add(last == null ? spec.where() : last.where(), "no row of %s is left: exclude:/include: left out "
                    + "the study of every row", effects.file());
            problems.throwIfAny();
        }
        return new Dataset(joined.table(), rowsRead, joined.clashes());
    }

    /** Each {@code text_as_missing} column is in at least one file. */
    private static void checkTextAsMissing(DataSpec spec, Table effects, Table studies, Problems problems) {
        List<Table> tables = studies == null ? List.of(effects) : List.of(effects, studies);
        for (ColumnRef c : spec.textAsMissing())
            if (tables.stream().noneMatch(t -> t.has(c.name())))
                problems.add(c.where(), "%s", ColumnFinder.unknown(c, tables.stream().map(Table::file).toList(),
                        tables.stream().flatMap(t -> t.columns().stream()).distinct().toList()));
        problems.throwIfAny();
    }

    /** Every effect row needs its study cell (the cluster of the models). */
    private static void requireStudies(DataSpec spec, Table table, Problems problems) {
        if (spec.study() == null) return;
        String study = spec.study().name();
        for (Table.Row row : table.rows())
            if (table.cell(row, study) == null)
                problems.add(table.where(row, study), "column '%s' is missing; every effect row needs its study", study);
    }

    private static List<ColumnRef> joinColumns(DataSpec spec) {
        if (!spec.join().isEmpty()) return spec.join();
        return spec.study() == null ? List.of() : List.of(spec.study());
    }

    /** Filter columns in some file, join columns in both, study/id/label among the joined table's names. */
    private static void checkNamedColumns(DataSpec spec, Table effects, Table studies, List<ColumnRef> join,
                                          Problems problems) {
        List<Table> tables = studies == null ? List.of(effects) : List.of(effects, studies);
        List<String> files = tables.stream().map(Table::file).toList();
        List<String> all = tables.stream().flatMap(t -> t.columns().stream()).distinct().toList();
        for (RowFilter filter : new RowFilter[] {spec.exclude(), spec.include()}) {
            if (filter != null && !filter.isExpression() && tables.stream().noneMatch(t -> t.has(filter.column().name())))
                problems.add(filter.column().where(), "%s", ColumnFinder.unknown(filter.column(), files, all));
        }
        Set<ColumnRef> reported = new java.util.HashSet<>();
        if (studies != null) {
            for (ColumnRef ref : join) {
                List<Table> lacking = tables.stream().filter(t -> !t.has(ref.name())).toList();
                if (lacking.isEmpty()) continue;
                reported.add(ref);
                problems.add(ref.where(), "%s; the join needs the column in both files", ColumnFinder.unknown(ref,
                        lacking.stream().map(Table::file).toList(),
                        lacking.stream().flatMap(t -> t.columns().stream()).distinct().toList()));
            }
        }
        List<String> names = reported.isEmpty() ? joinedNames(effects, studies, join.stream().map(ColumnRef::name).toList())
                : all; // without a working join the joined names are unknown: list what the files have
        for (ColumnRef ref : new ColumnRef[] {spec.study(), spec.id(), spec.label(), spec.effectLabel()})
            if (ref != null && !reported.contains(ref) && !names.contains(ref.name()))
                problems.add(ref.where(), "%s", ColumnFinder.unknown(ref, files, names));
    }

    /**
     * The names the joined table will have, as {@link StudiesJoiner} lays them out, assuming each column in both
     * files agrees (a plain name that turns out ambiguous is reported after the join).
     */
    private static List<String> joinedNames(Table effects, Table studies, List<String> keys) {
        Set<String> names = new LinkedHashSet<>(effects.columns());
        if (studies != null) {
            List<String> clashes = new ArrayList<>();
            for (String c : studies.columns()) {
                if (keys.contains(c)) continue;
                if (effects.has(c)) clashes.add(c);
                names.add(effects.has(c) ? StudiesJoiner.STUDIES_PREFIX + c : c);
            }
            for (String c : clashes) names.add(StudiesJoiner.EFFECTS_PREFIX + c);
        }
        return List.copyOf(names);
    }

    /** "the values of 'Drop' there are '0', '1' and '2'", from the file as read (before filtering). */
    private static String valuesOf(Table effects, String column) {
        if (!effects.has(column)) return "check the values listed";
        List<String> values = effects.values(column).stream().map(v -> v == null ? "(missing)" : CellText.quote(v))
                .distinct().toList();
        String listed = values.stream().limit(10).collect(Collectors.joining(", ")) + (values.size() > 10 ? ", …" : "");
        return "the values of '" + column + "' there are " + listed;
    }

    private static String rowList(List<Table.Row> rows) {
        String listed = rows.stream().limit(10).map(r -> String.valueOf(r.line())).collect(Collectors.joining(", "));
        return (rows.size() == 1 ? "row " : "rows ") + listed + (rows.size() > 10 ? ", …" : "");
    }
}
