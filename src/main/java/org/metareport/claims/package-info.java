/**
 * Claims: the numbers a manuscript reports ({@code claims:} in the spec), checked against the reproduced results at
 * the manuscript's rounding. Takes results; gives {@link org.metareport.claims.ClaimCheck}s, which the report's
 * Reproducibility section and {@code verify} show.
 */
package org.metareport.claims;
