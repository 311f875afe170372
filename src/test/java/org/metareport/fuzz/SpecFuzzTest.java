package org.metareport.fuzz;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.metareport.problems.InputException;
import org.metareport.spec.SpecReader;

/**
 * The YAML spec reader ({@link SpecReader}) on hostile text: mutated valid specs (from
 * {@code src/test/resources/fuzz/yaml/}: the example's, the bcg and the hostile pipeline's) and generated YAML
 * (deep nesting, aliases, huge scalars, odd Unicode, tabs, BOM) give a spec or a located {@link InputException}.
 */
class SpecFuzzTest {
    static final String TARGET = "yaml";
    static final List<String> YAML_TOKENS = Stream.concat(Mutations.TEXT_TOKENS.stream(), Stream.of("&a ", "*a", "<<: *a\n",
            "!!binary ", "!foo ", "? ", "- ", "---\n", "...\n", "%YAML 1.2\n", "|\n", ">-\n", "~", "null", ".nan", ".inf",
            "1e400", "0o17", "\"\\u0000\"", "'\\x'", "[[[[[[[[", "{{{{{{{{", "  ", "\t", "id: ", "derive: ",
            "analyses: ", "data: ", "effect: ", "measure: ", "from: ", "at_least: ", "equals: ", "values: ")).toList();
    private static final Path DIR = folder();

    /** A spec's folder with the data files the seeds name (existence is all the spec reader checks). */
    private static Path folder() {
        Path dir = Fuzz.tempDir("fuzz-yaml");
        try {
            Files.createDirectories(dir.resolve("data"));
            for (String f : List.of("data/School-based Mental Health Interventions.xlsx", "dat.bcg.csv", "data.csv"))
                Fuzz.write(dir.resolve(f), new byte[0]);
            Fuzz.write(dir.resolve("prisma.yaml"), Files.readAllBytes(Path.of("analyses/school-based-mh/prisma.yaml")));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return dir;
    }

    /** The fuzz target: reads {@code bytes} as analysis.yaml and checks the contract. */
    static InputException read(byte[] bytes) {
        Path spec = DIR.resolve("analysis.yaml");
        Fuzz.write(spec, bytes);
        return ReaderContract.check(bytes, () -> SpecReader.read(spec, "analysis.yaml"));
    }

    static InputException read(String text) {
        return read(text.getBytes(StandardCharsets.UTF_8));
    }

    @TestFactory
    Stream<DynamicTest> replaysEveryCorpusFile() {
        return Fuzz.replay(TARGET, SpecFuzzTest::read);
    }

    @Test
    void mutatedSpecsGiveASpecOrALocatedError() {
        Random random = Budget.random("yaml.mutated");
        var seeds = Corpus.seeds(TARGET);
        for (int i = 0; i < Budget.tries(150); i++) {
            Mutations.Mutant m = Mutations.mutate(random, seeds, YAML_TOKENS, 6);
            Fuzz.named(m.toString(), () -> read(m.bytes()));
        }
    }

    @Test
    void randomYamlGivesALocatedError() {
        Random random = Budget.random("yaml.random");
        for (int i = 0; i < Budget.tries(150); i++) read(Mutations.random(random, "ab: -[]{},&*!|>'\"#\n\t ?%~\uFEFF\u00E9", 300));
    }

    @Test
    void hostileShapesGiveALocatedError() {
        String big = "x".repeat(300_000);
        for (String yaml : List.of("\uFEFFtitle: a\n", "title:\ta\n", "\ttitle: a\n", "title: \"" + big + "\"\n",
                "title: " + big + "\n", big + ": 1\n", "title: \u202Eevil\u202C\ndata: {effects: data.csv, study: S}\n",
                "title: a\r\ndata:\r\n  effects: data.csv\r\n", "a: &a [1]\nb: *a\nc: *b\n", "? [a, b]\n: 1\n",
                "title: [\n", "title: a\n---\ntitle: b\n", "!!binary x: y\n", "title: !!float x\n",
                "title: \"\\uD800\"\n", "\u0000", "\u0085title: a\n"))
            Fuzz.named(ReaderContract.describe(yaml), () -> read(yaml));
    }

    @Test
    void deepNestingGivesALocatedError() {
        for (String open : List.of("[", "{a: ", "- "))
            for (int depth : new int[] {100, 1000, 10_000, 100_000})
                Fuzz.named(open + " x " + depth, () -> read(nested(open, depth)));
    }

    @Test
    void aliasBombGivesALocatedError() {
        StringBuilder b = new StringBuilder("a0: &a0 [x, x, x, x, x, x, x, x, x, x]\n");
        for (int i = 1; i < 30; i++) {
            b.append("a").append(i).append(": &a").append(i).append(" [");
            for (int j = 0; j < 10; j++) b.append(j == 0 ? "" : ", ").append("*a").append(i - 1);
            b.append("]\n");
        }
        b.append("title: *a29\n");
        String bomb = b.toString();
        Fuzz.named("alias bomb", () -> read(bomb));
    }

    private static String nested(String open, int depth) {
        StringBuilder b = new StringBuilder("title: ");
        for (int i = 0; i < depth; i++) b.append(open.equals("- ") ? "\n" + " ".repeat(Math.min(i, 2000)) + "- " : open);
        return b.append("x\n").toString();
    }

    @Test
    void messagesQuoteNoControlCharacters() {
        Random random = Budget.random("yaml.control");
        var seeds = Corpus.seeds(TARGET);
        for (int i = 0; i < Budget.tries(150); i++) {
            Mutations.Mutant m = Mutations.mutate(random, seeds, YAML_TOKENS, 6);
            ReaderContract.assertNoControlCharacters(read(m.bytes()), m.toString());
        }
    }

    /** Coverage-guided (Jazzer): runs in the {@code fuzz} profile only; see docs/notes.md, "Fuzzing". */
    @FuzzTest(maxDuration = "15s")
    void coverageGuided(byte[] bytes) {
        read(bytes);
    }
}
