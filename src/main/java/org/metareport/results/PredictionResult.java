package org.metareport.results;

/** metafor's {@code predict()} for the average effect: estimate, CI and prediction interval (lower/upper). */
public record PredictionResult(double estimate, double se, double ciLower, double ciUpper, double lower,
                               double upper) {}
