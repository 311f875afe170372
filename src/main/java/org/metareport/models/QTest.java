package org.metareport.models;

/** Cochran's Q or the residual heterogeneity QE with k − p df and its χ² p-value (metafor's QE, QEdf, QEp). */
public record QTest(double q, int df, double p) {}
