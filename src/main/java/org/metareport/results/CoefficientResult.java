package org.metareport.results;

/**
 * One row of a coefficient table. {@code df} is null for z tests.
 *
 * @param term  "intercept", a numeric moderator's column, {@code column[level]} or {@code a:b}
 */
public record CoefficientResult(String term, double estimate, double se, double statistic, Double df, double p,
                                double ciLower, double ciUpper) {}
