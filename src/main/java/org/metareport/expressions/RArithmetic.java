package org.metareport.expressions;

import java.math.MathContext;
import java.util.List;
import org.apache.commons.jexl3.JexlArithmetic;

/**
 * R's semantics for JEXL's operators on the values a row can hold: {@link Double}, {@link String}, {@link Boolean}
 * and {@link Na#NA}. {@code NA} propagates through arithmetic and comparisons; {@code &} and {@code |} are R's
 * three-valued logic ({@code FALSE & NA} is {@code FALSE}, {@code TRUE | NA} is {@code TRUE}); {@code %%} has the
 * sign of the divisor; {@code %in%} ({@code =~} here) never gives NA ({@code NA %in% c(1, NA)} is {@code TRUE}).
 * Text in arithmetic, or compared by order with a number, is an {@link ExpressionError}.
 *
 * <p>The overloads taking {@link Na} are found by JEXL's operator dispatch; the {@code boolean} methods inherited from
 * {@link JexlArithmetic} are overridden for the other values, so JEXL's own coercions never run.
 */
public final class RArithmetic extends JexlArithmetic {
    RArithmetic() {
        super(true);
    }

    @Override
    protected JexlArithmetic createWithOptions(boolean strict, MathContext context, int scale) {
        return this;                                          // one behaviour whatever the options
    }

    // ---- arithmetic

    @Override
    public Object add(Object a, Object b) {
        return arithmetic(a, b, "+");
    }

    @Override
    public Object subtract(Object a, Object b) {
        return arithmetic(a, b, "-");
    }

    @Override
    public Object multiply(Object a, Object b) {
        return arithmetic(a, b, "*");
    }

    @Override
    public Object divide(Object a, Object b) {
        return arithmetic(a, b, "/");
    }

    @Override
    public Object mod(Object a, Object b) {
        return arithmetic(a, b, "%%");
    }

    @Override
    public Object negate(Object a) {
        if (Na.is(a)) return Na.NA;
        return -number(a, "-");
    }

    @Override
    public Object positivize(Object a) {
        if (Na.is(a)) return Na.NA;
        return number(a, "+");
    }

    private Object arithmetic(Object a, Object b, String op) {
        if (Na.is(a) || Na.is(b)) return Na.NA;
        double x = number(a, op), y = number(b, op);
        double r = switch (op) {
            case "+" -> x + y;
            case "-" -> x - y;
            case "*" -> x * y;
            case "/" -> x / y;
            default -> y == 0 ? Double.NaN : x - Math.floor(x / y) * y;     // R's %%: the sign of the divisor
        };
        return finite(r);
    }

    /** A result that is not finite (0/0, 1/0) is NA: no cell or model can hold it. */
    static Object finite(double r) {
        return Double.isFinite(r) ? (Object) r : Na.NA;
    }

    private static double number(Object v, String op) {
        if (v instanceof Double d) return d;
        if (v instanceof Number n) return n.doubleValue();
        if (v instanceof Boolean b) return b ? 1 : 0;
        throw new ExpressionError("'" + op + "' needs numbers, but got " + RFunctions.show(v)
                + " (text); a column of text cannot be used in arithmetic");
    }

    // ---- logic

    @Override
    public Object and(Object a, Object b) {
        Boolean x = logical(a, "&"), y = logical(b, "&");
        if (Boolean.FALSE.equals(x) || Boolean.FALSE.equals(y)) return false;
        return x == null || y == null ? Na.NA : Boolean.TRUE;
    }

    @Override
    public Object or(Object a, Object b) {
        Boolean x = logical(a, "|"), y = logical(b, "|");
        if (Boolean.TRUE.equals(x) || Boolean.TRUE.equals(y)) return true;
        return x == null || y == null ? Na.NA : Boolean.FALSE;
    }

    @Override
    public Object not(Object a) {
        Boolean x = logical(a, "!");
        return x == null ? Na.NA : !x;
    }

    @Override
    public Object xor(Object a, Object b) {
        throw new ExpressionError("'^' is not supported; write x * x for a square");
    }

    /** TRUE/FALSE, null for NA; a number is TRUE when not 0 (as R's as.logical). */
    static Boolean logical(Object v, String op) {
        if (Na.is(v)) return null;
        if (v instanceof Boolean b) return b;
        if (v instanceof Number n) return Double.isNaN(n.doubleValue()) ? null : n.doubleValue() != 0;
        throw new ExpressionError("'" + op + "' needs TRUE/FALSE values, but got " + RFunctions.show(v) + " (text)");
    }

    // ---- comparisons: NA in, NA out

    public Object equals(Na a, Object b) {
        return Na.NA;
    }

    public Object equals(Object a, Na b) {
        return Na.NA;
    }

    public Object equals(Na a, Na b) {
        return Na.NA;
    }

    public Object lessThan(Na a, Object b) {
        return Na.NA;
    }

    public Object lessThan(Object a, Na b) {
        return Na.NA;
    }

    public Object lessThan(Na a, Na b) {
        return Na.NA;
    }

    public Object lessThanOrEqual(Na a, Object b) {
        return Na.NA;
    }

    public Object lessThanOrEqual(Object a, Na b) {
        return Na.NA;
    }

    public Object lessThanOrEqual(Na a, Na b) {
        return Na.NA;
    }

    public Object greaterThan(Na a, Object b) {
        return Na.NA;
    }

    public Object greaterThan(Object a, Na b) {
        return Na.NA;
    }

    public Object greaterThan(Na a, Na b) {
        return Na.NA;
    }

    public Object greaterThanOrEqual(Na a, Object b) {
        return Na.NA;
    }

    public Object greaterThanOrEqual(Object a, Na b) {
        return Na.NA;
    }

    public Object greaterThanOrEqual(Na a, Na b) {
        return Na.NA;
    }

    @Override
    public boolean equals(Object a, Object b) {
        return same(a, b);
    }

    @Override
    public boolean lessThan(Object a, Object b) {
        return order(a, b, "<") < 0;
    }

    @Override
    public boolean lessThanOrEqual(Object a, Object b) {
        return order(a, b, "<=") <= 0;
    }

    @Override
    public boolean greaterThan(Object a, Object b) {
        return order(a, b, ">") > 0;
    }

    @Override
    public boolean greaterThanOrEqual(Object a, Object b) {
        return order(a, b, ">=") >= 0;
    }

    /** {@code x %in% set}: never NA; NA matches NA. */
    @Override
    public Boolean contains(Object set, Object x) {
        if (set instanceof List<?> list) {
            for (Object v : list) if (Na.is(x) ? Na.is(v) : !Na.is(v) && same(x, v)) return true;
            return false;
        }
        return Na.is(x) ? Na.is(set) : !Na.is(set) && same(x, set);
    }

    /**
     * Equal values: numbers (and TRUE/FALSE as 1/0) by value; text by its characters; text and a number when the
     * text reads as that number ({@code "0" == 0}, as the spec's filters compare cells).
     */
    static boolean same(Object a, Object b) {
        Double x = numeric(a), y = numeric(b);
        if (x != null && y != null) return x.doubleValue() == y.doubleValue();
        if (a instanceof String s && b instanceof String t) return s.equals(t);
        return false;
    }

    private static Double numeric(Object v) {
        if (v instanceof Number n) return n.doubleValue();
        if (v instanceof Boolean b) return b ? 1.0 : 0.0;
        if (v instanceof String s) {
            try {
                return s.isBlank() ? null : Double.valueOf(s.trim());
            } catch (NumberFormatException e) {
                return null;
            }
        }
        return null;
    }

    private static int order(Object a, Object b, String op) {
        if (a instanceof String s && b instanceof String t) return s.compareTo(t);
        if ((a instanceof Number || a instanceof Boolean) && (b instanceof Number || b instanceof Boolean))
            return Double.compare(numeric(a), numeric(b));
        throw new ExpressionError("'" + op + "' compares " + RFunctions.show(a) + " with " + RFunctions.show(b)
                + "; order compares two numbers or two texts");
    }
}
