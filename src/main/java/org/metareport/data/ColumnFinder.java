package org.metareport.data;

import org.metareport.problems.Visible;
import java.util.List;
import java.util.stream.Collectors;
import org.metareport.spec.ColumnRef;

/** Words the error for a column name written in the spec that a table does not have. */
final class ColumnFinder {
    /** How many column names a message lists before it gives only the count. */
    static final int LISTED = 12;

    private ColumnFinder() {}

    /**
     * {@code no column 'Treatment.n' in data/findings.csv; did you mean 'Treatment.N'? The columns are 'Drop',
     * 'Study', … (35 in all)}.
     *
     * @param files   the files searched, for the message ({@code data/findings.csv or data/studies.csv})
     * @param columns the names there are, in file order
     */
    static String unknown(ColumnRef ref, List<String> files, List<String> columns) {
        String hint = CloseMatches.hint(ref.name(), columns);
        return String.format(java.util.Locale.ROOT, "no column %s in %s; %s%s", Visible.quote(ref.name()), String.join(" or ", files),
                hint.isEmpty() ? "" : hint + " ", listing(columns));
    }

    /** "The columns are 'A', 'B' and 'C'", or the first {@value #LISTED} and the count. */
    static String listing(List<String> columns) {
        if (columns.isEmpty()) return "there are no columns";
        List<String> quoted = columns.stream().limit(LISTED + 1).map(Visible::quote).toList();
        if (quoted.size() == 1) return "the only column is " + quoted.get(0);
        if (quoted.size() <= LISTED)
            return "the columns are " + String.join(", ", quoted.subList(0, quoted.size() - 1)) + " and " + quoted.get(quoted.size() - 1);
        return "the columns are " + quoted.stream().limit(LISTED).collect(Collectors.joining(", ")) + ", … ("
                + columns.size() + " in all)";
    }
}
