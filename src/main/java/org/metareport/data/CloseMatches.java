package org.metareport.data;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * Names close to a misspelt one, for "did you mean" hints: the same name in other case or punctuation
 * ({@code treatment n} for {@code Treatment.N}) first, then names within a small edit distance, nearest first
 * (ties in the candidates' order).
 */
final class CloseMatches {
    private static final int MAX = 3;

    private CloseMatches() {}

    /** Up to three candidates close to {@code wanted}, best first; empty when none is close. */
    static List<String> of(String wanted, Collection<String> candidates) {
        String key = simplified(wanted);
        record Scored(String name, int score, int order) {}
        List<Scored> scored = new ArrayList<>();
        int order = 0;
        for (String c : candidates) {
            order++;
            if (c.equals(wanted)) continue;
            String ck = simplified(c);
            int score;
            if (ck.equals(key)) score = 0;
            else {
                int distance = distance(wanted.toLowerCase(Locale.ROOT), c.toLowerCase(Locale.ROOT));
                int longer = Math.max(wanted.length(), c.length());
                int allowed = longer <= 2 ? 0 : Math.max(1, Math.min(3, longer / 4)); // 'n' is not a typo of 'g'
                if (allowed == 0) continue;
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
        List<String> quoted = close.stream().map(s -> "'" + s + "'").toList();
        String list = quoted.size() == 1 ? quoted.get(0)
                : String.join(", ", quoted.subList(0, quoted.size() - 1)) + " or " + quoted.get(quoted.size() - 1);
        return "did you mean " + list + "?";
    }

    private static String simplified(String s) {
        return s.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]", "");
    }

    private static int distance(String a, String b) {
        return org.metareport.spec.Spelling.distance(a, b);
    }
}
