package org.metareport.spec;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.metareport.problems.Where;
import org.metareport.vocabulary.RiskOfBiasTool;

/** prisma:, risk_of_bias: and characteristics: read into located records. */
class ReviewSpecReaderTest {
    @TempDir Path dir;

    private static final String MINIMAL = """
            title: Minimal
            data:
              effects: findings.csv
              study: StudyID
            effect:
              measure: PRE
              columns: {yi: g, sei: se}
            analyses:
              - model: random
            """;

    private Spec read(String review, String... files) throws IOException {
        Files.writeString(dir.resolve("findings.csv"), "x\n");
        for (int i = 0; i < files.length; i += 2) {
            Path p = dir.resolve(files[i]);
            Files.createDirectories(p.getParent());
            Files.writeString(p, files[i + 1]);
        }
        Files.writeString(dir.resolve("analysis.yaml"), MINIMAL + review);
        return SpecReader.read(dir.resolve("analysis.yaml"), "analysis.yaml");
    }

    @Test
    void readsPrismaFromAFileUnderAPrismaKeyWithEachCountLocatedInIt() throws IOException {
        PrismaSpec p = read("prisma: search/prisma.yaml\n", "search/prisma.yaml", """
                prisma:
                  databases: 6111
                  other_methods: {hand searching: 4000, citation tracking: 935}
                  duplicates: 2627
                  screened: 8419
                  screen_excluded: 8172
                  assessed: 247
                  full_text_excluded:
                    - wrong design: 120
                    - wrong outcome: 95
                    - other reasons: rest
                  included_studies: 29
                """).prisma();
        assertThat(p.file()).isEqualTo("search/prisma.yaml");
        assertThat(p.where()).isEqualTo(new Where("analysis.yaml", 10, 1));
        assertThat(p.databases()).isEqualTo(PrismaSpec.Tally.of(6111, new Where("search/prisma.yaml", 2, 14)));
        assertThat(p.otherMethods().parts()).containsExactly(
                new PrismaSpec.Part("hand searching", 4000L, new Where("search/prisma.yaml", 3, 35)),
                new PrismaSpec.Part("citation tracking", 935L, new Where("search/prisma.yaml", 3, 60)));
        PrismaSpec.Tally ft = p.fullTextExcluded();
        assertThat(ft.itemised()).isTrue();
        assertThat(ft.listed()).isEqualTo(215);
        assertThat(ft.rest()).contains(new PrismaSpec.Part("other reasons", null, new Where("search/prisma.yaml", 11, 22)));
        assertThat(ft.where()).as("the key naming the box").isEqualTo(new Where("search/prisma.yaml", 8, 3));
        assertThat(p.includedStudies()).isEqualTo(new PrismaSpec.Count(29, new Where("search/prisma.yaml", 12, 21)));
    }

    @Test
    void readsTheSeparatePathwayForOtherMethods() throws IOException {
        PrismaSpec p = read("""
                prisma:
                  databases: 100
                  other_methods: 12
                  screen_excluded: 80
                  included_studies: 5
                  other_methods_reports: {sought: 12, not_retrieved: 1, assessed: 11, excluded: {wrong design: 9}}
                """).prisma();
        assertThat(p.otherReports().sought().n()).isEqualTo(12);
        assertThat(p.otherReports().notRetrieved().n()).isEqualTo(1);
        assertThat(p.otherReports().excluded().parts()).extracting(PrismaSpec.Part::name).containsExactly("wrong design");
        assertThat(p.otherReports().where()).isEqualTo(new Where("analysis.yaml", 15, 3));
    }

    @Test
    void readsRiskOfBiasWithItsColumnsAndToolAliases() throws IOException {
        RiskOfBiasSpec r = read("risk_of_bias: {tool: RoB 2, data: rob.csv, study: Trial, domains: [R, Dev, Miss, "
                + "Meas, Sel], overall: Judgement, weight: N}\n", "rob.csv", "x\n").riskOfBias();
        assertThat(r.tool()).isEqualTo(RiskOfBiasTool.ROB2);
        assertThat(r.data().shown()).isEqualTo("rob.csv");
        assertThat(r.study()).isEqualTo(new ColumnRef("Trial", new Where("analysis.yaml", 10, 51)));
        assertThat(r.domains()).extracting(ColumnRef::name).containsExactly("R", "Dev", "Miss", "Meas", "Sel");
        assertThat(r.overall().name()).isEqualTo("Judgement");
        assertThat(r.weight().name()).isEqualTo("N");
    }

    @Test
    void riskOfBiasStudyDefaultsToTheDataStudyColumn() throws IOException {
        RiskOfBiasSpec r = read("risk_of_bias:\n  tool: ROBINS_I\n  data: rob.csv\n", "rob.csv", "x\n").riskOfBias();
        assertThat(r.tool()).isEqualTo(RiskOfBiasTool.ROBINS_I);
        assertThat(r.study()).isEqualTo(new ColumnRef("StudyID", new Where("analysis.yaml", 10, 1)));
        assertThat(r.domains()).isEmpty();
    }

    @Test
    void readsCharacteristicsAsNamesOrMappings() throws IOException {
        CharacteristicsSpec c = read("characteristics: [Country, {column: N, label: Sample size, summary: sum}, "
                + "{column: Age, summary: mean}]\n").characteristics();
        assertThat(c.columns()).containsExactly(
                new CharacteristicsSpec.Column(new ColumnRef("Country", new Where("analysis.yaml", 10, 19)), "Country",
                        CharacteristicsSpec.Summary.AUTO),
                new CharacteristicsSpec.Column(new ColumnRef("N", new Where("analysis.yaml", 10, 37)), "Sample size",
                        CharacteristicsSpec.Summary.TOTAL),
                new CharacteristicsSpec.Column(new ColumnRef("Age", new Where("analysis.yaml", 10, 84)), "Age",
                        CharacteristicsSpec.Summary.MEAN));
        assertThat(c.where()).isEqualTo(new Where("analysis.yaml", 10, 1));
    }

    @Test
    void toolSpellingsAndHints() {
        assertThat(RiskOfBiasTool.find("JBI")).contains(RiskOfBiasTool.JBI_RCT);
        assertThat(RiskOfBiasTool.find("robins-i")).contains(RiskOfBiasTool.ROBINS_I);
        assertThat(RiskOfBiasTool.find("rob 2.0")).contains(RiskOfBiasTool.ROB2);
        assertThat(RiskOfBiasTool.find("quadas-2")).isEmpty();
        assertThat(RiskOfBiasTool.hint("QUADAS-2")).contains("QUADAS-2 is not built in; use generic with its four domains");
        assertThat(RiskOfBiasTool.choices()).isEqualTo("jbi-rct, rob2, robins-i, generic");
        assertThat(List.of(RiskOfBiasTool.values())).allSatisfy(t -> assertThat(t.levels()).isNotEmpty());
    }
}
