package org.metareport.data;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.metareport.problems.Visible;
import org.metareport.spec.Spelling;

/**
 * Names close to a misspelt one, for "did you mean" hints: the same name in other case or punctuation
 * ({@code treatment n} for {@code Treatment.N}) first, then names within a small edit distance, nearest first
 * (ties in the candidates' order).
 */
final class CloseMatches {
    private static final int MAX = 3;
    /** Names longer than this are not matched at all (not even by case or punctuation). */
    private static final int LONGEST = 4 * Spelling.MAX_LENGTH;

    private CloseMatches() {}

    /**
     * Up to three candidates close to {@code wanted}, best first; empty when none is close. Bounded like
     * {@link Spelling}: only the first {@value Spelling#MAX_CANDIDATES} candidates are looked at, names longer than
     * {@value Spelling#MAX_LENGTH} characters are not compared by edit distance, and names much longer still not at
     * all; so a header of 100,000 columns or a column name of a megabyte answers at once.
     */
    static List<String> of(String wanted, Collection<String> candidates) {
        if (wanted.length() > LONGEST) return List.of();
        String key = simplified(wanted);
        String lower = wanted.toLowerCase(Locale.ROOT);
        record Scored(String name, int score, int order) {}
        List<Scored> scored = new ArrayList<>();
        int order = 0;
        for (String c : candidates) {
            if (++order > Spelling.MAX_CANDIDATES) break;
            if (c.length() > LONGEST || c.equals(wanted)) continue;
            String ck = simplified(c);
            int score;
            if (ck.equals(key)) score = 0;
            else {
                int longer = Math.max(wanted.length(), c.length());
                int allowed = longer <= 2 ? 0 : Math.max(1, Math.min(3, longer / 4)); // 'n' is not a typo of 'g'
                if (allowed == 0) continue;
                int distance = wanted.length() > Spelling.MAX_LENGTH || c.length() > Spelling.MAX_LENGTH
                        ? allowed + 1 : Spelling.distance(lower, c.toLowerCase(Locale.ROOT), allowed);
                if (distance > allowed && !(key.length() >= 4 && (ck.startsWith(key) || key.startsWith(ck) && ck.length() >= 4)))
                    continue;
                score = distance <= allowed ? distance : allowed + 1;
            }
            scored.add(new Scored(c, score, order));
        }
        return scored.stream().sorted(Comparator.comparingInt(Scored::score).thenComparingInt(Scored::order))
                .limit(MAX).map(Scored::name).toList();
    }

    /** "Did you mean 'A'?" / "did you mean 'A' or 'B'?", or "" when nothing is close. */
    static String hint(String wanted, Collection<String> candidates) {
        List<String> close = of(wanted, candidates);
        if (close.isEmpty()) return "";
        List<String> quoted = close.stream().map(Visible::quote).toList();
        String list = quoted.size() == 1 ? quoted.get(0)
                : String.join(", ", quoted.subList(0, quoted.size() - 1)) + " or " + quoted.get(quoted.size() - 1);
        return "did you mean " + list + "?";
    }

    private static String simplified(String s) {
        return s.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]", "");
    }
}
