package org.metareport.results;

/**
 * The contract's claim entry: a number the manuscript reports, the value reproduced, and whether they agree at the
 * manuscript's rounding ({@code digits}; null = exact).
 *
 * @param reported   as the manuscript shows it ("0.32", "< .001")
 * @param reproduced null when the field does not exist (on the reported scale when {@code reportedScale})
 * @param reportedScale the claim gives the value on the reported scale ({@code scale: reported}, e.g. a risk ratio)
 */
public record ClaimResult(String analysis, String term, String field, boolean robust, String reported,
                          double reportedValue, Double reproduced, Integer digits, boolean ok, boolean reportedScale) {
    /** A claim on the analysis scale. */
    public ClaimResult(String analysis, String term, String field, boolean robust, String reported,
                       double reportedValue, Double reproduced, Integer digits, boolean ok) {
        this(analysis, term, field, robust, reported, reportedValue, reproduced, digits, ok, false);
    }
}
