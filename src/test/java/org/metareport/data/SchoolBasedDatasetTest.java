package org.metareport.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.metareport.data.TestFiles.ref;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.metareport.problems.Problems;
import org.metareport.problems.Warnings;
import org.metareport.problems.Where;
import org.metareport.spec.DataSpec;
import org.metareport.spec.RowFilter;
import org.metareport.spec.Source;
import org.metareport.testing.Fixtures;

/**
 * The authors' data steps on the real school-based data (keep Drop = 0 in both sheets, join on Study and
 * Program name) give the rows of the R reference: golden/school-based/reference.json → data_summary (k = 79,
 * 32 studies, es_per_study) and analysis.csv (one row per effect, in the Findings order).
 */
class SchoolBasedDatasetTest {
    private static final String WORKBOOK = "School-based Mental Health Interventions.xlsx";

    static Stream<Arguments> routes() {
        return Stream.of(
                Arguments.of("CSV files", TestFiles.source(TestFiles.schoolBased("Findings.csv"), null),
                        TestFiles.source(TestFiles.schoolBased("Studies.csv"), null)),
                Arguments.of("workbook sheets", TestFiles.source(TestFiles.schoolBased(WORKBOOK), "Findings"),
                        TestFiles.source(TestFiles.schoolBased(WORKBOOK), "Studies")));
    }

    static DataSpec spec(Source effects, Source studies, RowFilter exclude, RowFilter include) {
        return new DataSpec(effects, studies, ref("Study", 5), null, List.of(ref("Study", 6), ref("Program name", 6)),
                null, exclude, include, new Where(TestFiles.SPEC, 2, 1));
    }

    static RowFilter dropIs(String value, int line) {
        return new RowFilter(ref("Drop", line), List.of(value), new Where(TestFiles.SPEC, line, 3));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("routes")
    void keepingDropZeroInBothSheetsGivesTheReferenceRows(String route, Source effects, Source studies) {
        Dataset data = Dataset.read(spec(effects, studies, null, dropIs("0", 8)), new Warnings());
        JsonNode summary = Fixtures.json("golden/school-based/reference.json").get("data_summary");
        Table t = data.table();

        assertThat(t.rows()).as("k").hasSize(summary.get("k").asInt()).hasSize(79);
        Map<String, Long> perStudy = t.values("Study").stream()
                .collect(Collectors.groupingBy(Function.identity(), LinkedHashMap::new, Collectors.counting()));
        assertThat(perStudy).as("n_studies").hasSize(summary.get("n_studies").asInt());
        Map<String, Long> expected = new LinkedHashMap<>();
        summary.get("es_per_study").fields().forEachRemaining(e -> expected.put(e.getKey(), e.getValue().asLong()));
        assertThat(expected).as("fixture es_per_study").hasSize(32);
        assertThat(perStudy).as("es_per_study").containsExactlyInAnyOrderEntriesOf(expected);

        Map<String, List<String>> analysis = Fixtures.csv("golden/school-based/analysis.csv");
        assertThat(t.values("Study")).as("rows in the reference's order").containsExactlyElementsOf(analysis.get("study"));
        assertThat(data.rowsRead()).as("Findings rows before filtering").isEqualTo(189);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("routes")
    void aColumnOfBothSheetsThatDiffersMustBeChosen(String route, Source effects, Source studies) {
        Dataset data = Dataset.read(spec(effects, studies, null, dropIs("0", 8)), new Warnings());
        assertThat(data.table().columns()).as("Drop agrees in both sheets after filtering")
                .contains("Drop", "studies.Drop", "effects.Teacher", "studies.Teacher").doesNotContain("Teacher");
        Problems problems = new Problems();
        assertThat(data.checkColumns(List.of(ref("Teacher", 20)), problems)).isFalse();
        assertThat(problems.list()).singleElement().asString().startsWith("error: analysis.yaml:20:10: column 'Teacher' "
                + "is in both data/").contains("with different values in 16 rows").endsWith("write 'effects.Teacher' or "
                + "'studies.Teacher' to choose");

        // the authors' moderator is the Studies sheet's Teacher: analysis.csv agrees with it on all 79 rows
        List<String> reference = Fixtures.csv("golden/school-based/analysis.csv").get("Teacher");
        List<String> fromStudies = data.table().values("studies.Teacher");
        for (int i = 0; i < reference.size(); i++)
            assertThat(CellText.same(fromStudies.get(i), reference.get(i))).as("row %d: %s vs %s", i, fromStudies.get(i),
                    reference.get(i)).isTrue();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("routes")
    void pointsAStudiesCellAtTheStudiesSheetAndRow(String route, Source effects, Source studies) {
        Dataset data = Dataset.read(spec(effects, studies, null, dropIs("0", 8)), new Warnings());
        Table t = data.table();
        Table.Row first = t.rows().get(0);
        assertThat(t.where(first, "T_Mean_Post")).isEqualTo(Where.of(effects.shown() + suffix(effects), 2));
        assertThat(t.where(first, "Duration (weeks)")).isEqualTo(Where.of(studies.shown() + suffix(studies), 2));
        Table.Row last = t.rows().get(t.rows().size() - 1);
        assertThat(t.cell(last, "Study")).isEqualTo("Volanen et al. (2020)");
        assertThat(t.where(last, "Duration (weeks)").line()).as("Volanen's row in Studies")
                .isEqualTo(studyRow(studies, "Volanen et al. (2020)"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("routes")
    void excludingOnlyDropOneKeepsTheDropTwoRows(String route, Source effects, Source studies) {
        // the contract's example filter, exclude: {column: Drop, values: ["1"]}, keeps the 11 Findings rows coded
        // Drop = 2 (other outcomes: stress, internalizing, ...); the authors' rule needs include: Drop = 0
        Dataset data = Dataset.read(spec(effects, studies, dropIs("1", 8), null), new Warnings());
        assertThat(data.table().rows()).hasSize(90);
    }

    private static String suffix(Source s) {
        return s.sheet() == null ? "" : "[" + s.sheet() + "]";
    }

    private static int studyRow(Source studies, String study) {
        Table t = TableReader.read(studies);
        return t.rows().stream().filter(r -> study.equals(t.cell(r, "Study")) && "0".equals(t.cell(r, "Drop")))
                .findFirst().orElseThrow().line();
    }
}
