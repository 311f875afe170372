/**
 * The effects stage: numbers in, {@link org.metareport.effects.Effect} out. Each class computes one family of
 * metafor's {@code escalc} measures, per row, from plain doubles, with metafor's defaults ({@code vtype = "LS"},
 * {@code add = 1/2}, {@code to = "only0"}, {@code drop00 = FALSE}) and metafor's argument names:
 * {@link org.metareport.effects.Smd} (SMD, Hedges' g with the exact correction), {@link org.metareport.effects.Md}
 * (MD), {@link org.metareport.effects.Rom} (ROM), {@link org.metareport.effects.TwoByTwo} (RR, OR, RD),
 * {@link org.metareport.effects.Correlation} (COR, ZCOR) and {@link org.metareport.effects.Precomputed} (PRE).
 * {@link org.metareport.effects.Escalc#of} is the front door: a {@link org.metareport.vocabulary.Measure} and the row's
 * values by metafor's argument names in, the measure's class chosen by an exhaustive switch.
 *
 * <p>Two steps of school-based reviews sit beside them: the pre/post difference of g values
 * ({@link org.metareport.effects.Smd#prePost}) and Hedges' (2007) cluster adjustment
 * ({@link org.metareport.effects.ClusterAdjustment}); reverse coding is {@link org.metareport.effects.Effect#reversed}.
 *
 * <p>Nothing here reads files or knows about specs or rows. Inputs from which no effect can be computed (a missing
 * value, given as NaN; a negative SD; a group too small) raise {@link org.metareport.effects.EffectException} with a
 * message in the user's words and no location; the caller, which knows the file, row and column, adds it. Results
 * are always finite.
 */
package org.metareport.effects;

import org.metareport.vocabulary.Measure;
