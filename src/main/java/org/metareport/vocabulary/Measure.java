package org.metareport.vocabulary;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
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
    /** Raw proportion (single group). */
    PR("raw proportions", List.of("xi", "ni")),
    /** Logit-transformed proportion. */
    PLO("logit-transformed proportions (log odds)", List.of("xi", "ni")),
    /** Arcsine square-root transformed proportion. */
    PAS("arcsine square-root transformed proportions", List.of("xi", "ni")),
    /** Freeman–Tukey double-arcsine transformed proportion. */
    PFT("Freeman–Tukey double-arcsine transformed proportions", List.of("xi", "ni")),
    /** Raw incidence rate (events per person-time). */
    IR("raw incidence rates", List.of("xi", "ti")),
    /** Log incidence rate. */
    IRLN("log incidence rates", List.of("xi", "ti")),
    /** Log incidence rate ratio (two groups). */
    IRR("log incidence rate ratios", List.of("x1i", "x2i", "t1i", "t2i")),
    /** Raw mean (single group). */
    MN("raw means", List.of("mi", "sdi", "ni")),
    /** Log-transformed mean. */
    MNLN("log-transformed means", List.of("mi", "sdi", "ni")),
    /** Raw mean change (one group measured twice). */
    MC("raw mean changes", List.of("m1i", "m2i", "sd1i", "sd2i", "ri", "ni")),
    /** Standardised mean change, change-score standardisation. */
    SMCC("standardised mean changes (change-score standardisation)", List.of("m1i", "m2i", "sd1i", "sd2i", "ri", "ni")),
    /** Standardised mean change, raw-score standardisation. */
    SMCR("standardised mean changes (raw-score standardisation)", List.of("m1i", "m2i", "sd1i", "ri", "ni")),
    /** Log coefficient-of-variation ratio. */
    CVR("log coefficient-of-variation ratios", List.of("m1i", "sd1i", "n1i", "m2i", "sd2i", "n2i")),
    /** Log variability ratio. */
    VR("log variability ratios", List.of("sd1i", "n1i", "sd2i", "n2i")),
    /**
     * Precomputed effect sizes (generic inverse variance): {@code yi} with {@code vi}, {@code sei}, or a confidence
     * interval {@code ci.lb}, {@code ci.ub}.
     */
    PRE("precomputed effect sizes", List.of("yi"));

    /**
     * Arguments that may stand in for a required one, as escalc allows: for the 2×2 measures {@code n1i} for
     * {@code bi} ({@code bi = n1i − ai}) and {@code n2i} for {@code di}.
     */
    private static final Map<String, String> TWO_BY_TWO_TOTALS = Map.of("bi", "n1i", "di", "n2i");

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

    /**
     * What the sign of an effect means, for the Methods section: "positive values favour the first group as coded"
     * for two-group comparisons, the first measurement for change within a group; empty for single-group measures
     * (a proportion, rate or mean has no direction) and for precomputed ones.
     */
    public String direction() {
        return switch (this) {
            case PR, PLO, PAS, PFT, IR, IRLN, MN, MNLN, COR, ZCOR, PRE -> "";
            case MC, SMCC, SMCR -> "with positive values meaning higher scores at the first measurement (m1i) as coded";
            default -> "with positive values favouring the first group as coded";
        };
    }

    /** The arguments that may replace a required one ({@code bi → n1i}, {@code di → n2i} for OR, RR, RD). */
    public Map<String, String> substitutes() {
        return switch (this) {
            case OR, RR, RD -> TWO_BY_TWO_TOTALS;
            default -> Map.of();
        };
    }

    /** Every column argument a spec may give for this measure (PRE: yi, vi, sei, ci.lb, ci.ub). */
    public List<String> accepted() {
        if (this == PRE) return List.of("yi", "vi", "sei", "ci.lb", "ci.ub");
        List<String> all = new ArrayList<>(arguments);
        for (String a : arguments) if (substitutes().containsKey(a)) all.add(substitutes().get(a));
        return List.copyOf(all);
    }

    /** The arguments a row needs given the columns the spec maps: a substitute replaces the one it stands in for. */
    public List<String> needed(Collection<String> given) {
        List<String> needed = new ArrayList<>();
        for (String a : arguments) {
            String sub = substitutes().get(a);
            needed.add(sub != null && !given.contains(a) && given.contains(sub) ? sub : a);
        }
        return List.copyOf(needed);
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
