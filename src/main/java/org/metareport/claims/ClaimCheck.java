package org.metareport.claims;

import org.metareport.spec.Claim;

/**
 * A claim with the value reproduced now and whether they agree at the manuscript's rounding.
 *
 * @param reproduced null when the field does not exist in the results (then {@code ok} is false)
 */
public record ClaimCheck(Claim claim, Double reproduced, boolean ok) {}
