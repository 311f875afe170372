package org.metareport.effects;

import org.metareport.data.Table;

/**
 * An effect size computed for one data row, with the row it came from (so later stages can read moderators
 * from the same row and point at it in messages).
 *
 * @param source      how yi was obtained: the measure ("SMD"), "reported", "pre/post difference", "post-test"
 * @param effectLabel the effect's own label under its study's heading in a forest plot of nested data
 */
public record ComputedEffect(Table.Row row, String study, String id, String label, double yi, double vi,
                             String source, String effectLabel) {
    /** An effect labelled by its label column alone. */
    public ComputedEffect(Table.Row row, String study, String id, String label, double yi, double vi, String source) {
        this(row, study, id, label, yi, vi, source, label);
    }
}
