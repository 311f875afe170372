package org.metareport.expressions;

/** A problem met while evaluating one row (text in arithmetic, a bad argument); located by {@link Expression}. */
final class ExpressionError extends RuntimeException {
    ExpressionError(String message) {
        super(message, null, false, false);
    }
}
