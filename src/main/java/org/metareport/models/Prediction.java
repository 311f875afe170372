package org.metareport.models;

/** metafor's {@code predict()}: the fitted value with its confidence and prediction intervals. */
public record Prediction(double pred, double se, double ciLower, double ciUpper, double piLower, double piUpper) {}
