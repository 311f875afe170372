package org.metareport.problems;

/** One thing wrong with the user's input, with where it is; printed as {@code error: file:line[:col]: message}. */
public record Problem(Where where, String message) {
    @Override
    public String toString() {
        return "error: " + where + ": " + message;
    }
}
