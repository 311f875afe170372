package org.metareport.effects;

import org.metareport.data.Table;

/**
 * An effect size computed for one data row, with the row it came from (so later stages can read moderators
 * from the same row and point at it in messages).
 *
 * @param source how yi was obtained: the measure ("SMD"), "reported", "pre/post difference", "post-test"
 */
public record ComputedEffect(Table.Row row, String study, String id, String label, double yi, double vi,
                             String source) {}
