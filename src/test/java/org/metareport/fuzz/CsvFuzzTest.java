package org.metareport.fuzz;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.metareport.data.TableReader;
import org.metareport.problems.InputException;
import org.metareport.problems.Where;
import org.metareport.spec.Source;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The CSV reader ({@code CsvSource}, through {@link TableReader}) on hostile bytes: mutated CSV files (quotes, BOMs,
 * NULs, CRs, bytes that are not UTF-8, huge cells, ragged rows) and random bytes give a table or a located
 * {@link InputException}, never anything else. Seeds and regressions: {@code src/test/resources/fuzz/csv/}.
 */
class CsvFuzzTest {
    static final String TARGET = "csv";
    static final String ALPHABET = "ab1.-e,,,\"\"\n\r \t\0\uFEFFNA\u00E9";
    private static final Path DIR = Fuzz.tempDir("fuzz-csv");

    /** The fuzz target: reads {@code bytes} as data/f.csv and checks the contract. */
    static InputException read(byte[] bytes) {
        Path file = DIR.resolve("f.csv");
        Fuzz.write(file, bytes);
        Source source = new Source(file, "data/f.csv", null, new Where("analysis.yaml", 3, 12));
        return ReaderContract.check(bytes, () -> TableReader.read(source));
    }

    @TestFactory
    Stream<DynamicTest> replaysEveryCorpusFile() {
        return Fuzz.replay(TARGET, CsvFuzzTest::read);
    }

    @Test
    void mutatedCsvFilesGiveATableOrALocatedError() {
        Random random = Budget.random("csv.mutated");
        var seeds = Corpus.seeds(TARGET);
        for (int i = 0; i < Budget.tries(150); i++) {
            Mutations.Mutant m = Mutations.mutate(random, seeds, Mutations.TEXT_TOKENS, 8);
            Fuzz.named(m.toString(), () -> read(m.bytes()));
        }
    }

    @Test
    void randomBytesGiveATableOrALocatedError() {
        Random random = Budget.random("csv.random");
        for (int i = 0; i < Budget.tries(150); i++) read(Mutations.random(random, ALPHABET, 600));
    }

    /** Found by the mutation fuzzer: trimming and quoting cells used regexes quadratic in a run of inner spaces. */
    @Test
    void readsACellWithAMillionInnerSpacesWithoutHanging() {
        String spaces = " \u00A0\t".repeat(350_000);
        assertThat(read(("Study,N\nx" + spaces + "x,1\n").getBytes(StandardCharsets.UTF_8))).as("a table").isNull();
        InputException e = read(("Study;x" + spaces + "x\n1\n").getBytes(StandardCharsets.UTF_8));
        assertThat(e.problems().toString()).as("the one-column header, quoted and shortened")
                .contains("the header row has one column, 'Study;x");
    }

    @Test
    void messagesQuoteNoControlCharacters() {
        Random random = Budget.random("csv.control");
        var seeds = Corpus.seeds(TARGET);
        for (int i = 0; i < Budget.tries(150); i++) {
            Mutations.Mutant m = Mutations.mutate(random, seeds, Mutations.TEXT_TOKENS, 8);
            ReaderContract.assertNoControlCharacters(read(m.bytes()), m.toString());
        }
    }

    /** Coverage-guided (Jazzer): runs in the {@code fuzz} profile only; see docs/notes.md, "Fuzzing". */
    @FuzzTest(maxDuration = "15s")
    void coverageGuided(byte[] bytes) {
        read(bytes);
    }
}
