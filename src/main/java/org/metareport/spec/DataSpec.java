package org.metareport.spec;

import java.util.List;
import org.metareport.problems.Where;

/**
 * The {@code data:} block.
 *
 * @param effects  one row per effect size
 * @param studies  optional one row per study, joined on {@code join}; null when absent
 * @param study    the study / cluster column
 * @param id       optional effect-size id column; null = row number
 * @param join     columns joining studies to effects (default: [study])
 * @param label    optional forest-plot label column; null = study
 * @param effectLabel optional column labelling each effect under its study's heading in a forest plot of nested
 *                 data ({@code data.effect_label}); null = the label column if given, else the effect's data row
 * @param exclude  optional; null when absent
 * @param include  optional; null when absent
 * @param effectLabel the column naming each effect under its study in a forest plot ({@code data.effect_label}); null
 *                 when absent
 * @param derive   0/1 indicator columns computed after joining (data.derive), in order
 * @param na       further cell texts read as missing ({@code data.na}), beside the empty cell and {@code NA}
 * @param textAsMissing columns whose cells that are not numbers are read as missing, with one warning per column
 *                 ({@code data.text_as_missing}); elsewhere such a cell in a number column is an error
 */
public record DataSpec(Source effects, Source studies, ColumnRef study, ColumnRef id, List<ColumnRef> join,
                       ColumnRef label, ColumnRef effectLabel, RowFilter exclude, RowFilter include,
                       List<Derived> derive, List<String> na, List<ColumnRef> textAsMissing, Where where) {
    public DataSpec {
        join = List.copyOf(join);
        derive = List.copyOf(derive);
        na = List.copyOf(na);
        textAsMissing = List.copyOf(textAsMissing);
    }

    /** A data block without an effect label column, with the default missing-value rules. */
    public DataSpec(Source effects, Source studies, ColumnRef study, ColumnRef id, List<ColumnRef> join,
                    ColumnRef label, RowFilter exclude, RowFilter include, List<Derived> derive, Where where) {
        this(effects, studies, study, id, join, label, null, exclude, include, derive, List.of(), List.of(), where);
    }

    /** A data block without derived columns. */
    public DataSpec(Source effects, Source studies, ColumnRef study, ColumnRef id, List<ColumnRef> join,
                    ColumnRef label, RowFilter exclude, RowFilter include, Where where) {
        this(effects, studies, study, id, join, label, exclude, include, List.of(), where);
    }
}
