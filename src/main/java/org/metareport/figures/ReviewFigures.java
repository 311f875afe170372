package org.metareport.figures;

import java.util.ArrayList;
import java.util.List;
import org.metareport.results.PrismaResult;
import org.metareport.results.RiskOfBiasResult;

/**
 * The systematic-review figures of a report, numbered from a given figure number: the PRISMA flow diagram
 * ({@code figures/prisma.svg}), then the risk-of-bias traffic-light plot ({@code figures/rob-traffic-light.svg}) and
 * summary plot ({@code figures/rob-summary.svg}). Each is a {@link ReportFigures.Drawn} whose {@code analysis} is
 * {@code ""} (it belongs to no analysis); templates find them by {@code id}.
 */
public final class ReviewFigures {
    public static final String PRISMA = "prisma";
    public static final String TRAFFIC_LIGHT = "rob-traffic-light";
    public static final String SUMMARY = "rob-summary";

    private ReviewFigures() {}

    /**
     * @param prisma the checked PRISMA flow, or null (no diagram)
     * @param rob    the risk-of-bias assessment, or null (no plots)
     * @param first  the number of the first figure drawn (e.g. 1 when they open the Results)
     * @return the figures in report order: PRISMA, traffic light, summary
     */
    public static List<ReportFigures.Drawn> draw(PrismaResult prisma, RiskOfBiasResult rob, int first) {
        List<ReportFigures.Drawn> out = new ArrayList<>();
        if (prisma != null) out.add(drawn(PRISMA, first + out.size(), prismaCaption(prisma), PrismaFlow.draw(prisma)));
        if (rob != null) {
            out.add(drawn(TRAFFIC_LIGHT, first + out.size(), trafficLightCaption(rob), RiskOfBiasPlots.trafficLight(rob)));
            out.add(drawn(SUMMARY, first + out.size(), summaryCaption(rob), RiskOfBiasPlots.summary(rob)));
        }
        return out;
    }

    private static ReportFigures.Drawn drawn(String id, int number, String caption, Figure f) {
        return new ReportFigures.Drawn(id, id.startsWith("rob") ? "rob" : id, "", number, caption, "figures/" + id + ".svg", "figures/" + id + ".png", f);
    }

    static String prismaCaption(PrismaResult p) {
        return "PRISMA 2020 flow diagram of the identification, screening and inclusion of studies (after Page et al., "
                + "2021)." + (p.unitemised() > 0 ? " Reasons for exclusion were not reported for every full text." : "");
    }

    static String trafficLightCaption(RiskOfBiasResult r) {
        if (r.tool().equals("jbi-rct"))
            return "Critical appraisal of each included study with the " + r.toolName() + ": the answer to each item "
                    + "and the study's score (the number of “yes”).";
        return "Risk of bias of each included study by domain" + shortName(r)
                + (r.hasOverall() ? ", with the overall judgement in the right-hand column." : ".");
    }

    static String summaryCaption(RiskOfBiasResult r) {
        String what = r.tool().equals("jbi-rct") ? "each answer, per checklist item" : "each judgement, per domain";
        return "Risk-of-bias summary" + shortName(r) + ": the proportion of studies with " + what
                + (r.weighted() ? ", weighted by " + ForestPlot.clean(r.weightColumn()) : "") + ".";
    }

    /** " (RoB 2)", or "" for the generic tool. */
    static String shortName(RiskOfBiasResult r) {
        return switch (r.tool()) {
            case "jbi-rct" -> " (JBI checklist for randomized controlled trials)";
            case "rob2" -> " (RoB 2)";
            case "robins-i" -> " (ROBINS-I)";
            default -> "";
        };
    }
}
