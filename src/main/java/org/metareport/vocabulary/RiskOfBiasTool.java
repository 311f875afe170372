package org.metareport.vocabulary;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The risk-of-bias tools a spec can name ({@code risk_of_bias.tool}), each with its domains (or items) and the
 * judgements it allows, best first.
 *
 * <ul>
 * <li>{@link #JBI_RCT}: JBI Critical Appraisal Checklist for Randomized Controlled Trials (Barker et al., 2023;
 *     the 13-item 2017 version, Tufanaru et al.): yes / no / unclear / not applicable per item; a study's score is
 *     its number of "yes".</li>
 * <li>{@link #ROB2}: Cochrane RoB 2 (Sterne et al., 2019): five domains and an overall judgement, low / some
 *     concerns / high (robvis also allows "no information").</li>
 * <li>{@link #ROBINS_I}: ROBINS-I (Sterne et al., 2016): seven domains and an overall judgement, low / moderate /
 *     serious / critical / no information.</li>
 * <li>{@link #GENERIC}: domains the spec names; low / some concerns / unclear / high / critical / no information,
 *     an overall column optional.</li>
 * </ul>
 */
public enum RiskOfBiasTool {
    JBI_RCT("jbi-rct", "JBI Critical Appraisal Checklist for Randomized Controlled Trials",
            List.of(Judgement.YES, Judgement.UNCLEAR, Judgement.NO, Judgement.NOT_APPLICABLE), false),
    ROB2("rob2", "Cochrane risk-of-bias tool for randomized trials (RoB 2)",
            List.of(Judgement.LOW, Judgement.SOME_CONCERNS, Judgement.HIGH, Judgement.NO_INFORMATION), true),
    ROBINS_I("robins-i", "Risk Of Bias In Non-randomised Studies of Interventions (ROBINS-I)",
            List.of(Judgement.LOW, Judgement.MODERATE, Judgement.SERIOUS, Judgement.CRITICAL, Judgement.NO_INFORMATION),
            true),
    GENERIC("generic", "risk-of-bias assessment",
            List.of(Judgement.LOW, Judgement.SOME_CONCERNS, Judgement.UNCLEAR, Judgement.HIGH, Judgement.CRITICAL,
                    Judgement.NO_INFORMATION), false);

    /** A domain or item of a tool: its id in results.json and headings, a short label, the full wording. */
    public record Domain(String id, String label, String description) {}

    private static final List<Domain> JBI_ITEMS = List.of(
            new Domain("1", "True randomisation", "Was true randomization used for assignment of participants to treatment groups?"),
            new Domain("2", "Allocation concealed", "Was allocation to treatment groups concealed?"),
            new Domain("3", "Groups similar at baseline", "Were treatment groups similar at the baseline?"),
            new Domain("4", "Participants blinded", "Were participants blind to treatment assignment?"),
            new Domain("5", "Providers blinded", "Were those delivering treatment blind to treatment assignment?"),
            new Domain("6", "Outcome assessors blinded", "Were outcomes assessors blind to treatment assignment?"),
            new Domain("7", "Groups treated identically", "Were treatment groups treated identically other than the intervention of interest?"),
            new Domain("8", "Follow-up complete or described", "Was follow up complete and if not, were differences between groups in terms of their follow up adequately described and analyzed?"),
            new Domain("9", "Analysed as randomised", "Were participants analyzed in the groups to which they were randomized?"),
            new Domain("10", "Outcomes measured alike", "Were outcomes measured in the same way for treatment groups?"),
            new Domain("11", "Outcomes measured reliably", "Were outcomes measured in a reliable way?"),
            new Domain("12", "Appropriate statistics", "Was appropriate statistical analysis used?"),
            new Domain("13", "Appropriate trial design", "Was the trial design appropriate, and any deviations from the standard RCT design (individual randomization, parallel groups) accounted for in the conduct and analysis of the trial?"));
    private static final List<Domain> ROB2_DOMAINS = List.of(
            new Domain("D1", "Randomization process", "Bias arising from the randomization process"),
            new Domain("D2", "Deviations from intended interventions", "Bias due to deviations from intended interventions"),
            new Domain("D3", "Missing outcome data", "Bias due to missing outcome data"),
            new Domain("D4", "Measurement of the outcome", "Bias in measurement of the outcome"),
            new Domain("D5", "Selection of the reported result", "Bias in selection of the reported result"));
    private static final List<Domain> ROBINS_I_DOMAINS = List.of(
            new Domain("D1", "Confounding", "Bias due to confounding"),
            new Domain("D2", "Selection of participants", "Bias due to selection of participants"),
            new Domain("D3", "Classification of interventions", "Bias in classification of interventions"),
            new Domain("D4", "Deviations from intended interventions", "Bias due to deviations from intended interventions"),
            new Domain("D5", "Missing data", "Bias due to missing data"),
            new Domain("D6", "Measurement of outcomes", "Bias in measurement of outcomes"),
            new Domain("D7", "Selection of the reported result", "Bias in selection of the reported result"));

    private final String spelling;
    private final String fullName;
    private final List<Judgement> levels;
    private final boolean needsOverall;

    RiskOfBiasTool(String spelling, String fullName, List<Judgement> levels, boolean needsOverall) {
        this.spelling = spelling;
        this.fullName = fullName;
        this.levels = levels;
        this.needsOverall = needsOverall;
    }

    /** As written in the spec and results.json: {@code jbi-rct}, {@code rob2}, {@code robins-i}, {@code generic}. */
    public String spelling() {
        return spelling;
    }

    /** The tool's name for a Methods section. */
    public String fullName() {
        return fullName;
    }

    /** The judgements a cell may hold, best first. */
    public List<Judgement> levels() {
        return levels;
    }

    /** True when the tool has an overall judgement per study that the data must give (RoB 2, ROBINS-I). */
    public boolean needsOverall() {
        return needsOverall;
    }

    /** True for a checklist scored by counting "yes" (JBI). */
    public boolean scored() {
        return this == JBI_RCT;
    }

    /** The tool's fixed domains (items), in order; empty for {@link #GENERIC}, whose domains the spec names. */
    public List<Domain> domains() {
        return switch (this) {
            case JBI_RCT -> JBI_ITEMS;
            case ROB2 -> ROB2_DOMAINS;
            case ROBINS_I -> ROBINS_I_DOMAINS;
            case GENERIC -> List.of();
        };
    }

    /** The tool written as {@code name} (any case; {@code RoB 2}, {@code ROBINS_I}, {@code JBI} also accepted). */
    public static Optional<RiskOfBiasTool> find(String name) {
        String n = name.trim().toLowerCase(Locale.ROOT).replaceAll("[\\s_.]+", "-");
        return switch (n) {
            case "jbi-rct", "jbi", "jbi-rcts", "jbi-checklist" -> Optional.of(JBI_RCT);
            case "rob2", "rob-2", "rob-2.0", "rob2.0", "rob-2-0" -> Optional.of(ROB2);
            case "robins-i", "robinsi", "robins" -> Optional.of(ROBINS_I);
            case "generic" -> Optional.of(GENERIC);
            default -> Optional.empty();
        };
    }

    /** The valid spellings, for messages: {@code jbi-rct, rob2, robins-i, generic}. */
    public static String choices() {
        List<String> out = new ArrayList<>();
        for (RiskOfBiasTool t : values()) out.add(t.spelling);
        return String.join(", ", out);
    }

    /** A known confusion: RoB 1 and QUADAS-2 are not supported; say what to use. */
    public static Optional<String> hint(String name) {
        String n = name.trim().toLowerCase(Locale.ROOT).replaceAll("[\\s_.\\-]+", "");
        if (n.equals("rob") || n.equals("rob1") || n.equals("cochrane"))
            return Optional.of("the original Cochrane tool (RoB 1) is not built in; use generic with its domains");
        if (n.startsWith("quadas"))
            return Optional.of("QUADAS-2 is not built in; use generic with its four domains");
        if (n.startsWith("jbi"))
            return Optional.of("the JBI checklist for randomized trials is jbi-rct");
        return Optional.empty();
    }
}
