package org.metareport.vocabulary;

import org.metareport.vocabulary.RiskOfBiasTool;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * One risk-of-bias judgement, as the tools write it. {@link #code()} is the spelling results.json uses; {@link #label()}
 * the one tables and legends show. Each tool accepts a subset ({@link RiskOfBiasTool#levels()}), in best-to-worst
 * order, with "no information" / "not applicable" last.
 */
public enum Judgement {
    /** JBI: the item is met. */
    YES("yes", "Yes", "Y", "yes", "y"),
    /** JBI: the report does not say. */
    UNCLEAR("unclear", "Unclear", "U", "unclear", "u", "not clear"),
    /** JBI: the item is not met. */
    NO("no", "No", "N", "no", "n"),
    /** JBI: the item does not apply to the trial. */
    NOT_APPLICABLE("not applicable", "Not applicable", "NA", "not applicable", "na", "n/a", "n.a.", "nap"),
    LOW("low", "Low", "L", "low", "low risk", "l"),
    SOME_CONCERNS("some concerns", "Some concerns", "SC", "some concerns", "some concern", "concerns", "s", "sc"),
    /** ROBINS-I. */
    MODERATE("moderate", "Moderate", "M", "moderate", "moderate risk", "m"),
    HIGH("high", "High", "H", "high", "high risk", "h"),
    /** ROBINS-I. */
    SERIOUS("serious", "Serious", "S", "serious", "serious risk", "s"),
    CRITICAL("critical", "Critical", "C", "critical", "critical risk", "c"),
    NO_INFORMATION("no information", "No information", "NI", "no information", "ni", "no info");

    private final String code;
    private final String label;
    private final String abbreviation;
    private final List<String> spellings;

    Judgement(String code, String label, String abbreviation, String... spellings) {
        this.code = code;
        this.label = label;
        this.abbreviation = abbreviation;
        this.spellings = List.of(spellings);
    }

    /** The spelling in results.json: {@code yes}, {@code some concerns}, {@code no information}. */
    public String code() {
        return code;
    }

    /** As a table or legend shows it: {@code Some concerns}. */
    public String label() {
        return label;
    }

    /** For narrow tables: {@code Y}, {@code SC}, {@code NA}. */
    public String abbreviation() {
        return abbreviation;
    }

    /** The judgement written in a cell, among {@code allowed}: any case, spaces, '_' or '-' between words. */
    public static Optional<Judgement> find(String cell, List<Judgement> allowed) {
        String w = normalise(cell);
        for (Judgement j : allowed)
            if (j.spellings.contains(w)) return Optional.of(j);
        return Optional.empty();
    }

    /** The judgement with this {@link #code()}. */
    public static Optional<Judgement> ofCode(String code) {
        for (Judgement j : values()) if (j.code.equals(code)) return Optional.of(j);
        return Optional.empty();
    }

    public static String normalise(String cell) {
        return cell.trim().toLowerCase(Locale.ROOT).replaceAll("[\\s_\\-]+", " ");
    }
}
