package org.metareport.results;

/**
 * One effect size used in the analyses, after computation, reverse coding and exclusions.
 *
 * @param row    its row number in the effects file (header = row 1)
 * @param id     the effect-size id (the spec's id column, else the row number)
 * @param label  forest-plot label
 * @param source how yi was obtained (e.g. "SMD", "reported", "pre/post difference"); never null
 * @param effectLabel the effect's label under its study's heading in a forest plot of nested data (the spec's
 *               {@code data.effect_label}, else its label column, else its id or data row); never null
 */
public record EffectRow(int row, String study, String id, String label, double yi, double vi, String source,
                        String effectLabel) {
    /** An effect whose own label is its forest-plot label. */
    public EffectRow(int row, String study, String id, String label, double yi, double vi, String source) {
        this(row, study, id, label, yi, vi, source, label);
    }
}
