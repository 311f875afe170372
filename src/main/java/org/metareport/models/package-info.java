/**
 * Fitting stage: takes effect sizes (yᵢ, vᵢ) and a design matrix as plain arrays and gives fitted models as records
 * ({@link org.metareport.models.RmaFit}, {@link org.metareport.models.Prediction}), with the numbers of R's metafor.
 *
 * <p>The front door is {@link org.metareport.models.Rma}: {@code fit} (metafor's {@code rma.uni}: fixed effect and
 * the tau² estimators of {@link org.metareport.vocabulary.Method}, meta-regression, z, t and Knapp–Hartung tests) and
 * {@code predict}. Each estimator is its own package-private class, chosen by an exhaustive switch in
 * {@code Tau2Estimator.of}. Classes here are pure: no I/O, no logging, no spec types. Data the model cannot use throw
 * {@link org.metareport.models.FitException} with a message in the user's words and no location; the caller, which
 * knows the analysis's place in the spec, adds it.
 *
 * <p>Every fit is one case of the sealed {@link org.metareport.models.ModelFit} (univariate, multilevel, RVE) and
 * shares one {@link org.metareport.models.Inference} (coefficients, vb, QM, predictions). {@code ModelsStage} is the
 * stage's plan: select rows, fit ({@code ModelFitter}), then one small class per add-on ({@code RobustTests},
 * {@code MarginalMeans}, {@code BiasAndSensitivity}, {@code MultilevelSensitivity}, {@code SubgroupFitter}), giving a
 * {@link org.metareport.models.Fitted}. Shared numerics live in {@code models.numeric}.
 *
 * <p>Univariate fits are linear in k in time and memory: the k × k matrices of metafor's formulas (P, the hat
 * matrix) are never formed, only their diagonals and traces.
 */
package org.metareport.models;

import org.metareport.vocabulary.Method;
