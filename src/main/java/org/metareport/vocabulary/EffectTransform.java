package org.metareport.vocabulary;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * How estimates are reported: metafor's {@code transf}/{@code atransf} applied to every pooled estimate, confidence
 * and prediction interval a report prints (the analysis itself, its tests and heterogeneity stay on the analysis
 * scale). Spelled in a spec as {@code effect.transform}.
 */
public enum EffectTransform {
    /** Keep the analysis scale. */
    NONE("none", List.of()),
    /** exp(): log risk, odds and mean ratios back to ratios (metafor's {@code transf = exp}). */
    EXP("exp", List.of()),
    /** tanh(): Fisher's z back to a correlation (metafor's {@code transf.ztor}). */
    TANH("tanh", List.of("r", "ztor", "transf.ztor")),
    /** The logistic function: logits back to proportions (metafor's {@code transf.ilogit}, R's {@code plogis}). */
    PLOGIS("plogis", List.of("ilogit", "transf.ilogit"));

    private final String spelling;
    private final List<String> aliases;

    EffectTransform(String spelling, List<String> aliases) {
        this.spelling = spelling;
        this.aliases = aliases;
    }

    /** The spec's spelling: none, exp, tanh, plogis. */
    public String spelling() {
        return spelling;
    }

    /** The value on the reporting scale; the identity for {@link #NONE}. */
    public double apply(double x) {
        return switch (this) {
            case NONE -> x;
            case EXP -> Math.exp(x);
            case TANH -> StrictMath.tanh(x);   // Math.tanh differs between JDKs (an intrinsic since JDK 24)
            case PLOGIS -> x >= 0 ? 1 / (1 + Math.exp(-x)) : Math.exp(x) / (1 + Math.exp(x));
        };
    }

    /** The inverse of {@link #apply}: where a value of the reporting scale lies on the analysis scale. */
    public double invert(double y) {
        return switch (this) {
            case NONE -> y;
            case EXP -> Math.log(y);
            case TANH -> 0.5 * Math.log((1 + y) / (1 - y));
            case PLOGIS -> Math.log(y / (1 - y));
        };
    }

    /**
     * The default for a measure, as an R user back-transforms: logs (OR, RR, ROM, IRR, IRLN, MNLN, CVR, VR) with exp,
     * Fisher's z with tanh, logits (PLO) with plogis; every other measure is reported on its own scale.
     */
    public static EffectTransform defaultFor(Measure measure) {
        return switch (measure) {
            case OR, RR, ROM, IRR, IRLN, MNLN, CVR, VR -> EXP;
            case ZCOR -> TANH;
            case PLO -> PLOGIS;
            case SMD, MD, RD, COR, PRE, PR, PAS, PFT, IR, MN, MC, SMCC, SMCR -> NONE;
        };
    }

    /** The transform spelled as in a spec (case-insensitive; also {@code r}, {@code transf.ztor}, ...). */
    public static Optional<EffectTransform> find(String name) {
        String n = name.trim().toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(t -> t.spelling.equals(n) || t.aliases.contains(n)).findFirst();
    }

    /** The spellings a spec may use, for error messages. */
    public static String choices() {
        return Arrays.stream(values()).map(t -> t.spelling).collect(Collectors.joining(", "));
    }
}
