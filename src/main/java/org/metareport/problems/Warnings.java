package org.metareport.problems;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Documented fallbacks and notes worded like metafor's ("2 rows with missing values omitted"): printed as
 * {@code warning: ...} on stderr and kept in results.json. Insertion-ordered, so output is deterministic.
 */
public final class Warnings {
    private final List<String> list = new ArrayList<>();

    public void add(String format, Object... args) {
        list.add(String.format(Locale.ROOT, format, args));
    }

    public void add(Where where, String format, Object... args) {
        list.add(where + ": " + String.format(Locale.ROOT, format, args));
    }

    public List<String> list() {
        return List.copyOf(list);
    }
}
