package org.metareport.effects;

import java.math.BigDecimal;
import java.util.Locale;

/** Precondition checks shared by the measures; each failure is an {@link EffectException} in the user's words. */
final class Require {
    private Require() {}

    /** {@code x} must be a finite number: NaN reads as "missing" (the caller's NA), ±∞ as "infinite". */
    static double present(String name, double x) {
        if (Double.isNaN(x)) throw new EffectException(name + " is missing");
        if (Double.isInfinite(x)) throw new EffectException(name + " is infinite");
        return x;
    }

    /** A present, non-negative standard deviation (or count, variance, standard error). */
    static double nonNegative(String name, double x, String what) {
        present(name, x);
        if (x < 0) throw fail("%s is %s; %s cannot be negative", name, show(x), what);
        return x;
    }

    /** A present group size of at least {@code min}. */
    static double groupSize(String name, double n, int min, String measure) {
        present(name, n);
        if (n < min) throw fail("%s is %s; %s needs at least %d per group", name, show(n), measure, min);
        return n;
    }

    static EffectException fail(String format, Object... args) {
        return new EffectException(String.format(Locale.ROOT, format, args));
    }

    /** A number as a user would write it: {@code 2}, not {@code 2.0}; {@code 0.00001}, not {@code 1.0E-5}. */
    static String show(double x) {
        if (Double.isNaN(x) || Double.isInfinite(x)) return Double.toString(x);
        if (x == 0) return "0";
        return BigDecimal.valueOf(x).stripTrailingZeros().toPlainString();
    }
}
