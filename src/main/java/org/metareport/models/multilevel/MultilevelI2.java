package org.metareport.models.multilevel;

import java.util.List;

/**
 * I² of a multilevel model by the matrix method of the metafor FAQ ("I² for multilevel and multivariate models";
 * Nakagawa &amp; Santos, 2012, Evol Ecol 26:1253): with W = V⁻¹ of the sampling covariance only and
 * P = W − WX(X'WX)⁻¹X'W, the typical sampling variance is (k − p)/tr(P), and
 * I²ₗ = 100·sigma2ₗ / (Σ sigma2 + (k − p)/tr(P)).
 *
 * @param total                      Σₗ I²ₗ, in percent
 * @param byLevel                    I²ₗ per variance component, outer level first, in percent
 * @param levels                     the components' names (metafor's {@code s.names})
 * @param typicalSamplingVariance    (k − p)/tr(P)
 */
public record MultilevelI2(double total, double[] byLevel, List<String> levels, double typicalSamplingVariance) {
    public MultilevelI2 {
        byLevel = byLevel.clone();
        levels = List.copyOf(levels);
    }
}
