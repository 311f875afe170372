package org.metareport.format;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Locale;
import java.util.Map;

/**
 * Numbers and statistics in APA 7 style — the one formatting module every template, text writer and figure uses,
 * so a number rounds the same way in Markdown, HTML, PDF and plots: fixed decimals rounded half-up on the
 * double's exact value (as C's and R's {@code sprintf}), a true minus sign (U+2212), never "−0.00", p without a
 * leading zero and {@code < .001} below .001, percentages with a % sign. Missing or non-finite values print as an
 * em dash, so NaN never reaches a report.
 */
public final class Apa {
    /** Printed for a value that does not exist or is not finite. */
    public static final String MISSING = "\u2014";
    public static final char MINUS = '\u2212';

    private static final Map<String, String> METHODS = Map.of(
            "FE", "fixed-effect (inverse-variance) model",
            "DL", "DerSimonian–Laird estimator",
            "HE", "Hedges estimator",
            "HS", "Hunter–Schmidt estimator",
            "SJ", "Sidik–Jonkman estimator",
            "ML", "maximum-likelihood estimator",
            "REML", "restricted maximum-likelihood (REML) estimator",
            "EB", "empirical Bayes estimator",
            "PM", "Paule–Mandel estimator");

    private Apa() {}

    /** A number with {@code d} decimals, rounded half-up on its exact value, minus as U+2212, no "−0.00". */
    public static String fixed(Double x, int d) {
        if (x == null || x.isNaN() || x.isInfinite()) return MISSING;
        BigDecimal v = new BigDecimal(x.doubleValue()).setScale(d, RoundingMode.HALF_UP);
        if (v.signum() == 0) v = v.abs();
        return minus(v.toPlainString());
    }

    /** {@code v} with as few decimals as it needs (at most 10): "0.25", "2", "−1.5". */
    public static String shortest(double v) {
        if (!Double.isFinite(v)) return MISSING;
        BigDecimal d = new BigDecimal(v).setScale(10, RoundingMode.HALF_UP).stripTrailingZeros();
        if (d.signum() == 0) return "0";
        return minus(d.toPlainString());
    }

    /** A p-value in APA style: {@code < .001}, else three decimals without the leading zero ({@code .034}). */
    public static String pValue(Double p) {
        if (p == null || p.isNaN()) return MISSING;
        if (p < 0.001) return "< .001";
        String s = fixed(p, 3);
        if (s.equals("1.000")) return "> .999";
        return s.startsWith("0") ? s.substring(1) : s;
    }

    /** A p-value with its relation sign for running text: {@code p < .001} or {@code p = .034}. */
    public static String pText(Double p) {
        String s = pValue(p);
        return s.startsWith("<") || s.startsWith(">") ? "p " + s : "p = " + s;
    }

    /** A percentage with one decimal: {@code 88.1%}. */
    public static String percent(Double x) {
        String s = fixed(x, 1);
        return s.equals(MISSING) ? s : s + "%";
    }

    /** A confidence interval {@code [0.24, 0.45]} with {@code d} decimals. */
    public static String interval(Double lower, Double upper, int d) {
        return "[" + fixed(lower, d) + ", " + fixed(upper, d) + "]";
    }

    /** A count with thousands separators as APA: {@code 11,658}; below 1000 plain. */
    public static String count(Number n) {
        if (n == null) return MISSING;
        return String.format(Locale.ROOT, "%,d", n.longValue());
    }

    /** Degrees of freedom: whole numbers plain, others with two decimals; null (z test) as the missing mark. */
    public static String df(Double df) {
        if (df == null || df.isNaN() || df.isInfinite()) return MISSING;
        if (df == Math.rint(df)) return count(df.longValue());
        return fixed(df, 2);
    }

    /**
     * A conventional word for the amount of heterogeneity by I² (Higgins et al. 2003: 25/50/75%): low, moderate,
     * substantial, considerable.
     */
    public static String heterogeneityWord(Double i2) {
        if (i2 == null || i2.isNaN()) return "not estimable";
        if (i2 < 25) return "low";
        if (i2 < 50) return "moderate";
        if (i2 < 75) return "substantial";
        return "considerable";
    }

    /** The Methods-section wording of a tau² estimator or FE. */
    public static String methodName(String method) {
        return METHODS.getOrDefault(method, method);
    }

    private static String minus(String s) {
        return s.startsWith("-") ? MINUS + s.substring(1) : s;
    }
}
