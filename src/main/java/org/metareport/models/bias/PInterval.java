package org.metareport.models.bias;

/**
 * One p-value interval of a step-function selection model, a row of metafor's {@code ptable}.
 *
 * @param lower  exclusive lower cut point (0 for the first interval)
 * @param upper  inclusive upper cut point (1 for the last)
 * @param k      number of effect sizes whose p-value falls in (lower, upper]
 * @param label  metafor's row name, e.g. {@code "0.025 < p <= 0.5"} (lower bound padded as metafor pads it)
 */
public record PInterval(double lower, double upper, int k, String label) {}
