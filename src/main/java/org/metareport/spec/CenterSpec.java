package org.metareport.spec;

import java.util.List;
import java.util.Optional;
import org.metareport.problems.Where;

/**
 * An analysis's {@code center:}: whether the moderators are centred, and where. {@code center: true} is
 * {@code {at: analysed}}; {@code center: false} is {@link #NONE}.
 *
 * @param on     false: the moderators enter as they are
 * @param at     whose means the moderators are centred at: the analysed rows or all rows
 * @param values moderators centred at a given value instead of a mean (a level for a categorical one)
 * @param where  the {@code center} key, for messages
 */
public record CenterSpec(boolean on, At at, List<ModeratorValue> values, Where where) {
    /** Not centred. */
    public static final CenterSpec NONE = new CenterSpec(false, At.ANALYSED, List.of(), null);

    public CenterSpec {
        values = List.copyOf(values);
    }

    /** {@code center: true} or {@code false}. */
    public static CenterSpec of(boolean on, Where where) {
        return new CenterSpec(on, At.ANALYSED, List.of(), where);
    }

    /** Whose means the moderators are centred at. */
    public enum At {
        /** The rows the model fits: after the analysis's {@code where:} and the omission of rows missing a moderator. */
        ANALYSED("analysed"),
        /** Every row with an effect size, after the data filters, before {@code where:} and the omission. */
        ALL_ROWS("all_rows");

        private final String spelling;

        At(String spelling) {
            this.spelling = spelling;
        }

        public String spelling() {
            return spelling;
        }

        static Optional<At> find(String s) {
            String t = s.trim().equals("analyzed") ? "analysed" : s.trim();   // either spelling
            for (At a : values()) if (a.spelling.equals(t) || a.name().equalsIgnoreCase(t)) return Optional.of(a);
            return Optional.empty();
        }

        static String choices() {
            return "analysed, all_rows";
        }
    }
}
