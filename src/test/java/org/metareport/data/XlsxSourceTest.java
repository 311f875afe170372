package org.metareport.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.metareport.data.TestFiles.problems;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FormulaError;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.metareport.spec.Source;

class XlsxSourceTest {
    @TempDir Path dir;

    /** Writes {@code book} to a file in the temporary folder and returns the source naming {@code sheet}. */
    private Source save(Workbook book, String name, String sheet) throws IOException {
        Path file = dir.resolve(name);
        try (OutputStream out = Files.newOutputStream(file); book) {
            book.write(out);
        }
        return TestFiles.source(file, sheet);
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

    private static Workbook twoSheets() {
        Workbook book = new XSSFWorkbook();
        Sheet studies = book.createSheet("Studies");
        row(studies, 0, "Study", "Year");
        row(studies, 1, "Smith", 2020);
        Sheet findings = book.createSheet("Findings");
        row(findings, 0, "Study", "g");
        row(findings, 1, "Smith", 0.5);
        return book;
    }

    @Test
    void readsTheFirstSheetWhenNoneIsNamed() throws IOException {
        Table t = TableReader.read(save(twoSheets(), "book.xlsx", null));
        assertThat(t.file()).isEqualTo("data/book.xlsx[Studies]");
        assertThat(t.columns()).containsExactly("Study", "Year");
        assertThat(t.rows().get(0).cells()).containsExactly("Smith", "2020");
    }

    @Test
    void readsANamedSheetIgnoringCase() throws IOException {
        Table t = TableReader.read(save(twoSheets(), "book.xlsx", "findings"));
        assertThat(t.file()).isEqualTo("data/book.xlsx[Findings]");
        assertThat(t.rows().get(0).cells()).containsExactly("Smith", "0.5");
        assertThat(t.rows().get(0).line()).isEqualTo(2);
    }

    @Test
    void reportsAnUnknownSheetListingTheSheets() throws IOException {
        Source source = save(twoSheets(), "book.xlsx", "Finding");
        assertThat(problems(() -> TableReader.read(source))).containsExactly("error: analysis.yaml:3:12: workbook "
                + "'data/book.xlsx' has no sheet 'Finding'; did you mean 'Findings'? its sheets are 'Studies', 'Findings'");
    }

    @Test
    void givesNumbersAsShortestDecimalsWhateverTheDisplay() throws IOException {
        Workbook book = new XSSFWorkbook();
        Sheet s = book.createSheet("S");
        row(s, 0, "x");
        double[] values = {0.5, 12.0, 0.1 + 0.2, 1e-10, 123456789012.0, -3.25, 0.59, 1.0 / 3};
        for (int i = 0; i < values.length; i++) row(s, i + 1, values[i]);
        CellStyle percent = book.createCellStyle();
        percent.setDataFormat(book.createDataFormat().getFormat("0%"));
        s.getRow(7).getCell(0).setCellStyle(percent); // shows 59%
        CellStyle twoPlaces = book.createCellStyle();
        twoPlaces.setDataFormat(book.createDataFormat().getFormat("0.00"));
        s.getRow(8).getCell(0).setCellStyle(twoPlaces); // shows 0.33
        Table t = TableReader.read(save(book, "n.xlsx", null));
        assertThat(t.values("x")).containsExactly("0.5", "12", "0.30000000000000004", "1e-10", "123456789012", "-3.25",
                "0.59", "0.3333333333333333");
    }

    @Test
    void givesFormulasTheirSavedResultAndComputesUnsavedOnes() throws IOException {
        XSSFWorkbook book = new XSSFWorkbook();
        Sheet s = book.createSheet("S");
        row(s, 0, "a", "b", "total", "unsaved", "label");
        Row r = row(s, 1, 86, 73);
        r.createCell(2).setCellFormula("A2+B2");
        r.getCell(2).setCellValue(999); // a saved result that differs from the formula's: the saved one is read
        r.createCell(3).setCellFormula("A2*2");          // no saved result, as scripts write formulas
        r.createCell(4).setCellFormula("\"n=\"&A2");
        r.getCell(4).setCellValue("n=86");
        Table t = TableReader.read(save(book, "f.xlsx", null));
        assertThat(t.rows().get(0).cells()).containsExactly("86", "73", "999", "172", "n=86");
    }

    @Test
    void reportsAFormulaThatCannotBeComputed() throws IOException {
        XSSFWorkbook book = new XSSFWorkbook();
        Sheet s = book.createSheet("S");
        row(s, 0, "a", "b");
        Row r = row(s, 1, 1);
        r.createCell(1).setCellFormula("[1]Other!A1"); // an external reference: no saved result, cannot be computed
        Source source = save(book, "ext.xlsx", null);
        assertThat(problems(() -> TableReader.read(source))).singleElement().asString()
                .startsWith("error: data/ext.xlsx[S]:2: cell B2 has the formula =")
                .endsWith("which has no saved result and cannot be computed here; open the workbook in Excel or "
                        + "LibreOffice and save it");
    }

    @Test
    void givesBooleansDatesErrorsAndBlanksAsText() throws IOException {
        Workbook book = new XSSFWorkbook();
        Sheet s = book.createSheet("S");
        row(s, 0, "flag", "date", "time", "err", "na", "blank", "text");
        Row r = row(s, 1, true, null, null, null, null, null, " NA ");
        CellStyle date = book.createCellStyle();
        date.setDataFormat(book.createDataFormat().getFormat("m-d"));
        r.createCell(1).setCellValue(LocalDate.of(2020, 11, 12)); // Excel's reading of a typed "11-12"
        r.getCell(1).setCellStyle(date);
        CellStyle stamp = book.createCellStyle();
        stamp.setDataFormat(book.createDataFormat().getFormat("yyyy-mm-dd hh:mm"));
        r.createCell(2).setCellValue(LocalDateTime.of(2021, 3, 4, 8, 30));
        r.getCell(2).setCellStyle(stamp);
        r.createCell(3).setCellErrorValue(FormulaError.DIV0.getCode());
        r.createCell(4).setCellErrorValue(FormulaError.NA.getCode());
        r.createCell(5).setBlank();
        row(s, 2, false, null, null, null, null, null, "x");
        Table t = TableReader.read(save(book, "kinds.xlsx", null));
        assertThat(t.rows().get(0).cells()).containsExactly("TRUE", "2020-11-12", "2021-03-04T08:30:00", "#DIV/0!",
                null, null, null);
        assertThat(t.rows().get(1).cells()).containsExactly("FALSE", null, null, null, null, null, "x");
    }

    @Test
    void takesTheFirstRowWithContentAsHeaderAndKeepsSheetRowNumbers() throws IOException {
        Workbook book = new XSSFWorkbook();
        Sheet s = book.createSheet("S");
        s.createRow(0).createCell(0).setBlank();
        row(s, 2, "Study", "N");
        row(s, 3, "A", 1);
        row(s, 7, "B", 2);
        s.createRow(900).createCell(3).setBlank(); // formatted but empty rows far down, as in real workbooks
        Table t = TableReader.read(save(book, "late.xlsx", null));
        assertThat(t.columns()).containsExactly("Study", "N");
        assertThat(t.rows()).extracting(Table.Row::line).containsExactly(4, 8);
    }

    @Test
    void reportsValuesInColumnsWithoutAHeaderNameByLetter() throws IOException {
        Workbook book = new XSSFWorkbook();
        Sheet s = book.createSheet("S");
        row(s, 0, "Study", null, "N");
        row(s, 1, "A", "stray", 1, null, "far");
        Source source = save(book, "unnamed.xlsx", null);
        assertThat(problems(() -> TableReader.read(source))).containsExactly(
                "error: data/unnamed.xlsx[S]:2: column B has no name in the header row (row 1) but this row has 'stray' "
                        + "in it; name the column or delete it",
                "error: data/unnamed.xlsx[S]:2: column E has no name in the header row (row 1) but this row has 'far' "
                        + "in it; name the column or delete it");
    }

    @Test
    void reportsDuplicateHeaderNamesByLetter() throws IOException {
        Workbook book = new XSSFWorkbook();
        Sheet s = book.createSheet("S");
        row(s, 0, "Study", "N", "N");
        row(s, 1, "A", 1, 2);
        Source source = save(book, "dup.xlsx", null);
        assertThat(problems(() -> TableReader.read(source))).containsExactly("error: data/dup.xlsx[S]:1: the header "
                + "row names 'N' 2 times (column B, column C); give each column its own name");
    }

    @Test
    void readsTheOlderXlsFormat() throws IOException {
        Workbook book = new HSSFWorkbook();
        Sheet s = book.createSheet("Old");
        row(s, 0, "Study", "N");
        row(s, 1, "A", 12.0);
        Table t = TableReader.read(save(book, "old.xls", null));
        assertThat(t.file()).isEqualTo("data/old.xls[Old]");
        assertThat(t.rows().get(0).cells()).containsExactly("A", "12");
    }

    @Test
    void readsTwoSheetsOfOneWorkbookOpeningItOnceWithTheSameTablesAndProblems() throws IOException {
        Source findings = save(twoSheets(), "book.xlsx", "Findings");
        Source studies = new Source(findings.path(), findings.shown(), "Studies", new org.metareport.problems.Where(
                "analysis.yaml", 4, 12));
        List<Object> both = TableReader.readEach(List.of(findings, studies));
        assertThat(both).containsExactly(TableReader.read(findings), TableReader.read(studies));

        Source unknown = new Source(findings.path(), findings.shown(), "Nope", studies.where());
        List<Object> one = TableReader.readEach(List.of(findings, unknown));
        assertThat(one.get(0)).isEqualTo(TableReader.read(findings));
        assertThat(((org.metareport.problems.InputException) one.get(1)).problems().get(0).toString())
                .isEqualTo(problems(() -> TableReader.read(unknown)).get(0));

        Source fake = TestFiles.csv(dir, "fake.xlsx", "Study,N\nA,1\n");
        Source fake2 = new Source(fake.path(), fake.shown(), "Studies", studies.where());
        List<Object> damaged = TableReader.readEach(List.of(fake, fake2));
        assertThat(damaged).hasSize(2).allMatch(o -> o instanceof org.metareport.problems.InputException);
        assertThat(((org.metareport.problems.InputException) damaged.get(1)).problems().get(0).toString())
                .isEqualTo(problems(() -> TableReader.read(fake2)).get(0));
    }

    @Test
    void reportsAFileThatIsNotAWorkbook() throws IOException {
        Source source = TestFiles.csv(dir, "fake.xlsx", "Study,N\nA,1\n");
        assertThat(problems(() -> TableReader.read(source))).containsExactly("error: analysis.yaml:3:12: 'data/fake.xlsx' "
                + "is not an Excel workbook or is damaged; open it in Excel or LibreOffice and save it as .xlsx");
    }

    @Test
    void reportsASharedStringIndexPastTheTableAtItsCell() throws IOException {
        Workbook book = new XSSFWorkbook();
        Sheet s = book.createSheet("S");
        row(s, 0, "Study", "Group");
        row(s, 1, "A", "treated");
        row(s, 2, "B", "control");
        Path file = save(book, "ok.xlsx", null).path();
        for (String bad : List.of("99999", "-1")) {
            // the shared strings are Study, Group, A, treated, B, control (0-5); B3 is "control", index 5
            byte[] damaged = TestFiles.rewriteZipEntry(file, "xl/worksheets/sheet1.xml",
                    xml -> xml.replace("<v>5</v>", "<v>" + bad + "</v>"));
            Source source = TestFiles.bytes(dir, "damaged.xlsx", damaged);
            assertThat(problems(() -> TableReader.read(source))).as("index %s", bad).containsExactly(
                    "error: data/damaged.xlsx[S]:3: cell B3 refers to shared text number '" + bad + "', but the "
                            + "workbook's table of shared text has 6 entries (0 to 5): the file is damaged; open it in "
                            + "Excel or LibreOffice and save it again");
        }
    }

    @Test
    void reportsAnEmptySheet() throws IOException {
        Workbook book = new XSSFWorkbook();
        book.createSheet("Empty");
        Source source = save(book, "empty.xlsx", null);
        assertThat(problems(() -> TableReader.read(source))).containsExactly(
                "error: data/empty.xlsx[Empty]:1: the sheet is empty; its first row must name the columns");
        assertThat(List.of(source.shown())).containsExactly("data/empty.xlsx");
    }
}
