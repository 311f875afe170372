package org.metareport.data;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.crypt.Encryptor;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FormulaError;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFFont;
import org.apache.poi.xssf.usermodel.XSSFRichTextString;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;
import org.metareport.problems.InputException;
import org.metareport.problems.Problem;
import org.metareport.problems.Where;
import org.metareport.spec.Source;

/**
 * The streaming reader ({@link XlsxStreamReader}) against POI's full workbook ({@link XlsxSource#readWithWorkbook}):
 * the same tables cell for cell and the same problems at the same positions, on every workbook of the test resources
 * and the shared data, on focused synthetic workbooks and on damaged ones; and it falls back (giving no tables) where
 * it cannot render a file identically, so that {@link XlsxSource} reads that file with the full workbook.
 */
class XlsxStreamReaderTest {
    private static final String SHEET = "xl/worksheets/sheet1.xml";
    private static final String STRINGS = "xl/sharedStrings.xml";
    @TempDir Path dir;

    // ---- comparing the two readings ----------------------------------------------------------------------------

    /** A reading as comparable values: each source's Table, or its problems as the CLI prints them. */
    private static List<Object> comparable(List<Object> read) {
        return read.stream().map(o -> o instanceof InputException e
                ? (Object) e.problems().stream().map(Problem::toString).toList() : o).toList();
    }

    /**
     * Reads {@code sources} both ways; when the stream gives tables they must equal the full workbook's, and what
     * {@link XlsxSource#readEach} gives must equal them in any case.
     *
     * @return the stream's outcome, to check whether it streamed or fell back
     */
    private static XlsxStreamReader.Outcome sameAsWorkbook(List<Source> sources) {
        List<Object> workbook = comparable(XlsxSource.readWithWorkbook(sources));
        XlsxStreamReader.Outcome streamed = XlsxStreamReader.read(sources);
        if (streamed.tables() != null) assertThat(comparable(streamed.tables())).as("streamed %s", sources).isEqualTo(workbook);
        assertThat(comparable(new XlsxSource().readEach(sources))).isEqualTo(workbook);
        return streamed;
    }

    /** Every way of naming the sheets of {@code file}: first sheet, each by name and in upper case, unknown, pairs. */
    private static List<List<Source>> namings(Path file) {
        List<String> names = new ArrayList<>();
        try (Workbook book = WorkbookFactory.create(file.toFile(), null, true)) {
            for (Sheet s : book) names.add(s.getSheetName());
        } catch (Exception e) {
            // damaged or not a workbook: the first sheet and an unknown one are still asked for
        }
        List<List<Source>> out = new ArrayList<>();
        out.add(List.of(source(file, null, 3)));
        out.add(List.of(source(file, "No such sheet", 3)));
        for (String name : names) out.add(List.of(source(file, name, 3)));
        if (!names.isEmpty()) out.add(List.of(source(file, names.get(0).toUpperCase(java.util.Locale.ROOT), 3)));
        if (names.size() >= 2) out.add(List.of(source(file, names.get(1), 3), source(file, names.get(0), 4)));
        if (!names.isEmpty()) out.add(List.of(source(file, names.get(0), 3), source(file, "Nope", 4)));
        return out;
    }

    private static Source source(Path file, String sheet, int line) {
        return new Source(file, "data/" + file.getFileName(), sheet, new Where("analysis.yaml", line, 12));
    }

    private Path save(Workbook book, String name) throws IOException {
        Path file = dir.resolve(name);
        try (OutputStream out = Files.newOutputStream(file); book) {
            book.write(out);
        }
        return file;
    }

    private Path edited(Path file, String entry, UnaryOperator<String> edit, String name) throws IOException {
        Path out = dir.resolve(name);
        Files.write(out, TestFiles.rewriteZipEntry(file, entry, edit));
        return out;
    }

    private static XlsxStreamReader.Outcome first(Path file) {
        return sameAsWorkbook(List.of(source(file, null, 3)));
    }

    private static Row row(Sheet sheet, int index, Object... values) {
        Row row = sheet.createRow(index);
        for (int i = 0; i < values.length; i++) {
            Object v = values[i];
            if (v == null) continue;
            Cell c = row.createCell(i);
            if (v instanceof String s) c.setCellValue(s);
            else if (v instanceof Double d) c.setCellValue(d);
            else if (v instanceof Integer n) c.setCellValue(n);
            else if (v instanceof Boolean b) c.setCellValue(b);
            else throw new IllegalArgumentException(String.valueOf(v));
        }
        return row;
    }

    // ---- every workbook at hand ----------------------------------------------------------------------------------

    static Stream<Path> workbooks() throws IOException {
        List<Path> roots = new ArrayList<>(List.of(Path.of("src/test/resources")));
        if (Files.isDirectory(Path.of("/work/shared/data"))) roots.add(Path.of("/work/shared/data"));
        List<Path> files = new ArrayList<>();
        for (Path root : roots) {
            try (Stream<Path> walk = Files.walk(root)) {
                walk.filter(p -> p.getFileName().toString().matches("(?i).*\\.xls[xm]?")).sorted().forEach(files::add);
            }
        }
        java.util.Set<String> seen = new java.util.HashSet<>(); // the shared data's workbook is also a test resource
        return files.stream().filter(p -> seen.add(digest(p)));
    }

    private static String digest(Path p) {
        try {
            return java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(p)));
        } catch (IOException | java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    @TestFactory
    Stream<DynamicTest> everyWorkbookReadsAsTheFullWorkbookReadsIt() throws IOException {
        List<Path> all = workbooks().toList();
        assertThat(all).extracting(p -> p.getFileName().toString())
                .contains("School-based Mental Health Interventions.xlsx", "small.xlsx", "zero-bytes.xlsx");
        return all.stream().map(file -> DynamicTest.dynamicTest(file.toString(), () -> {
            List<List<Source>> namings = namings(file);
            // a workbook damaged in one sheet: only the readings of that sheet can be the same (see below)
            if (damaged(file)) namings = namings.subList(0, 1);
            for (List<Source> sources : namings) sameAsWorkbook(sources);
        }));
    }

    private static boolean damaged(Path file) {
        return comparable(XlsxSource.readWithWorkbook(List.of(source(file, null, 3)))).toString()
                .contains("is not an Excel workbook or is damaged");
    }

    /**
     * The documented difference: POI's full workbook parses every sheet, so damage anywhere makes the whole file
     * "damaged"; the stream sees only the sheets it reads. The damaged sheet itself gives the same message.
     */
    @Test
    void damageInASheetThatIsNotReadIsNotSeen() {
        Path file = Path.of("src/test/resources/bad-input/430-xlsx-invalid-row-number/book.xlsx"); // Findings: r="e"
        assertThat(damaged(file)).isTrue();
        assertThat(sameAsWorkbook(List.of(source(file, "Findings", 3))).fallback()).contains("row number 'e'");
        XlsxStreamReader.Outcome studies = XlsxStreamReader.read(List.of(source(file, "Studies", 3)));
        assertThat(studies.fallback()).isNull();
        assertThat(((Table) studies.tables().get(0)).columns()).containsExactly("study");
    }

    @Test
    void streamsTheSchoolBasedWorkbookWithoutFallingBack() {
        Path file = TestFiles.schoolBased("School-based Mental Health Interventions.xlsx");
        for (List<Source> sources : namings(file)) { // compared with the full workbook above
            assertThat(XlsxStreamReader.read(sources).fallback()).as("%s", sources).isNull();
        }
        List<Object> both = XlsxStreamReader.read(List.of(source(file, "Findings", 3), source(file, "Studies", 4))).tables();
        assertThat(both).hasSize(2).allMatch(t -> t instanceof Table);
        assertThat(((Table) both.get(0)).rows()).hasSizeGreaterThan(100);
    }

    @Test
    void twoSheetsParsedAtTheSameTimeGiveWhatOneAfterTheOtherGives() {
        Path file = TestFiles.schoolBased("School-based Mental Health Interventions.xlsx");
        List<Source> both = List.of(source(file, "Findings", 3), source(file, "Studies", 4));
        List<Object> together = comparable(XlsxStreamReader.read(both).tables());
        List<Object> inTurn;
        String before = System.getProperty("metareport.threads");
        System.setProperty("metareport.threads", "1");
        try {
            inTurn = comparable(XlsxStreamReader.read(both).tables());
        } finally {
            if (before == null) System.clearProperty("metareport.threads");
            else System.setProperty("metareport.threads", before);
        }
        assertThat(together).isEqualTo(inTurn).hasSize(2);
        // damage in either of two sheets parsed together: the damaged sheet's message, as when it is read alone
        Path damaged = Path.of("src/test/resources/bad-input/430-xlsx-invalid-row-number/book.xlsx"); // Findings
        for (List<Source> pair : List.of(List.of(source(damaged, "Findings", 3), source(damaged, "Studies", 4)),
                List.of(source(damaged, "Studies", 3), source(damaged, "Findings", 4)))) {
            assertThat(sameAsWorkbook(pair).fallback()).as("%s", pair).contains("row number 'e'");
        }
    }

    @Test
    void fallsBackForFilesThatAreNoOoxmlZip() throws IOException {
        Path fuzz = Path.of("src/test/resources/fuzz/xlsx");
        assertThat(first(fuzz.resolve("zero-bytes.xlsx")).fallback()).contains("not an OOXML");
        assertThat(first(fuzz.resolve("small.xlsx")).fallback()).contains("formula without a saved result");
        Workbook old = new HSSFWorkbook();
        row(old.createSheet("Old"), 0, "Study", "N");
        assertThat(first(save(old, "old.xls")).fallback()).contains("not an OOXML");
        Path text = dir.resolve("fake.xlsx");
        Files.writeString(text, "Study,N\nA,1\n");
        assertThat(first(text).fallback()).contains("not an OOXML");
    }

    @Test
    void fallsBackForAnEncryptedWorkbookWhichReportsItsPassword() throws Exception {
        XSSFWorkbook book = new XSSFWorkbook();
        row(book.createSheet("S"), 0, "Study");
        EncryptionInfo info = new EncryptionInfo(EncryptionMode.agile);
        Encryptor encryptor = info.getEncryptor();
        encryptor.confirmPassword("secret");
        Path file = dir.resolve("locked.xlsx");
        try (POIFSFileSystem fs = new POIFSFileSystem()) {
            try (OutputStream os = encryptor.getDataStream(fs)) {
                book.write(os);
            }
            try (OutputStream out = Files.newOutputStream(file)) {
                fs.writeFilesystem(out);
            }
        }
        XlsxStreamReader.Outcome outcome = first(file);
        assertThat(outcome.fallback()).contains("not an OOXML");
        assertThat(TestFiles.problems(() -> TableReader.read(source(file, null, 3)))).singleElement().asString()
                .contains("is protected by a password");
    }

    // ---- focused cases -------------------------------------------------------------------------------------------

    @Test
    void datesAndDateTimesIn1900And1904Workbooks() throws IOException {
        for (boolean date1904 : List.of(false, true)) {
            XSSFWorkbook book = new XSSFWorkbook();
            book.getCTWorkbook().getWorkbookPr().setDate1904(date1904);
            Sheet s = book.createSheet("S");
            row(s, 0, "builtin", "custom", "stamp", "time", "negative", "text style");
            Row r = s.createRow(1);
            CellStyle builtin = book.createCellStyle();
            builtin.setDataFormat((short) 14);
            CellStyle custom = book.createCellStyle();
            custom.setDataFormat(book.createDataFormat().getFormat("m-d"));
            CellStyle stamp = book.createCellStyle();
            stamp.setDataFormat(book.createDataFormat().getFormat("yyyy-mm-dd hh:mm:ss"));
            CellStyle time = book.createCellStyle();
            time.setDataFormat(book.createDataFormat().getFormat("h:mm"));
            CellStyle text = book.createCellStyle();
            text.setDataFormat(book.createDataFormat().getFormat("@"));
            r.createCell(0).setCellValue(LocalDate.of(2020, 11, 12));
            r.getCell(0).setCellStyle(builtin);
            r.createCell(1).setCellValue(LocalDate.of(1999, 1, 2));
            r.getCell(1).setCellStyle(custom);
            r.createCell(2).setCellValue(LocalDateTime.of(2021, 3, 4, 8, 30, 15));
            r.getCell(2).setCellStyle(stamp);
            r.createCell(3).setCellValue(0.75);
            r.getCell(3).setCellStyle(time);
            r.createCell(4).setCellValue(-3.5);
            r.getCell(4).setCellStyle(custom);
            r.createCell(5).setCellValue(44000);
            r.getCell(5).setCellStyle(text);
            Path file = save(book, "dates" + date1904 + ".xlsx");
            assertThat(first(file).fallback()).isNull();
            Table t = TableReader.read(source(file, null, 3));
            assertThat(t.rows().get(0).cells().get(0)).isEqualTo("2020-11-12");
            assertThat(t.rows().get(0).cells().get(2)).isEqualTo("2021-03-04T08:30:15");
        }
    }

    @Test
    void booleansErrorsAndBlanks() throws IOException {
        Workbook book = new XSSFWorkbook();
        Sheet s = book.createSheet("S");
        row(s, 0, "flag", "div0", "na", "ref", "name", "num", "null", "blank");
        Row r = row(s, 1, true);
        r.createCell(1).setCellErrorValue(FormulaError.DIV0.getCode());
        r.createCell(2).setCellErrorValue(FormulaError.NA.getCode());
        r.createCell(3).setCellErrorValue(FormulaError.REF.getCode());
        r.createCell(4).setCellErrorValue(FormulaError.NAME.getCode());
        r.createCell(5).setCellErrorValue(FormulaError.NUM.getCode());
        r.createCell(6).setCellErrorValue(FormulaError.NULL.getCode());
        r.createCell(7).setBlank();
        row(s, 2, false, "x");
        Path file = save(book, "kinds.xlsx");
        assertThat(first(file).fallback()).isNull();
        // t="b" with a value other than 1, t="e" without a value (#NULL!, as POI reads it)
        Path odd = edited(file, SHEET, x -> x.replaceFirst("(<c r=\"A3\" t=\"b\"[^>]*>)<v>0</v>", "$1<v>7</v>")
                .replaceFirst("(<c r=\"G2\" t=\"e\"[^>]*)><v>#NULL!</v></c>", "$1/>"), "odd.xlsx");
        assertThat(first(odd).fallback()).isNull();
        assertThat(TableReader.read(source(odd, null, 3)).rows()).extracting(t -> t.cells().get(0), t -> t.cells().get(6))
                .containsExactly(org.assertj.core.groups.Tuple.tuple("TRUE", "#NULL!"), org.assertj.core.groups.Tuple.tuple("FALSE", null));
    }

    @Test
    void sharedInlineRichAndFormulaStrings() throws IOException {
        XSSFWorkbook book = new XSSFWorkbook();
        Sheet s = book.createSheet("S");
        row(s, 0, "shared", "rich", "formula", "spaces", "lines", "escape");
        Row r = row(s, 1, "plain");
        XSSFRichTextString rich = new XSSFRichTextString("bold and plain");
        XSSFFont bold = book.createFont();
        bold.setBold(true);
        rich.applyFont(0, 4, bold);
        r.createCell(1).setCellValue(rich);
        r.createCell(2).setCellFormula("\"n=\"&A2");
        r.getCell(2).setCellValue("n=plain");
        r.createCell(3).setCellValue("  padded  ");
        r.createCell(4).setCellValue("two\nlines");
        r.createCell(5).setCellValue("keep");
        Path file = save(book, "strings.xlsx");
        assertThat(first(file).fallback()).isNull();
        // _xHHHH_ escapes in a shared string and a run, an inline string (own text and runs), a phonetic run
        Path escaped = edited(file, STRINGS, x -> x.replace("<t>keep</t>", "<t>a_x0041_b_x000D__x005F_x0041_</t>")
                .replace("<t>plain</t>", "<t>plain</t><rPh sb=\"0\" eb=\"1\"><t>PH</t></rPh>"), "escaped.xlsx");
        Path inline = edited(escaped, SHEET, x -> x.replaceFirst("<c r=\"A2\" t=\"s\"[^>]*><v>[0-9]+</v></c>",
                "<c r=\"A2\" t=\"inlineStr\"><is><r><rPr><b/></rPr><t>in</t></r><r><t xml:space=\"preserve\"> line_x0042_</t></r></is></c>")
                .replaceFirst("<c r=\"D2\" t=\"s\"[^>]*><v>[0-9]+</v></c>", "<c r=\"D2\" t=\"inlineStr\"><is><t> own </t></is></c>"),
                "inline.xlsx");
        assertThat(first(escaped).fallback()).isNull();
        assertThat(first(inline).fallback()).isNull();
        assertThat(TableReader.read(source(inline, null, 3)).rows().get(0).cells().get(0)).isEqualTo("in lineB");
        // SXSSF writes every string inline
        SXSSFWorkbook streamed = new SXSSFWorkbook();
        row(streamed.createSheet("S"), 0, "Study", "N");
        row(streamed.getSheet("S"), 1, "Smith", 3);
        Path sxssf = save(streamed, "sxssf.xlsx");
        assertThat(new String(Files.readAllBytes(sxssf), StandardCharsets.ISO_8859_1)).isNotEmpty();
        assertThat(first(sxssf).fallback()).isNull();
    }

    @Test
    void emptyRowsAtTheTopAndInTheMiddleSparseCellsMergedAndTrailingBlanks() throws IOException {
        Workbook book = new XSSFWorkbook();
        Sheet s = book.createSheet("S");
        CellStyle fill = book.createCellStyle();
        fill.setFillPattern(org.apache.poi.ss.usermodel.FillPatternType.SOLID_FOREGROUND);
        s.createRow(0).createCell(2).setCellStyle(fill); // a formatted, empty row above the header
        s.createRow(1);
        row(s, 2, "Study", null, null, "N", null, null, null, "Note");
        row(s, 3, "A", null, null, 1);
        s.createRow(4).createCell(9).setCellStyle(fill); // an empty row in the middle, a blank cell past the header
        row(s, 6, "B", null, null, 2, null, null, null, "x");
        Row trailing = row(s, 7, "C", null, null, 3);
        for (int i = 4; i < 12; i++) trailing.createCell(i).setCellStyle(fill);
        row(s, 8, "D", null, null, 4);
        s.addMergedRegion(new CellRangeAddress(8, 9, 0, 2));
        Path file = save(book, "sparse.xlsx");
        assertThat(first(file).fallback()).isNull();
        assertThat(TableReader.read(source(file, null, 3)).rows()).extracting(Table.Row::line).containsExactly(4, 7, 8, 9);
    }

    @Test
    void aMissingOrWrongDimensionTagChangesNothing() throws IOException {
        Workbook book = new XSSFWorkbook();
        Sheet s = book.createSheet("S");
        row(s, 0, "Study", "N");
        row(s, 1, "A", 1);
        row(s, 5, "B", 2, null, "far");
        Path file = save(book, "dim.xlsx");
        assertThat(new String(TestFiles.rewriteZipEntry(file, SHEET, x -> x), StandardCharsets.UTF_8)).isNotEmpty();
        Path none = edited(file, SHEET, x -> x.replaceFirst("<dimension ref=\"[^\"]*\"/>", ""), "none.xlsx");
        Path wrong = edited(file, SHEET, x -> x.replaceFirst("<dimension ref=\"[^\"]*\"/>", "<dimension ref=\"A1:B2\"/>"),
                "wrong.xlsx");
        for (Path p : List.of(file, none, wrong)) {
            assertThat(first(p).fallback()).isNull();
            assertThat(TestFiles.problems(() -> TableReader.read(source(p, null, 3)))).singleElement().asString()
                    .contains("column D has no name in the header row (row 1) but this row has 'far'");
        }
    }

    @Test
    void duplicateAndUnorderedRowsAndCellsAsPoiReadsThem() throws IOException {
        Workbook book = new XSSFWorkbook();
        Sheet s = book.createSheet("S");
        row(s, 0, "Study", "N");
        row(s, 1, "A", 1);
        row(s, 2, "B", 2);
        Path file = save(book, "order.xlsx");
        Path unordered = edited(file, SHEET, x -> x.replace("<row r=\"2\"", "<row r=\"9\""), "unordered.xlsx");
        Path duplicateRow = edited(file, SHEET, x -> x.replace("<row r=\"3\"", "<row r=\"2\""), "duprow.xlsx");
        Path duplicateCell = edited(file, SHEET, x -> x.replace("r=\"B3\"", "r=\"A3\""), "dupcell.xlsx");
        Path otherRowInRef = edited(file, SHEET, x -> x.replace("r=\"B3\"", "r=\"B7\""), "rowref.xlsx");
        for (Path p : List.of(unordered, duplicateRow, duplicateCell, otherRowInRef)) assertThat(first(p).fallback()).isNull();
    }

    @Test
    void formulasWithSavedResultsStreamAndOthersFallBack() throws IOException {
        XSSFWorkbook book = new XSSFWorkbook();
        Sheet s = book.createSheet("S");
        row(s, 0, "a", "b", "total", "label", "flag");
        Row r = row(s, 1, 86, 73);
        r.createCell(2).setCellFormula("A2+B2");
        r.getCell(2).setCellValue(999);
        r.createCell(3).setCellFormula("\"n=\"&A2");
        r.getCell(3).setCellValue("n=86");
        r.createCell(4).setCellFormula("A2>B2");
        r.getCell(4).setCellValue(true);
        Path saved = save(book, "saved.xlsx");
        assertThat(first(saved).fallback()).isNull();

        XSSFWorkbook unsaved = new XSSFWorkbook();
        Sheet u = unsaved.createSheet("S");
        row(u, 0, "a", "twice");
        row(u, 1, 2).createCell(1).setCellFormula("A2*2"); // no saved result: POI computes it
        Path computed = save(unsaved, "unsaved.xlsx");
        assertThat(first(computed).fallback()).contains("formula without a saved result");
        assertThat(TableReader.read(source(computed, null, 3)).rows().get(0).cells()).containsExactly("2", "4");

        XSSFWorkbook array = new XSSFWorkbook();
        Sheet a = array.createSheet("S");
        row(a, 0, "x", "y");
        row(a, 1, 1);
        row(a, 2, 2);
        a.setArrayFormula("A2:A3*2", CellRangeAddress.valueOf("B2:B3"));
        Path arrays = save(array, "array.xlsx");
        assertThat(first(arrays).fallback()).contains("formula type array");
    }

    @Test
    void aNumberWithoutAStyleOfItsOwnInAStyledColumnFallsBack() throws IOException {
        XSSFWorkbook book = new XSSFWorkbook();
        Sheet s = book.createSheet("S");
        row(s, 0, "when");
        row(s, 1, 44000);
        CellStyle date = book.createCellStyle();
        date.setDataFormat((short) 14);
        s.setDefaultColumnStyle(0, date);
        Path file = save(book, "colstyle.xlsx"); // POI gives the column's cells the style too: streamed
        assertThat(first(file).fallback()).isNull();
        Path bare = edited(file, SHEET, x -> x.replaceFirst("(<c r=\"A2\"[^>]*) s=\"[0-9]+\"", "$1"), "bare.xlsx");
        assertThat(first(bare).fallback()).contains("column with a style");
        assertThat(TableReader.read(source(bare, null, 3)).rows().get(0).cells()).containsExactly("2020-06-18");
    }

    @Test
    void sharedStringsWithoutAUniqueCountAreReportedAsTheFullWorkbookDoes() throws IOException {
        Workbook book = new XSSFWorkbook();
        Sheet s = book.createSheet("S");
        row(s, 0, "Study", "N");
        row(s, 1, "A", 1);
        Path file = save(book, "ok.xlsx");
        Path noCount = edited(file, STRINGS, x -> x.replaceFirst(" uniqueCount=\"[0-9]+\"", ""), "nocount.xlsx");
        assertThat(first(noCount).fallback()).contains("out of range");
        // SharedStringsTable.getUniqueCount() is the attribute: without it every text cell is "damaged" (kept as is)
        assertThat(TestFiles.problems(() -> TableReader.read(source(noCount, null, 3)))).first().asString()
                .contains("refers to shared text number '0', but the workbook's table of shared text has 0 entries");
        Path outOfRange = edited(file, SHEET, x -> x.replace("<v>2</v>", "<v>99</v>"), "range.xlsx");
        assertThat(first(outOfRange).fallback()).contains("out of range");
    }

    @Test
    void unusualPackagesFallBack() throws IOException {
        Workbook book = new XSSFWorkbook();
        Sheet s = book.createSheet("S");
        row(s, 0, "Study", "N");
        row(s, 1, "A", 1);
        Path file = save(book, "ok.xlsx");
        Path strict = edited(file, "_rels/.rels", x -> x.replace(
                "http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument",
                "http://purl.oclc.org/ooxml/officeDocument/relationships/officeDocument"), "strict.xlsx");
        assertThat(first(strict).fallback()).contains("no single office document");
        Path doctype = edited(file, SHEET, x -> x.replace("<worksheet", "<!DOCTYPE worksheet [<!ENTITY e \"x\">]><worksheet"),
                "doctype.xlsx");
        assertThat(first(doctype).fallback()).isNotNull();
        Path noRowNumber = edited(file, SHEET, x -> x.replace("<row r=\"2\"", "<row"), "norow.xlsx");
        assertThat(first(noRowNumber).fallback()).contains("row without a number");
        Path rowZero = edited(file, SHEET, x -> x.replace("<row r=\"2\"", "<row r=\"0\""), "row0.xlsx");
        assertThat(first(rowZero).fallback()).contains("row number 0");
    }

    // ---- damaged workbooks: the same tables or problems, whether streamed or not -----------------------------

    /** A small workbook with every kind of cell, its parts edited byte by byte: never a different reading. */
    @Test
    void randomlyDamagedPartsReadAsTheFullWorkbookReadsThem() throws IOException {
        XSSFWorkbook book = new XSSFWorkbook();
        Sheet s = book.createSheet("Data");
        row(s, 0, "Study", "yi", "flag", "when", "note");
        Row r = row(s, 1, "Smith", 0.5, true, null, " x ");
        CellStyle date = book.createCellStyle();
        date.setDataFormat((short) 14);
        r.createCell(3).setCellValue(LocalDate.of(2020, 1, 2));
        r.getCell(3).setCellStyle(date);
        Row r2 = row(s, 2, "Jones", -1.25, false, null, "NA");
        r2.createCell(3).setCellErrorValue(FormulaError.DIV0.getCode());
        r2.createCell(5).setCellFormula("B3*2");
        r2.getCell(5).setCellValue(-2.5);
        row(book.createSheet("Other"), 0, "a");
        Path file = save(book, "seed.xlsx");
        Map<String, byte[]> parts = unzip(file);
        Random random = new Random(20261205);
        List<String> targets = List.of(SHEET, SHEET, SHEET, SHEET, SHEET, STRINGS, STRINGS, "xl/styles.xml",
                "xl/workbook.xml", "xl/_rels/workbook.xml.rels");
        int streamed = 0;
        for (int i = 0; i < 150; i++) {
            String target = targets.get(random.nextInt(targets.size()));
            byte[] bytes = parts.get(target).clone();
            for (int k = 1 + random.nextInt(3); k > 0; k--) bytes = mutate(random, bytes);
            Map<String, byte[]> changed = new LinkedHashMap<>(parts);
            changed.put(target, bytes);
            Path damaged = dir.resolve("damaged" + i + ".xlsx");
            Files.write(damaged, zip(changed));
            for (List<Source> sources : List.of(List.of(source(damaged, null, 3)),
                    List.of(source(damaged, "data", 3), source(damaged, "Other", 4)))) {
                if (sameAsWorkbook(sources).fallback() == null) streamed++;
            }
        }
        assertThat(streamed).as("readings streamed (the others fell back)").isGreaterThan(40);
    }

    private static final String[] VALUES = {"0", "1", "-1", "2", "5", "99999", "", " ", "s", "e", "b", "n", "str",
        "inlineStr", "q", "A1", "B3", "XFE4", "a1", "ZZZZ9", "1e308", "NaN", "-0", "abc", "#DIV/0!", "#N/A", "#JUNK",
        "true", " 5", "_x0041_", "0x10", "1048577", "shared", "array", "dataTable", "14", "yyyy-mm-dd", "A1:B2"};

    /** Mostly a well-formed change (an attribute value or a text replaced by a telling value), sometimes any bytes. */
    private static byte[] mutate(Random random, byte[] bytes) {
        String text = new String(bytes, StandardCharsets.UTF_8);
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("\"[^\"<>]*\"|>[^<>]+<").matcher(text);
        List<int[]> spots = new ArrayList<>();
        while (m.find()) spots.add(new int[] {m.start() + 1, m.end() - 1});
        if (!spots.isEmpty() && random.nextInt(5) > 0) {
            int[] spot = spots.get(random.nextInt(spots.size()));
            return (text.substring(0, spot[0]) + VALUES[random.nextInt(VALUES.length)] + text.substring(spot[1]))
                    .getBytes(StandardCharsets.UTF_8);
        }
        int at = Math.min(random.nextInt(bytes.length), text.length() - 1);
        String token = new String[] {"<", ">", "\"", "/", "<v>1</v>", "<f>A1</f>", "&amp;"}[random.nextInt(7)];
        String out = random.nextBoolean() ? text.substring(0, at) + token + text.substring(at)
                : text.substring(0, at) + text.substring(Math.min(text.length(), at + 1 + random.nextInt(8)));
        return out.getBytes(StandardCharsets.UTF_8);
    }

    private static Map<String, byte[]> unzip(Path file) throws IOException {
        Map<String, byte[]> parts = new LinkedHashMap<>();
        try (var in = new java.util.zip.ZipInputStream(Files.newInputStream(file))) {
            for (var e = in.getNextEntry(); e != null; e = in.getNextEntry()) parts.put(e.getName(), in.readAllBytes());
        }
        return parts;
    }

    private static byte[] zip(Map<String, byte[]> parts) throws IOException {
        var bytes = new java.io.ByteArrayOutputStream();
        try (var out = new java.util.zip.ZipOutputStream(bytes)) {
            for (var p : parts.entrySet()) {
                out.putNextEntry(new java.util.zip.ZipEntry(p.getKey()));
                out.write(p.getValue());
                out.closeEntry();
            }
        }
        return bytes.toByteArray();
    }
}
