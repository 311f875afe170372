package org.metareport.render;

import freemarker.template.TemplateModelException;
import org.metareport.format.Apa;
import org.metareport.vocabulary.EffectTransform;

/**
 * What templates see as {@code fmt}: the APA formatting of {@link Apa}, returned as Markdown markup (already safe),
 * so auto-escaping leaves it alone. {@code ${fmt.num(c.estimate)}}, {@code ${fmt.ptext(c.p)}}.
 *
 * <p>Templates also see {@code est}: the same formatter with the report's transform ({@code effect.transform},
 * metafor's {@code atransf}), for estimates and interval bounds shown on the reporting scale:
 * {@code ${est.num(c.estimate)}}, {@code ${est.ci(c.ciLower, c.ciUpper)}} print exp(value) for a risk ratio. Only
 * {@code num} and {@code ci} transform; p-values, percentages, counts and degrees of freedom never do.
 */
public final class Format {
    /** Estimates and intervals with 2 decimals (APA). */
    public static final Format APA = new Format(2);

    private final int digits;
    private final EffectTransform transform;

    /** @param digits decimals for estimates and intervals */
    public Format(int digits) {
        this(digits, EffectTransform.NONE);
    }

    private Format(int digits, EffectTransform transform) {
        this.digits = digits;
        this.transform = transform;
    }

    /** This formatter with {@code num} and {@code ci} printing values through {@code transform}. */
    public static Format on(EffectTransform transform) {
        return new Format(APA.digits, transform);
    }

    /** A number with the default decimals (on the reporting scale for {@code est}), as plain text. */
    public String number(Double x) {
        return Apa.fixed(scaled(x), digits);
    }

    /** A confidence interval with the default decimals (on the reporting scale for {@code est}), as plain text. */
    public String interval(Double lower, Double upper) {
        return Apa.interval(scaled(lower), scaled(upper), digits);
    }

    private Double scaled(Double x) {
        return x == null || transform == EffectTransform.NONE ? x : (Double) transform.apply(x);
    }

    public Object num(Double x) throws TemplateModelException {
        return markup(number(x));
    }

    public Object num(Double x, int d) throws TemplateModelException {
        return markup(Apa.fixed(scaled(x), d));
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
