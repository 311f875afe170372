package org.metareport.data;

import org.metareport.problems.Visible;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.metareport.problems.Problems;
import org.metareport.problems.Where;

/**
 * Joins a studies table onto an effects table (a left join that must find a study for every effect row).
 *
 * <ul>
 *   <li>Key cells match as {@link CellText#same} (text, or numbers of equal value).</li>
 *   <li>Every effect row needs exactly one studies row: a missing key cell or a key with no studies row is an
 *       error at the effect row (with a close key as a hint, when there is one). Two studies rows with one key is
 *       an error naming both. Studies rows with a missing key cell match nothing and are ignored, as are studies
 *       rows no effect uses.</li>
 *   <li>An effect row whose studies row the spec's {@code exclude:}/{@code include:} left out is left out too (a
 *       filter on a study-level column drops that study's effects); the caller warns about them.</li>
 *   <li>Columns: the effects columns, then the studies columns other than the keys. A non-key column in both
 *       files (a clash) is always there as {@code effects.<name>} and {@code studies.<name>}; under its plain
 *       name (holding the effects file's cells) only when the two agree on every joined row, so that where they
 *       differ a spec must choose. Layout: effects columns (a clash under its plain name if it agrees, else as
 *       {@code effects.<name>}), studies columns (a clash as {@code studies.<name>}), then {@code effects.<name>}
 *       of each agreeing clash.</li>
 *   <li>Rows keep the effects row numbers; each studies cell keeps its studies row number (see {@link Table.Row#lines()}).</li>
 * </ul>
 */
final class StudiesJoiner {
    static final String EFFECTS_PREFIX = "effects.";
    static final String STUDIES_PREFIX = "studies.";

    private StudiesJoiner() {}

    /**
     * The joined table, the columns both files have, and the effect rows left out with their study.
     * ({@link #join} returns null instead when there were problems.)
     */
    record Joined(Table table, List<Dataset.Clash> clashes, List<Table.Row> leftOut) {}

    /**
     * @param removedStudies studies rows that the spec's filters left out (their effect rows are left out too)
     */
    static Joined join(Table effects, Table studies, List<String> keys, List<Table.Row> removedStudies, Problems problems) {
        int before = problems.list().size();
        Map<List<String>, Table.Row> byKey = index(studies, keys, problems);
        Map<List<String>, Table.Row> removed = new HashMap<>();
        for (Table.Row r : removedStudies) {
            List<String> k = key(studies, r, keys);
            if (k != null) removed.putIfAbsent(k, r);
        }
        List<Table.Row[]> pairs = new ArrayList<>();
        List<Table.Row> leftOut = new ArrayList<>();
        for (Table.Row row : effects.rows()) {
            List<String> key = key(effects, row, keys);
            if (key != null && !byKey.containsKey(key) && removed.containsKey(key)) {
                leftOut.add(row);
                continue;
            }
            Table.Row match = match(effects, studies, row, keys, byKey, problems);
            if (match != null) pairs.add(new Table.Row[] {row, match});
        }
        if (problems.list().size() > before) return null;
        List<Dataset.Clash> clashes = clashes(effects, studies, keys, pairs);
        Table table = assemble(effects, studies, keys, clashes, pairs, problems);
        return table == null ? null : new Joined(table, clashes, leftOut);
    }

    private static Map<List<String>, Table.Row> index(Table studies, List<String> keys, Problems problems) {
        Map<List<String>, Table.Row> byKey = new LinkedHashMap<>();
        for (Table.Row row : studies.rows()) {
            List<String> k = key(studies, row, keys);
            if (k == null) continue;
            Table.Row first = byKey.putIfAbsent(k, row);
            if (first != null)
                problems.add(studies.where(row), "rows %d and %d both have %s; keep one row per study, or join on "
                        + "more columns (join:) to tell them apart", first.line(), row.line(), describe(studies, row, keys));
        }
        return byKey;
    }

    private static Table.Row match(Table effects, Table studies, Table.Row row, List<String> keys,
                                   Map<List<String>, Table.Row> byKey, Problems problems) {
        boolean complete = true;
        for (String k : keys) {
            if (effects.cell(row, k) == null) {
                problems.add(effects.where(row, k), "column '%s' is missing, so this row cannot be matched with a row of "
                        + "%s on %s", k, studies.file(), names(keys));
                complete = false;
            }
        }
        if (!complete) return null;
        List<String> key = key(effects, row, keys);
        Table.Row match = byKey.get(key);
        if (match != null) return match;
        String hint = closest(effects, studies, row, keys, byKey);
        problems.add(effects.where(row), "no row of %s has %s; add the study there or correct this row%s",
                studies.file(), describe(effects, row, keys), hint);
        return null;
    }

    /** " (did you mean Study 'X' and Program name 'Y', row 7 there?)" or "". */
    private static String closest(Table effects, Table studies, Table.Row row, List<String> keys,
                                  Map<List<String>, Table.Row> byKey) {
        Map<String, Table.Row> rendered = new LinkedHashMap<>();
        for (Table.Row r : byKey.values()) rendered.putIfAbsent(render(studies, r, keys), r);
        List<String> close = CloseMatches.of(render(effects, row, keys), rendered.keySet());
        if (close.isEmpty()) return "";
        Table.Row r = rendered.get(close.get(0));
        return String.format(java.util.Locale.ROOT, " (did you mean %s, row %d there?)", describe(studies, r, keys), r.line());
    }

    private static List<Dataset.Clash> clashes(Table effects, Table studies, List<String> keys, List<Table.Row[]> pairs) {
        List<Dataset.Clash> clashes = new ArrayList<>();
        for (String c : studies.columns())
            if (!keys.contains(c) && effects.has(c)) clashes.add(compare(effects, studies, c, pairs));
        return clashes;
    }

    private static Table assemble(Table effects, Table studies, List<String> keys, List<Dataset.Clash> clashes,
                                  List<Table.Row[]> pairs, Problems problems) {
        Set<String> keySet = Set.copyOf(keys);
        List<String> studyColumns = studies.columns().stream().filter(c -> !keySet.contains(c)).toList();
        Map<String, Dataset.Clash> clashByName = new HashMap<>();
        for (Dataset.Clash c : clashes) clashByName.put(c.column(), c);
        List<String> columns = new ArrayList<>();
        List<String> files = new ArrayList<>();
        for (String c : effects.columns()) {
            Dataset.Clash clash = clashByName.get(c);
            columns.add(clash != null && clash.differingRows() > 0 ? EFFECTS_PREFIX + c : c);
            files.add(effects.file());
        }
        for (String c : studyColumns) {
            columns.add(clashByName.containsKey(c) ? STUDIES_PREFIX + c : c);
            files.add(studies.file());
        }
        List<String> aliases = clashes.stream().filter(Dataset.Clash::agrees).map(Dataset.Clash::column).toList();
        for (String c : aliases) {
            columns.add(EFFECTS_PREFIX + c);
            files.add(effects.file());
        }
        List<String> taken = new ArrayList<>();
        for (int i = 0; i < columns.size(); i++) {
            if (columns.indexOf(columns.get(i)) != i) taken.add(columns.get(i));
        }
        if (!taken.isEmpty()) {
            for (String t : taken)
                problems.add(Where.of(studies.file(), 1), "joining %s onto %s gives two columns called '%s' (a column "
                        + "in both files is also offered as effects.<name> and studies.<name>); rename one", studies.file(),
                        effects.file(), t);
            return null;
        }
        List<Table.Row> rows = new ArrayList<>(pairs.size());
        for (Table.Row[] p : pairs) {
            List<String> cells = new ArrayList<>(p[0].cells());
            List<Integer> lines = new ArrayList<>();
            for (int i = 0; i < p[0].cells().size(); i++) lines.add(p[0].lineOf(i));
            for (String c : studyColumns) {
                int i = studies.indexOf(c);
                cells.add(p[1].cells().get(i));
                lines.add(p[1].lineOf(i));
            }
            for (String c : aliases) {
                int i = effects.indexOf(c);
                cells.add(p[0].cells().get(i));
                lines.add(p[0].lineOf(i));
            }
            rows.add(new Table.Row(p[0].line(), cells, lines));
        }
        return new Table(effects.file(), columns, rows, files);
    }

    private static Dataset.Clash compare(Table effects, Table studies, String column, List<Table.Row[]> pairs) {
        int differing = 0;
        Table.Row[] first = null;
        for (Table.Row[] p : pairs) {
            if (!CellText.same(effects.cell(p[0], column), studies.cell(p[1], column))) {
                differing++;
                if (first == null) first = p;
            }
        }
        if (first == null) return new Dataset.Clash(column, effects.file(), studies.file(), 0, null, null, null, null);
        return new Dataset.Clash(column, effects.file(), studies.file(), differing, effects.where(first[0], column),
                effects.cell(first[0], column), studies.where(first[1], column), studies.cell(first[1], column));
    }

    /** The key of a row (canonical cells), or null when a key cell is missing. */
    private static List<String> key(Table table, Table.Row row, List<String> keys) {
        List<String> key = new ArrayList<>(keys.size());
        for (String k : keys) {
            String cell = CellText.key(table.cell(row, k));
            if (cell == null) return null;
            key.add(cell);
        }
        return key;
    }

    private static String render(Table table, Table.Row row, List<String> keys) {
        return keys.stream().map(k -> String.valueOf(table.cell(row, k))).collect(Collectors.joining(" | "));
    }

    /** "Study 'X' and Program name 'Y'". */
    private static String describe(Table table, Table.Row row, List<String> keys) {
        List<String> parts = keys.stream().map(k -> k + " " + Visible.quote(String.valueOf(table.cell(row, k)))).toList();
        return join(parts);
    }

    private static String names(List<String> keys) {
        return join(keys.stream().map(k -> "'" + k + "'").toList());
    }

    private static String join(List<String> parts) {
        if (parts.size() == 1) return parts.get(0);
        return String.join(", ", parts.subList(0, parts.size() - 1)) + " and " + parts.get(parts.size() - 1);
    }
}
