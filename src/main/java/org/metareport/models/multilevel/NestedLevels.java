package org.metareport.models.multilevel;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The nested random effects of a multilevel model, metafor's {@code random = ~ 1 | L1/L2/.../Lm}: one id column per
 * level, outermost first (e.g. study, then effect within study). Level l groups the effects that share the ids of
 * levels 1 … l, so inner ids need only be unique within their outer group (school 1 of district 11 and school 1 of
 * district 12 are different schools), as metafor's {@code district/school}.
 *
 * <p>The model has one variance component sigma2 per level: sigma2[0] for L1, sigma2[1] for L1/L2, and so on
 * (metafor's {@code s.names}: {@link #componentNames()}).
 *
 * @param names  the level names, outermost first, e.g. {@code [district, school]}
 * @param ids    one array of ids per level, each with one entry per effect size (k entries)
 */
public record NestedLevels(List<String> names, List<String[]> ids) {
    public NestedLevels {
        Objects.requireNonNull(names, "names");
        Objects.requireNonNull(ids, "ids");
        names = List.copyOf(names);
        if (names.isEmpty()) throw new IllegalArgumentException("a multilevel model needs at least one level");
        if (names.size() != ids.size())
            throw new IllegalArgumentException(names.size() + " level names but " + ids.size() + " id columns");
        List<String[]> copy = new ArrayList<>();
        for (String[] column : ids) copy.add(Objects.requireNonNull(column, "ids").clone());
        for (String[] column : copy) {
            if (column.length != copy.get(0).length)
                throw new IllegalArgumentException("id columns of unequal length: " + column.length + " and "
                        + copy.get(0).length);
        }
        ids = List.copyOf(copy);
    }

    /** Levels from names and id columns, outermost first: {@code NestedLevels.of(List.of("study", "es_id"), study, esId)}. */
    public static NestedLevels of(List<String> names, String[]... ids) {
        return new NestedLevels(names, List.of(ids));
    }

    /** Number of levels (variance components). */
    public int m() {
        return names.size();
    }

    /** Number of effect sizes. */
    public int k() {
        return ids.get(0).length;
    }

    /** metafor's {@code s.names}: {@code district}, {@code district/school}, … */
    public List<String> componentNames() {
        List<String> out = new ArrayList<>();
        StringBuilder sb = new StringBuilder();
        for (String n : names) {
            if (sb.length() > 0) sb.append('/');
            sb.append(n);
            out.add(sb.toString());
        }
        return List.copyOf(out);
    }
}
