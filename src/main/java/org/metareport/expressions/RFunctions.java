package org.metareport.expressions;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * The functions an expression may call, and nothing else: JEXL's default namespace is one instance of this class,
 * and {@link RSource} admits only the names of {@link #NAMES}. Each behaves as its R namesake on one row's values
 * ({@code NA} in, {@code NA} out, except {@code is.na}, {@code coalesce} and {@code ifelse}'s unused branch).
 */
public final class RFunctions {
    /** R name → Java method name here (R's dots are not Java names). */
    static final Map<String, String> NAMES = new TreeMap<>(Map.ofEntries(
            Map.entry("ifelse", "ifelse"), Map.entry("is.na", "is_na"), Map.entry("coalesce", "coalesce"),
            Map.entry("c", "c"), Map.entry("abs", "abs"), Map.entry("sqrt", "sqrt"), Map.entry("log", "log"),
            Map.entry("exp", "exp"), Map.entry("round", "round"), Map.entry("pmin", "pmin"), Map.entry("pmax", "pmax"),
            Map.entry("as.numeric", "as_numeric"), Map.entry("tolower", "tolower"), Map.entry("toupper", "toupper"),
            Map.entry("nchar", "nchar"), Map.entry("grepl", "grepl")));

    RFunctions() {}

    /** {@code ifelse(test, yes, no)}: NA when the test is NA. */
    public Object ifelse(Object test, Object yes, Object no) {
        Boolean t = RArithmetic.logical(test, "ifelse");
        return t == null ? Na.NA : t ? yes : no;
    }

    public Object is_na(Object x) {
        return Na.is(x);
    }

    /** The first argument that is not NA (dplyr's {@code coalesce}), else NA. */
    public Object coalesce(Object... xs) {
        for (Object x : xs) if (!Na.is(x)) return x;
        return Na.NA;
    }

    /** The values for {@code %in%}: {@code x %in% c("D", "A")}. */
    public Object c(Object... xs) {
        List<Object> out = new ArrayList<>();
        for (Object x : xs) {
            if (x instanceof List<?> l) out.addAll(l);
            else out.add(x);
        }
        return List.copyOf(out);
    }

    public Object abs(Object x) {
        return Na.is(x) ? Na.NA : RArithmetic.finite(Math.abs(number(x, "abs")));
    }

    public Object sqrt(Object x) {
        return Na.is(x) ? Na.NA : RArithmetic.finite(Math.sqrt(number(x, "sqrt")));
    }

    /** Natural logarithm, as R's {@code log}; {@code log(x, base)}. */
    public Object log(Object x) {
        return Na.is(x) ? Na.NA : RArithmetic.finite(Math.log(number(x, "log")));
    }

    public Object log(Object x, Object base) {
        if (Na.is(x) || Na.is(base)) return Na.NA;
        return RArithmetic.finite(Math.log(number(x, "log")) / Math.log(number(base, "log")));
    }

    public Object exp(Object x) {
        return Na.is(x) ? Na.NA : RArithmetic.finite(Math.exp(number(x, "exp")));
    }

    /** R's {@code round}: half to even at the given digits (default 0), on the decimal value of the double. */
    public Object round(Object x) {
        return round(x, 0.0);
    }

    public Object round(Object x, Object digits) {
        if (Na.is(x) || Na.is(digits)) return Na.NA;
        double d = number(digits, "round");
        return new BigDecimal(number(x, "round")).setScale((int) d, RoundingMode.HALF_EVEN).doubleValue();
    }

    public Object pmin(Object... xs) {
        return extreme(xs, -1, "pmin");
    }

    public Object pmax(Object... xs) {
        return extreme(xs, 1, "pmax");
    }

    private static Object extreme(Object[] xs, int sign, String name) {
        if (xs.length == 0) throw new ExpressionError(name + "() needs at least one value");
        double best = Double.NaN;
        for (Object x : xs) {
            if (Na.is(x)) return Na.NA;
            double v = number(x, name);
            if (Double.isNaN(best) || Double.compare(v, best) * sign > 0) best = v;
        }
        return best;
    }

    /** Text that reads as a number becomes that number, other text NA (R warns; a cell's text is data here). */
    public Object as_numeric(Object x) {
        if (Na.is(x)) return Na.NA;
        if (x instanceof String s) {
            try {
                return RArithmetic.finite(Double.parseDouble(s.trim()));
            } catch (NumberFormatException e) {
                return Na.NA;
            }
        }
        return number(x, "as.numeric");
    }

    public Object tolower(Object x) {
        return Na.is(x) ? Na.NA : text(x).toLowerCase(Locale.ROOT);
    }

    public Object toupper(Object x) {
        return Na.is(x) ? Na.NA : text(x).toUpperCase(Locale.ROOT);
    }

    public Object nchar(Object x) {
        return Na.is(x) ? Na.NA : (double) text(x).codePointCount(0, text(x).length());
    }

    /**
     * {@code grepl(pattern, x, fixed = TRUE)}: whether the text contains the pattern, as fixed text only (no regular
     * expressions, whose matching time has no bound). NA text gives FALSE, as R's {@code grepl}.
     */
    public Object grepl(Object pattern, Object x) {
        if (!(pattern instanceof String p)) throw new ExpressionError("grepl() needs a text pattern, e.g. grepl(\"CBT\", Program)");
        return !Na.is(x) && text(x).contains(p);
    }

    private static double number(Object x, String fn) {
        if (x instanceof Number n) return n.doubleValue();
        if (x instanceof Boolean b) return b ? 1 : 0;
        throw new ExpressionError(fn + "() needs a number, but got " + show(x) + " (text)");
    }

    private static String text(Object x) {
        if (x instanceof String s) return s;
        if (x instanceof Double d) return shortest(d);
        return String.valueOf(x).toUpperCase(Locale.ROOT);       // TRUE / FALSE as R prints them
    }

    /** A number as R prints it: 12, 0.5 (no trailing .0). */
    static String shortest(double d) {
        if (d == Math.rint(d) && Math.abs(d) < 1e15) return Long.toString((long) d);
        return BigDecimal.valueOf(d).stripTrailingZeros().toPlainString();
    }

    /** A value for a message: 'abc', 12, TRUE, NA, c(1, 2). */
    static String show(Object v) {
        if (v instanceof String s) return "'" + (s.length() > 40 ? s.substring(0, 39) + "…" : s) + "'";
        if (v instanceof Double d) return shortest(d);
        if (v instanceof Boolean b) return b ? "TRUE" : "FALSE";
        if (v instanceof List<?> l) return "c(" + String.join(", ", l.stream().map(RFunctions::show).toList()) + ")";
        if (v instanceof Object[] a) return show(Arrays.asList(a));
        return String.valueOf(v);
    }
}
