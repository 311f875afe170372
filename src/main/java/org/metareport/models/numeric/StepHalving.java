package org.metareport.models.numeric;

import java.util.function.DoubleFunction;
import java.util.function.Predicate;

/**
 * The line search of the models' Newton-type loops: try a step at scale s, s/2, s/4, … and keep the first trial that
 * is accepted (a higher likelihood, a value inside the bound). Each loop keeps its own direction rule (Newton or
 * Fisher scoring on sigma2, metafor's scalar scoring of tau², the selection model's damped Newton); the bounded search
 * along that direction is this one.
 */
public final class StepHalving {
    /** Enough halvings to take any finite double to 0 (2^-1074 is the smallest subnormal). */
    private static final int HALVINGS_TO_ZERO = 1100;

    private StepHalving() {}

    /**
     * The first accepted trial among scales {@code initial}, {@code initial}/2, … ({@code maxHalvings} + 1 trials).
     *
     * @param trial   builds and evaluates the trial point at a scale
     * @param accept  true for a trial to keep
     * @return the accepted trial, or null when none of them is accepted
     */
    public static <T> T first(double initial, int maxHalvings, DoubleFunction<T> trial, Predicate<T> accept) {
        double scale = initial;
        for (int halving = 0; halving <= maxHalvings; halving++) {
            T t = trial.apply(scale);
            if (accept.test(t)) return t;
            scale /= 2;
        }
        return null;
    }

    /**
     * The step {@code step} halved until {@code start + step} is at least 0 (metafor's rule for tau²); a step that is
     * already inside the bound is returned unchanged.
     */
    public static double intoNonNegative(double start, double step) {
        Double s = first(step, HALVINGS_TO_ZERO, scale -> scale, scale -> start + scale >= 0);
        return s == null ? 0 : s;
    }
}
