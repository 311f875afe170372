package org.metareport.data;

import org.metareport.problems.Visible;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.metareport.problems.InputException;
import org.metareport.problems.Problems;
import org.metareport.problems.Where;
import org.metareport.spec.Source;

/**
 * Reads a comma-separated file (RFC 4180, as Excel and R write it) into a {@link Table}.
 *
 * <ul>
 *   <li>Text is UTF-8; a byte-order mark is dropped. Bytes that are not UTF-8 are errors at their row and
 *       column (at most {@value #ENCODING_PROBLEMS_SHOWN} rows are listed, then a count).</li>
 *   <li>Cells in double quotes may hold commas, line breaks and doubled quotes ({@code ""}).</li>
 *   <li>The first record is the header row (see {@link TableBuilder} for its rules); a row with fewer cells than
 *       the header has missing cells at the end; a row with more non-empty cells than the header is an error.</li>
 *   <li><b>Row numbers are record numbers</b>, header = 1: a quoted cell with a line break does not advance the
 *       count, so a row number is the row a spreadsheet shows, which may differ from the text editor's line.
 *       An empty line is a record (and an empty row).</li>
 * </ul>
 */
final class CsvSource implements TableSource {
    static final int ENCODING_PROBLEMS_SHOWN = 10;
    private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder().setIgnoreEmptyLines(false).get();

    @Override
    public List<String> extensions() {
        return List.of(".csv");
    }

    @Override
    public Table read(Source source) {
        String file = source.shown();
        Problems problems = new Problems();
        if (source.sheet() != null)
            problems.add(source.where(), "'%s' is a CSV file, which has no sheets; remove sheet: '%s'", file, source.sheet());
        Utf8Text text = Utf8Text.decode(bytes(source));
        if (text.text().isBlank()) {
            problems.add(Where.of(file, 1), "the file is empty; it needs a header row naming the columns");
            problems.throwIfAny();
        }
        List<CSVRecord> records = parse(file, text.text(), problems);
        if (!text.malformed().isEmpty()) reportEncoding(file, text, records, problems);
        if (records.isEmpty()) problems.throwIfAny();

        TableBuilder builder = new TableBuilder(file, i -> "column " + (i + 1), true, problems);
        List<String> header = records.get(0).toList();
        builder.header(1, header);
        if (header.size() == 1 && (header.get(0).contains(";") || header.get(0).contains("\t")))
            problems.add(Where.of(file, 1), "the header row has one column, %s; metareport reads comma-separated "
                    + "files: save the file as CSV with commas (in Excel: CSV UTF-8)", CellText.quote(header.get(0)));
        for (CSVRecord r : records.subList(1, records.size())) builder.row((int) r.getRecordNumber(), r.toList());
        return builder.build();
    }

    private static byte[] bytes(Source source) {
        try {
            return Files.readAllBytes(source.path());
        } catch (IOException e) {
            throw InputException.at(source.where(), "data file '%s' cannot be read", source.shown());
        }
    }

    /** Every record up to the end, or up to a quoting error, which is added to {@code problems}. */
    private static List<CSVRecord> parse(String file, String text, Problems problems) {
        List<CSVRecord> records = new ArrayList<>();
        try (CSVParser parser = FORMAT.parse(new StringReader(text))) {
            try {
                for (CSVRecord r : parser) records.add(r);
            } catch (UncheckedIOException e) {
                int row = (int) parser.getRecordNumber() + 1;
                String message = String.valueOf(e.getCause() == null ? e.getMessage() : e.getCause().getMessage());
                problems.add(Where.of(file, row), message.contains("EOF")
                        ? "a quoted cell that starts in this row is never closed; end it with a double quote, and "
                          + "write a double quote inside a cell as two (\"\")"
                        : "a quoted cell is followed by other text before the next comma; put the whole cell in "
                          + "double quotes and write a double quote inside it as two (\"\")");
            }
        } catch (IOException e) {
            throw new UncheckedIOException("reading from a string failed", e); // cannot happen with a StringReader
        }
        return records;
    }

    /** One problem per record holding text that was not UTF-8, naming its columns. */
    private static void reportEncoding(String file, Utf8Text text, List<CSVRecord> records, Problems problems) {
        TreeMap<Long, CSVRecord> byStart = new TreeMap<>();
        for (CSVRecord r : records) byStart.put(r.getCharacterPosition(), r);
        Map<Integer, Integer> firstBadByte = new LinkedHashMap<>(); // row → its first undecodable byte
        for (int i = 0; i < text.malformed().size(); i++) {
            var start = byStart.floorEntry((long) text.malformed().get(i));
            int row = start == null ? 1 : (int) start.getValue().getRecordNumber();
            firstBadByte.putIfAbsent(row, text.bytes().get(i));
        }
        List<String> header = records.isEmpty() ? List.of() : records.get(0).toList();
        int shown = 0;
        for (var bad : firstBadByte.entrySet()) {
            int row = bad.getKey();
            if (shown++ == ENCODING_PROBLEMS_SHOWN) {
                problems.add(Where.of(file, row), "and %d more rows with text that is not UTF-8; save the file as UTF-8 "
                        + "(in Excel: CSV UTF-8)", firstBadByte.size() - ENCODING_PROBLEMS_SHOWN);
                return;
            }
            String what = row <= records.size() ? badCells(records.get(row - 1), header) : "this row";
            problems.add(Where.of(file, row), "%s: not UTF-8 text (byte 0x%02X); save the file as UTF-8 (in Excel: CSV UTF-8)",
                    what, bad.getValue());
        }
    }

    /** "column 'Country' ('Bogot?')", or the header cells, of the cells that hold undecodable bytes. */
    private static String badCells(CSVRecord record, List<String> header) {
        List<String> cells = new ArrayList<>();
        for (int i = 0; i < record.size(); i++) {
            if (record.get(i).indexOf(Utf8Text.REPLACEMENT) < 0) continue;
            String value = CellText.quote(record.get(i).strip()).replace(Utf8Text.REPLACEMENT, '?');
            if (record.getRecordNumber() == 1) cells.add("header " + value);
            else if (i < header.size() && !header.get(i).isBlank()) cells.add("column " + Visible.quote(header.get(i).strip()) + " (" + value + ")");
            else cells.add("column " + (i + 1) + " (" + value + ")");
        }
        return cells.isEmpty() ? "this row" : String.join(", ", cells);
    }
}
