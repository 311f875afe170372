package org.metareport.data;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The school-based workbook read through POI gives the same cells as the authors' CSV export of its sheets
 * (shared/data/school-based: `Findings.csv`, `Studies.csv`, values as the sheet displays them) in every column
 * the analysis uses. Numbers are compared as numbers, text as text; row numbers must line up.
 */
class SchoolBasedWorkbookTest {
    private static final String WORKBOOK = "School-based Mental Health Interventions.xlsx";
    static final List<String> FINDINGS_COLUMNS = List.of("Drop", "Study", "Program name", "Treatment.N", "Control.N",
            "Treatment.Cluster", "Control.Cluster", "T_Mean_Pre", "T_SD_Pre", "C_Mean_Pre", "C_SD_Pre", "T_Mean_Post",
            "T_SD_Post", "C_Mean_Post", "C_SD_Post", "ReverseCoded (lower scores are better)", "Effect.Size",
            "Construct (D, A)");
    static final List<String> STUDIES_COLUMNS = List.of("Drop", "Study", "Program name", "Duration (weeks)",
            "Randomized", "Clustered", "WaitlistorBAU", "CBT", "Teacher", "Type");

    private static Table findingsSheet;
    private static Table findingsCsv;
    private static Table studiesSheet;
    private static Table studiesCsv;

    @BeforeAll
    static void read() {
        findingsSheet = TableReader.read(TestFiles.source(TestFiles.schoolBased(WORKBOOK), "Findings"));
        findingsCsv = TableReader.read(TestFiles.source(TestFiles.schoolBased("Findings.csv"), null));
        studiesSheet = TableReader.read(TestFiles.source(TestFiles.schoolBased(WORKBOOK), "Studies"));
        studiesCsv = TableReader.read(TestFiles.source(TestFiles.schoolBased("Studies.csv"), null));
    }

    static Stream<String> findingsColumns() {
        assertThat(FINDINGS_COLUMNS).hasSize(18);
        return FINDINGS_COLUMNS.stream();
    }

    static Stream<String> studiesColumns() {
        return STUDIES_COLUMNS.stream();
    }

    @ParameterizedTest(name = "Findings: {0}")
    @MethodSource("findingsColumns")
    void findingsSheetMatchesItsCsvExport(String column) {
        assertThat(mismatches(findingsSheet, findingsCsv, column)).isEmpty();
    }

    @ParameterizedTest(name = "Studies: {0}")
    @MethodSource("studiesColumns")
    void studiesSheetMatchesItsCsvExport(String column) {
        assertThat(mismatches(studiesSheet, studiesCsv, column)).isEmpty();
    }

    @org.junit.jupiter.api.Test
    void sheetAndCsvHaveTheSameRowsAndColumns() {
        assertThat(findingsSheet.rows()).extracting(Table.Row::line)
                .containsExactlyElementsOf(findingsCsv.rows().stream().map(Table.Row::line).toList());
        assertThat(findingsSheet.rows()).as("Findings rows").hasSize(189);
        assertThat(findingsSheet.columns()).containsExactlyElementsOf(findingsCsv.columns());
        assertThat(studiesSheet.rows()).extracting(Table.Row::line)
                .containsExactlyElementsOf(studiesCsv.rows().stream().map(Table.Row::line).toList());
        assertThat(studiesSheet.columns()).containsExactlyElementsOf(studiesCsv.columns());
    }

    /**
     * The only cells that differ in the two sheets are those Excel turned into dates when they were typed (age
     * and grade ranges such as 10-12): the sheet stores a date, read as ISO, while the CSV export shows the display.
     * No column the analysis uses is affected.
     */
    @org.junit.jupiter.api.Test
    void readsExcelsAutomaticDatesAsIsoDates() {
        Table.Row row3 = findingsSheet.rows().get(1);
        assertThat(row3.line()).isEqualTo(3);
        assertThat(findingsSheet.cell(row3, "Age")).isEqualTo("2021-12-10");
        assertThat(findingsCsv.cell(findingsCsv.rows().get(1), "Age")).isEqualTo("10-12");
    }

    /** "row 14: sheet '0.1' but CSV '0.10000001'" for each row where the two differ. */
    private static List<String> mismatches(Table sheet, Table csv, String column) {
        assertThat(sheet.columns()).contains(column);
        assertThat(csv.columns()).contains(column);
        assertThat(sheet.rows()).hasSameSizeAs(csv.rows());
        List<String> out = new ArrayList<>();
        for (int i = 0; i < csv.rows().size(); i++) {
            Table.Row s = sheet.rows().get(i);
            Table.Row c = csv.rows().get(i);
            String a = sheet.cell(s, column);
            String b = csv.cell(c, column);
            if (!CellText.same(a, b)) out.add("row " + c.line() + ": sheet " + a + " but CSV " + b);
        }
        return out;
    }
}
