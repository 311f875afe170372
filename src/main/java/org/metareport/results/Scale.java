package org.metareport.results;

import org.metareport.vocabulary.EffectTransform;
import org.metareport.vocabulary.Measure;

/**
 * The scale estimates are reported on: the transform of {@code effect.transform} (metafor's {@code transf}) and how
 * the report names a value on that scale. Analyses, tests, heterogeneity and funnel plots stay on the analysis scale
 * (logs for ratio measures); pooled estimates, their confidence and prediction intervals, the study rows and the axis
 * of a forest plot are shown through {@link #transform()}.
 *
 * @param transform the transform applied to estimates and interval bounds
 * @param symbol    the symbol before "=" in running text and in table headings: "RR", "OR", "r"; for no transform
 *                  the measure's own ("g", "Log RR")
 * @param name      the value in words, for "the pooled risk ratio was": "risk ratio"; "estimate" without a transform
 * @param axis      the forest plot's axis title: "Risk ratio", "Correlation coefficient (r)"
 * @param analysis  the analysis scale in words, for notes such as "SE on the log risk ratio scale": "log risk ratio"
 */
public record Scale(EffectTransform transform, String symbol, String name, String axis, String analysis) {

    /** The scale a measure is reported on with this transform. */
    public static Scale of(Measure measure, EffectTransform transform) {
        String analysis = analysisName(measure);
        return switch (transform) {
            case NONE -> new Scale(transform, analysisSymbol(measure), "estimate", analysisAxis(measure), analysis);
            case EXP -> switch (measure) {
                case RR -> new Scale(transform, "RR", "risk ratio", "Risk ratio", analysis);
                case OR -> new Scale(transform, "OR", "odds ratio", "Odds ratio", analysis);
                case ROM -> new Scale(transform, "ROM", "ratio of means", "Ratio of means", analysis);
                case IRR -> new Scale(transform, "IRR", "incidence rate ratio", "Incidence rate ratio", analysis);
                case IRLN -> new Scale(transform, "IR", "incidence rate", "Incidence rate", analysis);
                case MNLN -> new Scale(transform, "Mean", "mean", "Mean", analysis);
                case CVR -> new Scale(transform, "CVR", "coefficient-of-variation ratio",
                        "Coefficient-of-variation ratio", analysis);
                case VR -> new Scale(transform, "VR", "variability ratio", "Variability ratio", analysis);
                default -> new Scale(transform, "exp(" + analysisSymbol(measure) + ")", "exponentiated estimate",
                        "exp(" + analysisAxis(measure) + ")", analysis);
            };
            case TANH -> new Scale(transform, "r", "correlation", "Correlation coefficient (r)", analysis);
            case PLOGIS -> new Scale(transform, "Proportion", "proportion", "Proportion", analysis);
        };
    }

    /** The measure's default scale (see {@link EffectTransform#defaultFor}); for a measure spelled as in a spec. */
    public static Scale of(String measure) {
        Measure m = Measure.find(measure).orElse(Measure.PRE);
        return of(m, EffectTransform.defaultFor(m));
    }

    /** True when estimates are reported on another scale than the analysis's. */
    public boolean transformed() {
        return transform != EffectTransform.NONE;
    }

    /** The transform's spelling as in a spec and results.json: none, exp, tanh, plogis. */
    public String transformName() {
        return transform.spelling();
    }

    /** A table heading for estimates on the reporting scale: "RR", or "Estimate" without a transform. */
    public String heading() {
        return transformed() ? symbol : "Estimate";
    }

    /** What goes before an estimate in running text: "RR = ", or nothing without a transform. */
    public String prefix() {
        return transformed() ? symbol + " = " : "";
    }

    /** After an SE heading beside transformed estimates: " (log risk ratio)", or nothing without a transform. */
    public String seNote() {
        return transformed() ? " (" + analysis + ")" : "";
    }

    /** A value on the reporting scale (the identity without a transform). */
    public double apply(double x) {
        return transform.apply(x);
    }

    /** The analysis scale of a measure, as metafor names it. */
    public static String analysisSymbol(Measure measure) {
        return switch (measure) {
            case SMD -> "g";
            case MD -> "MD";
            case ROM -> "Log ROM";
            case OR -> "Log OR";
            case RR -> "Log RR";
            case RD -> "RD";
            case COR -> "r";
            case ZCOR -> "z";
            case PR -> "Proportion";
            case PLO -> "Logit";
            case PAS -> "Arcsine proportion";
            case PFT -> "Freeman–Tukey proportion";
            case IR -> "IR";
            case IRLN -> "Log IR";
            case IRR -> "Log IRR";
            case MN -> "Mean";
            case MNLN -> "Log mean";
            case MC -> "MC";
            case SMCC, SMCR -> "SMC";
            case CVR -> "Log CVR";
            case VR -> "Log VR";
            case PRE -> "Estimate";
        };
    }

    /** The analysis scale of a measure, as metafor names it. */
    public static String analysisAxis(Measure measure) {
        return switch (measure) {
            case SMD -> "Standardised mean difference (Hedges' g)";
            case MD -> "Mean difference";
            case ROM -> "Log ratio of means";
            case OR -> "Log odds ratio";
            case RR -> "Log risk ratio";
            case RD -> "Risk difference";
            case COR -> "Correlation coefficient";
            case ZCOR -> "Fisher's z";
            case PR -> "Proportion";
            case PLO -> "Log odds (logit proportion)";
            case PAS -> "Arcsine square-root proportion";
            case PFT -> "Freeman–Tukey double-arcsine proportion";
            case IR -> "Incidence rate";
            case IRLN -> "Log incidence rate";
            case IRR -> "Log incidence rate ratio";
            case MN -> "Mean";
            case MNLN -> "Log mean";
            case MC -> "Mean change";
            case SMCC -> "Standardised mean change (change-score)";
            case SMCR -> "Standardised mean change (raw-score)";
            case CVR -> "Log coefficient-of-variation ratio";
            case VR -> "Log variability ratio";
            case PRE -> "Effect size";
        };
    }

    /** The analysis scale of a measure, as metafor names it. */
    public static String analysisName(Measure measure) {
        return switch (measure) {
            case SMD -> "standardised mean difference";
            case MD -> "mean difference";
            case ROM -> "log ratio of means";
            case OR -> "log odds ratio";
            case RR -> "log risk ratio";
            case RD -> "risk difference";
            case COR -> "correlation";
            case ZCOR -> "Fisher's z";
            case PR -> "proportion";
            case PLO -> "logit proportion";
            case PAS -> "arcsine square-root proportion";
            case PFT -> "Freeman–Tukey double-arcsine proportion";
            case IR -> "incidence rate";
            case IRLN -> "log incidence rate";
            case IRR -> "log incidence rate ratio";
            case MN -> "mean";
            case MNLN -> "log mean";
            case MC -> "mean change";
            case SMCC, SMCR -> "standardised mean change";
            case CVR -> "log coefficient-of-variation ratio";
            case VR -> "log variability ratio";
            case PRE -> "effect size";
        };
    }
}
