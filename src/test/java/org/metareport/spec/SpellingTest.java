package org.metareport.spec;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class SpellingTest {
    private static final List<String> KEYS = AnalysisSpecReader.KEYS;

    @Test
    void suggestsTheClosestKeyWithinTwoEdits() {
        assertThat(Spelling.closest("moderator", KEYS)).contains("moderators");
        assertThat(Spelling.closest("levle", KEYS)).as("a swap is one edit").contains("level");
        assertThat(Spelling.closest("Model", KEYS)).as("case is ignored").contains("model");
        assertThat(Spelling.closest("marginal-means", KEYS)).contains("marginal_means");
    }

    @Test
    void suggestsNothingForFarOrTinyWords() {
        assertThat(Spelling.closest("bananas", KEYS)).isEmpty();
        assertThat(Spelling.closest("F", List.of("z", "t", "knha"))).as("never replace the whole word").isEmpty();
        assertThat(Spelling.closest("ab", List.of("id"))).isEmpty();
    }

    @Test
    void countsEditsAsOptimalStringAlignment() {
        assertThat(Spelling.distance("", "abc")).isEqualTo(3);
        assertThat(Spelling.distance("abc", "abc")).isZero();
        assertThat(Spelling.distance("abc", "acb")).isEqualTo(1);
        assertThat(Spelling.distance("kitten", "sitting")).isEqualTo(3);
    }
}
