package org.metareport.spec;

import java.util.Collection;
import java.util.Locale;
import java.util.Optional;

/** "Did you mean" suggestions: the closest valid spelling by edit distance, ignoring case. */
public final class Spelling {
    private Spelling() {}

    /**
     * The choice closest to {@code word}: at most 2 edits away (1 for words of up to 3 letters, so that short
     * names are not matched to anything; never all of the word), counting a swap of two neighbours as one edit. Ties go to the first.
     */
    public static Optional<String> closest(String word, Collection<String> choices) {
        String w = word.toLowerCase(Locale.ROOT);
        int limit = w.length() <= 3 ? 1 : 2;
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (String choice : choices) {
            int d = distance(w, choice.toLowerCase(Locale.ROOT));
            if (d <= limit && d < w.length() && d < bestDistance) {
                best = choice;
                bestDistance = d;
            }
        }
        return Optional.ofNullable(best);
    }

    /**
     * Optimal string alignment distance (Levenshtein plus adjacent transpositions): 'Yaer' is 1 from 'Year'. The
     * one edit distance of the project (column-name suggestions in the data stage use it too).
     */
    public static int distance(String a, String b) {
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
