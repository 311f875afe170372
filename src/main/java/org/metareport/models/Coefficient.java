package org.metareport.models;

/**
 * One model coefficient with its test, as a row of metafor's coefficient table.
 *
 * @param df  degrees of freedom of the test; {@code Double.POSITIVE_INFINITY} for z tests
 */
public record Coefficient(String term, double estimate, double se, double statistic, double df, double p,
                          double ciLower, double ciUpper) {}
