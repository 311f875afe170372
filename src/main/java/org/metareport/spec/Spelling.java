package org.metareport.spec;

import java.util.Collection;
import java.util.Locale;
import java.util.Optional;

/**
 * "Did you mean" suggestions: the closest valid spelling by edit distance, ignoring case. Bounded, so that a hostile
 * file cannot make a suggestion expensive: words longer than {@value #MAX_LENGTH} characters are not compared, only
 * the first {@value #MAX_CANDIDATES} choices are, and each comparison stops once it exceeds the distance allowed.
 */
public final class Spelling {
    /** Words longer than this are never compared by edit distance (no typo suggestion for them). */
    public static final int MAX_LENGTH = 100;
    /** How many choices a suggestion looks at, at most (the first ones, in the order given). */
    public static final int MAX_CANDIDATES = 10_000;

    private Spelling() {}

    /**
     * The choice closest to {@code word}: at most 2 edits away (1 for words of up to 3 letters, so that short
     * names are not matched to anything; never all of the word), counting a swap of two neighbours as one edit. Ties go to the first.
     */
    public static Optional<String> closest(String word, Collection<String> choices) {
        if (word.length() > MAX_LENGTH) return Optional.empty();
        String w = word.toLowerCase(Locale.ROOT);
        int limit = w.length() <= 3 ? 1 : 2;
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        int seen = 0;
        for (String choice : choices) {
            if (++seen > MAX_CANDIDATES) break;
            if (choice.length() > MAX_LENGTH) continue;
            int d = distance(w, choice.toLowerCase(Locale.ROOT), limit);
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
        return distance(a, b, Math.max(a.length(), b.length()));
    }

    /**
     * {@link #distance(String, String)} when it is at most {@code max}, else {@code max + 1}: computed only within
     * {@code max} of the diagonal and stopped as soon as every alignment costs more, so it takes time proportional to
     * {@code length × max} and memory proportional to the length.
     */
    public static int distance(String a, String b, int max) {
        int n = a.length();
        int m = b.length();
        if (Math.abs(n - m) > max) return max + 1;
        if (m == 0 || n == 0) return Math.max(n, m);
        int over = max + 1;
        int[] prev2 = new int[m + 1];
        int[] prev = new int[m + 1];
        int[] cur = new int[m + 1];
        for (int j = 0; j <= m; j++) prev[j] = j <= max ? j : over;
        for (int i = 1; i <= n; i++) {
            int lo = Math.max(1, i - max);
            int hi = Math.min(m, i + max);
            cur[lo - 1] = lo == 1 ? (i <= max ? i : over) : over;
            int rowMin = cur[lo - 1];
            for (int j = lo; j <= hi; j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                int d = Math.min(Math.min(prev[j] + 1, cur[j - 1] + 1), prev[j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1))
                    d = Math.min(d, prev2[j - 2] + 1);
                cur[j] = Math.min(d, over);
                rowMin = Math.min(rowMin, cur[j]);
            }
            if (hi < m) cur[hi + 1] = over;
            if (rowMin > max) return over;
            int[] t = prev2;
            prev2 = prev;
            prev = cur;
            cur = t;
        }
        return Math.min(prev[m], over);
    }
}
