package org.metareport.spec;

import org.metareport.problems.Where;

/**
 * One number a manuscript reports, to be checked against the computed value at the manuscript's rounding: one entry
 * of the spec's {@code claims:} (read by {@link ClaimsReader}; a claim with {@code ci: [a, b]} is two of these).
 *
 * @param analysis  the analysis id
 * @param term      for coefficient fields, the term ({@code intercept}, {@code Construct[D]}); null otherwise
 * @param field     estimate, se, p, ci_lower, ci_upper, tau2, I2, H2, Q, k, n_clusters, pi_lower, pi_upper, sigma2_1...
 * @param robust    check the cluster-robust coefficient instead of the model-based one
 * @param reported  the value as reported; for p-values reported as "< .001", the bound with {@code below} set
 * @param below     the manuscript reports only that the value is below {@code reported} (p < .001)
 * @param digits    decimals the manuscript rounded to (null: compare exactly, for counts)
 * @param reportedScale the value is on the reported scale ({@code scale: reported}: e.g. a risk ratio, through
 *                  {@code effect.transform}); only for estimates, CI and PI bounds
 */
public record Claim(String analysis, String term, String field, boolean robust, double reported, boolean below,
                    Integer digits, Where where, boolean reportedScale) {
    /** A claim on the analysis scale. */
    public Claim(String analysis, String term, String field, boolean robust, double reported, boolean below,
                 Integer digits, Where where) {
        this(analysis, term, field, robust, reported, below, digits, where, false);
    }
}
