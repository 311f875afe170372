package org.metareport.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The Methods section states shared settings once and then only what each analysis changes, and Results headings use
 * the analyses' titles. Read from the rendered examples that {@code ExampleSnapshotTest} and {@code BcgSnapshotTest}
 * keep equal to what the code writes.
 */
class MethodsProseTest {
    static String methods(Path report) throws IOException {
        String md = Files.readString(report);
        int from = md.indexOf("## Methods"), to = md.indexOf("## Results");
        assertThat(from).as("Methods section in %s", report).isNotNegative();
        return md.substring(from, to);
    }

    static int count(String text, String phrase) {
        return text.split(Pattern.quote(phrase), -1).length - 1;
    }

    static Set<String> words(String line) {
        return new HashSet<>(Arrays.asList(line.toLowerCase().replaceAll("\\*\\*[^*]+\\*\\*", "").split("\\W+")));
    }

    /** No two entries of the list of analyses say nearly the same (Jaccard similarity of their words below 0.8). */
    static void assertNoNearDuplicates(String methods) {
        List<String> entries = methods.lines().filter(l -> l.startsWith("- ")).toList();
        for (int i = 0; i < entries.size(); i++) {
            for (int j = i + 1; j < entries.size(); j++) {
                Set<String> a = words(entries.get(i)), b = words(entries.get(j)), both = new HashSet<>(a);
                both.retainAll(b);
                Set<String> either = new HashSet<>(a);
                either.addAll(b);
                assertThat((double) both.size() / either.size()).as("similarity of\n%s\n%s", entries.get(i), entries.get(j))
                        .isLessThan(0.8);
            }
        }
    }

    @Test
    void schoolBasedMethodsStateEachSharedSettingOnce() throws IOException {
        String m = methods(Path.of("docs/example/report.md"));
        for (String phrase : List.of("restricted maximum-likelihood (REML) estimator", "*ρ* = 0.80", "t tests (df = k − p)",
                "cluster-robust CR2 standard errors", "95% confidence intervals", "Satterthwaite"))
            assertThat(count(m, phrase)).as("'%s' in the Methods:\n%s", phrase, m).isEqualTo(1);
        assertThat(count(m, "The analysis ")).as("no sentence per analysis").isZero();
        assertNoNearDuplicates(m);
        assertThat(m.split("\\s+").length).as("words in the Methods (eleven 60-word sentences before)").isLessThan(330);
    }

    @Test
    void bcgMethodsNameEachEstimatorOnlyWhereItDiffers() throws IOException {
        String m = methods(Path.of("src/test/resources/snapshots/bcg/report.md"));
        assertThat(count(m, "z tests")).as("the shared test, once").isEqualTo(1);
        assertThat(count(m, "restricted maximum-likelihood")).as("the shared estimator, once").isEqualTo(1);
        assertThat(count(m, "DerSimonian–Laird")).as("DL and DL-knha depart alike but in different groups").isEqualTo(2);
        assertThat(m).contains("- **REML-knha**, **ablat-year-knha**: the Knapp–Hartung method");
        assertNoNearDuplicates(m);
    }

    @Test
    void headingsAndCaptionsUseTitlesWhileFilesAndResultsKeepIds() throws IOException {
        String md = Files.readString(Path.of("docs/example/report.md"));
        assertThat(md).contains("### Three-level model (overall effect)", "### Random-effects model (studies independent)",
                "Model coefficients of analysis “Random-effects model (studies independent)”",
                "Forest plot of analysis “Random-effects model (studies independent)”");
        Matcher headings = Pattern.compile("(?m)^### (three-level|overall|by-construct|rve-corr)$").matcher(md);
        assertThat(headings.find()).as("no heading is a bare id").isFalse();
        assertThat(md).as("figure files keep the id").contains("(figures/forest-overall.svg)");
        String json = Files.readString(Path.of("docs/example/results.json"));
        assertThat(json).contains("\"id\": \"three-level\",\n      \"title\": \"Three-level model (overall effect)\"");
    }
}
