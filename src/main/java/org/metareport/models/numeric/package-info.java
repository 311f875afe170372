/**
 * Numerical building blocks shared by every model: one {@link org.metareport.models.numeric.Cholesky} factorisation
 * and one {@link org.metareport.models.numeric.StepHalving} line search for the Newton-type loops (the multilevel
 * optimiser, Fisher scoring of tau², the selection model's polish). Arrays in, arrays out; no statistics, no spec
 * types. {@code models.bias.VariableMetric} stays apart: it reproduces R's {@code optim} step for step.
 *
 * <p>It must not know about metafor's options or the spec; it must not grow a second factorisation or line search.
 */
package org.metareport.models.numeric;
