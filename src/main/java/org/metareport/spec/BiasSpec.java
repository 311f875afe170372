package org.metareport.spec;

import java.util.List;
import org.metareport.vocabulary.Alternative;
import org.metareport.vocabulary.EggerPredictor;
import org.metareport.vocabulary.K0Estimator;
import org.metareport.vocabulary.Side;
import org.metareport.problems.Where;

/**
 * An analysis's {@code bias:} block: which publication-bias methods to run. A method that is absent is null.
 *
 * @param selection  Vevea–Hedges step-function selection model
 * @param egger      Egger's regression test
 * @param trimfill   Duval–Tweedie trim-and-fill
 * @param funnel     a funnel plot
 * @param petPeese   PET-PEESE (conditional estimator)
 * @param failSafe   fail-safe N (only when asked; printed with its caveat)
 */
public record BiasSpec(Selection selection, Egger egger, TrimFill trimfill, Funnel funnel, boolean petPeese,
                       FailSafe failSafe, Where where) {

    /**
     * {@code selection: {steps: [0.025, 0.5], alternative: greater, optimum: metafor|exact}}: one-sided p-value
     * cutpoints; {@code exact} continues past the point where metafor's optimiser stops, to the ML optimum.
     */
    public record Selection(List<Double> steps, Alternative alternative, boolean exact, Where where) {
        public Selection {
            steps = List.copyOf(steps);
        }
    }

    /** {@code egger: true} (metafor's regtest default: mixed-effects with sei) or {@code {model: lm, predictor: vi}}. */
    public record Egger(boolean classical, EggerPredictor predictor, Where where) {}

    /** {@code trimfill: true} or {@code {estimator: R0, side: left}}; side null = chosen as metafor does. */
    public record TrimFill(K0Estimator estimator, Side side, Where where) {}

    /** {@code funnel: true} or {@code {contours: true}} for a contour-enhanced funnel plot (regions around 0). */
    public record Funnel(boolean contours, Where where) {}

    /** {@code fail_safe_n: rosenthal | orwin | rosenberg} (or true = rosenthal); {@code target} for Orwin. */
    public record FailSafe(String type, Double target, Where where) {}
}
