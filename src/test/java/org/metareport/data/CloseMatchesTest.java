package org.metareport.data;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class CloseMatchesTest {
    private static final List<String> COLUMNS = List.of("Study", "Treatment.N", "Control.N", "T_SD_Post", "C_SD_Post",
            "ReverseCoded (lower scores are better)", "N", "g", "Year");

    @Test
    void findsTheSameNameInOtherCaseOrPunctuationFirst() {
        assertThat(CloseMatches.of("treatment n", COLUMNS)).first().isEqualTo("Treatment.N");
        assertThat(CloseMatches.of("study", COLUMNS)).containsExactly("Study");
    }

    @Test
    void findsTyposAndSwappedLetters() {
        assertThat(CloseMatches.of("Treatmnet.N", COLUMNS)).containsExactly("Treatment.N");
        assertThat(CloseMatches.of("Yaer", COLUMNS)).containsExactly("Year");
        assertThat(CloseMatches.of("T_SD_Pots", COLUMNS)).first().isEqualTo("T_SD_Post");
    }

    @Test
    void findsTheFullNameOfAShortenedOne() {
        assertThat(CloseMatches.of("ReverseCoded", COLUMNS)).containsExactly("ReverseCoded (lower scores are better)");
    }

    @Test
    void doesNotTreatEveryShortNameAsATypo() {
        assertThat(CloseMatches.of("n", COLUMNS)).containsExactly("N");
        assertThat(CloseMatches.of("x", COLUMNS)).isEmpty();
        assertThat(CloseMatches.of("Moderator", COLUMNS)).isEmpty();
        assertThat(CloseMatches.hint("Moderator", COLUMNS)).isEmpty();
    }

    @Test
    void wordsTheHint() {
        assertThat(CloseMatches.hint("Yeer", List.of("Year", "Yeer2"))).isEqualTo("did you mean 'Year' or 'Yeer2'?");
        assertThat(CloseMatches.of("C_SD_Pre", List.of("C_SD_Post"))).as("three edits away").isEmpty();
    }

    @Test
    @org.junit.jupiter.api.Timeout(60)   // a hang guard: unbounded, this header takes hours and gigabytes
    void answersAHeaderOfAHundredThousandLongColumnsAtOnce() {
        List<String> header = new java.util.ArrayList<>(List.of("Study", "Treatment.N"));
        for (int i = 0; i < 100_000; i++) header.add("Outcome measured at follow-up wave %06d ".formatted(i) + "x".repeat(250));

        assertThat(CloseMatches.of("Treatmnet.N", header)).containsExactly("Treatment.N");
        assertThat(CloseMatches.of("Outcome measured at follow-up wave 000001 " + "x".repeat(249), header))
                .as("the full name of a shortened one").containsExactly(header.get(3));
    }

    @Test
    @org.junit.jupiter.api.Timeout(60)
    void doesNotCompareAMegabyteColumnName() {
        String megabyte = "Treatment".repeat(120_000);

        assertThat(CloseMatches.of(megabyte, List.of(megabyte + "x", "Study"))).isEmpty();
        assertThat(CloseMatches.of("Treatmnet.N", List.of(megabyte, "Treatment.N"))).containsExactly("Treatment.N");
    }

    @Test
    void looksAtTheFirstTenThousandCandidatesOnly() {
        List<String> header = new java.util.ArrayList<>();
        for (int i = 0; i < org.metareport.spec.Spelling.MAX_CANDIDATES; i++) header.add("c" + i);
        header.add("Treatment.N");

        assertThat(CloseMatches.of("Treatmnet.N", header)).isEmpty();
    }

    @Test
    void quotesSuggestionsShortAndEscaped() {
        String shown = CloseMatches.hint("Treatment", List.of("treatment\u001b[31m" + "y".repeat(100)));

        assertThat(shown).doesNotContain("\u001b").contains("\\u001b[31m").startsWith("did you mean 'treatment")
                .endsWith("…'?").hasSizeLessThan(90);
    }
}
