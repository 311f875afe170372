package org.metareport.models.multilevel;

import java.util.List;
import org.metareport.models.Coefficient;

/**
 * A robust variance estimation fit, as robumeta's {@code robu()} object: {@code reg_table} and {@code mod_info}.
 * Each {@link Coefficient} holds robumeta's b.r, SE, t, dfs, prob, CI.L and CI.U (the intervals use
 * qt(0.975, dfs) whatever the level, as robumeta does).
 *
 * @param weights      CORR or HIER
 * @param small        whether the small-sample corrections (CR2-type adjustment and Satterthwaite dfs) were used
 * @param rho          the assumed within-study correlation (CORR; NaN for HIER)
 * @param studies      N, the number of studies
 * @param effects      M, the number of effect sizes
 * @param coefficients one per design column, in the order given
 * @param vcov         the robust variance-covariance matrix (robumeta's {@code VR.r})
 * @param tauSq        tau², the between-study variance (method of moments, truncated at 0)
 * @param omegaSq      omega², the within-study variance (HIER; NaN for CORR)
 * @param i2           I² in percent (CORR; NaN for HIER)
 */
public record RobuFit(ModelWeights weights, boolean small, double rho, int studies, int effects,
                      List<Coefficient> coefficients, double[][] vcov, double tauSq, double omegaSq, double i2) {
    public RobuFit {
        coefficients = List.copyOf(coefficients);
    }
}
