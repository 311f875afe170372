package org.metareport.results;

/** The contract's marginal mean: one level of a categorical moderator, CR2 inference, with its number of effects. */
public record MarginalMeanResult(String moderator, String level, int k, double estimate, double se, Double df, double p,
                                 double ciLower, double ciUpper) {}
