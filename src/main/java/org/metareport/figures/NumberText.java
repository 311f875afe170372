package org.metareport.figures;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Numbers as figures print them: fixed decimals, {@link java.util.Locale#ROOT} digits, a true minus sign (U+2212)
 * and never "−0.00".
 */
final class NumberText {
    static final char MINUS = '\u2212';

    private NumberText() {}

    /** @return {@code v} rounded half-up to {@code digits} decimals, e.g. "−0.71"; "0.00" rather than "−0.00" */
    static String fixed(double v, int digits) {
        BigDecimal d = new BigDecimal(v).setScale(digits, RoundingMode.HALF_UP);
        if (d.signum() == 0) d = d.abs();
        return minus(d.toPlainString());
    }

    /** @return a weight in percent with one decimal and a % sign, e.g. "7.4%" */
    static String percent(double w) {
        return fixed(w, 1) + "%";
    }

    /** @return {@code v} with as few decimals as it needs (at most 10), e.g. "0.25", "2", "−1.5" */
    static String shortest(double v) {
        BigDecimal d = new BigDecimal(v).setScale(10, RoundingMode.HALF_UP).stripTrailingZeros();
        if (d.signum() == 0) return "0";
        return minus(d.toPlainString());
    }

    /** @return a confidence level as written in "95% CI": "95", "99.9" */
    static String level(double level) {
        return shortest(level);
    }

    private static String minus(String s) {
        return s.startsWith("-") ? MINUS + s.substring(1) : s;
    }
}
