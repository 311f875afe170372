package org.metareport.spec;

import java.util.List;
import java.util.Optional;
import org.metareport.problems.Where;

/**
 * An analysis's {@code marginal_means:}: the mean of each level of the categorical moderator {@code by}, with the other
 * moderators held where {@code others} and {@code at} say.
 *
 * @param by     the categorical moderator whose levels get a mean
 * @param others where the other moderators are held
 * @param at     other moderators held at a given value (a level for a categorical one); never with
 *               {@link Others#CENTRED}
 */
public record MarginalMeansSpec(ColumnRef by, Others others, List<ModeratorValue> at) {
    public MarginalMeansSpec {
        at = List.copyOf(at);
    }

    /** {@code marginal_means: Column}: the other moderators centred, as the model study's authors did. */
    public static MarginalMeansSpec of(ColumnRef by) {
        return new MarginalMeansSpec(by, Others.CENTRED, List.of());
    }

    /** The moderator's name. */
    public String name() {
        return by.name();
    }

    /** Where the moderator is written, for messages. */
    public Where where() {
        return by.where();
    }

    /** Where the other moderators are held. */
    public enum Others {
        /**
         * At the values the model is centred at ({@code center:}); when the model is not centred, at their means over
         * the analysed rows.
         */
        CENTRED("centred"),
        /** At their means over all rows (as {@code center: {at: all_rows}}). */
        ALL_ROWS_MEANS("all_rows_means"),
        /** Categorical moderators at their reference level, numeric ones at 0 (R's intercept, uncentred). */
        REFERENCE("reference");

        private final String spelling;

        Others(String spelling) {
            this.spelling = spelling;
        }

        public String spelling() {
            return spelling;
        }

        static Optional<Others> find(String s) {
            String t = s.trim();
            if (t.equals("centered")) return Optional.of(CENTRED);
            for (Others o : values()) if (o.spelling.equals(t)) return Optional.of(o);
            return Optional.empty();
        }

        static String choices() {
            return "centred, all_rows_means, reference";
        }
    }
}
