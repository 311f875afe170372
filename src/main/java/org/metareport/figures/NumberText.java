package org.metareport.figures;

import org.metareport.format.Apa;

/**
 * Numbers as figures print them, through the one formatting module {@link Apa} so that figures and text round
 * alike: fixed decimals, a true minus sign (U+2212) and never "−0.00".
 */
final class NumberText {
    static final char MINUS = '\u2212';

    private NumberText() {}

    /** @return {@code v} rounded half-up to {@code digits} decimals, e.g. "−0.71"; "0.00" rather than "−0.00" */
    static String fixed(double v, int digits) {
        return Apa.fixed(v, digits);
    }

    /** @return a weight in percent with one decimal and a % sign, e.g. "7.4%" */
    static String percent(double w) {
        return fixed(w, 1) + "%";
    }

    /** @return {@code v} with as few decimals as it needs (at most 10), e.g. "0.25", "2", "−1.5" */
    static String shortest(double v) {
        return Apa.shortest(v);
    }

    /** @return a confidence level as written in "95% CI": "95", "99.9" */
    static String level(double level) {
        return shortest(level);
    }
}
