package org.metareport.results;

/**
 * How a fit went and its information criteria (under the fitting method's likelihood: REML for REML, ML
 * otherwise; null for methods without a likelihood).
 */
public record FitInfo(int iterations, boolean converged, boolean tau2OnBoundary, Double logLik, Double deviance,
                      Double aic, Double bic, Double aicc) {}
