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
            case OR -> TwoByTwo.or(argument.applyAsDouble("ai"), argument.applyAsDouble("bi"),
                    argument.applyAsDouble("ci"), argument.applyAsDouble("di"));
            case RR -> TwoByTwo.rr(argument.applyAsDouble("ai"), argument.applyAsDouble("bi"),
                    argument.applyAsDouble("ci"), argument.applyAsDouble("di"));
            case RD -> TwoByTwo.rd(argument.applyAsDouble("ai"), argument.applyAsDouble("bi"),
                    argument.applyAsDouble("ci"), argument.applyAsDouble("di"));
            case COR -> Correlation.cor(argument.applyAsDouble("ri"), argument.applyAsDouble("ni"));
            case ZCOR -> Correlation.zcor(argument.applyAsDouble("ri"), argument.applyAsDouble("ni"));
            case PRE -> precomputed(argument);
        };
    }

    private static Effect precomputed(ToDoubleFunction<String> argument) {
        double yi = argument.applyAsDouble("yi");
        double vi = argument.applyAsDouble("vi");
        if (!Double.isNaN(vi)) return Precomputed.withVi(yi, vi);
        double sei = argument.applyAsDouble("sei");
        if (!Double.isNaN(sei)) return Precomputed.withSei(yi, sei);
        throw new EffectException("vi and sei are both missing; PRE needs one of them");
    }
}
