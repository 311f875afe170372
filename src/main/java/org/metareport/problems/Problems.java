package org.metareport.problems;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Collects problems across a whole input so that all of them are reported at once. */
public final class Problems {
    private final List<Problem> list = new ArrayList<>();

    public void add(Where where, String format, Object... args) {
        list.add(new Problem(where, String.format(Locale.ROOT, format, args)));
    }

    public void addAll(InputException e) {
        list.addAll(e.problems());
    }

    public boolean isEmpty() {
        return list.isEmpty();
    }

    public List<Problem> list() {
        return List.copyOf(list);
    }

    /** Throws an {@link InputException} with everything collected, if anything was. */
    public void throwIfAny() {
        if (!list.isEmpty()) throw new InputException(list);
    }
}
