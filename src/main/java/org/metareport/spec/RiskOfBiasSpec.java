package org.metareport.spec;

import java.util.List;
import org.metareport.problems.Where;
import org.metareport.vocabulary.RiskOfBiasTool;

/**
 * The {@code risk_of_bias:} block: which tool, the file with one row per study, and its columns.
 *
 * @param tool    the tool ({@code jbi-rct | rob2 | robins-i | generic})
 * @param data    the file (CSV or a worksheet), which exists
 * @param study   the study column: as written, else the spec's {@code data.study} name (located at the
 *                {@code risk_of_bias:} key)
 * @param domains the domain (item) columns in order, as written; empty = the tool's own, found by their headings
 *                ({@code 1}..{@code 13} or {@code Q1}.. for JBI, {@code D1}..{@code D5} for RoB 2, {@code D1}..{@code D7}
 *                for ROBINS-I). Never empty for {@code generic}
 * @param overall the overall-judgement column as written, or null (then a column headed {@code Overall}, required
 *                for RoB 2 and ROBINS-I, optional for generic, not used for JBI)
 * @param weight  a column of study weights for the weighted summary plot, or null
 * @param where   the {@code risk_of_bias:} key
 */
public record RiskOfBiasSpec(RiskOfBiasTool tool, Source data, ColumnRef study, List<ColumnRef> domains,
                             ColumnRef overall, ColumnRef weight, Where where) {
    public RiskOfBiasSpec {
        domains = List.copyOf(domains);
    }
}
