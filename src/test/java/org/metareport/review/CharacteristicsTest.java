package org.metareport.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.metareport.data.Dataset;
import org.metareport.problems.InputException;
import org.metareport.problems.Problem;
import org.metareport.problems.Warnings;
import org.metareport.results.CharacteristicsResult;
import org.metareport.spec.Spec;

class CharacteristicsTest {
    @TempDir Path dir;

    private static final String FINDINGS = """
            Study,g,v,N,Country,Age,Delivery
            Smith 2020,0.3,0.04,120,USA,14.5,human
            Smith 2020,0.4,0.05,110,USA,14.5,human
            Jones 2021,0.5,0.05,60,UK,,self-guided
            Lee 2022,0.1,0.02,300,USA,72,human
            """;

    private CharacteristicsResult summarise(String characteristics) {
        ReviewSpecs.write(dir, "findings2.csv", FINDINGS);
        ReviewSpecs.read(dir, "characteristics: " + characteristics + "\n");
        Spec withData = withEffects();
        Dataset data = Dataset.read(withData.data(), new Warnings());
        return Characteristics.summarise(withData.characteristics(), data, withData.data().study());
    }

    /** The same spec reading findings2.csv (the study-level columns). */
    private Spec withEffects() {
        try {
            Path file = dir.resolve(ReviewSpecs.SPEC);
            Files.writeString(file, Files.readString(file).replace("effects: findings.csv", "effects: findings2.csv"));
            return org.metareport.spec.SpecReader.read(file, ReviewSpecs.SPEC);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Test
    void oneRowPerStudyWithNumbersAndTextSummarised() {
        CharacteristicsResult c = summarise("[Country, {column: N, label: Sample size, summary: total}, "
                + "{column: Age, summary: mean}, Delivery]");

        assertThat(c.k()).isEqualTo(3);
        assertThat(c.rows()).extracting(CharacteristicsResult.Row::study).containsExactly("Smith 2020", "Jones 2021",
                "Lee 2022");
        assertThat(c.rows().get(0).cells()).containsExactly("USA", "110\u2013120", "14.5", "human");
        assertThat(c.rows().get(1).cells()).containsExactly("UK", "60", "", "self-guided");

        CharacteristicsResult.Column country = c.columns().get(0);
        assertThat(country.kind()).isEqualTo("text");
        assertThat(country.summary()).as("auto for text").isEqualTo("counts");
        assertThat(country.levels()).containsExactly(new CharacteristicsResult.Level("USA", 2),
                new CharacteristicsResult.Level("UK", 1));

        CharacteristicsResult.Column n = c.columns().get(1);
        assertThat(n.label()).isEqualTo("Sample size");
        assertThat(n.summary()).isEqualTo("total");
        assertThat(n.total()).as("each study's largest N: 120 + 60 + 300").isEqualTo(480.0);
        assertThat(n.min()).isEqualTo(60.0);
        assertThat(n.max()).isEqualTo(300.0);
        assertThat(n.mean()).as("mean of study means (115, 60, 300)").isCloseTo(475 / 3.0, within(1e-12));
        assertThat(n.varying()).isEqualTo(1);

        CharacteristicsResult.Column age = c.columns().get(2);
        assertThat(age.studies()).as("Jones has no age").isEqualTo(2);
        assertThat(age.minText()).isEqualTo("14.5");
        assertThat(age.maxText()).isEqualTo("72");

        assertThat(c.warnings()).containsExactly("characteristics: column 'N' differs between the rows of 1 study "
                + "(e.g. 'Smith 2020': 120, 110); the table shows the range, and a total counts each study's largest value");
    }

    @Test
    void aNumericSummaryOfTextAndAMissingColumnAreErrors() {
        InputException e = catchThrowableOfType(InputException.class,
                () -> summarise("[{column: Country, summary: total}, Countyr]"));
        assertThat(e.problems()).extracting(Problem::toString).containsExactly(
                "error: analysis.yaml:10:54: no column 'Countyr' in findings2.csv; did you mean 'Country'? the columns "
                        + "are 'Study', 'g', 'v', 'N', 'Country', 'Age' and 'Delivery'");
        e = catchThrowableOfType(InputException.class, () -> summarise("[{column: Country, summary: total}]"));
        assertThat(e.problems()).extracting(Problem::toString).containsExactly("error: analysis.yaml:10:28: column "
                + "'Country' holds text (e.g. 'USA'), so summary: total does not apply; use counts or none");
    }

    /** The school-based review's studies sheet (shared/data/school-based), joined as the authors do. */
    @Test
    void schoolBasedStudiesTable() throws Exception {
        Path data = Path.of(Objects.requireNonNull(getClass().getClassLoader().getResource("data/school-based")).toURI());
        Files.copy(data.resolve("Findings.csv"), dir.resolve("Findings.csv"));
        Files.copy(data.resolve("Studies.csv"), dir.resolve("Studies.csv"));
        Files.writeString(dir.resolve(ReviewSpecs.SPEC), """
                title: School-based
                data:
                  effects: Findings.csv
                  studies: Studies.csv
                  study: Study
                  join: [Study, Program name]
                  include: {column: Drop, values: ["0"]}
                effect:
                  measure: PRE
                  columns: {yi: Effect.Size, vi: Effect.Size}
                analyses:
                  - id: overall
                characteristics: [Country, Design, Type, {column: Duration (weeks), label: Duration, summary: mean}]
                """);
        Spec spec = org.metareport.spec.SpecReader.read(dir.resolve(ReviewSpecs.SPEC), ReviewSpecs.SPEC);
        Dataset joined = Dataset.read(spec.data(), new Warnings());
        CharacteristicsResult c = Characteristics.summarise(spec.characteristics(), joined, spec.data().study());

        long studies = joined.table().values("Study").stream().distinct().count();
        assertThat(c.k()).isEqualTo((int) studies).isGreaterThan(20);
        assertThat(c.columns().get(1).levels()).extracting(CharacteristicsResult.Level::value)
                .containsExactlyInAnyOrder("CRCT", "RCT");
        assertThat(c.columns().get(1).levels().stream().mapToInt(CharacteristicsResult.Level::studies).sum())
                .isGreaterThanOrEqualTo(c.k());
        CharacteristicsResult.Column duration = c.columns().get(3);
        assertThat(duration.kind()).isEqualTo("number");
        assertThat(duration.label()).isEqualTo("Duration");
        assertThat(duration.mean()).isBetween(duration.min(), duration.max());
        assertThat(c.rows()).allSatisfy(r -> assertThat(r.cells()).hasSize(4));
    }
}
