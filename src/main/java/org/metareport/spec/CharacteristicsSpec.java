package org.metareport.spec;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.metareport.problems.Where;

/**
 * The {@code characteristics:} list: the columns of the table of included studies, in order. An entry is a column
 * name, or {@code {column: N, label: Sample size, summary: total}}.
 *
 * @param where the {@code characteristics:} key
 */
public record CharacteristicsSpec(List<Column> columns, Where where) {
    public CharacteristicsSpec {
        columns = List.copyOf(columns);
    }

    /**
     * One column of the table.
     *
     * @param label   the heading (default: the column name)
     * @param summary how the text summarises it across studies
     */
    public record Column(ColumnRef column, String label, Summary summary) {}

    /** How a column is summarised in the text. */
    public enum Summary {
        /** Numbers: their range; text: the studies per value. */
        AUTO,
        /** Smallest to largest value. */
        RANGE,
        /** The mean across studies, with the range. */
        MEAN,
        /** The sum across studies (e.g. sample sizes), with the range. */
        TOTAL,
        /** The number of studies with each value. */
        COUNTS,
        /** Shown in the table only. */
        NONE;

        /** As written in the spec: {@code auto}, {@code range}, ... */
        public String spelling() {
            return name().toLowerCase(Locale.ROOT);
        }

        static Optional<Summary> find(String written) {
            for (Summary s : values()) if (s.spelling().equalsIgnoreCase(written.trim())) return Optional.of(s);
            if (written.trim().equalsIgnoreCase("sum")) return Optional.of(TOTAL);
            return Optional.empty();
        }

        static String choices() {
            return "auto, range, mean, total, counts, none";
        }
    }
}
