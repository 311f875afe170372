package org.metareport.effects;

/**
 * Inputs from which an effect size cannot be computed (a missing value, a negative standard deviation, a group
 * too small, a correlation outside [-1, 1]...). The message says what is wrong in the user's words, quoting
 * metafor's argument name and the value found, without a location: the caller, which knows the file, row and
 * column, adds it.
 */
public final class EffectException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** An exception with the given message; no stack trace is kept, since bad input is not a bug. */
    public EffectException(String message) {
        super(message, null, false, false);
    }
}
