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

    @Test
    void boundedDistanceIsTheFullDistanceCappedAtOneAboveTheBound() {
        java.util.Random random = new java.util.Random(13);
        for (int trial = 0; trial < 20_000; trial++) {
            String a = word(random);
            String b = random.nextInt(3) == 0 ? mutate(a, random) : word(random);
            int full = reference(a, b);
            assertThat(Spelling.distance(a, b)).as("'%s' to '%s'", a, b).isEqualTo(full);
            for (int max = 0; max <= 4; max++)
                assertThat(Spelling.distance(a, b, max)).as("'%s' to '%s' within %d", a, b, max)
                        .isEqualTo(Math.min(full, max + 1));
        }
    }

    @Test
    @org.junit.jupiter.api.Timeout(60)   // a hang guard: the full distance of these words needs 10^12 steps
    void doesNotCompareWordsLongerThanTheLimit() {
        String megabyte = "Treatment".repeat(120_000);
        assertThat(Spelling.closest(megabyte, List.of(megabyte + "s", "model"))).isEmpty();
        assertThat(Spelling.closest("modle", List.of(megabyte, "model"))).contains("model");
        assertThat(Spelling.distance(megabyte, megabyte + "xyz", 2)).isEqualTo(3);
        assertThat(Spelling.distance(megabyte + "a", megabyte + "b", 2)).isEqualTo(1);
    }

    @Test
    void looksAtTheFirstTenThousandChoicesOnly() {
        List<String> choices = new java.util.ArrayList<>();
        for (int i = 0; i < Spelling.MAX_CANDIDATES; i++) choices.add("column" + i);
        choices.add("moderators");

        assertThat(Spelling.closest("moderator", choices)).isEmpty();
        assertThat(Spelling.closest("moderator", choices.subList(1, choices.size()))).contains("moderators");
    }

    private static String word(java.util.Random random) {
        StringBuilder b = new StringBuilder();
        int n = random.nextInt(9);
        for (int i = 0; i < n; i++) b.append("abc".charAt(random.nextInt(3)));
        return b.toString();
    }

    private static String mutate(String a, java.util.Random random) {
        StringBuilder b = new StringBuilder(a);
        for (int k = random.nextInt(3); k >= 0; k--) {
            int at = b.length() == 0 ? 0 : random.nextInt(b.length());
            switch (random.nextInt(3)) {
                case 0 -> b.insert(at, 'c');
                case 1 -> { if (b.length() > 0) b.deleteCharAt(at); }
                default -> { if (at + 1 < b.length()) { char c = b.charAt(at); b.setCharAt(at, b.charAt(at + 1)); b.setCharAt(at + 1, c); } }
            }
        }
        return b.toString();
    }

    /** The textbook full-matrix optimal string alignment distance, to check the banded one against. */
    private static int reference(String a, String b) {
        int[][] d = new int[a.length() + 1][b.length() + 1];
        for (int i = 0; i <= a.length(); i++) d[i][0] = i;
        for (int j = 0; j <= b.length(); j++) d[0][j] = j;
        for (int i = 1; i <= a.length(); i++) {
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1))
                    d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
            }
        }
        return d[a.length()][b.length()];
    }
}
