package org.metareport.models.multilevel;

/**
 * robumeta's {@code modelweights}: the working model behind the weights of robust variance estimation (Hedges, Tipton
 * &amp; Johnson, 2010, Res Synth Methods 1:39; Tanner-Smith &amp; Tipton, 2014, Res Synth Methods 5:13).
 */
public enum ModelWeights {
    /**
     * Correlated effects: the effects of a study share one true effect and are correlated (assumed rho) through
     * common samples. Weights 1/(kⱼ(v̄ⱼ + tau²)) with v̄ⱼ the study's mean variance.
     */
    CORR,
    /** Hierarchical effects: independent effects nested in studies. Weights 1/(vᵢ + tau² + omega²). */
    HIER
}
