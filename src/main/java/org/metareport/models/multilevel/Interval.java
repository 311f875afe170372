package org.metareport.models.multilevel;

/** A closed interval [lower, upper]. */
public record Interval(double lower, double upper) {}
