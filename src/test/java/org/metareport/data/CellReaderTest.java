package org.metareport.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.metareport.problems.Problem;
import org.metareport.problems.Problems;

class CellReaderTest {
    /** A one-column table "x" in data/findings.csv whose rows hold {@code cells}, from row 2 on. */
    private static Table column(String... cells) {
        List<Table.Row> rows = new ArrayList<>();
        for (int i = 0; i < cells.length; i++) rows.add(new Table.Row(i + 2, Arrays.asList(CellText.cell(cells[i]))));
        return new Table("data/findings.csv", List.of("x"), rows);
    }

    private static List<String> messages(Problems problems) {
        return problems.list().stream().map(Problem::toString).toList();
    }

    @Test
    void readsNumbersInEveryPlainSpelling() {
        Table t = column("1", "-0.5", "+2", "1e-3", "1E3", ".5", "5.", " 7 ");
        Problems problems = new Problems();
        CellReader cells = new CellReader(t, problems);
        assertThat(t.rows().stream().map(r -> cells.number(r, "x")).toList())
                .containsExactly(1.0, -0.5, 2.0, 0.001, 1000.0, 0.5, 5.0, 7.0);
        assertThat(problems.isEmpty()).isTrue();
    }

    @Test
    void readsMissingCellsAsNullWithoutProblems() {
        Table t = column("", "NA", "  ");
        Problems problems = new Problems();
        CellReader cells = new CellReader(t, problems);
        for (Table.Row r : t.rows()) {
            assertThat(cells.number(r, "x")).isNull();
            assertThat(cells.count(r, "x")).isNull();
            assertThat(cells.flag(r, "x")).isNull();
            assertThat(cells.text(r, "x")).isNull();
            assertThat(cells.isMissing(r, "x")).isTrue();
        }
        assertThat(problems.isEmpty()).isTrue();
    }

    @Test
    void reportsBadNumbersWithHints() {
        Table t = column("abc", "1,234", "0,5", "59%", "\u22120.5", "Inf", "1e999", "0x10");
        Problems problems = new Problems();
        CellReader cells = new CellReader(t, problems);
        for (Table.Row r : t.rows()) assertThat(cells.number(r, "x")).isNull();
        assertThat(messages(problems)).containsExactly(
                "error: data/findings.csv:2: column 'x' is 'abc'; expected a number",
                "error: data/findings.csv:3: column 'x' is '1,234'; expected a number (a point as decimal mark and no thousands separators, e.g. 1234.5)",
                "error: data/findings.csv:4: column 'x' is '0,5'; expected a number (a point as decimal mark and no thousands separators, e.g. 1234.5)",
                "error: data/findings.csv:5: column 'x' is '59%'; expected a number (write a percentage without '%', e.g. 0.59 or 59)",
                "error: data/findings.csv:6: column 'x' is '\u22120.5'; expected a number (write the minus sign as '-')",
                "error: data/findings.csv:7: column 'x' is 'Inf'; expected a number (a finite value)",
                "error: data/findings.csv:8: column 'x' is '1e999'; expected a number (this one is out of range)",
                "error: data/findings.csv:9: column 'x' is '0x10'; expected a number");
    }

    @Test
    void readsCountsAndRejectsFractionsAndNegatives() {
        Table t = column("12", "12.0", "1.2e1", "12.5", "-3", "abc");
        Problems problems = new Problems();
        CellReader cells = new CellReader(t, problems);
        assertThat(t.rows().stream().map(r -> cells.count(r, "x")).toList()).containsExactly(12, 12, 12, null, null, null);
        assertThat(messages(problems)).containsExactly(
                "error: data/findings.csv:5: column 'x' is '12.5'; expected a whole number",
                "error: data/findings.csv:6: column 'x' is '-3'; expected a whole number of 0 or more",
                "error: data/findings.csv:7: column 'x' is 'abc'; expected a whole number");
    }

    @Test
    void readsFlagsInEveryCommonSpelling() {
        Table t = column("1", "0", "TRUE", "false", "Yes", "no", "1.0", "0.5", "maybe");
        Problems problems = new Problems();
        CellReader cells = new CellReader(t, problems);
        assertThat(t.rows().stream().map(r -> cells.flag(r, "x")).toList())
                .containsExactly(true, false, true, false, true, false, true, null, null);
        assertThat(messages(problems)).containsExactly(
                "error: data/findings.csv:9: column 'x' is '0.5'; expected 1 or 0 (or true/false, yes/no)",
                "error: data/findings.csv:10: column 'x' is 'maybe'; expected 1 or 0 (or true/false, yes/no)");
    }

    @Test
    void reportsACellOnceHoweverOftenItIsRead() {
        Table t = column("abc");
        Problems problems = new Problems();
        CellReader cells = new CellReader(t, problems);
        cells.number(t.rows().get(0), "x");
        cells.number(t.rows().get(0), "x");
        cells.count(t.rows().get(0), "x");
        assertThat(problems.list()).hasSize(1);
        assertThat(cells.reportedCount()).isEqualTo(1);
    }

    @Test
    void reportsAStudiesCellAgainstTheStudiesFileAndRow() {
        Table joined = new Table("data/findings.csv", List.of("Study", "N", "Year"),
                List.of(new Table.Row(14, Arrays.asList("A", "12", "20x0"), List.of(14, 14, 7))),
                List.of("data/findings.csv", "data/findings.csv", "data/studies.csv"));
        Problems problems = new Problems();
        CellReader cells = new CellReader(joined, problems);
        assertThat(cells.number(joined.rows().get(0), "Year")).isNull();
        assertThat(messages(problems)).containsExactly("error: data/studies.csv:7: column 'Year' is '20x0'; expected a number");
    }

    @Test
    void shortensLongCellsInMessages() {
        Table t = column("a very long text that somebody typed into a number column by mistake");
        Problems problems = new Problems();
        new CellReader(t, problems).number(t.rows().get(0), "x");
        assertThat(messages(problems)).containsExactly(
                "error: data/findings.csv:2: column 'x' is 'a very long text that somebody typed in…'; expected a number");
    }

    @Test
    void refusesAColumnTheTableLacks() {
        Table t = column("1");
        assertThatThrownBy(() -> new CellReader(t, new Problems()).number(t.rows().get(0), "y"))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
