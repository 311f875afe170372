package org.metareport.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.metareport.problems.InputException;
import org.metareport.problems.Problem;
import org.metareport.results.PrismaResult;
import org.metareport.spec.PrismaSpec;
import org.metareport.spec.Spec;

/**
 * The PRISMA arithmetic on the model study's real counts (shared/seeds/000: 11,658 identified, 4,019 duplicates,
 * 7,639 screened, 761 full texts, 17 studies, ten exclusion reasons adding up to 741) and on the school-based review's
 * (shared/data/school-based/README.md).
 */
class PrismaTest {
    @TempDir Path dir;

    private PrismaSpec model() {
        return ReviewSpecs.withPrismaFile(dir, "model-study-prisma.yaml").prisma();
    }

    private PrismaSpec inline(String yaml) {
        return ReviewSpecs.read(dir, yaml).prisma();
    }

    private static List<String> problems(PrismaSpec spec, boolean strict) {
        InputException e = catchThrowableOfType(InputException.class, () -> Prisma.check(spec, strict));
        assertThat(e).as("an InputException").isNotNull();
        return e.problems().stream().map(Problem::toString).toList();
    }

    private static final String MODEL = """
            prisma:
              identified: 11658
              duplicates: 4019
              screened: 7639
              assessed: 761
              full_text_excluded: %s
              included_studies: 17
            """;

    @Test
    void modelStudyCountsPassWithTheirGapAsAWarning() {
        PrismaResult p = Prisma.check(model(), false);

        assertThat(p.identified()).isEqualTo(11658);
        assertThat(p.duplicates()).isEqualTo(4019L);
        assertThat(p.removed()).isEqualTo(4019);
        assertThat(p.screened()).isEqualTo(7639);
        assertThat(p.screenExcluded()).as("derived: 7639 screened - 761 assessed").isEqualTo(6878);
        assertThat(p.sought()).as("not reported, so the row is left out").isNull();
        assertThat(p.assessed()).isEqualTo(761);
        assertThat(p.fullTextExcluded()).isEqualTo(744);
        assertThat(p.fullTextReasons()).hasSize(10);
        assertThat(p.fullTextReasons().get(0)).isEqualTo(new PrismaResult.Count("wrong design", 345));
        assertThat(p.fullTextReasons().stream().mapToLong(PrismaResult.Count::n).sum()).isEqualTo(741);
        assertThat(p.unitemised()).isEqualTo(3);
        assertThat(p.includedStudies()).isEqualTo(17);
        assertThat(p.derived()).containsExactly("screen_excluded");
        assertThat(p.warnings()).containsExactly("full-text exclusion reasons add up to 741, but 744 full texts were "
                + "excluded (761 assessed - 17 included); list the missing reasons, or declare the remainder, e.g. "
                + "other reasons: rest");
    }

    @Test
    void modelStudyGapIsAnErrorUnderStrictAtTheReasons() {
        assertThat(problems(model(), true)).containsExactly("error: prisma.yaml:9:1: PRISMA counts do not add up: "
                + "full-text exclusion reasons add up to 741, but 744 full texts were excluded (761 assessed - 17 "
                + "included); list the missing reasons, or declare the remainder, e.g. other reasons: rest");
    }

    @Test
    void declaredRemainderClosesTheGap() {
        PrismaSpec spec = inline(MODEL.formatted("{wrong design: 345, not social media-based: 112, other reasons: rest}"));
        PrismaResult p = Prisma.check(spec, true);
        assertThat(p.fullTextReasons()).containsExactly(new PrismaResult.Count("wrong design", 345),
                new PrismaResult.Count("not social media-based", 112), new PrismaResult.Count("other reasons", 287));
        assertThat(p.unitemised()).isZero();
        assertThat(p.warnings()).isEmpty();
    }

    @Test
    void screenedThatIsNotIdentifiedLessRemovedNamesTheBoxes() {
        PrismaSpec spec = inline(MODEL.formatted("744").replace("screened: 7639", "screened: 7693"));
        assertThat(problems(spec, false)).containsExactly("error: analysis.yaml:13:13: PRISMA counts do not add up: "
                + "'Records screened' is 7693, but 'Records identified' 11658 - 'Records removed before screening' "
                + "4019 = 7639; correct 'screened', the records identified or the records removed (duplicates, "
                + "automation_removed, other_removed)");
    }

    @Test
    void assessedThatDoesNotFollowScreeningNamesTheBoxes() {
        PrismaSpec spec = inline(MODEL.formatted("744").replace("  assessed: 761\n",
                "  screen_excluded: 6800\n  assessed: 761\n"));
        assertThat(problems(spec, false)).containsExactly("error: analysis.yaml:15:13: PRISMA counts do not add up: "
                + "'Reports assessed for eligibility' is 761, but 'Records screened' 7639 - 'Records excluded' 6800 "
                + "= 839; correct 'assessed' or the counts before it");
    }

    @Test
    void excludedNumberThatDoesNotLeaveTheIncludedNamesTheBoxes() {
        PrismaSpec spec = inline(MODEL.formatted("741"));
        assertThat(problems(spec, false)).containsExactly("error: analysis.yaml:15:23: PRISMA counts do not add up: "
                + "'Reports excluded' is 741, but 'Reports assessed for eligibility' 761 - 'Studies included in review' "
                + "17 = 744; correct 'full_text_excluded', 'assessed' or the included count (if some studies have "
                + "several reports, give included_reports too)");
    }

    @Test
    void sourcesThatDoNotAddUpToIdentifiedAreAnError() {
        PrismaSpec spec = inline(MODEL.formatted("744").replace("  identified: 11658\n",
                "  identified: 11658\n  databases: {PsycINFO: 6000, Scopus: 5000}\n  other_methods: 600\n"));
        assertThat(problems(spec, false)).containsExactly("error: analysis.yaml:11:15: PRISMA counts do not add up: "
                + "'Records identified' is 11658, but the sources add up to databases 11000 + other methods 600 = "
                + "11600; correct 'identified' or the counts per source");
    }

    @Test
    void severalMismatchesAreAllReported() {
        PrismaSpec spec = inline(MODEL.formatted("740").replace("screened: 7639", "screened: 7640")
                .replace("included_studies: 17", "included_studies: 17\n  included_reports: 15"));
        assertThat(problems(spec, false)).extracting(l -> l.substring(0, l.indexOf(": PRISMA"))).containsExactly(
                "error: analysis.yaml:13:13", "error: analysis.yaml:16:21", "error: analysis.yaml:15:23");
    }

    @Test
    void schoolBasedCountsPassWithOtherMethodsScreenedWithTheDatabases() {
        PrismaResult p = Prisma.check(ReviewSpecs.withPrismaFile(dir, "school-based-prisma.yaml").prisma(), true);

        assertThat(p.identified()).as("6111 + 4935").isEqualTo(11046);
        assertThat(p.otherMethodsMerged()).isTrue();
        assertThat(p.databases()).isEqualTo(new PrismaResult.Route(6111, List.of()));
        assertThat(p.otherMethods().sources())
                .containsExactly(new PrismaResult.Count("hand searching and citation tracking", 4935));
        assertThat(p.screened()).isEqualTo(8419);
        assertThat(p.screenExcluded()).isEqualTo(8172);
        assertThat(p.screenReasons()).containsExactly(new PrismaResult.Count("ASReview machine learning", 5864),
                new PrismaResult.Count("manual screening", 2308));
        assertThat(p.assessed()).isEqualTo(247);
        assertThat(p.fullTextExcluded()).isEqualTo(218);
        assertThat(p.includedStudies()).isEqualTo(29);
        assertThat(p.derived()).isEmpty();
        assertThat(p.warnings()).isEmpty();
    }

    @Test
    void theContractExampleDerivesSoughtAndAssessed() {
        PrismaResult p = Prisma.check(inline("""
                prisma:
                  databases: {PsycINFO: 2400, Scopus: 3711}
                  registers: 0
                  other_methods: 4935
                  duplicates: 2627
                  screened: 8419
                  screen_excluded: {machine learning: 5864, manual: 2308}
                  not_retrieved: 0
                  full_text_excluded: {wrong design: 120, wrong outcome: 98}
                  included_studies: 29
                """), false);
        assertThat(p.sought()).isEqualTo(247L);
        assertThat(p.assessed()).isEqualTo(247);
        assertThat(p.derived()).as("screened is given").containsExactly("assessed", "sought");
        assertThat(p.unitemised()).isZero();
    }

    @Test
    void theTemplatesSeparatePathwayForOtherMethodsAddsItsIncludedReports() {
        PrismaResult p = Prisma.check(inline("""
                prisma:
                  databases: 1000
                  other_methods: {citation searching: 40, websites: 10}
                  duplicates: 100
                  screened: 900
                  screen_excluded: 850
                  sought: 50
                  not_retrieved: 2
                  assessed: 48
                  full_text_excluded: {wrong population: 30, wrong design: rest}
                  included_studies: 20
                  included_reports: 22
                  other_methods_reports: {sought: 12, not_retrieved: 1, excluded: {wrong design: 7}}
                """), true);
        assertThat(p.otherMethodsMerged()).isFalse();
        assertThat(p.identified()).as("the left column only").isEqualTo(1000);
        assertThat(p.identifiedAll()).isEqualTo(1050);
        assertThat(p.otherReports()).isEqualTo(new PrismaResult.OtherReports(12L, 1L, 11, 7,
                List.of(new PrismaResult.Count("wrong design", 7)), 4));
        assertThat(p.fullTextExcluded()).as("48 assessed - (22 - 4) included").isEqualTo(30);
        assertThat(p.fullTextReasons()).containsExactly(new PrismaResult.Count("wrong population", 30),
                new PrismaResult.Count("wrong design", 0));
    }

    @Test
    void aRemainderThatWouldBeNegativeIsAnError() {
        PrismaSpec spec = inline(MODEL.formatted("{wrong design: 700, not social media-based: 112, other: rest}"));
        assertThat(problems(spec, false)).containsExactly("error: analysis.yaml:15:79: PRISMA counts do not add up: "
                + "the reasons in 'full_text_excluded' other than 'other' add up to 812, more than the 744 of "
                + "'Reports excluded' ('Reports assessed for eligibility' 761 - 'Studies included in review' 17), so "
                + "nothing is left for it; correct the counts");
    }

    @Test
    void moreStudiesThanReportsIsAnError() {
        PrismaSpec spec = inline(MODEL.formatted("744").replace("included_studies: 17",
                "included_studies: 17\n  included_reports: 16"));
        assertThat(problems(spec, false)).first().asString().contains("'Studies included in review' (17) are more "
                + "than 'Reports of included studies' (16); each study has at least one report");
    }

    @Test
    void withoutAWayThroughScreeningTheSpecIsIncomplete() {
        PrismaSpec spec = inline("""
                prisma:
                  identified: 100
                  duplicates: 10
                  included_studies: 5
                """);
        assertThat(problems(spec, false)).containsExactly("error: analysis.yaml:10:1: PRISMA counts do not add up: "
                + "'prisma' does not say how many records passed screening; add 'screen_excluded', 'sought' or "
                + "'assessed' (e.g. assessed: 761 full texts)");
    }
}
