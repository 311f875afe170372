package org.metareport.data;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.metareport.spec.Source;

/**
 * Reads one kind of data file into a {@link Table}. Each kind claims files by their extension, as Quarto's
 * engines claim documents; {@link TableReader} asks each in turn.
 */
sealed interface TableSource permits CsvSource, XlsxSource {

    /** Every source, in the order they are asked. */
    List<TableSource> ALL = List.of(new CsvSource(), new XlsxSource());

    /** The extensions this source reads, lower case with the dot ({@code .csv}). */
    List<String> extensions();

    /**
     * Reads the file of {@code source} (which exists and is a regular file).
     *
     * @throws org.metareport.problems.InputException with every problem found in the file
     */
    Table read(Source source);

    /** True when this source reads files named like {@code path}. */
    default boolean claims(Path path) {
        String name = path.getFileName().toString().toLowerCase(Locale.ROOT);
        return extensions().stream().anyMatch(name::endsWith);
    }
}
