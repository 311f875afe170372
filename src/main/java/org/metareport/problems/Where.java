package org.metareport.problems;

/**
 * A place in a user's input: a file as the user wrote it (relative to the spec), a 1-based line and an
 * optional 1-based column (0 = none). For a CSV cell the line is the row number (header = row 1).
 */
public record Where(String file, int line, int column) {

    public static Where of(String file, int line) {
        return new Where(file, line, 0);
    }

    /** A command-line argument such as {@code --out /}, which has no line: printed as the argument alone. */
    public static Where argument(String text) {
        return new Where(text, 0, 0);
    }

    /** A whole file, when no line applies (the line is printed as 1, as compilers do). */
    public static Where file(String file) {
        return new Where(file, 1, 0);
    }

    @Override
    public String toString() {
        if (line <= 0) return file;
        return file + ":" + line + (column > 0 ? ":" + column : "");
    }
}
