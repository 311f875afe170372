package org.metareport.render;

import freemarker.template.TemplateModelException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Map;

/**
 * Number formatting in APA 7 style, the one module every template and text writer uses: fixed decimals,
 * a true minus sign (−), p without a leading zero and {@code < .001} below .001, percentages with a % sign.
 * Missing or non-finite values print as an em dash, so NaN never reaches a report.
 *
 * <p>Templates see an instance as {@code fmt}: {@code ${fmt.num(c.estimate)}}, {@code ${fmt.p(c.p)}}. The
 * template-facing methods return Markdown markup (already safe), so auto-escaping leaves them alone.
 */
public final class Format {
    /** Printed for a value that does not exist or is not finite. */
    public static final String MISSING = "—";
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

    private final int digits;

    /** @param digits decimals for estimates and intervals (APA: 2) */
    public Format(int digits) {
        this.digits = digits;
    }

    public static final Format APA = new Format(2);

    // ---- plain-text forms (used by text writers and tests) --------------------------------------------

    /** A number with the default decimals. */
    public String number(Double x) {
        return fixed(x, digits);
    }

    /** A number with {@code d} decimals, rounded half-up on its decimal value, minus as U+2212, no "−0.00". */
    public static String fixed(Double x, int d) {
        if (x == null || x.isNaN() || x.isInfinite()) return MISSING;
        BigDecimal v = new BigDecimal(Double.toString(x)).setScale(d, RoundingMode.HALF_UP);
        if (v.signum() == 0) v = v.abs();
        String s = v.toPlainString();
        return s.startsWith("-") ? MINUS + s.substring(1) : s;
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

    /**
     * A conventional word for the amount of heterogeneity by I² (Higgins et al. 2003: 25/50/75%, as the
     * Cochrane Handbook's overlapping bands are usually reported): low, moderate, substantial, considerable.
     */
    public static String heterogeneityWord(Double i2) {
        if (i2 == null || i2.isNaN()) return "not estimable";
        if (i2 < 25) return "low";
        if (i2 < 50) return "moderate";
        if (i2 < 75) return "substantial";
        return "considerable";
    }

    /** A percentage with one decimal: {@code 88.1%}. */
    public static String percent(Double x) {
        String s = fixed(x, 1);
        return s.equals(MISSING) ? s : s + "%";
    }

    /** A confidence interval {@code [0.24, 0.45]}. */
    public String interval(Double lower, Double upper) {
        return "[" + number(lower) + ", " + number(upper) + "]";
    }

    /** A count with thousands separators as APA: {@code 11,658}; below 1000 plain. */
    public static String count(Number n) {
        if (n == null) return MISSING;
        return String.format(java.util.Locale.ROOT, "%,d", n.longValue());
    }

    /** Degrees of freedom: whole numbers plain, others with two decimals; null (z test) as the missing mark. */
    public static String df(Double df) {
        if (df == null || df.isNaN() || df.isInfinite()) return MISSING;
        if (df == Math.rint(df)) return count(df.longValue());
        return fixed(df, 2);
    }

    /** The Methods-section wording of a tau² estimator or FE. */
    public static String methodName(String method) {
        return METHODS.getOrDefault(method, method);
    }

    // ---- template-facing forms: return safe markup -------------------------------------------------

    public Object num(Double x) throws TemplateModelException {
        return markup(number(x));
    }

    public Object num(Double x, int d) throws TemplateModelException {
        return markup(fixed(x, d));
    }

    public Object p(Double p) throws TemplateModelException {
        return markup(pValue(p));
    }

    /** {@code *p* < .001}: the p-value for running text, with an italic p (APA). */
    public Object ptext(Double p) throws TemplateModelException {
        return markup("*p*" + pText(p).substring(1));
    }

    public Object pct(Double x) throws TemplateModelException {
        return markup(percent(x));
    }

    public Object ci(Double lower, Double upper) throws TemplateModelException {
        return markup(interval(lower, upper));
    }

    public Object n(Number n) throws TemplateModelException {
        return markup(count(n));
    }

    public Object dof(Double d) throws TemplateModelException {
        return markup(df(d));
    }

    public String method(String m) {
        return methodName(m);
    }

    private static Object markup(String s) throws TemplateModelException {
        return MarkdownOutputFormat.INSTANCE.fromMarkup(s);
    }
}
