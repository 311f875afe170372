package org.metareport.problems;

import java.util.List;
import java.util.Locale;

/**
 * Bad input: the user's to fix. Carries every problem found (never only the first), has no stack trace,
 * and is mapped to exit code 2 by the CLI.
 */
public final class InputException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final List<Problem> problems;

    public InputException(List<Problem> problems) {
        super(problems.isEmpty() ? "bad input" : problems.get(0).toString(), null, false, false);
        if (problems.isEmpty()) throw new IllegalArgumentException("an InputException needs at least one problem");
        this.problems = List.copyOf(problems);
    }

    public static InputException at(Where where, String format, Object... args) {
        return new InputException(List.of(new Problem(where, String.format(Locale.ROOT, format, args))));
    }

    public List<Problem> problems() {
        return problems;
    }
}
