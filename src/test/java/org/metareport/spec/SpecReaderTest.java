package org.metareport.spec;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.entry;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.metareport.vocabulary.Measure;
import org.metareport.vocabulary.Method;
import org.metareport.vocabulary.ModelKind;
import org.metareport.vocabulary.TestKind;
import org.metareport.problems.InputException;
import org.metareport.problems.Problem;
import org.metareport.problems.Where;
import org.metareport.vocabulary.RiskOfBiasTool;

class SpecReaderTest {
    private static final String SHOWN = "analyses/full/analysis.yaml";

    private static Path full() throws URISyntaxException {
        return Path.of(Objects.requireNonNull(SpecReaderTest.class.getClassLoader()
                .getResource("spec/full/analysis.yaml")).toURI());
    }

    private static Where at(int line, int column) {
        return new Where(SHOWN, line, column);
    }

    /** The contract's example spec (spec/full/analysis.yaml), every field. */
    @Test
    void readsTheContractExampleIntoRecords() throws URISyntaxException {
        Path file = full();
        Path folder = file.getParent();
        Spec spec = SpecReader.read(file, SHOWN);

        assertThat(spec.file()).isEqualTo(file.toAbsolutePath().normalize());
        assertThat(spec.folder()).isEqualTo(folder);
        assertThat(spec.shown()).isEqualTo(SHOWN);
        assertThat(spec.title()).isEqualTo("School-based mental health interventions");
        assertThat(spec.authors()).containsExactly("Q. Zhang", "J. Wang", "A. Neitzel");

        DataSpec data = spec.data();
        assertThat(data.effects()).as("effects source, shown beside the spec")
                .isEqualTo(new Source(folder.resolve("data/findings.csv"), beside("data/findings.csv"), null, at(5, 12)));
        assertThat(data.studies()).as("studies source")
                .isEqualTo(new Source(folder.resolve("data/studies.csv"), beside("data/studies.csv"), null, at(6, 12)));
        assertThat(data.study()).isEqualTo(new ColumnRef("Study", at(7, 10)));
        assertThat(data.id()).isEqualTo(new ColumnRef("ESId", at(8, 7)));
        assertThat(data.join()).containsExactly(new ColumnRef("Study", at(9, 10)), new ColumnRef("Program name", at(9, 17)));
        assertThat(data.label()).isEqualTo(new ColumnRef("Study", at(10, 10)));
        assertThat(data.exclude()).isEqualTo(new RowFilter(new ColumnRef("Drop", at(11, 21)), List.of("1"), at(11, 3)));
        assertThat(data.include()).isNull();
        assertThat(data.where()).isEqualTo(at(4, 1));

        EffectSpec effect = spec.effect();
        assertThat(effect.measure()).isEqualTo(Measure.SMD);
        assertThat(effect.columns()).containsExactly(
                entry("m1i", new ColumnRef("T_Mean_Post", at(14, 18))), entry("sd1i", new ColumnRef("T_SD_Post", at(14, 37))),
                entry("n1i", new ColumnRef("Treatment.N", at(14, 53))), entry("m2i", new ColumnRef("C_Mean_Post", at(15, 18))),
                entry("sd2i", new ColumnRef("C_SD_Post", at(15, 37))), entry("n2i", new ColumnRef("Control.N", at(15, 53))));
        assertThat(effect.pre().keySet()).containsExactly("m1i", "sd1i", "m2i", "sd2i");
        assertThat(effect.pre().get("sd2i")).isEqualTo(new ColumnRef("C_SD_Pre", at(16, 65)));
        assertThat(effect.reported()).isEqualTo(new ColumnRef("Effect.Size", at(17, 13)));
        assertThat(effect.cluster()).isEqualTo(new ClusterSpec(new ColumnRef("Clustered", at(18, 19)), 0.2,
                new ColumnRef("Treatment.Cluster", at(18, 52)), new ColumnRef("Control.Cluster", at(18, 83)), at(18, 3)));
        assertThat(effect.reverse()).isEqualTo(new ColumnRef("ReverseCoded", at(19, 12)));
        assertThat(effect.where()).isEqualTo(at(12, 1));

        assertThat(spec.analyses()).extracting(AnalysisSpec::id).containsExactly("overall", "fixed_check", "random-default");
        AnalysisSpec overall = spec.analyses().get(0);
        assertThat(overall.model()).isEqualTo(ModelKind.MULTILEVEL);
        assertThat(overall.method()).isEqualTo(Method.REML);
        assertThat(overall.test()).isEqualTo(TestKind.T);
        assertThat(overall.levels()).containsExactly(new ColumnRef("Study", at(25, 14)), new ColumnRef("ESId", at(25, 21)));
        assertThat(overall.rho()).as("rho").isEqualTo(0.8);
        assertThat(overall.robust().spelling()).isEqualTo("CR2");
        assertThat(overall.moderators()).extracting(Term::name).containsExactly("Duration", "Delivery", "Duration:Delivery");
        assertThat(overall.moderators().get(2).columns()).containsExactly(
                new ColumnRef("Duration", at(28, 38)), new ColumnRef("Delivery", at(28, 47)));
        assertThat(overall.moderators().get(2).isInteraction()).isTrue();
        assertThat(overall.moderators().get(0).columns()).containsExactly(new ColumnRef("Duration", at(28, 18)));
        assertThat(overall.reference()).containsExactly(entry("Delivery", "self-guided"));
        assertThat(overall.centered()).isTrue();
        assertThat(overall.level()).as("level").isEqualTo(95.0);
        assertThat(overall.subgroup()).isEqualTo(new ColumnRef("Outcome", at(31, 15)));
        assertThat(overall.marginalMeans().by()).isEqualTo(new ColumnRef("Delivery", at(32, 21)));
        BiasSpec bias = overall.bias();
        assertThat(bias.selection().steps()).as("selection steps").containsExactly(0.025, 0.5);
        assertThat(bias.selection().alternative()).as("alternative").isEqualTo(org.metareport.vocabulary.Alternative.GREATER);
        assertThat(bias.egger()).as("egger").isEqualTo(new BiasSpec.Egger(false,
                org.metareport.vocabulary.EggerPredictor.SEI, at(33, 68)));
        assertThat(bias.trimfill()).as("trimfill").isEqualTo(new BiasSpec.TrimFill(
                org.metareport.vocabulary.K0Estimator.L0, null, at(33, 81)));
        assertThat(bias.funnel()).as("funnel").isEqualTo(new BiasSpec.Funnel(false, at(33, 97)));
        assertThat(bias.petPeese()).as("PET-PEESE").isFalse();
        assertThat(bias.failSafe()).as("fail-safe N only when asked").isNull();
        assertThat(overall.sensitivity()).as("sensitivity").isEqualTo(new SensitivitySpec(true, true, null, List.of(), at(34, 5)));
        assertThat(overall.where()).isEqualTo(at(21, 5));

        AnalysisSpec fixed = spec.analyses().get(1);
        assertThat(fixed.model()).isEqualTo(ModelKind.FIXED);
        assertThat(fixed.method()).as("fixed implies FE").isEqualTo(Method.FE);
        assertThat(fixed.level()).as("level").isEqualTo(90.0);

        AnalysisSpec defaults = spec.analyses().get(2);
        assertDefaults(defaults);

        assertThat(spec.report()).isEqualTo(new ReportSpec(List.of("md", "html"), folder.resolve("templates"), "a4", false, null, at(52, 1)));

        PrismaSpec prisma = spec.prisma();
        assertThat(prisma.where()).isEqualTo(at(39, 1));
        assertThat(prisma.file()).as("inline").isNull();
        assertThat(prisma.identified()).isNull();
        assertThat(prisma.databases()).isEqualTo(new PrismaSpec.Tally(null, List.of(
                new PrismaSpec.Part("PsycINFO", 2400L, at(40, 25)), new PrismaSpec.Part("Scopus", 3711L, at(40, 39))),
                at(40, 3)));
        assertThat(prisma.registers()).isEqualTo(PrismaSpec.Tally.of(0, at(41, 14)));
        assertThat(prisma.otherMethods()).isEqualTo(PrismaSpec.Tally.of(4935, at(42, 18)));
        assertThat(prisma.duplicates()).isEqualTo(new PrismaSpec.Count(2627, at(43, 15)));
        assertThat(prisma.screened()).isEqualTo(new PrismaSpec.Count(8419, at(44, 13)));
        assertThat(prisma.screenExcluded().parts()).extracting(PrismaSpec.Part::name)
                .containsExactly("machine learning", "manual");
        assertThat(prisma.fullTextExcluded().listed()).isEqualTo(218);
        assertThat(prisma.includedStudies()).isEqualTo(new PrismaSpec.Count(29, at(47, 21)));
        assertThat(prisma.sought()).isNull();
        assertThat(prisma.otherReports()).isNull();

        RiskOfBiasSpec rob = spec.riskOfBias();
        assertThat(rob.tool()).isEqualTo(RiskOfBiasTool.JBI_RCT);
        assertThat(rob.data()).isEqualTo(new Source(folder.resolve("data/rob.csv"), beside("data/rob.csv"), null,
                at(48, 37)));
        assertThat(rob.study()).as("defaults to data.study, located at the key")
                .isEqualTo(new ColumnRef("Study", at(48, 1)));
        assertThat(rob.domains()).isEmpty();
        assertThat(rob.overall()).isNull();
        assertThat(rob.weight()).isNull();

        assertThat(spec.characteristics().columns()).extracting(c -> c.column().name())
                .containsExactly("Country", "N", "Duration", "Delivery");
        assertThat(spec.characteristics().columns().get(1)).isEqualTo(new CharacteristicsSpec.Column(
                new ColumnRef("N", at(49, 28)), "N", CharacteristicsSpec.Summary.AUTO));

        assertThat(spec.extras()).as("only claims is kept verbatim").containsOnlyKeys("claims");
        assertThat(spec.extras().get("claims")).isEqualTo(List.of(Map.of("analysis", "overall", "term", "intercept",
                "estimate", 0.32, "ci", List.of(0.24, 0.45), "digits", 2L)));
    }

    private static void assertDefaults(AnalysisSpec a) {
        assertThat(a.model()).isEqualTo(ModelKind.RANDOM);
        assertThat(a.method()).isEqualTo(Method.REML);
        assertThat(a.test()).isEqualTo(TestKind.Z);
        assertThat(a.levels()).isEmpty();
        assertThat(a.rho()).as("rho").isEqualTo(0.0);
        assertThat(a.robust()).isNull();
        assertThat(a.moderators()).isEmpty();
        assertThat(a.reference()).isEmpty();
        assertThat(a.centered()).isFalse();
        assertThat(a.level()).as("level").isEqualTo(95.0);
        assertThat(a.subgroup()).isNull();
        assertThat(a.marginalMeans()).isNull();
        assertThat(a.bias()).as("bias").isNull();
        assertThat(a.sensitivity()).as("sensitivity").isNull();
    }

    private static final String MINIMAL = """
            title: Minimal
            data:
              effects: findings.csv
              study: Study
            effect:
              measure: PRE
              columns: {yi: g, sei: se}
            analyses:
              - model: random
            """;

    private static Path write(Path dir, String yaml, String... files) throws IOException {
        for (String f : files) {
            Path p = dir.resolve(f);
            Files.createDirectories(p.getParent());
            Files.writeString(p, "x\n");
        }
        Path spec = dir.resolve("analysis.yaml");
        Files.writeString(spec, yaml, StandardCharsets.UTF_8);
        return spec;
    }

    @Test
    void fillsEveryDefaultOfAMinimalSpec(@TempDir Path dir) throws IOException {
        Spec spec = SpecReader.read(write(dir, MINIMAL, "findings.csv"), "analysis.yaml");

        assertThat(spec.authors()).isEmpty();
        assertThat(spec.data().join()).as("join defaults to [study]").containsExactly(spec.data().study());
        assertThat(spec.data().studies()).isNull();
        assertThat(spec.data().id()).isNull();
        assertThat(spec.data().label()).isNull();
        assertThat(spec.data().exclude()).isNull();
        assertThat(spec.effect().columns()).containsOnlyKeys("yi", "sei");
        assertThat(spec.effect().pre()).isEmpty();
        assertThat(spec.effect().cluster()).isNull();
        assertThat(spec.effect().transform()).as("PRE is reported on its own scale")
                .isEqualTo(org.metareport.vocabulary.EffectTransform.NONE);
        assertThat(spec.analyses()).hasSize(1);
        assertThat(spec.analyses().get(0).id()).as("the only analysis may omit its id").isEqualTo("overall");
        assertDefaults(spec.analyses().get(0));
        assertThat(spec.report().formats()).containsExactly("md", "html", "pdf");
        assertThat(spec.report().templates()).isNull();
        assertThat(spec.extras()).isEmpty();
        assertThat(spec.prisma()).isNull();
        assertThat(spec.riskOfBias()).isNull();
        assertThat(spec.characteristics()).isNull();
    }

    @Test
    void readsAnExcelSourceWithItsSheetAndOneAuthorAsText(@TempDir Path dir) throws IOException {
        String yaml = MINIMAL.replace("effects: findings.csv", "effects: {file: coding/Coding.xlsx, sheet: Findings}")
                .replace("title: Minimal", "title: Minimal\nauthors: A. Author");
        Spec spec = SpecReader.read(write(dir, yaml, "coding/Coding.xlsx"), "analysis.yaml");

        assertThat(spec.authors()).containsExactly("A. Author");
        Source effects = spec.data().effects();
        assertThat(effects.path()).isEqualTo(dir.resolve("coding/Coding.xlsx").toAbsolutePath().normalize());
        assertThat(effects.shown()).isEqualTo("coding/Coding.xlsx");
        assertThat(effects.sheet()).isEqualTo("Findings");
        assertThat(effects.where()).isEqualTo(new Where("analysis.yaml", 4, 19));
    }

    @Test
    void treatsEmptyOptionalKeysAsAbsentAndAcceptsBomAndCrlf(@TempDir Path dir) throws IOException {
        String yaml = "\uFEFF" + MINIMAL.replace("  study: Study\n", "  study: Study\n  studies:\n  label: ~\n")
                .replace("  - model: random\n", "  - model: random\n    robust:\n")
                .replace("\n", "\r\n");
        Spec spec = SpecReader.read(write(dir, yaml, "findings.csv"), "analysis.yaml");

        assertThat(spec.data().studies()).isNull();
        assertThat(spec.data().label()).isNull();
        assertThat(spec.analyses().get(0).robust()).isNull();
        assertThat(spec.title()).isEqualTo("Minimal");
    }

    @Test
    void locatesEachColumnOfAQuotedInteraction(@TempDir Path dir) throws IOException {
        String yaml = MINIMAL.replace("  - model: random\n",
                "  - moderators: [\"Program type : Delivery\"]\n    center: yes\n");
        Spec spec = SpecReader.read(write(dir, yaml, "findings.csv"), "analysis.yaml");

        Term term = spec.analyses().get(0).moderators().get(0);
        assertThat(term.name()).isEqualTo("Program type:Delivery");
        assertThat(term.columns()).containsExactly(new ColumnRef("Program type", new Where("analysis.yaml", 9, 19)),
                new ColumnRef("Delivery", new Where("analysis.yaml", 9, 34)));
        assertThat(spec.analyses().get(0).centered()).isTrue();
    }

    @Test
    void reportsAMissingSpecFileWithoutAStackTrace(@TempDir Path dir) {
        InputException e = catchThrowableOfType(InputException.class,
                () -> SpecReader.read(dir.resolve("nope.yaml"), "nope.yaml"));

        assertThat(e.problems()).extracting(Problem::toString).containsExactly(
                "error: nope.yaml:1: spec file not found (looked in " + dir.resolve("nope.yaml").toAbsolutePath() + ")");
        assertThat(e.getStackTrace()).isEmpty();
    }

    @Test
    void reportsInvalidUtf8AtItsLine(@TempDir Path dir) throws IOException {
        Path spec = dir.resolve("analysis.yaml");
        Files.write(spec, new byte[] {'t', 'i', 't', 'l', 'e', ':', ' ', 'a', '\n', 'x', ':', ' ', (byte) 0xC3, '(', '\n'});

        InputException e = catchThrowableOfType(InputException.class, () -> SpecReader.read(spec, "analysis.yaml"));

        assertThat(e.problems()).extracting(Problem::toString).containsExactly(
                "error: analysis.yaml:2: the spec is not valid UTF-8 text (a byte on this line); save it with UTF-8 encoding");
    }

    @Test
    void reportsARecursiveAliasInsteadOfLooping(@TempDir Path dir) throws IOException {
        Path spec = write(dir, MINIMAL + "claims: &c [1, *c]\n", "findings.csv");

        InputException e = catchThrowableOfType(InputException.class, () -> SpecReader.read(spec, "analysis.yaml"));

        assertThat(e.problems()).extracting(Problem::toString).containsExactly("error: analysis.yaml:10:9: 'claims' "
                + "refers to itself through an alias (*name); write the values out instead");
    }

    @Test
    void acceptsMetaforMeasureNamesInAnyCaseAndRejectsOthersWithAHint(@TempDir Path dir) throws IOException {
        String yaml = MINIMAL.replace("measure: PRE", "measure: smdh");
        InputException e = catchThrowableOfType(InputException.class,
                () -> SpecReader.read(write(dir, yaml, "findings.csv"), "analysis.yaml"));
        assertThat(e.problems()).extracting(Problem::message).containsExactly("unknown measure 'smdh'; use one of SMD, "
                + "MD, ROM, OR, RR, RD, COR, ZCOR, PR, PLO, PAS, PFT, IR, IRLN, IRR, MN, MNLN, MC, SMCC, SMCR, CVR, VR, "
                + "PRE (metafor's SMDH is not computed by this version; compute yi and vi in R (escalc) and use PRE)");

        Spec spec = SpecReader.read(write(dir, MINIMAL.replace("measure: PRE", "measure: pre"), "findings.csv"),
                "analysis.yaml");
        assertThat(spec.effect().measure()).isEqualTo(Measure.PRE);
    }

    @Test
    void readsAnAlternativeMeasureOnTheSameScaleAndRefusesAnotherScale(@TempDir Path dir) throws IOException {
        String smd = MINIMAL.replace("measure: PRE", "measure: SMD").replace("columns: {yi: g, sei: se}",
                "columns: {m1i: m1, sd1i: sd1, n1i: n1, m2i: m2, sd2i: sd2, n2i: n2}\n"
                        + "  alternative: {measure: SMD, columns: {m1i: c1, sd1i: cs1, n1i: n1, m2i: c2, sd2i: cs2, "
                        + "n2i: n2}}");
        Spec spec = SpecReader.read(write(dir, smd, "findings.csv"), "analysis.yaml");
        assertThat(spec.effect().alternative().measure()).isEqualTo(Measure.SMD);
        assertThat(spec.effect().alternative().columns()).containsEntry("m1i", new ColumnRef("c1",
                spec.effect().alternative().columns().get("m1i").where())).hasSize(6);
        assertThat(spec.effect().sources()).containsExactly("post", "alternative");   // the default order

        InputException other = catchThrowableOfType(InputException.class, () -> SpecReader.read(write(dir,
                smd.replace("alternative: {measure: SMD, columns: {m1i: c1, sd1i: cs1, n1i: n1, m2i: c2, sd2i: cs2, "
                        + "n2i: n2}}", "alternative: {measure: OR, columns: {ai: a, bi: b, ci: c, di: d}}"),
                "findings.csv"), "analysis.yaml"));
        assertThat(other.problems()).singleElement().satisfies(p -> {
            assertThat(p.message()).startsWith("'effect.alternative.measure' is OR (log odds ratios) but "
                    + "'effect.measure' is SMD").contains("cannot be pooled");
            assertThat(p.where().line()).isEqualTo(8);
        });
        InputException incomplete = catchThrowableOfType(InputException.class, () -> SpecReader.read(write(dir,
                smd.replace(", n2i: n2}}", "}}"), "findings.csv"), "analysis.yaml"));
        assertThat(incomplete.problems()).extracting(Problem::message).singleElement().asString()
                .contains("measure SMD needs 'n2i'");
        InputException unset = catchThrowableOfType(InputException.class, () -> SpecReader.read(write(dir,
                MINIMAL.replace("columns: {yi: g, sei: se}", "columns: {yi: g, sei: se}\n  sources: [post, "
                        + "alternative]"), "findings.csv"), "analysis.yaml"));
        assertThat(unset.problems()).extracting(Problem::message).singleElement().asString()
                .startsWith("source 'alternative' needs 'effect.alternative'");
    }

    @Test
    void readsEffectTransformWithTheMeasuresDefaultWhenAbsent(@TempDir Path dir) throws IOException {
        Spec exp = SpecReader.read(write(dir, MINIMAL.replace("columns: {yi: g, sei: se}",
                "columns: {yi: g, sei: se}\n  transform: exp"), "findings.csv"), "analysis.yaml");
        assertThat(exp.effect().transform()).isEqualTo(org.metareport.vocabulary.EffectTransform.EXP);
        Spec none = SpecReader.read(write(dir, MINIMAL.replace("measure: PRE", "measure: ZCOR")
                .replace("columns: {yi: g, sei: se}", "columns: {ri: r, ni: n}\n  transform: none"), "findings.csv"),
                "analysis.yaml");
        assertThat(none.effect().transform()).as("none overrides ZCOR's tanh")
                .isEqualTo(org.metareport.vocabulary.EffectTransform.NONE);
        Spec zcor = SpecReader.read(write(dir, MINIMAL.replace("measure: PRE", "measure: ZCOR")
                .replace("columns: {yi: g, sei: se}", "columns: {ri: r, ni: n}"), "findings.csv"), "analysis.yaml");
        assertThat(zcor.effect().transform()).isEqualTo(org.metareport.vocabulary.EffectTransform.TANH);
        InputException e = catchThrowableOfType(InputException.class, () -> SpecReader.read(write(dir,
                MINIMAL.replace("columns: {yi: g, sei: se}", "columns: {yi: g, sei: se}\n  transform: expp"),
                "findings.csv"), "analysis.yaml"));
        assertThat(e.problems()).extracting(Problem::message)
                .containsExactly("unknown transform 'expp'; use one of none, exp, tanh, plogis (did you mean exp?)");
    }

    /** A data path as messages show it: beside the spec's path as given. */
    static String beside(String written) {
        Path parent = Path.of(SHOWN).getParent();
        return parent == null ? written : parent.resolve(written).toString();
    }
}
