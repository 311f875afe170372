package org.metareport.models;

/**
 * A model that cannot be fitted to these data (k too small, non-convergence, all variances zero...). The message
 * says what happened in the user's words, without a location; the models stage adds the analysis's place.
 */
public final class FitException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public FitException(String message) {
        super(message, null, false, false);
    }
}
