package org.metareport.fuzz;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.metareport.data.Dataset;
import org.metareport.problems.InputException;
import org.metareport.problems.Warnings;
import org.metareport.spec.Spec;
import org.metareport.spec.SpecReader;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The only expressions a spec has: {@code data.derive} (0/1 columns from a threshold or a value) and
 * {@code data.include}/{@code data.exclude} (rows by listed values, {@code RowSelector}), from the spec's YAML
 * through {@link SpecReader} and {@link Dataset#read}/{@link Dataset#derive} on a table of hostile cells: random
 * thresholds, values and cells give a dataset or a located {@link InputException}.
 */
class SelectorFuzzTest {
    /** Scalars as a user might write them, and as YAML reads them: numbers in every spelling, text, odd Unicode. */
    static final List<String> VALUES = List.of("12", "0", "-0", "+1", "1.5", ".5", "5.", "1e3", "1E-3", "1e400", "-1e400",
            "1e-400", ".inf", "-.inf", ".nan", "0x1F", "0o17", "1_000", "١٢", "NaN", "Infinity", "\"\"", "NA", "' 3 '",
            "\"3\"", "true", "~", "null", "99999999999999999999999999999999", "0.1e+0001", "x", "Smith 2020",
            "\"<script>\"", "\"a\\u0000b\"", "\"\\u202Eevil\"", "\"\\t\"", "[1, 2]", "{a: 1}", "&a 1", "\"\\uD83D\\uDE00\"");
    static final List<String> CELLS = List.of("12", "0", "0.0", "-0", "1e400", "1e-400", "NaN", "Infinity", "NA", "", " ",
            "x", "\"a,b\"", "\"\"\"\"", "1_000", "0x1F", "١٢", "\u00A012\u00A0", "\uFEFF1", "99999999999999999999999999", "3 ");
    private static final Path DIR = Fuzz.tempDir("fuzz-selectors");

    /** The fuzz target: a spec with the given derive and include values over a table of the given cells. */
    static InputException run(String test, String threshold, String filter, List<String> values, List<String> cells) {
        StringBuilder csv = new StringBuilder("study,x,yi,vi\n");
        for (int i = 0; i < cells.size(); i++) csv.append("S").append(i).append(',').append(cells.get(i)).append(",0.1,0.01\n");
        Fuzz.write(DIR.resolve("data.csv"), csv.toString().getBytes(StandardCharsets.UTF_8));
        String yaml = "title: t\ndata:\n  effects: data.csv\n  study: study\n  " + filter + ": {column: x, values: ["
                + String.join(", ", values) + "]}\n  derive:\n    D: {from: x, " + test + ": " + threshold + "}\n"
                + "effect: {measure: PRE, columns: {yi: yi, vi: vi}}\nanalyses: [{id: overall}]\n";
        Path spec = DIR.resolve("analysis.yaml");
        Fuzz.write(spec, yaml.getBytes(StandardCharsets.UTF_8));
        return ReaderContract.check(yaml + "\n" + csv, () -> {
            Spec s = SpecReader.read(spec, "analysis.yaml");
            return Dataset.read(s.data(), new Warnings()).derive(s.data().derive());
        });
    }

    static final List<String> TESTS = List.of("at_least", "above", "below", "at_most", "equals");

    @Test
    void randomThresholdsValuesAndCellsGiveADatasetOrALocatedError() {
        Random random = Budget.random("selectors");
        for (int i = 0; i < Budget.tries(80); i++)
            run(pick(random, TESTS), pick(random, VALUES), random.nextBoolean() ? "include" : "exclude",
                    List.of(pick(random, VALUES), pick(random, VALUES)),
                    List.of(pick(random, CELLS), pick(random, CELLS), pick(random, CELLS), pick(random, CELLS)));
    }

    @Test
    void aPlainSpecGivesADataset() {
        assertThat(run("at_least", "12", "exclude", List.of("\"0\""), List.of("12", "3", "NA", "20"))).as("no error").isNull();
    }

    @Test
    void everyThresholdSpellingGivesADatasetOrALocatedError() {
        for (String test : TESTS)
            for (String value : VALUES)
                Fuzz.named(test + ": " + value, () -> run(test, value, "include", List.of(value), CELLS));
    }

    /** Coverage-guided (Jazzer): runs in the {@code fuzz} profile only; see docs/notes.md, "Fuzzing". */
    @FuzzTest(maxDuration = "15s")
    void coverageGuided(FuzzedDataProvider data) {
        run(data.pickValue(TESTS), data.consumeString(40), data.consumeBoolean() ? "include" : "exclude",
                List.of(data.consumeString(20), data.consumeString(20)),
                List.of(data.consumeString(20), data.consumeString(20), data.consumeRemainingAsString()));
    }

    private static String pick(Random random, List<String> list) {
        return list.get(random.nextInt(list.size()));
    }
}
