/**
 * Publication bias and sensitivity analysis for univariate models: takes effect sizes (yᵢ, vᵢ) as plain arrays (and,
 * where a model is refitted, its {@link org.metareport.vocabulary.Method}, {@link org.metareport.vocabulary.TestKind} and
 * level) and gives records with the numbers of R's metafor 3.8.
 *
 * <p>Publication bias:
 * <ul>
 *   <li>{@link org.metareport.models.bias.SelectionModel}: Vevea–Hedges step-function selection model,
 *       {@code selmodel(type = "stepfun")}, fitted by ML as metafor fits it (or to the exact maximum); an interval
 *       without p-values is reported, not fitted.</li>
 *   <li>{@link org.metareport.models.bias.EggerTest}: Egger's regression test, {@code regtest()} with
 *       {@code model = "rma"} (default) or {@code "lm"}.</li>
 *   <li>{@link org.metareport.models.bias.TrimAndFill}: Duval–Tweedie trim-and-fill, {@code trimfill()} (L0, R0,
 *       Q0).</li>
 *   <li>{@link org.metareport.models.bias.PetPeese} and {@link org.metareport.models.bias.FailSafeN} (with its
 *       caveat).</li>
 * </ul>
 * Sensitivity:
 * <ul>
 *   <li>{@link org.metareport.models.bias.LeaveOneOut} ({@code leave1out()}) on top of the generic
 *       {@link org.metareport.models.bias.LeaveOut}, which also leaves out clusters with any refit function.</li>
 *   <li>{@link org.metareport.models.bias.Influence}: {@code influence()} for {@code rma.uni}, with metafor's
 *       {@code is.infl} rules.</li>
 *   <li>{@link org.metareport.models.bias.Cumulative}: {@code cumul()} in a given order.</li>
 * </ul>
 *
 * <p>Classes are pure: no I/O, no logging, no spec types. Data a method cannot use throw
 * {@link org.metareport.models.FitException} with a message in the user's words; conditions worth reporting but not
 * fatal (few p-values in an interval, an optimiser that stops early, a failed refit in a leave-out row) are notes or
 * failure messages in the result. Values metafor leaves NA are null in the records (documented per field), never NaN,
 * except inside the reused {@link org.metareport.models.RmaFit}.
 *
 * <p>Classes here must not read files or the spec; they take arrays and fits and give records.
 */
package org.metareport.models.bias;
