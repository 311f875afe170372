package org.metareport.data;

import java.nio.file.Files;
import java.util.List;
import java.util.Optional;
import org.metareport.problems.InputException;
import org.metareport.spec.Source;

/**
 * Reads a data file named in the spec into a {@link Table}, choosing the reader by the file's extension:
 * {@code .csv} (UTF-8, RFC 4180) or {@code .xlsx}/{@code .xlsm}/{@code .xls} (a worksheet). See
 * {@code CsvSource} and {@code XlsxSource} for the rules of each.
 */
public final class TableReader {
    private TableReader() {}

    /**
     * Reads the file of a spec {@link Source}.
     *
     * @return the table; its {@link Table#file()} is the path as the user wrote it ({@code book.xlsx[Sheet]} for a
     *         worksheet)
     * @throws InputException when the file is missing, of an unknown kind, or has problems (all of them, each at
     *         its row)
     */
    public static Table read(Source source) {
        if (!Files.exists(source.path()))
            throw InputException.at(source.where(), "data file '%s' not found (paths are relative to the spec's folder)",
                    source.shown());
        if (!Files.isRegularFile(source.path()))
            throw InputException.at(source.where(), "'%s' is a folder, not a data file", source.shown());
        if (!Files.isReadable(source.path()))
            throw InputException.at(source.where(), "data file '%s' cannot be read (no permission)", source.shown());
        return find(source).orElseThrow(() -> InputException.at(source.where(),
                "cannot read '%s': metareport reads %s files", source.shown(), extensions())).read(source);
    }

    private static Optional<TableSource> find(Source source) {
        return TableSource.ALL.stream().filter(s -> s.claims(source.path())).findFirst();
    }

    private static String extensions() {
        List<String> all = TableSource.ALL.stream().flatMap(s -> s.extensions().stream()).toList();
        return String.join(", ", all.subList(0, all.size() - 1)) + " and " + all.get(all.size() - 1);
    }
}
