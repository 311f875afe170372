package org.metareport.models.bias;

/**
 * The estimated relative likelihood of selection δ for one p-value interval (metafor's {@code delta} with
 * {@code se.delta}, {@code zval.delta}, {@code pval.delta}, {@code ci.lb.delta}, {@code ci.ub.delta}). The first
 * interval's weight is fixed at 1; the others are relative to it.
 *
 * @param interval  the p-value interval
 * @param delta     the weight (1 for the first interval)
 * @param fixed     true for the first interval, whose weight is not estimated; its se, z, p and CI are null
 * @param se        standard error from the inverse of the observed information (the Hessian of −ℓ)
 * @param z         Wald test of δ = 1: (δ − 1)/se
 * @param p         its two-sided p-value
 * @param ciLower   δ − crit · se, truncated at 0
 * @param ciUpper   δ + crit · se
 */
public record SelectionWeight(PInterval interval, double delta, boolean fixed, Double se, Double z, Double p,
                              Double ciLower, Double ciUpper) {}
