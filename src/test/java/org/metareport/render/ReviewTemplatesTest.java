package org.metareport.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.metareport.figures.ReviewFigures;
import org.metareport.problems.Where;
import org.metareport.results.CharacteristicsResult;
import org.metareport.results.PrismaResult;
import org.metareport.results.RiskOfBiasResult;
import org.metareport.review.Prisma;
import org.metareport.spec.PrismaSpec;

/**
 * The built-in review templates (prisma.md.ftl, risk-of-bias.md.ftl, characteristics.md.ftl) render the model study's
 * and the school-based review's numbers in APA style, escape names from the data, and number tables.
 */
class ReviewTemplatesTest {
    private static final Where AT = Where.file("analysis.yaml");

    private static PrismaSpec.Count c(long n) {
        return new PrismaSpec.Count(n, AT);
    }

    private static PrismaSpec.Tally parts(Object... nameCount) {
        List<PrismaSpec.Part> parts = new ArrayList<>();
        for (int i = 0; i < nameCount.length; i += 2)
            parts.add(new PrismaSpec.Part((String) nameCount[i], ((Number) nameCount[i + 1]).longValue(), AT));
        return new PrismaSpec.Tally(null, parts, AT);
    }

    private static String render(String template, String name, Object value, List<?> figures) {
        Map<String, Object> model = new LinkedHashMap<>();
        model.put(name, value);
        model.put("figures", figures);
        model.put("tables", TableSet.numbered(3, name.equals("rob") ? "risk-of-bias" : name));
        model.put("fmt", Format.APA);
        return new Manuscript(null, null).render(template, model);
    }

    @Test
    void prismaOfTheModelStudyReadsAsAMethodsParagraph() {
        PrismaResult p = Prisma.check(new PrismaSpec(c(11658), null, null, null, c(4019), null, null, c(7639), null,
                null, null, c(761), parts("wrong design", 345, "not social media-based", 112, "<30 per condition", 284),
                c(17), null, null, null, AT), false);
        String md = render("prisma.md.ftl", "prisma", p, ReviewFigures.draw(p, null, 1));
        assertThat(md).contains("The searches identified 11,658 records; after removing 4,019 duplicates, 7,639 were "
                + "screened by title and abstract, and 6,878 of them were excluded.\n");
        assertThat(md).contains("Of the 761 full texts assessed for eligibility, 744 were excluded (wrong design, *n* = "
                + "345; not social media-based, *n* = 112; \\<30 per condition, *n* = 284; reason not reported, *n* = 3).");
        assertThat(md).contains("In all, 17 studies were included in the review (Figure 1).");
        assertThat(md).contains("![Figure 1. PRISMA 2020 flow diagram of the identification, screening and inclusion "
                + "of studies (after Page et al., 2021). Reasons for exclusion were not reported for every full text.]"
                + "(figures/prisma.svg)");
    }

    @Test
    void prismaOfTheSchoolBasedReviewNamesBothRoutesAndTheScreeningTools() {
        PrismaResult p = Prisma.check(new PrismaSpec(null, PrismaSpec.Tally.of(6111, AT), null,
                parts("hand searching and citation tracking", 4935), c(2627), null, null, c(8419),
                parts("ASReview machine learning", 5864, "manual screening", 2308), null, null, c(247),
                PrismaSpec.Tally.of(218, AT), c(29), null, null, null, AT), false);
        String md = render("prisma.md.ftl", "prisma", p, List.of());
        assertThat(md).startsWith("The searches identified 11,046 records (6,111 from databases and 4,935 from other "
                + "methods); after removing 2,627 duplicates, 8,419 were screened by title and abstract, and 8,172 of "
                + "them were excluded (ASReview machine learning, *n* = 5,864; manual screening, *n* = 2,308).\n"
                + "Of the 247 full texts assessed for eligibility, 218 were excluded.\n"
                + "In all, 29 studies were included in the review.\n");
    }

    private static RiskOfBiasResult rob2() {
        var levels = List.of(new RiskOfBiasResult.Level("low", "Low", "L"),
                new RiskOfBiasResult.Level("some concerns", "Some concerns", "SC"),
                new RiskOfBiasResult.Level("high", "High", "H"));
        var domains = List.of(new RiskOfBiasResult.Domain("D1", "Randomization process",
                "Bias arising from the randomization process", "D1"));
        var studies = List.of(
                new RiskOfBiasResult.Study("Smith *2020*", 2, Map.of("D1", "low"), "low", null, null, null,
                        List.of("Low", "Low")),
                new RiskOfBiasResult.Study("Jones 2021", 3, Map.of("D1", "high"), "high", null, null, null,
                        List.of("High", "High")));
        var summary = List.of(
                new RiskOfBiasResult.DomainSummary("D1", "Bias arising", Map.of("low", 1, "high", 1), Map.of()),
                new RiskOfBiasResult.DomainSummary("overall", "Overall", Map.of("low", 1, "some concerns", 0, "high", 1),
                        Map.of()));
        return new RiskOfBiasResult("rob2", "Cochrane risk-of-bias tool for randomized trials (RoB 2)", domains, true,
                levels, studies, null, null, false, null, summary, List.of());
    }

    @Test
    void riskOfBiasTableWithItsFiguresAndAnEscapedStudyName() {
        RiskOfBiasResult r = rob2();
        String md = render("risk-of-bias.md.ftl", "rob", r, ReviewFigures.draw(null, r, 2));
        assertThat(md).startsWith("Risk of bias was assessed with the Cochrane risk-of-bias tool for randomized trials "
                + "(RoB 2) for 2 studies (Table 3; Figures 2–3).\nOverall, the risk of bias was low in 1 study and high "
                + "in 1 study.\n");
        assertThat(md).contains("Table: **Table 3.** *Risk of bias of the included studies*\n\n"
                + "| Study | D1 | Overall |\n|:------|:---:|:---:|\n| Smith \\*2020\\* | Low | Low |\n"
                + "| Jones 2021 | High | High |\n");
        assertThat(md).contains("*Note.* D1: Bias arising from the randomization process.");
        assertThat(md).contains("![Figure 3. Risk-of-bias summary (RoB 2): the proportion of studies with each "
                + "judgement, per domain.](figures/rob-summary.svg)");
    }

    @Test
    void jbiTableHasScoresAndTheMean() {
        var levels = List.of(new RiskOfBiasResult.Level("yes", "Yes", "Y"), new RiskOfBiasResult.Level("no", "No", "N"));
        var domains = List.of(new RiskOfBiasResult.Domain("1", "True randomisation",
                "Was true randomization used for assignment of participants to treatment groups?", "Q1"),
                new RiskOfBiasResult.Domain("2", "Allocation concealed", "Was allocation to treatment groups concealed?",
                        "Q2"));
        var studies = List.of(
                new RiskOfBiasResult.Study("A", 2, Map.of("1", "yes", "2", "yes"), null, 2, 2, null, List.of("Y", "Y")),
                new RiskOfBiasResult.Study("B", 3, Map.of("1", "yes", "2", "no"), null, 1, 2, null, List.of("Y", "N")));
        RiskOfBiasResult r = new RiskOfBiasResult("jbi-rct", "JBI Critical Appraisal Checklist for Randomized "
                + "Controlled Trials", domains, false, levels, studies, 2, 1.5, false, null, List.of(), List.of());
        String md = render("risk-of-bias.md.ftl", "rob", r, List.of());
        assertThat(md).contains("The mean appraisal score was 1.50 of 2 (range 1–2; the score is the number of items "
                + "answered “yes”).");
        assertThat(md).contains("| Study | 1 | 2 | Score |\n|:------|:---:|:---:|---:|\n| A | Y | Y | 2/2 |\n"
                + "| B | Y | N | 1/2 |\n");
        assertThat(md).contains("*Note.* Y = yes; N = no; U = unclear; NA = not applicable. Items: 1. Was true "
                + "randomization used for assignment of participants to treatment groups? 2. Was allocation to "
                + "treatment groups concealed?");
    }

    @Test
    void characteristicsSummariseEachColumnAndListEveryStudy() {
        var columns = List.of(
                new CharacteristicsResult.Column("Country", "Country", "text", "counts", 3, null, null, null, null,
                        null, null, List.of(new CharacteristicsResult.Level("USA", 2),
                        new CharacteristicsResult.Level("UK", 1)), 0),
                new CharacteristicsResult.Column("N", "Sample size", "number", "total", 3, 60.0, 300.0, 160.0, 480.0,
                        "60", "300", List.of(), 1),
                new CharacteristicsResult.Column("Age", "Mean age", "number", "mean", 2, 14.5, 72.0, 43.25, 86.5,
                        "14.5", "72", List.of(), 0));
        var rows = List.of(new CharacteristicsResult.Row("Smith 2020", List.of("USA", "110–120", "14.5")),
                new CharacteristicsResult.Row("Jones | 2021", List.of("UK", "60", "")),
                new CharacteristicsResult.Row("Lee 2022", List.of("USA", "300", "72")));
        String md = render("characteristics.md.ftl", "characteristics",
                new CharacteristicsResult(3, columns, rows, List.of("characteristics: column 'N' differs")), List.of());
        assertThat(md).startsWith("The review included *k* = 3 studies (Table 3).\nCountry: USA (2), UK (1).\n"
                + "Sample size: 480 in all (range 60–300 per study).\nMean age: mean 43.25 (range 14.5–72; given for 2 "
                + "studies).\n");
        assertThat(md).contains("| Study | Country | Sample size | Mean age |\n|:------|:------|------:|------:|\n"
                + "| Smith 2020 | USA | 110–120 | 14.5 |\n| Jones \\| 2021 | UK | 60 |  |\n");
        assertThat(md).contains("*Note.* characteristics: column 'N' differs");
    }
}
