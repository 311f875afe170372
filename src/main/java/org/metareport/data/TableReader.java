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
        requireReadable(source);
        return find(source).orElseThrow(() -> InputException.at(source.where(),
                "cannot read '%s': metareport reads %s files", source.shown(), extensions())).read(source);
    }

    private static void requireReadable(Source source) {
        if (!Files.exists(source.path()))
            throw InputException.at(source.where(), "data file '%s' not found (paths are relative to the spec's folder)",
                    source.shown());
        if (!Files.isRegularFile(source.path()))
            throw InputException.at(source.where(), "'%s' is a folder, not a data file", source.shown());
        if (!Files.isReadable(source.path()))
            throw InputException.at(source.where(), "data file '%s' cannot be read (no permission)", source.shown());
    }

    /**
     * Reads the files of several sources, as {@link #read} reads each, but a workbook that several sources name (the
     * effects and the studies sheet of one .xlsx) is opened and parsed once.
     *
     * @return for each source, its {@link Table} or the {@link InputException} {@link #read} would have thrown
     */
    static List<Object> readEach(List<Source> sources) {
        if (sources.size() == 2 && sharedWorkbook(sources.get(0), sources.get(1))) {
            try {
                requireReadable(sources.get(0));
                requireReadable(sources.get(1));
                return new XlsxSource().readEach(sources);
            } catch (InputException e) {
                // a missing or unreadable file: each source says so, as read() does
            }
        }
        List<Object> out = new java.util.ArrayList<>();
        for (Source s : sources) {
            try {
                out.add(read(s));
            } catch (InputException e) {
                out.add(e);
            }
        }
        return out;
    }

    /** Two sources reading sheets of one workbook file. */
    private static boolean sharedWorkbook(Source a, Source b) {
        return a.path().equals(b.path()) && find(a).orElse(null) instanceof XlsxSource;
    }

    private static Optional<TableSource> find(Source source) {
        return TableSource.ALL.stream().filter(s -> s.claims(source.path())).findFirst();
    }

    private static String extensions() {
        List<String> all = TableSource.ALL.stream().flatMap(s -> s.extensions().stream()).toList();
        return String.join(", ", all.subList(0, all.size() - 1)) + " and " + all.get(all.size() - 1);
    }
}
