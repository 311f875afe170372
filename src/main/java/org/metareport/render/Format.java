package org.metareport.render;

import freemarker.template.TemplateModelException;
import org.metareport.format.Apa;

/**
 * What templates see as {@code fmt}: the APA formatting of {@link Apa}, returned as Markdown markup (already safe),
 * so auto-escaping leaves it alone. {@code ${fmt.num(c.estimate)}}, {@code ${fmt.ptext(c.p)}}.
 */
public final class Format {
    /** Estimates and intervals with 2 decimals (APA). */
    public static final Format APA = new Format(2);

    private final int digits;

    /** @param digits decimals for estimates and intervals */
    public Format(int digits) {
        this.digits = digits;
    }

    /** A number with the default decimals, as plain text. */
    public String number(Double x) {
        return Apa.fixed(x, digits);
    }

    /** A confidence interval with the default decimals, as plain text. */
    public String interval(Double lower, Double upper) {
        return Apa.interval(lower, upper, digits);
    }

    public Object num(Double x) throws TemplateModelException {
        return markup(number(x));
    }

    public Object num(Double x, int d) throws TemplateModelException {
        return markup(Apa.fixed(x, d));
    }

    public Object p(Double p) throws TemplateModelException {
        return markup(Apa.pValue(p));
    }

    /** {@code *p* < .001}: the p-value for running text, with an italic p (APA). */
    public Object ptext(Double p) throws TemplateModelException {
        return markup("*p*" + Apa.pText(p).substring(1));
    }

    public Object pct(Double x) throws TemplateModelException {
        return markup(Apa.percent(x));
    }

    public Object ci(Double lower, Double upper) throws TemplateModelException {
        return markup(interval(lower, upper));
    }

    public Object n(Number n) throws TemplateModelException {
        return markup(Apa.count(n));
    }

    public Object dof(Double d) throws TemplateModelException {
        return markup(Apa.df(d));
    }

    public String method(String m) {
        return Apa.methodName(m);
    }

    public String heterogeneityWord(Double i2) {
        return Apa.heterogeneityWord(i2);
    }

    private static Object markup(String s) throws TemplateModelException {
        return MarkdownOutputFormat.INSTANCE.fromMarkup(s);
    }
}
