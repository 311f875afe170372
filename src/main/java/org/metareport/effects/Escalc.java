package org.metareport.effects;

import org.metareport.vocabulary.Measure;

import java.util.function.ToDoubleFunction;

/**
 * The front door of the effects stage, like metafor's {@code escalc}: one row's effect size for any
 * {@link Measure}, given its inputs by metafor's argument names ({@link Measure#arguments()}). Each measure is
 * handled by its own class; this only chooses one, with an exhaustive switch, so a new {@code Measure} without a
 * case does not compile.
 *
 * <pre>{@code
 * Effect e = Escalc.of(Measure.SMD, name -> row.number(columns.get(name)));   // m1i, sd1i, n1i, m2i, sd2i, n2i
 * }</pre>
 */
public final class Escalc {
    private Escalc() {}

    /**
     * One row's effect size.
     *
     * @param measure  the measure
     * @param argument the value of a metafor argument ({@code "m1i"}, {@code "ai"}, {@code "ri"}, {@code "yi"}...)
     *                 for this row; NaN when the cell is empty or the argument is not given. For {@link Measure#PRE},
     *                 {@code vi} is used when it is not NaN, otherwise {@code sei}.
     * @return {@code Effect(yi, vi)}
     * @throws EffectException as the measure's own class does (a missing input reads as "m1i is missing"), or, for
     *                         PRE, "vi and sei are both missing; PRE needs one of them"
     * @see Smd#of
     * @see Md#of
     * @see Rom#of
     * @see TwoByTwo
     * @see Correlation
     * @see Precomputed
     */
    public static Effect of(Measure measure, ToDoubleFunction<String> argument) {
        return switch (measure) {
            case SMD -> Smd.of(argument.applyAsDouble("m1i"), argument.applyAsDouble("sd1i"),
                    argument.applyAsDouble("n1i"), argument.applyAsDouble("m2i"), argument.applyAsDouble("sd2i"),
                    argument.applyAsDouble("n2i"));
            case MD -> Md.of(argument.applyAsDouble("m1i"), argument.applyAsDouble("sd1i"),
                    argument.applyAsDouble("n1i"), argument.applyAsDouble("m2i"), argument.applyAsDouble("sd2i"),
                    argument.applyAsDouble("n2i"));
            case ROM -> Rom.of(argument.applyAsDouble("m1i"), argument.applyAsDouble("sd1i"),
                    argument.applyAsDouble("n1i"), argument.applyAsDouble("m2i"), argument.applyAsDouble("sd2i"),
                    argument.applyAsDouble("n2i"));
            case OR -> TwoByTwo.or(a(argument, "ai"), cell(argument, "bi", "n1i", "ai"), a(argument, "ci"),
                    cell(argument, "di", "n2i", "ci"));
            case RR -> TwoByTwo.rr(a(argument, "ai"), cell(argument, "bi", "n1i", "ai"), a(argument, "ci"),
                    cell(argument, "di", "n2i", "ci"));
            case RD -> TwoByTwo.rd(a(argument, "ai"), cell(argument, "bi", "n1i", "ai"), a(argument, "ci"),
                    cell(argument, "di", "n2i", "ci"));
            case COR -> Correlation.cor(argument.applyAsDouble("ri"), argument.applyAsDouble("ni"));
            case ZCOR -> Correlation.zcor(argument.applyAsDouble("ri"), argument.applyAsDouble("ni"));
            case PR -> Proportion.pr(a(argument, "xi"), a(argument, "ni"));
            case PLO -> Proportion.plo(a(argument, "xi"), a(argument, "ni"));
            case PAS -> Proportion.pas(a(argument, "xi"), a(argument, "ni"));
            case PFT -> Proportion.pft(a(argument, "xi"), a(argument, "ni"));
            case IR -> Rate.ir(a(argument, "xi"), a(argument, "ti"));
            case IRLN -> Rate.irln(a(argument, "xi"), a(argument, "ti"));
            case IRR -> Rate.irr(a(argument, "x1i"), a(argument, "x2i"), a(argument, "t1i"), a(argument, "t2i"));
            case MN -> SingleMean.mn(a(argument, "mi"), a(argument, "sdi"), a(argument, "ni"));
            case MNLN -> SingleMean.mnln(a(argument, "mi"), a(argument, "sdi"), a(argument, "ni"));
            case MC -> MeanChange.mc(a(argument, "m1i"), a(argument, "m2i"), a(argument, "sd1i"), a(argument, "sd2i"),
                    a(argument, "ri"), a(argument, "ni"));
            case SMCC -> MeanChange.smcc(a(argument, "m1i"), a(argument, "m2i"), a(argument, "sd1i"),
                    a(argument, "sd2i"), a(argument, "ri"), a(argument, "ni"));
            case SMCR -> MeanChange.smcr(a(argument, "m1i"), a(argument, "m2i"), a(argument, "sd1i"),
                    a(argument, "ri"), a(argument, "ni"));
            case CVR -> Variability.cvr(a(argument, "m1i"), a(argument, "sd1i"), a(argument, "n1i"),
                    a(argument, "m2i"), a(argument, "sd2i"), a(argument, "n2i"));
            case VR -> Variability.vr(a(argument, "sd1i"), a(argument, "n1i"), a(argument, "sd2i"), a(argument, "n2i"));
            case PRE -> precomputed(argument);
        };
    }

    private static double a(ToDoubleFunction<String> argument, String name) {
        return argument.applyAsDouble(name);
    }

    /** A 2×2 cell, or when it is not given, the group total minus the event cell ({@code bi = n1i − ai}). */
    private static double cell(ToDoubleFunction<String> argument, String name, String total, String events) {
        double x = argument.applyAsDouble(name);
        if (!Double.isNaN(x)) return x;
        double n = argument.applyAsDouble(total);
        double e = argument.applyAsDouble(events);
        if (Double.isNaN(n)) return x;
        if (Double.isNaN(e)) return Double.NaN;
        if (n < e) throw Require.fail("%s is %s but %s is %s; the group total cannot be below its events", total,
                Require.show(n), events, Require.show(e));
        return n - e;
    }

    private static Effect precomputed(ToDoubleFunction<String> argument) {
        double yi = argument.applyAsDouble("yi");
        double vi = argument.applyAsDouble("vi");
        if (!Double.isNaN(vi)) return Precomputed.withVi(yi, vi);
        double sei = argument.applyAsDouble("sei");
        if (!Double.isNaN(sei)) return Precomputed.withSei(yi, sei);
        double lb = argument.applyAsDouble("ci.lb");
        double ub = argument.applyAsDouble("ci.ub");
        if (!Double.isNaN(lb) || !Double.isNaN(ub)) return Precomputed.withCi(yi, lb, ub, argument.applyAsDouble("level"));
        throw new EffectException("vi, sei and the confidence interval are all missing; PRE needs one of them");
    }
}
