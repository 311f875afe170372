package org.metareport.data;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * The shortest decimal text that reads back as the same double: {@code 0.5 → "0.5"}, {@code 12.0 → "12"},
 * {@code 0.1 + 0.2 → "0.30000000000000004"}. Plain notation for magnitudes from 1e-7 up to 1e21 (as JavaScript
 * prints numbers), otherwise {@code 1.5e-8}, {@code 2e+21}. Java 17's {@code Double.toString} is not always
 * the shortest (JDK-4511638), hence the search over precisions.
 */
final class ShortestDecimal {
    private ShortestDecimal() {}

    /** The text of a finite double. @throws IllegalArgumentException for NaN or an infinity */
    static String of(double value) {
        if (!Double.isFinite(value)) throw new IllegalArgumentException("not a finite number: " + value);
        if (value == 0) return "0"; // also -0.0: a cell never means negative zero
        BigDecimal exact = new BigDecimal(value);
        BigDecimal shortest = exact;
        for (int digits = 1; digits <= 17; digits++) {
            BigDecimal rounded = exact.round(new MathContext(digits, RoundingMode.HALF_EVEN));
            if (rounded.doubleValue() == value) {
                shortest = rounded;
                break;
            }
        }
        shortest = shortest.stripTrailingZeros();
        double magnitude = Math.abs(value);
        if (magnitude >= 1e-7 && magnitude < 1e21) return shortest.toPlainString();
        String digits = shortest.unscaledValue().abs().toString();
        int exponent = digits.length() - 1 - shortest.scale();
        String mantissa = digits.length() == 1 ? digits : digits.charAt(0) + "." + digits.substring(1);
        return (value < 0 ? "-" : "") + mantissa + "e" + (exponent >= 0 ? "+" : "") + exponent;
    }
}
