/**
 * Claims: the numbers a manuscript reports ({@code claims:} in the spec), checked against the reproduced results at
 * the manuscript's rounding. Takes results; gives {@link org.metareport.claims.ClaimCheck}s, which the report's
 * Reproducibility section and {@code verify} show.
 *
 * <p>It must not compute statistics or read files of its own: it compares numbers the results already hold.
 */
package org.metareport.claims;
