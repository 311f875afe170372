package org.metareport.spec;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.metareport.problems.InputException;

/** {@code center:} and {@code marginal_means:} in each of their forms, and what is refused when the spec is read. */
class CenteringReaderTest {
    @TempDir
    Path dir;

    private AnalysisSpec analysis(String entry) throws IOException {
        return read(entry).analyses().get(0);
    }

    private Spec read(String entry) throws IOException {
        Files.writeString(dir.resolve("data.csv"), "study,yi,vi,Duration,Delivery\nA,0.1,0.01,10,human\n");
        Files.writeString(dir.resolve("analysis.yaml"), "title: t\ndata: {effects: data.csv, study: study}\n"
                + "effect: {measure: PRE, columns: {yi: yi, vi: vi}}\nanalyses:\n  - id: a\n"
                + "    moderators: [Duration, Delivery]\n" + entry);
        return SpecReader.read(dir.resolve("analysis.yaml"), "analysis.yaml");
    }

    private List<String> errors(String entry) {
        InputException e = catchThrowableOfType(InputException.class, () -> read(entry));
        assertThat(e).as("an error for %s", entry).isNotNull();
        return e.problems().stream().map(p -> p.where().line() + ": " + p.message()).toList();
    }

    @Test
    void keepsTrueAndFalseAsBefore() throws IOException {
        assertThat(analysis("    center: true\n").center()).isEqualTo(CenterSpec.of(true, analysis("    center: true\n").center().where()));
        assertThat(analysis("    center: false\n").centered()).isFalse();
        assertThat(analysis("").center()).isEqualTo(CenterSpec.NONE);
        MarginalMeansSpec mm = analysis("    marginal_means: Delivery\n").marginalMeans();
        assertThat(mm.others()).isEqualTo(MarginalMeansSpec.Others.CENTRED);
        assertThat(mm.at()).isEmpty();
    }

    @Test
    void readsWhereAndAtWhichValuesToCentre() throws IOException {
        CenterSpec c = analysis("    center: {at: all_rows, values: {Duration: 12, Delivery: human}}\n").center();
        assertThat(c.on()).isTrue();
        assertThat(c.at()).isEqualTo(CenterSpec.At.ALL_ROWS);
        assertThat(c.values()).extracting(ModeratorValue::column, ModeratorValue::value)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Duration", "12"),
                        org.assertj.core.groups.Tuple.tuple("Delivery", "human"));
        assertThat(c.values().get(0).where().line()).isEqualTo(7);
        assertThat(analysis("    center: {at: analyzed}\n").center().at()).isEqualTo(CenterSpec.At.ANALYSED);
        assertThat(analysis("    center: {values: {Duration: 12}}\n").center().at()).isEqualTo(CenterSpec.At.ANALYSED);
    }

    @Test
    void readsWhereMarginalMeansHoldTheOtherModerators() throws IOException {
        MarginalMeansSpec mm = analysis("    marginal_means: {by: Delivery, others: reference, at: {Duration: 12}}\n")
                .marginalMeans();
        assertThat(mm.name()).isEqualTo("Delivery");
        assertThat(mm.others()).isEqualTo(MarginalMeansSpec.Others.REFERENCE);
        assertThat(mm.at()).extracting(ModeratorValue::value).containsExactly("12");
        assertThat(analysis("    marginal_means: {by: Delivery, others: all_rows_means}\n").marginalMeans().others())
                .isEqualTo(MarginalMeansSpec.Others.ALL_ROWS_MEANS);
    }

    @Test
    void refusesValuesThatCannotApply() {
        assertThat(errors("    center: {values: {Durations: 12}}\n")).singleElement().asString()
                .contains("'center.values' names 'Durations', which is not a moderator").contains("did you mean 'Duration'");
        assertThat(errors("    center: {values: [12]}\n")).singleElement().asString()
                .contains("'center.values' must map moderators to values");
        assertThat(errors("    center: {values: {Duration: [1, 2]}}\n")).singleElement().asString()
                .contains("must be one number (numeric moderator) or one level");
        assertThat(errors("    center: {where: all_rows}\n")).singleElement().asString().contains("unknown key 'where'");
        assertThat(errors("    marginal_means: {by: Delivery, at: {Duration: 12}}\n")).singleElement().asString()
                .contains("'others: centred'");
        assertThat(errors("    marginal_means: {by: Delivery, others: reference, at: {Delivery: human}}\n"))
                .singleElement().asString().contains("the moderator whose levels get a mean");
        assertThat(errors("    marginal_means: {others: reference}\n")).singleElement().asString()
                .contains("missing 'by' in 'marginal_means'");
        assertThat(errors("    marginal_means: {by: Region}\n")).singleElement().asString()
                .contains("needs 'Region' among 'moderators'");
    }
}
