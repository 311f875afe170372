package org.metareport.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.metareport.data.TestFiles.csv;
import static org.metareport.data.TestFiles.problems;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.metareport.problems.Where;
import org.metareport.spec.Source;

class CsvSourceTest {
    @TempDir Path dir;

    private static List<String> cells(Table t, int i) {
        return t.rows().get(i).cells();
    }

    @Test
    void readsHeaderAndTrimmedCellsWithRowNumbers() {
        Table t = TableReader.read(csv(dir, "f.csv", "Study, N ,g\n  Smith 2020 ,12, 0.5 \nJones,30,-0.1\n"));
        assertThat(t.file()).isEqualTo("data/f.csv");
        assertThat(t.columns()).containsExactly("Study", "N", "g");
        assertThat(cells(t, 0)).containsExactly("Smith 2020", "12", "0.5");
        assertThat(t.rows()).extracting(Table.Row::line).containsExactly(2, 3);
        assertThat(t.where(t.rows().get(1), "g")).isEqualTo(Where.of("data/f.csv", 3));
    }

    @Test
    void dropsByteOrderMark() {
        Table t = TableReader.read(csv(dir, "bom.csv", "\uFEFFStudy,N\nA,1\n"));
        assertThat(t.columns()).containsExactly("Study", "N");
    }

    @Test
    void keepsCommasQuotesAndLineBreaksInsideQuotedCellsAndCountsRecords() {
        Table t = TableReader.read(csv(dir, "q.csv",
                "Study,Notes,N\r\n\"Collins, 2014\",\"two\nlines, and \"\"quotes\"\"\",5\r\nB,plain,6\r\n"));
        assertThat(cells(t, 0)).containsExactly("Collins, 2014", "two\nlines, and \"quotes\"", "5");
        assertThat(t.rows()).as("row numbers are record numbers: the quoted line break stays in row 2")
                .extracting(Table.Row::line).containsExactly(2, 3);
    }

    @Test
    void readsEmptyAndNaAsMissing() {
        Table t = TableReader.read(csv(dir, "na.csv", "a,b,c,d\n1,,NA,  \n"));
        assertThat(cells(t, 0)).containsExactly("1", null, null, null);
        assertThat(t.cell(t.rows().get(0), "b")).isNull();
    }

    @Test
    void padsShortRowsWithMissingCells() {
        Table t = TableReader.read(csv(dir, "short.csv", "a,b,c\n1\n2,3\n"));
        assertThat(cells(t, 0)).containsExactly("1", null, null);
        assertThat(cells(t, 1)).containsExactly("2", "3", null);
    }

    @Test
    void rejectsRowWithMoreCellsThanHeaderButAcceptsTrailingEmptyOnes() {
        assertThat(problems(() -> TableReader.read(csv(dir, "long.csv", "Study,N\nSmith, 2020,12\nJones,4,,\n"))))
                .containsExactly("error: data/long.csv:2: this row has 3 cells but the header row has 2 (extra: '12'); "
                        + "put a cell that contains a comma in double quotes");
        Table t = TableReader.read(csv(dir, "trailing.csv", "Study,N\nJones,4,,\n"));
        assertThat(cells(t, 0)).containsExactly("Jones", "4");
    }

    @Test
    void rejectsDuplicateHeaderNamesNamingThem() {
        assertThat(problems(() -> TableReader.read(csv(dir, "dup.csv", "Study,Notes,N,Notes \nA,x,1,y\n"))))
                .containsExactly("error: data/dup.csv:1: the header row names 'Notes' 2 times (column 2, column 4); "
                        + "give each column its own name");
    }

    @Test
    void leavesOutUnnamedColumnsThatAreEmpty() {
        // the shape of the school-based Studies.csv: `Notes,,,,,,,,"N (T, C)"` with nothing under the blank names
        Table t = TableReader.read(csv(dir, "gaps.csv", "Study,Notes,,,\"N (T, C)\",,\nA,x,,,\"159 (86, 73)\",,\n"));
        assertThat(t.columns()).containsExactly("Study", "Notes", "N (T, C)");
        assertThat(cells(t, 0)).containsExactly("A", "x", "159 (86, 73)");
    }

    @Test
    void rejectsUnnamedColumnWithValuesOncePerColumn() {
        assertThat(problems(() -> TableReader.read(csv(dir, "unnamed.csv", "Study,,N\nA,,1\nB,oops,2\nC,more,3\n"))))
                .containsExactly("error: data/unnamed.csv:3: column 2 has no name in the header row (row 1) but this "
                        + "row has 'oops' in it (and 1 more rows have values there); name the column or delete it");
    }

    @Test
    void leavesOutEmptyRowsButKeepsRowNumbers() {
        Table t = TableReader.read(csv(dir, "gaps.csv", "Study,N\nA,1\n\n,,\n ,\nB,2\n"));
        assertThat(t.rows()).extracting(Table.Row::line).containsExactly(2, 6);
    }

    @Test
    void rejectsEmptyFile() {
        assertThat(problems(() -> TableReader.read(csv(dir, "empty.csv", ""))))
                .containsExactly("error: data/empty.csv:1: the file is empty; it needs a header row naming the columns");
        assertThat(problems(() -> TableReader.read(csv(dir, "bom-only.csv", "\uFEFF\n"))))
                .containsExactly("error: data/bom-only.csv:1: the file is empty; it needs a header row naming the columns");
    }

    @Test
    void readsHeaderOnlyAsNoRows() {
        Table t = TableReader.read(csv(dir, "head.csv", "Study,N\n"));
        assertThat(t.columns()).containsExactly("Study", "N");
        assertThat(t.rows()).isEmpty();
    }

    @Test
    void reportsMissingFileAtTheSpec() {
        Source missing = TestFiles.source(dir.resolve("nope.csv"), null);
        assertThat(problems(() -> TableReader.read(missing))).containsExactly(
                "error: analysis.yaml:3:12: data file 'data/nope.csv' not found (paths are relative to the spec's folder)");
    }

    @Test
    void reportsFolderAndUnknownKind() {
        assertThat(problems(() -> TableReader.read(TestFiles.source(dir, null))))
                .singleElement().asString().endsWith("is a folder, not a data file");
        assertThat(problems(() -> TableReader.read(csv(dir, "f.txt", "a\n1\n")))).containsExactly(
                "error: analysis.yaml:3:12: cannot read 'data/f.txt': metareport reads .csv, .xlsx, .xlsm and .xls files");
    }

    @Test
    void reportsTextThatIsNotUtf8AtItsRowAndColumn() {
        byte[] latin1 = "Study,Country\nA,Colombia\n\"B\nb\",Bogot\u00E1\n".getBytes(StandardCharsets.ISO_8859_1);
        assertThat(problems(() -> TableReader.read(TestFiles.bytes(dir, "latin1.csv", latin1)))).containsExactly(
                "error: data/latin1.csv:3: column 'Country' ('Bogot?'): not UTF-8 text (byte 0xE1); "
                        + "save the file as UTF-8 (in Excel: CSV UTF-8)");
    }

    @Test
    void listsAtMostTenRowsWithBadBytes() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes("Study,Country\n".getBytes(StandardCharsets.UTF_8));
        for (int i = 0; i < 15; i++) out.writeBytes(("S" + i + ",Bogot\u00E1\n").getBytes(StandardCharsets.ISO_8859_1));
        List<String> problems = problems(() -> TableReader.read(TestFiles.bytes(dir, "many.csv", out.toByteArray())));
        assertThat(problems).hasSize(11);
        assertThat(problems.get(10)).isEqualTo("error: data/many.csv:12: and 5 more rows with text that is not UTF-8; "
                + "save the file as UTF-8 (in Excel: CSV UTF-8)");
    }

    @Test
    void reportsUnclosedQuoteAtItsRow() {
        assertThat(problems(() -> TableReader.read(csv(dir, "open.csv", "Study,N\nA,1\n\"B,2\nC,3\n"))))
                .containsExactly("error: data/open.csv:3: a quoted cell that starts in this row is never closed; end it "
                        + "with a double quote, and write a double quote inside a cell as two (\"\")");
        assertThat(problems(() -> TableReader.read(csv(dir, "junk.csv", "Study,N\nA,1\n\"B\"x,2\n"))))
                .containsExactly("error: data/junk.csv:3: a quoted cell is followed by other text before the next comma; "
                        + "put the whole cell in double quotes and write a double quote inside it as two (\"\")");
    }

    @Test
    void hintsAtSemicolonSeparatedFiles() {
        assertThat(problems(() -> TableReader.read(csv(dir, "semi.csv", "Study;N\nA;1\n")))).containsExactly(
                "error: data/semi.csv:1: the header row has one column, 'Study;N'; metareport reads comma-separated "
                        + "files: save the file as CSV with commas (in Excel: CSV UTF-8)");
    }

    @Test
    void collectsEveryProblemInTheFile() {
        byte[] data = "Study,N,N\nA,1,2,3\nBogot\u00E1,1,2\nC,,,,x\n".getBytes(StandardCharsets.ISO_8859_1);
        List<String> problems = problems(() -> TableReader.read(TestFiles.bytes(dir, "bad.csv", data)));
        assertThat(problems).containsExactlyInAnyOrder(
                "error: data/bad.csv:3: column 'Study' ('Bogot?'): not UTF-8 text (byte 0xE1); save the file as UTF-8 (in Excel: CSV UTF-8)",
                "error: data/bad.csv:1: the header row names 'N' 2 times (column 2, column 3); give each column its own name",
                "error: data/bad.csv:2: this row has 4 cells but the header row has 3 (extra: '3'); put a cell that contains a comma in double quotes",
                "error: data/bad.csv:4: this row has 5 cells but the header row has 3 (extra: 'x'); put a cell that contains a comma in double quotes");
    }

    @Test
    void readsTheSchoolBasedStudiesFile() {
        Table t = TableReader.read(TestFiles.source(TestFiles.schoolBased("Studies.csv"), null));
        assertThat(t.columns()).as("7 unnamed empty columns left out of 40").hasSize(33)
                .contains("Raw Duration", "N (T, C)").doesNotContain("");
        assertThat(t.rows()).as("92 data rows, 2 of them empty").hasSize(90);
        assertThat(t.rows().get(t.rows().size() - 1).line())
                .as("the last record is row 93, though quoted line breaks put it on text line 105").isEqualTo(93);
        assertThat(Arrays.asList(t.columns().get(0), t.columns().get(3))).containsExactly("Drop", "Study");
    }
}
