package org.metareport.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.metareport.problems.InputException;
import org.metareport.problems.Problem;
import org.metareport.results.RiskOfBiasResult;
import org.metareport.spec.RiskOfBiasSpec;

/** Each tool on a small file, with a wrong judgement each; the JBI score and its mean. */
class RiskOfBiasTest {
    @TempDir Path dir;

    private RiskOfBiasSpec spec(String block, String csv) {
        ReviewSpecs.write(dir, "rob.csv", csv);
        return ReviewSpecs.read(dir, "risk_of_bias: " + block + "\n").riskOfBias();
    }

    private static List<String> problems(RiskOfBiasSpec spec) {
        InputException e = catchThrowableOfType(InputException.class, () -> RiskOfBias.read(spec));
        assertThat(e).as("an InputException").isNotNull();
        return e.problems().stream().map(Problem::toString).toList();
    }

    private static final String ROB2 = """
            Study,D1,D2,D3,D4,D5,Overall,N
            Smith 2020,Low,Some concerns,low,Low,low,Some concerns,120
            Jones 2021,High,low,Low,some concerns,Low,High,60
            Lee 2022,L,SC,H,L,L,H,20
            """;

    @Test
    void rob2ReadsDomainsAndOverallAndCountsEachJudgement() {
        RiskOfBiasResult r = RiskOfBias.read(spec("{tool: rob2, data: rob.csv}", ROB2));

        assertThat(r.tool()).isEqualTo("rob2");
        assertThat(r.domains()).extracting(RiskOfBiasResult.Domain::id).containsExactly("D1", "D2", "D3", "D4", "D5");
        assertThat(r.domains().get(0).description()).isEqualTo("Bias arising from the randomization process");
        assertThat(r.hasOverall()).isTrue();
        assertThat(r.levels()).extracting(RiskOfBiasResult.Level::code).containsExactly("low", "some concerns", "high");
        assertThat(r.items()).isNull();
        assertThat(r.meanScore()).isNull();
        RiskOfBiasResult.Study lee = r.studies().get(2);
        assertThat(lee.study()).isEqualTo("Lee 2022");
        assertThat(lee.row()).isEqualTo(4);
        assertThat(lee.judgements()).containsExactly(Map.entry("D1", "low"), Map.entry("D2", "some concerns"),
                Map.entry("D3", "high"), Map.entry("D4", "low"), Map.entry("D5", "low"));
        assertThat(lee.overall()).isEqualTo("high");
        assertThat(lee.cells()).containsExactly("Low", "Some concerns", "High", "Low", "Low", "High");
        RiskOfBiasResult.DomainSummary overall = r.summary().get(5);
        assertThat(overall.domain()).isEqualTo("overall");
        assertThat(overall.counts()).containsExactly(Map.entry("low", 0), Map.entry("some concerns", 1),
                Map.entry("high", 2));
        assertThat(overall.proportions().get("high")).isCloseTo(2 / 3.0, within(1e-15));
        assertThat(r.weighted()).isFalse();
    }

    @Test
    void rob2SummaryWeightedByAColumn() {
        RiskOfBiasResult r = RiskOfBias.read(spec("{tool: rob2, data: rob.csv, weight: N}", ROB2));
        assertThat(r.weighted()).isTrue();
        assertThat(r.weightColumn()).isEqualTo("N");
        assertThat(r.summary().get(5).proportions()).containsExactly(Map.entry("low", 0.0),
                Map.entry("some concerns", 0.6), Map.entry("high", 0.4));
        assertThat(r.studies().get(0).weight()).isEqualTo(120.0);
    }

    @Test
    void rob2WrongJudgementIsAnErrorAtItsRowAndColumn() {
        String csv = ROB2.replace("High,low,Low", "High,low,hihg").replace("L,SC,H,L,L,H", "L,moderate,H,L,,H");
        assertThat(problems(spec("{tool: rob2, data: rob.csv}", csv))).containsExactly(
                "error: rob.csv:3: column 'D3' is 'hihg'; expected low, some concerns, high or no information "
                        + "(tool: rob2); did you mean 'high'?",
                "error: rob.csv:4: column 'D2' is 'moderate'; expected low, some concerns, high or no information "
                        + "(tool: rob2); 'moderate' is a judgement of ROBINS-I",
                "error: rob.csv:4: column 'D5' is empty; expected low, some concerns, high or no information "
                        + "(tool: rob2)");
    }

    @Test
    void rob2WithoutAnOverallColumnSaysHowToNameIt() {
        String csv = "Study,D1,D2,D3,D4,D5\nSmith 2020,low,low,low,low,low\n";
        assertThat(problems(spec("{tool: rob2, data: rob.csv}", csv))).containsExactly("error: rob.csv:1: rob.csv has "
                + "no 'Overall' column; tool: rob2 needs each study's overall judgement (name its column with "
                + "risk_of_bias.overall); the columns are 'Study', 'D1', 'D2', 'D3', 'D4', 'D5'");
    }

    private static final String ROBINS = """
            Study,Domain 1,Domain 2,Domain 3,Domain 4,Domain 5,Domain 6,Domain 7,Overall risk of bias
            Cohort A,Moderate,Low,Low,Low,No information,Low,Moderate,Moderate
            Cohort B,Serious,Low,Low,Moderate,Low,Low,Low,Serious
            Cohort C,Critical,Moderate,Low,Low,Low,Serious,Low,Critical
            """;

    @Test
    void robinsIFindsDomainsByHeadingsAndAllowsFiveJudgements() {
        RiskOfBiasResult r = RiskOfBias.read(spec("{tool: robins-i, data: rob.csv}", ROBINS));
        assertThat(r.domains()).extracting(RiskOfBiasResult.Domain::column).containsExactly("Domain 1", "Domain 2",
                "Domain 3", "Domain 4", "Domain 5", "Domain 6", "Domain 7");
        assertThat(r.domains().get(6).description()).isEqualTo("Bias in selection of the reported result");
        assertThat(r.levels()).extracting(RiskOfBiasResult.Level::code)
                .containsExactly("low", "moderate", "serious", "critical", "no information");
        assertThat(r.studies()).extracting(RiskOfBiasResult.Study::overall).containsExactly("moderate", "serious",
                "critical");
        assertThat(r.studies().get(0).judgements().get("D5")).isEqualTo("no information");
    }

    @Test
    void robinsIWrongJudgementNamesRowAndColumn() {
        String csv = ROBINS.replace("Cohort B,Serious,Low", "Cohort B,Some concerns,Low");
        assertThat(problems(spec("{tool: robins-i, data: rob.csv}", csv))).containsExactly("error: rob.csv:3: column "
                + "'Domain 1' is 'Some concerns'; expected low, moderate, serious, critical or no information (tool: "
                + "robins-i); 'some concerns' is a judgement of another tool");
    }

    @Test
    void jbiScoresEachStudyAndReportsTheModelStudysMean() {
        RiskOfBiasResult r = RiskOfBias.read(spec("{tool: jbi-rct, data: rob.csv}", ReviewSpecs.resource("jbi-17.csv")));

        assertThat(r.tool()).isEqualTo("jbi-rct");
        assertThat(r.items()).isEqualTo(13);
        assertThat(r.hasOverall()).isFalse();
        assertThat(r.studies()).hasSize(17);
        assertThat(r.studies().get(0).score()).as("10 yes of 13").isEqualTo(10);
        assertThat(r.studies().get(0).applicable()).as("item 5 not applicable").isEqualTo(12);
        assertThat(r.studies().get(16).score()).isEqualTo(8);
        assertThat(r.meanScore()).as("158 / 17, reported as 9.29/13").isCloseTo(158 / 17.0, within(1e-15));
        assertThat(String.format(java.util.Locale.ROOT, "%.2f", r.meanScore())).isEqualTo("9.29");
        assertThat(r.studies().get(0).judgements()).containsEntry("1", "yes").containsEntry("5", "not applicable");
        assertThat(r.studies().get(0).cells()).startsWith("Y", "Y", "Y", "N", "NA", "U");
        assertThat(r.summary()).hasSize(13);
        assertThat(r.summary().get(7).counts()).containsExactly(Map.entry("yes", 15), Map.entry("unclear", 0),
                Map.entry("no", 2), Map.entry("not applicable", 0));
    }

    @Test
    void jbiFindsItemsWrittenAsQuestionsAndReportsAWrongAnswer() {
        String csv = """
                Study,1. Was true randomization used?,Q2,Item 3,4,5,6,7,8,9,10,11,12,Rob:13. Was the trial design appropriate?
                Smith 2020,Yes,Y,yes,No,N/A,Unclear,yes,yes,yes,yes,yes,yes,yes
                Jones 2021,Yes,Y,yes,No,NA,Unclear,low,yes,yes,yes,yes,yes,yes
                """;
        List<String> lines = problems(spec("{tool: jbi-rct, data: rob.csv}", csv));
        assertThat(lines).containsExactly(
                "error: rob.csv:3: column '5' is empty or NA (read as missing); expected yes, unclear, no or not "
                        + "applicable (tool: jbi-rct); write N/A or not applicable for an item that does not apply",
                "error: rob.csv:3: column '7' is 'low'; expected yes, unclear, no or not applicable (tool: jbi-rct); "
                        + "'low' is a judgement of another tool");
        RiskOfBiasResult r = RiskOfBias.read(spec("{tool: jbi-rct, data: rob.csv}",
                csv.replace(",low,", ",yes,").replace(",NA,", ",n/a,")));
        assertThat(r.domains().get(0).column()).isEqualTo("1. Was true randomization used?");
        assertThat(r.domains().get(12).column()).isEqualTo("Rob:13. Was the trial design appropriate?");
        assertThat(r.studies().get(0).score()).isEqualTo(10);
    }

    @Test
    void jbiWithMissingItemsListsThem() {
        String csv = "Study,1,2,3,4,5,6,7,8,9,10,11\nSmith 2020,yes,yes,yes,yes,yes,yes,yes,yes,yes,yes,yes\n";
        assertThat(problems(spec("{tool: jbi-rct, data: rob.csv}", csv))).singleElement().asString().startsWith(
                "error: rob.csv:1: rob.csv has no column for items 12, 13 (tool: jbi-rct; its columns are found by "
                        + "headings such as '1' to '13'");
    }

    private static final String GENERIC = """
            Study,Selection,Performance,Detection,N
            Smith 2020,low,unclear,high,100
            Jones 2021,low,low,low,300
            """;

    @Test
    void genericUsesTheNamedDomainsAndOnlyTheJudgementsThatOccur() {
        RiskOfBiasResult r = RiskOfBias.read(spec("{tool: generic, data: rob.csv, domains: [Selection, Performance, "
                + "Detection], weight: N}", GENERIC));
        assertThat(r.domains()).extracting(RiskOfBiasResult.Domain::id).containsExactly("Selection", "Performance",
                "Detection");
        assertThat(r.hasOverall()).isFalse();
        assertThat(r.levels()).extracting(RiskOfBiasResult.Level::code).containsExactly("low", "unclear", "high");
        assertThat(r.summary().get(2).proportions()).containsExactly(Map.entry("low", 0.75), Map.entry("unclear", 0.0),
                Map.entry("high", 0.25));
    }

    @Test
    void genericWrongJudgementAndMissingDomainColumn() {
        RiskOfBiasSpec spec = spec("{tool: generic, data: rob.csv, domains: [Selection, Perfomance]}",
                GENERIC.replace("low,unclear", "lo,unclear"));
        assertThat(problems(spec)).singleElement().asString().startsWith("error: analysis.yaml:10:67: no column "
                + "'Perfomance' in rob.csv; did you mean 'Performance'?");
        spec = spec("{tool: generic, data: rob.csv, domains: [Selection, Performance]}",
                GENERIC.replace("low,unclear", "lo,unclear"));
        assertThat(problems(spec)).containsExactly("error: rob.csv:2: column 'Selection' is 'lo'; expected low, some "
                + "concerns, unclear, high, critical or no information (tool: generic); did you mean 'low'?");
    }

    @Test
    void duplicateStudyRowsAndBadWeightsAreErrors() {
        String csv = ROB2.replace("Lee 2022", "Smith 2020").replace(",60\n", ",-6\n");
        assertThat(problems(spec("{tool: rob2, data: rob.csv, weight: N}", csv))).containsExactly(
                "error: rob.csv:3: column 'N' is -6; expected a weight of 0 or more",
                "error: rob.csv:4: study 'Smith 2020' has a second row here (the first is row 2); give one row per study");
    }

    @Test
    void studiesAssessedAndAnalysedAreCompared() {
        RiskOfBiasSpec spec = spec("{tool: rob2, data: rob.csv}", ROB2);
        RiskOfBiasResult r = RiskOfBias.read(spec);
        assertThat(RiskOfBias.compareStudies(spec, r, List.of("Smith 2020", "Jones 2021", "Park 2019"))).containsExactly(
                "risk of bias: 1 study in rob.csv is not among the included studies ('Lee 2022'); check the spelling "
                        + "of the study names",
                "risk of bias: 1 included study has no row in rob.csv ('Park 2019')");
    }
}
