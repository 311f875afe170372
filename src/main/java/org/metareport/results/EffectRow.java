package org.metareport.results;

/**
 * One effect size used in the analyses, after computation, reverse coding and exclusions.
 *
 * @param row    its row number in the effects file (header = row 1)
 * @param id     the effect-size id (the spec's id column, else the row number)
 * @param label  forest-plot label
 * @param source how yi was obtained (e.g. "SMD", "reported", "pre/post difference"); never null
 */
public record EffectRow(int row, String study, String id, String label, double yi, double vi, String source) {}
