package org.metareport.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.metareport.data.TestFiles.csv;
import static org.metareport.data.TestFiles.problems;
import static org.metareport.data.TestFiles.ref;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.metareport.problems.Problem;
import org.metareport.problems.Problems;
import org.metareport.problems.Warnings;
import org.metareport.problems.Where;
import org.metareport.spec.ColumnRef;
import org.metareport.spec.DataSpec;
import org.metareport.spec.RowFilter;
import org.metareport.spec.Source;

class DatasetTest {
    @TempDir Path dir;

    private static final String EFFECTS = """
            Study,Arm,N,g,Drop
            Smith 2020,A,20,0.5,0
            Smith 2020,B,22,0.3,0
            Jones 2019,A,30,-0.1,0
            Lee 2018,A,15,0.2,1
            """;
    private static final String STUDIES = """
            Study,Country,Year,Drop
            Jones 2019,UK,2019,0
            Smith 2020,USA,2020,0
            Lee 2018,Korea,2018,1
            """;

    private Source effects(String text) {
        return csv(dir, "findings.csv", text);
    }

    private Source studies(String text) {
        return csv(dir, "studies.csv", text);
    }

    private static DataSpec spec(Source effects, Source studies, RowFilter exclude, RowFilter include, ColumnRef... join) {
        return new DataSpec(effects, studies, ref("Study", 5), null, List.of(join), null, exclude, include,
                new Where(TestFiles.SPEC, 2, 1));
    }

    private static RowFilter filter(String column, int line, String... values) {
        return new RowFilter(ref(column, line), List.of(values), new Where(TestFiles.SPEC, line, 3));
    }

    @Test
    void joinsStudiesOntoEffectsKeepingEffectsOrderAndRowNumbers() {
        Dataset data = Dataset.read(spec(effects(EFFECTS), studies(STUDIES), filter("Drop", 8, "1"), null), new Warnings());
        Table t = data.table();
        assertThat(t.columns()).containsExactly("Study", "Arm", "N", "g", "Drop", "Country", "Year", "studies.Drop", "effects.Drop");
        assertThat(t.rows()).extracting(Table.Row::line).containsExactly(2, 3, 4);
        assertThat(t.values("Country")).containsExactly("USA", "USA", "UK");
        assertThat(t.where(t.rows().get(2), "Country")).isEqualTo(Where.of("data/studies.csv", 2));
        assertThat(t.where(t.rows().get(2), "g")).isEqualTo(Where.of("data/findings.csv", 4));
        assertThat(t.fileOf("Year")).isEqualTo("data/studies.csv");
        assertThat(data.rowsRead()).isEqualTo(4);
        assertThat(data.clashes()).singleElement().satisfies(c -> {
            assertThat(c.column()).isEqualTo("Drop");
            assertThat(c.agrees()).isTrue();
        });
    }

    @Test
    void readsEffectsAloneWithoutAStudiesFile() {
        Dataset data = Dataset.read(spec(effects(EFFECTS), null, null, filter("Drop", 8, "0")), new Warnings());
        assertThat(data.table().rows()).hasSize(3);
        assertThat(data.table().files()).containsExactly("data/findings.csv");
    }

    @Test
    void appliesAFilterToEachFileThatHasItsColumn() {
        String effects = "Study,g\nSmith 2020,0.5\nJones 2019,0.1\nLee 2018,0.2\n";
        Warnings warnings = new Warnings();
        Dataset data = Dataset.read(spec(effects(effects), studies(STUDIES), null, filter("Drop", 8, "0.0")), warnings);
        assertThat(data.table().values("Study")).as("Lee's study has Drop = 1, so its effect goes too")
                .containsExactly("Smith 2020", "Jones 2019");
        assertThat(warnings.list()).containsExactly("data/findings.csv:4: 1 row of data/findings.csv left out because "
                + "exclude:/include: left out its study in data/studies.csv (row 4)");
    }

    @Test
    void warnsAboutAFilterValueThatMatchesNothing() {
        Warnings warnings = new Warnings();
        Dataset.read(spec(effects(EFFECTS), studies(STUDIES), filter("Drop", 8, "1", "2"), null), warnings);
        assertThat(warnings.list()).containsExactly("analysis.yaml:8:3: exclude: no row has Drop '2', so that value "
                + "excludes nothing");
    }

    @Test
    void reportsAFilterThatLeavesNoRows() {
        List<String> problems = problems(() -> Dataset.read(spec(effects(EFFECTS), studies(STUDIES), null,
                filter("Drop", 8, "O")), new Warnings()));
        assertThat(problems).containsExactly("error: analysis.yaml:8:3: no row of data/findings.csv is left after include:; "
                + "the values of 'Drop' there are '0', '1'");
    }

    @Test
    void reportsAnEffectRowWithoutAStudyRowWithItsKey() {
        String effects = EFFECTS.replace("Jones 2019,A", "Jones 2091,A");
        List<String> problems = problems(() -> Dataset.read(spec(effects(effects), studies(STUDIES), null, null,
                ref("Study", 6)), new Warnings()));
        assertThat(problems).containsExactly("error: data/findings.csv:4: no row of data/studies.csv has Study "
                + "'Jones 2091'; add the study there or correct this row (did you mean Study 'Jones 2019', row 2 there?)");
    }

    @Test
    void reportsAMissingKeyCell() {
        String effects = EFFECTS.replace("Smith 2020,B", "Smith 2020,");
        List<String> problems = problems(() -> Dataset.read(spec(effects(effects), studies(STUDIES.replace("Country",
                "Arm")), null, null, ref("Study", 6), ref("Arm", 6)), new Warnings()));
        assertThat(problems).contains("error: data/findings.csv:3: column 'Arm' is missing, so this row cannot be matched "
                + "with a row of data/studies.csv on 'Study' and 'Arm'");
    }

    @Test
    void reportsAStudyKeyThatAppearsTwiceNamingBothRows() {
        String studies = STUDIES + "Smith 2020,Canada,2020,0\n";
        List<String> problems = problems(() -> Dataset.read(spec(effects(EFFECTS), studies(studies), null, null),
                new Warnings()));
        assertThat(problems).containsExactly("error: data/studies.csv:5: rows 3 and 5 both have Study 'Smith 2020'; keep "
                + "one row per study, or join on more columns (join:) to tell them apart");
    }

    @Test
    void ignoresStudiesRowsWithoutAKeyAndStudiesWithoutEffects() {
        String studies = STUDIES + ",,,\n,Total,,\nUnused 2000,Peru,2000,0\n";
        Dataset data = Dataset.read(spec(effects(EFFECTS), studies(studies), null, null), new Warnings());
        assertThat(data.table().rows()).hasSize(4);
    }

    @Test
    void suggestsCloseColumnNamesAndListsTheColumns() {
        DataSpec spec = new DataSpec(effects(EFFECTS), studies(STUDIES), ref("study", 5), ref("ESid", 6), List.of(),
                ref("Country ", 7), null, null, new Where(TestFiles.SPEC, 2, 1));
        List<String> problems = problems(() -> Dataset.read(spec, new Warnings()));
        assertThat(problems).containsExactly(
                "error: analysis.yaml:5:10: no column 'study' in data/findings.csv or data/studies.csv; did you mean "
                        + "'Study'? the columns are 'Study', 'Arm', 'N', 'g', 'Drop', 'Country' and 'Year'; the join needs "
                        + "the column in both files",
                "error: analysis.yaml:6:10: no column 'ESid' in data/findings.csv or data/studies.csv; the columns are "
                        + "'Study', 'Arm', 'N', 'g', 'Drop', 'Country' and 'Year'",
                "error: analysis.yaml:7:10: no column 'Country ' in data/findings.csv or data/studies.csv; did you mean "
                        + "'Country'? the columns are 'Study', 'Arm', 'N', 'g', 'Drop', 'Country' and 'Year'");
    }

    @Test
    void checksFurtherColumnsCollectingEveryProblem() {
        Dataset data = Dataset.read(spec(effects(EFFECTS), studies(STUDIES), null, null), new Warnings());
        Problems problems = new Problems();
        boolean ok = data.checkColumns(java.util.Arrays.asList(ref("N", 10), null, ref("n", 11), ref("Yaer", 12),
                ref("studies.Drop", 13)), problems);
        assertThat(ok).isFalse();
        assertThat(problems.list()).extracting(Problem::where).containsExactly(new Where(TestFiles.SPEC, 11, 10),
                new Where(TestFiles.SPEC, 12, 10));
        assertThat(problems.list().get(0).message()).startsWith("no column 'n' in data/findings.csv or data/studies.csv; "
                + "did you mean 'N'?");
        assertThat(problems.list().get(1).message()).startsWith("no column 'Yaer' in data/findings.csv or "
                + "data/studies.csv; did you mean 'Year'?");
    }

    @Test
    void shortensTheListOfColumnsWhenThereAreMany() {
        StringBuilder header = new StringBuilder("Study");
        StringBuilder row = new StringBuilder("A");
        for (int i = 1; i <= 20; i++) {
            header.append(",c").append(i);
            row.append(",").append(i);
        }
        Dataset data = Dataset.read(spec(effects(header + "\n" + row + "\n"), null, null, null), new Warnings());
        Problems problems = new Problems();
        data.checkColumns(List.of(ref("Treatment.N", 9)), problems);
        assertThat(problems.list().get(0).message()).isEqualTo("no column 'Treatment.N' in data/findings.csv; the columns "
                + "are 'Study', 'c1', 'c2', 'c3', 'c4', 'c5', 'c6', 'c7', 'c8', 'c9', 'c10', 'c11', … (21 in all)");
    }

    @Test
    void suggestsTheFullNameOfAShortenedColumn() {
        String effects = "Study,ReverseCoded (lower scores are better)\nA,1\n";
        Dataset data = Dataset.read(spec(effects(effects), null, null, null), new Warnings());
        Problems problems = new Problems();
        data.checkColumns(List.of(ref("ReverseCoded", 9)), problems);
        assertThat(problems.list().get(0).message()).contains("did you mean 'ReverseCoded (lower scores are better)'?");
    }

    @Test
    void makesAClashingColumnThatDiffersAmbiguous() {
        String studies = STUDIES.replace("Country", "Arm");
        Dataset data = Dataset.read(spec(effects(EFFECTS), studies(studies), null, null), new Warnings());
        assertThat(data.table().columns()).containsExactly("Study", "effects.Arm", "N", "g", "Drop", "studies.Arm",
                "Year", "studies.Drop", "effects.Drop");
        Problems problems = new Problems();
        data.checkColumns(List.of(ref("Arm", 9), ref("studies.Arm", 10), ref("effects.Arm", 11)), problems);
        assertThat(problems.list()).extracting(Problem::toString).containsExactly("error: analysis.yaml:9:10: column 'Arm' "
                + "is in both data/findings.csv and data/studies.csv, with different values in 4 rows "
                + "(data/findings.csv:2 has 'A', data/studies.csv:3 has 'USA'); write 'effects.Arm' or 'studies.Arm' to choose");
    }

    @Test
    void reportsAMissingStudyCell() {
        String effects = EFFECTS.replace("Jones 2019,A", ",A");
        List<String> problems = problems(() -> Dataset.read(spec(effects(effects), null, null, null), new Warnings()));
        assertThat(problems).containsExactly("error: data/findings.csv:4: column 'Study' is missing; every effect row "
                + "needs its study");
    }

    @Test
    void reportsAnEffectsFileWithoutRows() {
        List<String> problems = problems(() -> Dataset.read(spec(effects("Study,g\n"), null, null, null), new Warnings()));
        assertThat(problems).containsExactly("error: data/findings.csv:1: the file has a header row but no data rows; add "
                + "one row per effect size");
    }

    @Test
    void collectsTheProblemsOfBothFiles() {
        List<String> problems = problems(() -> Dataset.read(spec(effects("Study,g,g\nA,1,2\n"),
                studies("Study,N\nA,1,2\n"), null, null), new Warnings()));
        assertThat(problems).containsExactly(
                "error: data/findings.csv:1: the header row names 'g' 2 times (column 2, column 3); give each column its own name",
                "error: data/studies.csv:2: this row has 3 cells but the header row has 2 (extra: '2'); put a cell that "
                        + "contains a comma in double quotes");
    }

    @Test
    void collectsEveryJoinProblem() {
        String effects = EFFECTS + "Kim 2017,A,10,0.4,0\n,B,12,0.1,0\n";
        String studies = STUDIES + "Jones 2019,UK,2019,0\n";
        List<String> problems = problems(() -> Dataset.read(spec(effects(effects), studies(studies), null, null),
                new Warnings()));
        List<String> expected = new ArrayList<>();
        expected.add("error: data/studies.csv:5: rows 2 and 5 both have Study 'Jones 2019'; keep one row per study, or "
                + "join on more columns (join:) to tell them apart");
        expected.add("error: data/findings.csv:6: no row of data/studies.csv has Study 'Kim 2017'; add the study there or "
                + "correct this row");
        expected.add("error: data/findings.csv:7: column 'Study' is missing, so this row cannot be matched with a row of "
                + "data/studies.csv on 'Study'");
        assertThat(problems).containsExactlyElementsOf(expected);
    }

    @Test
    void reportsAFilterColumnThatNeitherFileHas() {
        List<String> problems = problems(() -> Dataset.read(spec(effects(EFFECTS), studies(STUDIES), filter("drop", 8, "1"),
                null), new Warnings()));
        assertThat(problems).containsExactly("error: analysis.yaml:8:10: no column 'drop' in data/findings.csv or "
                + "data/studies.csv; did you mean 'Drop'? the columns are 'Study', 'Arm', 'N', 'g', 'Drop', 'Country' "
                + "and 'Year'");
    }

    @Test
    void matchesKeysThatAreEqualNumbers() {
        String effects = "Study,g\n1,0.5\n2.0,0.1\n";
        String studies = "Study,Year\n1.0,2001\n2,2002\n";
        Dataset data = Dataset.read(spec(effects(effects), studies(studies), null, null), new Warnings());
        assertThat(data.table().values("Year")).containsExactly("2001", "2002");
    }
}
