package org.metareport.vocabulary;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/** The effect-size measures metareport computes, named as in metafor's {@code escalc(measure = ...)}. */
public enum Measure {
    /** Standardised mean difference, Hedges' g with the exact bias correction. */
    SMD("standardised mean differences, Hedges' g", List.of("m1i", "sd1i", "n1i", "m2i", "sd2i", "n2i")),
    /** Raw mean difference. */
    MD("raw mean differences", List.of("m1i", "sd1i", "n1i", "m2i", "sd2i", "n2i")),
    /** Log ratio of means. */
    ROM("log ratios of means", List.of("m1i", "sd1i", "n1i", "m2i", "sd2i", "n2i")),
    /** Log odds ratio. */
    OR("log odds ratios", List.of("ai", "bi", "ci", "di")),
    /** Log risk ratio. */
    RR("log risk ratios", List.of("ai", "bi", "ci", "di")),
    /** Risk difference. */
    RD("risk differences", List.of("ai", "bi", "ci", "di")),
    /** Raw correlation coefficient. */
    COR("correlation coefficients", List.of("ri", "ni")),
    /** Fisher's r-to-z transformed correlation. */
    ZCOR("Fisher's z-transformed correlations", List.of("ri", "ni")),
    /** Precomputed effect sizes: {@code yi} with {@code vi} or {@code sei}. */
    PRE("precomputed effect sizes", List.of("yi"));

    private final String description;
    private final List<String> arguments;

    Measure(String description, List<String> arguments) {
        this.description = description;
        this.arguments = arguments;
    }

    /** A plain-words description for the Methods section. */
    public String description() {
        return description;
    }

    /** The column arguments the measure needs, with metafor's names (PRE also needs vi or sei). */
    public List<String> arguments() {
        return arguments;
    }

    /** The measure spelled as in a spec (case-insensitive), if it is one. */
    public static Optional<Measure> find(String name) {
        return Arrays.stream(values()).filter(m -> m.name().equalsIgnoreCase(name.trim())).findFirst();
    }

    /** The spellings a spec may use, for error messages. */
    public static String choices() {
        return Arrays.stream(values()).map(Enum::name).collect(Collectors.joining(", "));
    }

    @Override
    public String toString() {
        return name().toUpperCase(Locale.ROOT);
    }
}
