package org.metareport.spec;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Hints for known confusions in choice-valued keys (pandoc's "doc" hint): other tools' and textbooks' names for
 * our measures, models, methods and tests.
 */
final class Hints {
    private Hints() {}

    private static final String PRE_HINT = "for effect sizes already computed, use PRE with columns yi and vi (or sei)";
    private static final Map<String, String> MEASURE = Map.ofEntries(
            Map.entry("g", "Hedges' g is SMD"),
            Map.entry("hedgesg", "Hedges' g is SMD"),
            Map.entry("hedges", "Hedges' g is SMD"),
            Map.entry("d", "Cohen's d, corrected for small samples, is SMD (Hedges' g)"),
            Map.entry("cohensd", "Cohen's d, corrected for small samples, is SMD (Hedges' g)"),
            Map.entry("cohend", "Cohen's d, corrected for small samples, is SMD (Hedges' g)"),
            Map.entry("lor", "the log odds ratio is OR"),
            Map.entry("logor", "the log odds ratio is OR"),
            Map.entry("oddsratio", "the log odds ratio is OR"),
            Map.entry("logoddsratio", "the log odds ratio is OR"),
            Map.entry("lrr", "the log risk ratio is RR"),
            Map.entry("logrr", "the log risk ratio is RR"),
            Map.entry("riskratio", "the log risk ratio is RR"),
            Map.entry("relativerisk", "the log risk ratio is RR"),
            Map.entry("r", "a correlation is COR (or ZCOR for Fisher's z)"),
            Map.entry("correlation", "a correlation is COR (or ZCOR for Fisher's z)"),
            Map.entry("z", "Fisher's z is ZCOR"),
            Map.entry("fisherz", "Fisher's z is ZCOR"),
            Map.entry("zr", "Fisher's z is ZCOR"),
            Map.entry("yi", PRE_HINT),
            Map.entry("es", PRE_HINT),
            Map.entry("effectsize", PRE_HINT),
            Map.entry("precomputed", PRE_HINT),
            Map.entry("generic", PRE_HINT),
            Map.entry("gen", PRE_HINT));
    /** metafor measures this version does not compute. */
    private static final Set<String> METAFOR_MEASURES = Set.of("SMCRH", "SMCRP", "SMCRPH", "SMDH", "SMD1", "SMD1H", "ROMC", "CVRC", "VRC", "PETO",
            "PHI", "YUQ", "YUY", "RTET", "PBIT", "OR2DN", "OR2DL", "IRD", "IRSD", "PLN", "IRS", "IRFT", "CVLN", "SDLN", "SMN", "UCOR", "RPB",
            "RBIS", "ZPCOR", "PCOR", "SPCOR", "ZSPCOR", "HR", "HD", "AS", "MPRD", "MPRR", "MPOR", "MPORC", "MPPETO");
    private static final String FIXED = "a fixed-effect model is model: fixed";
    private static final Map<String, String> MODEL = Map.ofEntries(
            Map.entry("fe", FIXED), Map.entry("ee", FIXED), Map.entry("ce", FIXED),
            Map.entry("fixedeffect", FIXED), Map.entry("fixedeffects", FIXED), Map.entry("commoneffect", FIXED),
            Map.entry("equaleffects", FIXED), Map.entry("common", FIXED),
            Map.entry("re", "a random-effects model is model: random"),
            Map.entry("randomeffect", "a random-effects model is model: random"),
            Map.entry("randomeffects", "a random-effects model is model: random"),
            Map.entry("rma", "metafor's rma() is model: random"),
            Map.entry("rmamv", "metafor's rma.mv() with nested random effects is model: multilevel"),
            Map.entry("threelevel", "a three-level model is model: multilevel with levels: [Study, ESId]"),
            Map.entry("3level", "a three-level model is model: multilevel with levels: [Study, ESId]"),
            Map.entry("nested", "a three-level model is model: multilevel with levels: [Study, ESId]"),
            Map.entry("hierarchical", "a three-level model is model: multilevel with levels: [Study, ESId]"),
            Map.entry("robumeta", "robust variance estimation is model: rve"),
            Map.entry("robust", "robust variance estimation is model: rve; cluster-robust tests for another "
                    + "model are robust: CR2"));
    private static final String FE_METHOD = "a fixed-effect model is model: fixed, which implies method FE";
    private static final Map<String, String> METHOD = Map.ofEntries(
            Map.entry("ee", FE_METHOD), Map.entry("ce", FE_METHOD), Map.entry("fixed", FE_METHOD),
            Map.entry("knha", "Knapp-Hartung is a test: write test: knha"),
            Map.entry("hksj", "Knapp-Hartung is a test: write test: knha"),
            Map.entry("dersimonianlaird", "DerSimonian-Laird is DL"),
            Map.entry("paulemandel", "Paule-Mandel is PM"),
            Map.entry("restrictedmaximumlikelihood", "restricted maximum likelihood is REML"),
            Map.entry("maximumlikelihood", "maximum likelihood is ML"));
    private static final Map<String, String> TEST = Map.of(
            "hk", "Knapp-Hartung (HKSJ) is knha",
            "hksj", "Knapp-Hartung (HKSJ) is knha",
            "knapphartung", "Knapp-Hartung (HKSJ) is knha",
            "normal", "the normal (Wald) test is z",
            "wald", "the normal (Wald) test is z",
            "satterthwaite", "Satterthwaite degrees of freedom come with robust: CR2");
    private static final Map<String, String> ROBUST = Map.of(
            "true", "choose the small-sample correction: CR2 is recommended",
            "yes", "choose the small-sample correction: CR2 is recommended",
            "hc0", "HC estimators ignore clustering; the cluster-robust CR0 is the nearest",
            "hc1", "HC estimators ignore clustering; the cluster-robust CR1 is the nearest",
            "hc2", "HC estimators ignore clustering; the cluster-robust CR2 is the nearest",
            "hc3", "HC estimators ignore clustering; CR2 is recommended");

    static Optional<String> measure(String written) {
        String upper = written.trim().toUpperCase(Locale.ROOT);
        if (METAFOR_MEASURES.contains(upper))
            return Optional.of("metafor's " + upper + " is not computed by this version; compute yi and vi in R "
                    + "(escalc) and use PRE");
        return Optional.ofNullable(MEASURE.get(normal(written)));
    }

    static Optional<String> model(String written) {
        return Optional.ofNullable(MODEL.get(normal(written)));
    }

    static Optional<String> method(String written) {
        return Optional.ofNullable(METHOD.get(normal(written)));
    }

    static Optional<String> test(String written) {
        return Optional.ofNullable(TEST.get(normal(written)));
    }

    static Optional<String> robust(String written) {
        return Optional.ofNullable(ROBUST.get(normal(written)));
    }

    /** Lower case without spaces and punctuation: "Hedges' g" → "hedgesg", "three-level" → "threelevel". */
    private static String normal(String s) {
        return s.toLowerCase(Locale.ROOT).replaceAll("[\\s'’`._\\-()]", "");
    }
}
