package org.metareport.vocabulary;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * robumeta's {@code modelweights} ({@code weights:} of an analysis with {@code model: rve}): the working model behind the weights of robust variance estimation (Hedges, Tipton
 * &amp; Johnson, 2010, Res Synth Methods 1:39; Tanner-Smith &amp; Tipton, 2014, Res Synth Methods 5:13).
 */
public enum RveWeights {
    /**
     * Correlated effects: the effects of a study share one true effect and are correlated (assumed rho) through
     * common samples. Weights 1/(kⱼ(v̄ⱼ + tau²)) with v̄ⱼ the study's mean variance.
     */
    CORR,
    /** Hierarchical effects: independent effects nested in studies. Weights 1/(vᵢ + tau² + omega²). */
    HIER;

    /** The weights written in a spec (case-insensitive). */
    public static Optional<RveWeights> find(String name) {
        return Arrays.stream(values()).filter(w -> w.name().equalsIgnoreCase(name.trim())).findFirst();
    }

    /** The spelling, as robumeta: CORR, HIER. */
    public String spelling() {
        return name().toUpperCase(Locale.ROOT);
    }
}
