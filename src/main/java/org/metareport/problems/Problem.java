package org.metareport.problems;

/**
 * One thing wrong with the user's input, with where it is; printed as {@code error: file:line[:col]: message}, with
 * control characters shown as escapes ({@link Visible#line}) so that text from a file cannot drive the terminal.
 */
public record Problem(Where where, String message) {
    @Override
    public String toString() {
        return "error: " + Visible.line(where + ": " + message);
    }
}
