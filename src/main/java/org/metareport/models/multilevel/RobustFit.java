package org.metareport.models.multilevel;

import org.metareport.vocabulary.VcovType;

import java.util.List;
import org.metareport.models.OmnibusTest;
import org.metareport.models.Coefficient;

/**
 * Cluster-robust tests of a model's coefficients: clubSandwich's {@code coef_test} with {@code conf_int}, or metafor's
 * {@code robust()}. Each {@link Coefficient} holds the estimate, the robust SE, the t statistic, its degrees of freedom,
 * the two-sided p-value and the confidence interval estimate ± qt(1 − α/2, df)·SE.
 *
 * @param type          the variance estimator
 * @param df            how degrees of freedom were chosen
 * @param clusters      number of clusters m
 * @param coefficients  one per coefficient of the model, in its order
 * @param vcov          the robust variance-covariance matrix ({@code vcovCR})
 * @param level         confidence level in percent
 * @param omnibus       metafor's robust QM (F test of the moderators with df (m_btt, m − p)) for
 *                      {@link ClusterRobust#metaforRobust}; null for {@link ClusterRobust#coefTest}, whose multi-term
 *                      test is {@link ClusterRobust#waldTest}
 */
public record RobustFit(VcovType type, RobustDf df, int clusters, List<Coefficient> coefficients, double[][] vcov,
                        double level, OmnibusTest omnibus) {
    public RobustFit {
        coefficients = List.copyOf(coefficients);
    }

    /**
     * The coefficients without a test: a robust SE of 0 up to rounding ({@link ClusterRobust#DEGENERATE_SE}), so their
     * statistic, df, p and interval are NaN.
     */
    public List<Coefficient> untested() {
        return coefficients.stream().filter(c -> Double.isNaN(c.df())).toList();
    }

    /** The coefficient named {@code term}. */
    public Coefficient requireCoefficient(String term) {
        return coefficients.stream().filter(c -> c.term().equals(term)).findFirst().orElseThrow(() ->
                new IllegalArgumentException("no coefficient '" + term + "'; the model has "
                        + coefficients.stream().map(Coefficient::term).toList()));
    }
}
