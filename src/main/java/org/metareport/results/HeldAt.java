package org.metareport.results;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Where an analysis centred its moderators ({@code center:}) and where its marginal means held the other moderators
 * ({@code marginal_means:}), in the spec's words, for the report's captions and results.json.
 *
 * @param centerAt     {@code analysed} or {@code all_rows}: whose means the moderators were centred at
 * @param centerValues moderators centred at a given value instead (column → value as written)
 * @param others       {@code centred}, {@code all_rows_means} or {@code reference}
 * @param at           other moderators of the marginal means held at a given value (column → value as written);
 *                     with {@code others: centred}, the model's own {@code centerValues}
 */
public record HeldAt(String centerAt, Map<String, String> centerValues, String others, Map<String, String> at) {
    /** Centred at the analysed rows' means; marginal means with the other moderators centred. */
    public static final HeldAt DEFAULT = new HeldAt("analysed", Map.of(), "centred", Map.of());

    public HeldAt {
        centerValues = Collections.unmodifiableMap(new LinkedHashMap<>(centerValues));
        at = Collections.unmodifiableMap(new LinkedHashMap<>(at));
    }

    /** True when the moderators are centred where {@code center: true} centres them. */
    public boolean defaultCentre() {
        return centerAt.equals("analysed") && centerValues.isEmpty();
    }

    /** True when the marginal means hold the other moderators as {@code marginal_means: Column} does. */
    public boolean defaultMeans() {
        return others.equals("centred") && at.isEmpty();
    }
}
