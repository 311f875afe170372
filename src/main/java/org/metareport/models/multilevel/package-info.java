/**
 * Multilevel meta-analysis, cluster-robust inference and robust variance estimation: effect sizes, sampling
 * variances, ids and a design matrix in as plain arrays, records out, with the numbers of R's metafor 3.8
 * ({@code rma.mv}, {@code predict}, {@code robust}), clubSandwich 0.5.8 ({@code impute_covariance_matrix},
 * {@code vcovCR}, {@code coef_test}, {@code conf_int}, {@code Wald_test}) and robumeta 2.0 ({@code robu}).
 *
 * <h2>Front doors</h2>
 * <ul>
 *   <li>{@link org.metareport.models.multilevel.RmaMv}: {@code fit} (nested random effects
 *       {@code ~ 1 | L1/.../Lm}, REML or ML, z or t tests, V = diag(vi) or the imputed constant-correlation matrix of
 *       {@link org.metareport.models.multilevel.SamplingCovariance}; variance components fixed at given values through
 *       {@link org.metareport.models.multilevel.RmaMv.Options}), {@code predict}, {@code authorsPredictionInterval}.
 *       Gives a {@link org.metareport.models.multilevel.MultilevelFit} with multilevel I²
 *       ({@link org.metareport.models.multilevel.MultilevelI2}).</li>
 *   <li>{@link org.metareport.models.multilevel.ClusterRobust}: CR0, CR1 (m/(m − 1)), CR1p (m/(m − p)) and CR2
 *       ({@link org.metareport.vocabulary.VcovType}) with Satterthwaite df ({@code coefTest}), metafor's
 *       {@code robust()} ({@code metaforRobust}) and the HTZ Wald test ({@code waldTest}), for a multilevel fit
 *       ({@link org.metareport.models.multilevel.MultilevelFit#working()}) or a univariate
 *       {@link org.metareport.models.RmaFit} ({@link org.metareport.models.multilevel.WorkingModel#univariate}).</li>
 *   <li>{@link org.metareport.models.multilevel.Robu}: robust variance estimation with CORR or HIER weights.</li>
 * </ul>
 *
 * <h2>Scale</h2>
 * Every k × k matrix of these models is block-diagonal (one block per outer cluster), and nothing is formed beyond the
 * blocks and p × p sums: time O(Σ nⱼ³ + k p²) per likelihood evaluation and memory O(Σ nⱼ² + k p), linear in k for
 * clusters of bounded size. 100,000 effects in 20,000 studies fit (REML, then CR2 and an HTZ test) in about 2 s of CPU
 * ({@code ScaleBenchmarkTest}). A single very large cluster costs the cube of its size.
 *
 * <h2>Where the numbers differ from R, on purpose</h2>
 * <ul>
 *   <li>REML/ML maxima are found by Newton–Raphson to rounding accuracy; metafor's nlminb may stop up to ~5e-11 short
 *       in log-likelihood (sigma2 up to ~5e-6 off, relative), and reports a component on the boundary as ~1e-10 where
 *       this package reports 0.</li>
 *   <li>(X'WX)⁻¹ is taken by Cholesky; clubSandwich's eigendecomposition can leave a rounding-error eigenvalue above its
 *       1e-12 cut in an ill-conditioned design (a leverage-1 cluster), which moves some CR2 df by ~1e-5.</li>
 *   <li>clubSandwich's eigenvalue cuts are absolute, so its rma.mv CR2 depends on the units of yi; here the cut is taken
 *       after scaling the weights to mean 1 (as clubSandwich does for rma.uni), so results do not depend on units.</li>
 * </ul>
 *
 * <p>Classes are pure: no I/O, no logging, no spec types. Data the models cannot use throw
 * {@link org.metareport.models.FitException} with a message in the user's words and no location; wrong use of the API
 * throws {@link java.lang.IllegalArgumentException}.
 *
 * <p>Classes here must not read files or the spec; they take arrays and give records.
 */
package org.metareport.models.multilevel;

import org.metareport.vocabulary.VcovType;
