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
}
