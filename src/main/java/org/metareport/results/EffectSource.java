package org.metareport.results;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * How many effect sizes came from one source ({@code effect.sources}: reported, pre/post difference, post-test, or
 * the measure) and which data rows, for the report's appendix.
 *
 * @param rows the data rows (row numbers of the effects file), as ranges: "2–5, 9, 12–14"
 */
public record EffectSource(String source, int count, String rows) {
    /** One entry per source, in order of first use. */
    public static List<EffectSource> of(List<EffectRow> effects) {
        Map<String, List<Integer>> by = new LinkedHashMap<>();
        for (EffectRow e : effects) by.computeIfAbsent(e.source(), k -> new ArrayList<>()).add(e.row());
        List<EffectSource> out = new ArrayList<>();
        by.forEach((source, rows) -> out.add(new EffectSource(source, rows.size(), ranges(rows))));
        return out;
    }

    static String ranges(List<Integer> rows) {
        List<Integer> sorted = rows.stream().sorted().distinct().toList();
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < sorted.size(); i++) {
            int start = sorted.get(i);
            while (i + 1 < sorted.size() && sorted.get(i + 1) == sorted.get(i) + 1) i++;
            if (!b.isEmpty()) b.append(", ");
            b.append(start);
            if (sorted.get(i) != start) b.append('–').append(sorted.get(i));
        }
        return b.toString();
    }
}
