package org.metareport.data;

import org.metareport.problems.Visible;
import java.io.IOException;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.poi.EncryptedDocumentException;
import org.apache.poi.UnsupportedFileFormatException;
import org.apache.poi.ooxml.POIXMLException;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.FormulaError;
import org.apache.poi.ss.usermodel.FormulaEvaluator;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.metareport.problems.InputException;
import org.metareport.problems.Problems;
import org.metareport.problems.Where;
import org.metareport.spec.Source;

/**
 * Reads one worksheet of an Excel workbook ({@code .xlsx}, {@code .xlsm}, or the older {@code .xls}) into a
 * {@link Table}, through Apache POI: an .xlsx/.xlsm sheet is streamed ({@link XlsxStreamReader}, only the named
 * sheets' XML is parsed), anything else read with POI's full workbook, with the same result either way. The cells are
 * the values the workbook stores, not what the sheet displays, so that a workbook and its CSV export give the same
 * table wherever the display does not round:
 *
 * <ul>
 *   <li>The sheet is {@link Source#sheet()} (matched ignoring case, as Excel does), else the first sheet. The table's
 *       file is {@code book.xlsx[Sheet]}, so messages name the sheet.</li>
 *   <li>The header is the first row holding anything; row numbers are the sheet's (as Excel shows them).</li>
 *   <li>Numbers: the shortest decimal that reads back as the same double ({@code 0.5}, {@code 12}, not
 *       {@code 12.0}), whatever the cell's display format (a cell shown as {@code 59%} reads {@code 0.59}).</li>
 *   <li>Dates (numbers in a date format): ISO {@code yyyy-MM-dd}, with {@code THH:mm:ss} when there is a time of
 *       day. Excel turns typed ranges such as {@code 11-12} into dates; such cells read as dates.</li>
 *   <li>Booleans: {@code TRUE} / {@code FALSE}, as Excel writes them into a CSV file, so both give the same cell.</li>
 *   <li>Formulas: the result saved in the workbook; a formula without a saved result (a workbook written by a
 *       script) is computed, and one that cannot be computed is an error at its row.</li>
 *   <li>Error values ({@code #DIV/0!}) read as their text, so a number column reports them; {@code #N/A} is
 *       missing. Blank cells, empty text and {@code NA} are missing.</li>
 * </ul>
 */
final class XlsxSource implements TableSource {
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss", Locale.ROOT);

    @Override
    public List<String> extensions() {
        return List.of(".xlsx", ".xlsm", ".xls");
    }

    @Override
    public Table read(Source source) {
        Object read = readEach(List.of(source)).get(0);
        if (read instanceof InputException e) throw e;
        return (Table) read;
    }

    /**
     * Reads several sheets of one workbook (the effects and the studies sheet of the same file) opening it once. An
     * .xlsx/.xlsm file is streamed: only the named sheets' XML is parsed ({@link XlsxStreamReader}); whatever the
     * stream cannot render exactly as POI's full workbook does is read with the full workbook instead.
     *
     * @param sources sources naming the same file
     * @return for each source, its {@link Table} or the {@link InputException} {@link #read} would have thrown
     */
    List<Object> readEach(List<Source> sources) {
        XlsxStreamReader.Outcome streamed = XlsxStreamReader.read(sources);
        return streamed.tables() != null ? streamed.tables() : readWithWorkbook(sources);
    }

    /**
     * {@link #readEach} through POI's full {@link Workbook} (every sheet parsed): the reading that
     * {@link XlsxStreamReader} must equal, and its fallback for whatever it does not stream (an .xls file, a formula
     * without a saved result, a damaged or unusual workbook).
     */
    static List<Object> readWithWorkbook(List<Source> sources) {
        List<Object> out = new ArrayList<>();
        try (Workbook book = open(sources.get(0))) {
            for (Source source : sources) {
                try {
                    out.add(read(book, sheet(book, source), source));
                } catch (InputException e) {
                    out.add(e);
                }
            }
            return out;
        } catch (EncryptedDocumentException | org.apache.poi.EmptyFileException | IOException
                 | UnsupportedFileFormatException | POIXMLException e) {
            out.clear();
            for (Source source : sources) out.add(cannotOpen(source, e));
            return out;
        }
    }

    /**
     * POI's full workbook of the file. Besides its own exceptions for a damaged file, POI lets assorted unchecked
     * exceptions out of its constructor when a sheet holds an invalid value (a row numbered {@code r="e"}, a cell
     * {@code r="-1"}): the file is damaged all the same, and says so instead of failing with a stack trace.
     */
    private static Workbook open(Source source) throws IOException {
        try {
            return WorkbookFactory.create(source.path().toFile(), null, true);
        } catch (EncryptedDocumentException | org.apache.poi.EmptyFileException | UnsupportedFileFormatException
                 | POIXMLException e) {
            throw e;
        } catch (RuntimeException e) { // XmlValueOutOfRangeException, IllegalArgumentException (a cell reference "-1")...
            throw new POIXMLException(e);
        }
    }

    private static InputException cannotOpen(Source source, Exception e) {
        if (e instanceof EncryptedDocumentException) {
            return InputException.at(source.where(), "workbook '%s' is protected by a password; save a copy without one",
                    source.shown());
        }
        if (e instanceof org.apache.poi.EmptyFileException) {
            return InputException.at(source.where(), "'%s' is empty (0 bytes), not an Excel workbook; save the workbook "
                    + "again from Excel or LibreOffice as .xlsx", source.shown());
        }
        return InputException.at(source.where(), "'%s' is not an Excel workbook or is damaged; open it in Excel or "
                + "LibreOffice and save it as .xlsx", source.shown());
    }

    private static Sheet sheet(Workbook book, Source source) {
        List<String> names = new ArrayList<>();
        for (Sheet s : book) names.add(s.getSheetName());
        if (names.isEmpty()) throw InputException.at(source.where(), "workbook '%s' has no sheets", source.shown());
        if (source.sheet() == null) return book.getSheetAt(0);
        Sheet sheet = book.getSheet(source.sheet());
        if (sheet != null) return sheet;
        throw noSuchSheet(source, names);
    }

    /** The problem of a source naming a sheet the workbook (whose sheets are {@code names}) does not have. */
    static InputException noSuchSheet(Source source, List<String> names) {
        String hint = CloseMatches.hint(source.sheet(), names);
        return InputException.at(source.where(), "workbook '%s' has no sheet '%s'; %sits sheets are %s", source.shown(),
                source.sheet(), hint.isEmpty() ? "" : hint + " ",
                String.join(", ", names.stream().limit(12).map(Visible::quote).toList()) + (names.size() > 12 ? ", …" : ""));
    }

    private static Table read(Workbook book, Sheet sheet, Source source) {
        String file = source.shown() + "[" + sheet.getSheetName() + "]";
        Problems problems = new Problems();
        SheetRows rows = new SheetRows(file, problems);
        Cells cells = new Cells(file, book.getCreationHelper().createFormulaEvaluator(), problems);
        for (Row row : sheet) {
            if (row.getRowNum() < 0) { // r="0" in the sheet's XML: no row Excel can show
                problems.add(Where.of(file, 1), "the sheet has a row numbered 0, which Excel does not write; the "
                        + "workbook is damaged: open it in Excel or LibreOffice and save it as .xlsx");
                continue;
            }
            List<String> values = new ArrayList<>();
            for (int i = 0; i < row.getLastCellNum(); i++) values.add(cells.read(row.getCell(i)));
            rows.add(row.getRowNum() + 1, values);
        }
        return rows.build();
    }

    /** Hands a sheet's rows, in order, to a {@link TableBuilder}: the header is the first row holding anything. */
    static final class SheetRows {
        private final String file;
        private final Problems problems;
        private final TableBuilder builder;
        private boolean header;

        SheetRows(String file, Problems problems) {
            this.file = file;
            this.problems = problems;
            this.builder = new TableBuilder(file, i -> "column " + CellReference.convertNumToColString(i), false, problems);
        }

        /** One row: its number in the sheet (1-based) and its cells' texts by column (null: no cell or blank). */
        void add(int line, List<String> values) {
            if (!header) {
                if (values.stream().allMatch(v -> CellText.cell(v) == null)) return;
                builder.header(line, values);
                header = true;
            } else {
                builder.row(line, values);
            }
        }

        Table build() {
            if (!header) problems.add(Where.of(file, 1), "the sheet is empty; its first row must name the columns");
            return builder.build();
        }
    }

    /** A date cell's text: ISO {@code yyyy-MM-dd}, with {@code THH:mm:ss} when there is a time of day. */
    static String dateText(LocalDateTime t) {
        return t.toLocalTime().equals(LocalTime.MIDNIGHT) ? t.toLocalDate().toString() : DATE_TIME.format(t);
    }

    /** An error cell's text ({@code #DIV/0!}); null for {@code #N/A} and for a code that is no Excel error. */
    static String errorText(byte code) {
        FormulaError error = FormulaError.isValidCode(code) ? FormulaError.forInt(code) : null;
        if (error == null || error == FormulaError.NA) return null;
        return error.getString();
    }

    /** Turns POI cells into the text of {@link Table} cells. */
    private static final class Cells {
        private final String file;
        private final FormulaEvaluator evaluator;
        private final Problems problems;

        Cells(String file, FormulaEvaluator evaluator, Problems problems) {
            this.file = file;
            this.evaluator = evaluator;
            this.problems = problems;
        }

        /** {@link #text}, or null and a problem when POI cannot read the cell (a damaged or hand-made workbook). */
        String read(Cell cell) {
            try {
                return text(cell);
            } catch (RuntimeException e) { // POI and XMLBeans throw assorted unchecked exceptions for invalid cell XML
                problems.add(Where.of(file, cell.getRowIndex() + 1), "cell %s cannot be read (its type or value is "
                        + "not valid in an Excel file); the workbook is damaged: open it in Excel or LibreOffice and "
                        + "save it as .xlsx", cell.getAddress().formatAsString());
                return null;
            }
        }

        String text(Cell cell) {
            if (cell == null) return null;
            CellType type = cell.getCellType();
            if (type == CellType.FORMULA) {
                if (!hasSavedResult(cell) && !compute(cell)) return null;
                type = cell.getCachedFormulaResultType();
            }
            return switch (type) {
                case NUMERIC -> number(cell);
                case STRING -> string(cell);
                case BOOLEAN -> cell.getBooleanCellValue() ? "TRUE" : "FALSE";
                case ERROR -> errorText(cell.getErrorCellValue());
                case BLANK, _NONE, FORMULA -> null;
            };
        }

        /**
         * A text cell's value; for an .xlsx cell that refers to the shared-strings table ({@code t="s"}), a reference
         * past its end, negative or not a number is a problem at the cell (a damaged file), never another cell's text.
         */
        private String string(Cell cell) {
            if (cell instanceof XSSFCell x && x.getCTCell().isSetT()
                    && x.getCTCell().getT() == org.openxmlformats.schemas.spreadsheetml.x2006.main.STCellType.S) {
                String v = x.getCTCell().isSetV() ? x.getCTCell().getV().trim() : "";
                int size = x.getSheet().getWorkbook().getSharedStringSource().getUniqueCount();
                int index;
                try {
                    index = Integer.parseInt(v);
                } catch (NumberFormatException e) {
                    index = -1;
                }
                if (index < 0 || index >= size) {
                    problems.add(Where.of(file, cell.getRowIndex() + 1), "cell %s refers to shared text number '%s', but "
                            + "the workbook's table of shared text has %d entries (0 to %d): the file is damaged; open "
                            + "it in Excel or LibreOffice and save it again", cell.getAddress().formatAsString(), v, size,
                            size - 1);
                    return null;
                }
            }
            return cell.getStringCellValue();
        }

        private static String number(Cell cell) {
            double value = cell.getNumericCellValue();
            if (DateUtil.isCellDateFormatted(cell)) {
                return dateText(cell.getLocalDateTimeCellValue());
            }
            return ShortestDecimal.of(value);
        }

        /** False only for an .xlsx formula cell saved without its value (as scripts write them). */
        private static boolean hasSavedResult(Cell cell) {
            return !(cell instanceof XSSFCell x) || x.getCTCell().isSetV();
        }

        /** Computes a formula that has no saved result, saving it in the cell; false (and a problem) on failure. */
        private boolean compute(Cell cell) {
            try {
                evaluator.evaluateFormulaCell(cell);
                return true;
            } catch (RuntimeException e) { // POI throws assorted unchecked exceptions for formulas it cannot compute
                problems.add(Where.of(file, cell.getRowIndex() + 1), "cell %s has the formula =%s, which has no saved "
                        + "result and cannot be computed here; open the workbook in Excel or LibreOffice and save it",
                        cell.getAddress().formatAsString(), cell.getCellFormula());
                return false;
            }
        }
    }
}
