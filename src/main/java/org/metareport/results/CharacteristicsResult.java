package org.metareport.results;

import java.util.List;

/**
 * The table of characteristics of included studies, one row per study, and a summary of each column across studies
 * (as a Results section reports "k = 17 studies, N = 5,624 in all, mean age 14 to 72 ..."). Built by
 * {@code org.metareport.review.Characteristics}.
 *
 * @param k        the number of studies (rows)
 * @param columns  in the spec's order
 * @param rows     one per study, in order of first appearance in the data
 * @param warnings e.g. a column whose value differs between the rows of one study
 */
public record CharacteristicsResult(int k, List<Column> columns, List<Row> rows, List<String> warnings) {
    public CharacteristicsResult {
        columns = List.copyOf(columns);
        rows = List.copyOf(rows);
        warnings = List.copyOf(warnings);
    }

    /**
     * One column and its summary across studies. Numeric when every value is a number; a study with several values
     * contributes each to the range and levels, its mean to the mean, and its largest value to the total (so a
     * sample size listed on several effect rows counts once).
     *
     * @param name     the data column
     * @param label    its heading
     * @param kind     {@code number} or {@code text}
     * @param summary  how the text summarises it: {@code range}, {@code mean}, {@code total}, {@code counts} or
     *                 {@code none} (the spec's {@code auto} resolved by kind)
     * @param studies  studies with a value
     * @param min      numbers: the smallest value; null for text
     * @param max      numbers: the largest value; null for text
     * @param mean     numbers: the mean across studies; null for text
     * @param total    numbers: the sum across studies; null for text
     * @param minText  {@code min} as written in the data, e.g. "2.5"; null for text
     * @param maxText  {@code max} as written in the data; null for text
     * @param levels   text: the values with their numbers of studies, most frequent first (ties in order of first
     *                 appearance); empty for numbers
     * @param varying  studies whose rows disagree on this column
     */
    public record Column(String name, String label, String kind, String summary, int studies, Double min, Double max,
                         Double mean, Double total, String minText, String maxText, List<Level> levels, int varying) {
        public Column {
            levels = List.copyOf(levels);
        }

        /** How many values a sentence lists before it says "and n more". */
        public static final int LISTED = 6;

        public boolean numeric() {
            return kind.equals("number");
        }

        /** The most frequent values, at most {@link #LISTED}, for a sentence. */
        public List<Level> topLevels() {
            return levels.subList(0, Math.min(LISTED, levels.size()));
        }

        /** The values {@link #topLevels()} leaves out. */
        public int otherLevels() {
            return Math.max(0, levels.size() - LISTED);
        }
    }

    /** A value of a text column and the number of studies with it. */
    public record Level(String value, int studies) {}

    /**
     * One study.
     *
     * @param cells one per column, as the table shows it: the value, a range "2–4" when a study's rows differ on a
     *              number, several texts joined by "; ", or "" when missing
     */
    public record Row(String study, List<String> cells) {
        public Row {
            cells = List.copyOf(cells);
        }
    }
}
