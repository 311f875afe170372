package org.metareport.models.multilevel;

import org.metareport.vocabulary.VcovType;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertAll;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.metareport.models.Coefficient;
import org.metareport.vocabulary.Method;
import org.metareport.models.Rma;
import org.metareport.models.RmaFit;
import org.metareport.vocabulary.TestKind;
import org.metareport.testing.Fixtures;

/**
 * Additional reference values made by golden/local/multilevel_extras.R (R 4.2.2, metafor 3.8-1, clubSandwich 0.5.8,
 * robumeta 2.0; every block records its call): four nested levels, variance components on the boundary, univariate
 * fits with several effects per cluster, CR0/CR1/CR1p/CR2, HTZ tests of several constraints, metafor's
 * {@code robust()} with QM, clusters coarser than the outer level, and one effect per cluster. All at
 * {@link org.metareport.testing.Tolerance#ITERATIVE}.
 */
class LocalExtrasGoldenTest {
    static final JsonNode LOCAL = Fixtures.json("golden/local/multilevel_extras.json");
    static final Tol TOL = Tol.ITERATIVE;

    static Stream<String> fourLevelBlocks() {
        return Stream.of("four_level_REML", "four_level_ML_t");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("fourLevelBlocks")
    void matchesMetaforWithFourNestedLevels(String block) {
        var csv = Fixtures.csv("golden/local/four_level.csv");
        double[] yi = Fixtures.numbers(csv, "yi");
        double[] x1 = Fixtures.numbers(csv, "x");
        double[][] x = new double[yi.length][];
        for (int i = 0; i < yi.length; i++) x[i] = new double[] {1, x1[i]};
        String[] region = csv.get("region").toArray(String[]::new);
        NestedLevels levels = NestedLevels.of(List.of("region", "district", "school", "es"), region,
                csv.get("district").toArray(String[]::new), csv.get("school").toArray(String[]::new),
                csv.get("es").toArray(String[]::new));
        JsonNode r = LOCAL.get(block);
        MultilevelFit fit = RmaMv.fit(yi, SamplingCovariance.diagonal(Fixtures.numbers(csv, "vi")), levels, x,
                List.of("intrcpt", "x"), Method.find(r.get("method").asText()).orElseThrow(),
                TestKind.find(r.get("test").asText()).orElseThrow(), 95);
        List<Executable> checks = new ArrayList<>(Expect.rmaMv(fit, r, TOL));
        if (r.has("coef_test_CR2")) {
            checks.addAll(Expect.coefTest(ClusterRobust.coefTest(fit.working(), region, VcovType.CR2, 95),
                    r.get("coef_test_CR2"), TOL));
        }
        assertAll(block + ": " + r.get("call").asText(), checks);
    }

    @ParameterizedTest(name = "boundary_seed{0}")
    @ValueSource(ints = {1, 17})
    void reportsAVarianceComponentOnTheBoundaryAsZero(int seed) {
        var csv = Fixtures.csv("golden/local/boundary.csv");
        double[] seeds = Fixtures.numbers(csv, "seed");
        int[] rows = IntStream.range(0, seeds.length).filter(i -> seeds[i] == seed).toArray();
        double[] yi = Arrays.stream(rows).mapToDouble(i -> Fixtures.numbers(csv, "yi")[i]).toArray();
        double[] vi = Arrays.stream(rows).mapToDouble(i -> Fixtures.numbers(csv, "vi")[i]).toArray();
        String[] study = Arrays.stream(rows).mapToObj(i -> csv.get("study").get(i)).toArray(String[]::new);
        String[] es = Arrays.stream(rows).mapToObj(i -> csv.get("es").get(i)).toArray(String[]::new);
        JsonNode r = LOCAL.get("boundary_seed" + seed);
        MultilevelFit fit = RmaMv.fit(yi, SamplingCovariance.diagonal(vi), NestedLevels.of(List.of("study", "es"), study, es),
                Method.REML, TestKind.Z, 95);
        int atZero = seed == 1 ? 0 : 1;
        List<Executable> checks = new ArrayList<>(Expect.rmaMv(fit, r, TOL));
        checks.add(() -> assertThat(fit.sigma2()[atZero]).as("sigma2[%d] (R: %s, nlminb on the log scale)", atZero,
                r.get("sigma2").get(atZero)).isZero());
        checks.add(() -> assertThat(fit.sigma2AtBoundary(atZero)).as("on the boundary").isTrue());
        checks.add(() -> assertThat(fit.notes()).as("notes").anyMatch(n -> n.contains("estimated at 0")));
        checks.addAll(Expect.coefTest(ClusterRobust.coefTest(fit.working(), study, VcovType.CR2, 95),
                r.get("coef_test_CR2"), TOL));
        assertAll(r.get("call").asText(), checks);
    }

    static Stream<VcovType> allTypes() {
        return Stream.of(VcovType.values());
    }

    @ParameterizedTest(name = "school_univariate coef_test {0}")
    @MethodSource("allTypes")
    void matchesClubSandwichForAUnivariateModelWithSeveralEffectsPerCluster(VcovType type) {
        SchoolData d = new SchoolData();
        JsonNode r = LOCAL.get("school_univariate");
        WorkingModel wm = univariate(d, false);
        RobustFit fit = ClusterRobust.coefTest(wm, d.study, type, 95);
        JsonNode block = r.get("coef_test_" + type.spelling());
        assertAll(block.get("call").asText(), Expect.coefTest(fit, block, TOL));
    }

    @Test
    void matchesMetaforRobustForAUnivariateModel() {
        SchoolData d = new SchoolData();
        JsonNode r = LOCAL.get("school_univariate").get("robust");
        assertAll(r.get("call").asText(), robust(ClusterRobust.metaforRobust(univariate(d, false), d.study, 95), r));
    }

    @Test
    void matchesClubSandwichAndMetaforForAUnivariateMetaRegression() {
        SchoolData d = new SchoolData();
        JsonNode r = LOCAL.get("school_univariate_mods");
        WorkingModel wm = univariate(d, true);
        List<Executable> checks = new ArrayList<>();
        checks.addAll(Expect.coefTest(ClusterRobust.coefTest(wm, d.study, VcovType.CR2, 95), r.get("coef_test_CR2"), TOL));
        checks.addAll(Expect.wald(ClusterRobust.waldTest(wm, d.study, VcovType.CR2, List.of("ConstructD", "Teacher.c", "CBT.c")),
                r.get("wald_HTZ_2_4"), TOL));
        checks.addAll(Expect.wald(ClusterRobust.waldTest(wm, d.study, VcovType.CR2, List.of("Teacher.c", "CBT.c")),
                r.get("wald_HTZ_3_4"), TOL));
        checks.addAll(robust(ClusterRobust.metaforRobust(wm, d.study, 95), r.get("robust")));
        assertAll(r.get("call").asText(), checks);
    }

    @Test
    void matchesMetaforAndClubSandwichForAMultilevelMetaRegression() {
        SchoolData d = new SchoolData();
        JsonNode r = LOCAL.get("school_multilevel_mods");
        MultilevelFit fit = RmaMv.fit(d.yi, d.v(0.8), d.studyEs(), design(d), List.of("intrcpt", "ConstructD", "Teacher.c", "CBT.c"),
                Method.REML, TestKind.T, 95);
        WorkingModel wm = fit.working();
        List<Executable> checks = new ArrayList<>(Expect.rmaMv(fit, r, TOL));
        checks.addAll(Expect.coefTest(ClusterRobust.coefTest(wm, d.study, VcovType.CR2, 95), r.get("coef_test_CR2"), TOL));
        checks.addAll(Expect.coefTest(ClusterRobust.coefTest(wm, d.study, VcovType.CR1, 95), r.get("coef_test_CR1"), TOL));
        checks.addAll(Expect.wald(ClusterRobust.waldTest(wm, d.study, VcovType.CR2, List.of("ConstructD", "Teacher.c", "CBT.c")),
                r.get("wald_HTZ_2_4"), TOL));
        checks.addAll(Expect.wald(ClusterRobust.waldTest(wm, d.study, VcovType.CR2, List.of("Teacher.c", "CBT.c")),
                r.get("wald_HTZ_3_4"), TOL));
        checks.addAll(robust(ClusterRobust.metaforRobust(wm, d.study, 95), r.get("robust")));
        assertAll(r.get("call").asText(), checks);
    }

    @Test
    void matchesMetaforRobustForTheNullMultilevelModel() {
        SchoolData d = new SchoolData();
        JsonNode r = LOCAL.get("school_multilevel_null_robust");
        MultilevelFit fit = RmaMv.fit(d.yi, d.v(0.8), d.studyEs(), Method.REML, TestKind.T, 95);
        assertAll(r.get("call").asText(), robust(ClusterRobust.metaforRobust(fit.working(), d.study, 95), r));
    }

    @Test
    void joinsStudiesWhoseSamplingErrorsAreCorrelated() {
        SchoolData d = new SchoolData();
        JsonNode r = LOCAL.get("v_clusters_coarser");
        String[] pair = Arrays.stream(d.studyId).map(id -> Integer.toString((Integer.parseInt(id) - 1) / 2)).toArray(String[]::new);
        MultilevelFit fit = RmaMv.fit(d.yi, SamplingCovariance.imputed(d.vi, pair, 0.5), d.studyEs(), Method.REML, TestKind.T, 95);
        List<Executable> checks = new ArrayList<>(Expect.rmaMv(fit, r, TOL));
        checks.addAll(Expect.coefTest(ClusterRobust.coefTest(fit.working(), pair, VcovType.CR2, 95), r.get("coef_test_CR2"), TOL));
        checks.add(() -> assertThatThrownBy(() -> ClusterRobust.coefTest(fit.working(), d.study, VcovType.CR2, 95))
                .as("clusters that split correlated studies").isInstanceOf(org.metareport.models.FitException.class));
        assertAll(r.get("call").asText(), checks);
    }

    @Test
    void acceptsClustersCoarserThanTheOuterLevel() {
        var csv = Fixtures.csv("golden/metadat/dat.konstantopoulos2011.csv");
        JsonNode r = LOCAL.get("konstantopoulos_coarse_clusters");
        String[] district = csv.get("district").toArray(String[]::new);
        String[] pair = Arrays.stream(district).map(dn -> r.get("pair_of_district").get(dn).asText()).toArray(String[]::new);
        MultilevelFit fit = RmaMv.fit(Fixtures.numbers(csv, "yi"), SamplingCovariance.diagonal(Fixtures.numbers(csv, "vi")),
                NestedLevels.of(List.of("district", "school"), district, csv.get("school").toArray(String[]::new)),
                Method.REML, TestKind.Z, 95);
        RobustFit cr2 = ClusterRobust.coefTest(fit.working(), pair, VcovType.CR2, 95);
        List<Executable> checks = new ArrayList<>(Expect.coefTest(cr2, r.get("coef_test_CR2"), TOL));
        checks.add(() -> assertThat(cr2.clusters()).as("clusters").isEqualTo(4));
        assertAll(r.get("call").asText(), checks);
    }

    @Test
    void splitsConfoundedLevelsEquallyAndReducesToTheUnivariateModel() {
        var csv = Fixtures.csv("golden/metadat/dat.bcg.csv");
        double[] yi = Fixtures.numbers(csv, "yi");
        double[] vi = Fixtures.numbers(csv, "vi");
        JsonNode r = LOCAL.get("one_effect_per_cluster");
        MultilevelFit fit = RmaMv.fit(yi, SamplingCovariance.diagonal(vi), NestedLevels.of(List.of("trial", "author"),
                csv.get("trial").toArray(String[]::new), csv.get("author").toArray(String[]::new)), Method.REML, TestKind.Z, 95);
        JsonNode uni = r.get("rma.uni");
        List<Executable> checks = new ArrayList<>(Expect.rmaMv(fit, r.get("rma.mv"), TOL));
        checks.add(() -> TOL.assertNear("sum of sigma2 vs rma.uni tau2", fit.totalSigma2(), uni.get("tau2").asDouble()));
        checks.add(() -> TOL.assertNear("b vs rma.uni", fit.coefficients().get(0).estimate(), uni.get("b").asDouble()));
        checks.add(() -> TOL.assertNear("se vs rma.uni", fit.coefficients().get(0).se(), uni.get("se").asDouble()));
        checks.add(() -> TOL.assertNear("logLik vs rma.uni", fit.logLik(), uni.get("logLik").asDouble()));
        checks.add(() -> assertThat(fit.sigma2()[0]).as("equal split").isEqualTo(fit.sigma2()[1], org.assertj.core.data.Offset.offset(1e-12)));
        checks.add(() -> assertThat(fit.notes()).as("notes").anyMatch(n -> n.contains("only the sum of their sigma2 is identified")));
        assertAll(r.get("call").asText(), checks);
    }

    /**
     * A deliberate difference: clubSandwich's CR2 for rma.mv changes with the units of yi (its eigenvalue cut is
     * absolute), ours does not. At c = 1 both agree; at c = 1e-3 ours is clubSandwich's c = 1 result rescaled.
     */
    @Test
    void keepsCr2FreeOfTheUnitsOfTheEffectSizesWhereClubSandwichDoesNot() {
        SchoolData d = new SchoolData();
        JsonNode r = LOCAL.get("clubsandwich_units");
        double[] se = new double[2];
        double[] df = new double[2];
        double[] scales = {1, 1e-3};
        for (int s = 0; s < 2; s++) {
            double c = scales[s];
            double[] yi = Arrays.stream(d.yi).map(y -> y * c).toArray();
            double[] vi = Arrays.stream(d.vi).map(v -> v * c * c).toArray();
            MultilevelFit fit = RmaMv.fit(yi, SamplingCovariance.imputed(vi, d.study, 0.8), d.studyEs(), Method.REML, TestKind.T, 95);
            Coefficient cr2 = ClusterRobust.coefTest(fit.working(), d.study, VcovType.CR2, 95).coefficients().get(0);
            se[s] = cr2.se() / c;
            df[s] = cr2.df();
        }
        JsonNode unit = r.get("c_1");
        JsonNode milli = r.get("c_0.001");
        assertAll(r.get("call").asText(),
                () -> TOL.assertNear("SE at c = 1", se[0], unit.get("SE").asDouble()),
                () -> TOL.assertNear("df at c = 1", df[0], unit.get("df_Satt").asDouble()),
                () -> TOL.assertNear("SE/c at c = 1e-3 (clubSandwich's at c = 1)", se[1], unit.get("SE").asDouble()),
                () -> TOL.assertNear("df at c = 1e-3 (clubSandwich's at c = 1)", df[1], unit.get("df_Satt").asDouble()),
                () -> assertThat(Math.abs(se[1] - milli.get("SE").asDouble() / 1e-3)).as("differs from clubSandwich at c = 1e-3")
                        .isGreaterThan(1e-3));
    }

    private static double[][] design(SchoolData d) {
        double[] teacher = d.numeric.get("Teacher.c");
        double[] cbt = d.numeric.get("CBT.c");
        double[][] x = new double[d.k][];
        for (int i = 0; i < d.k; i++) x[i] = new double[] {1, d.construct[i].equals("D") ? 1 : 0, teacher[i], cbt[i]};
        return x;
    }

    private static WorkingModel univariate(SchoolData d, boolean moderators) {
        double[][] x;
        List<String> names;
        if (moderators) {
            x = design(d);
            names = List.of("intrcpt", "ConstructD", "Teacher.c", "CBT.c");
        } else {
            x = new double[d.k][];
            for (int i = 0; i < d.k; i++) x[i] = new double[] {1};
            names = List.of("intrcpt");
        }
        RmaFit fit = Rma.fit(d.yi, d.vi, x, names, Method.REML, TestKind.Z, 95);
        return WorkingModel.univariate(fit, d.yi, d.vi, x, names);
    }

    /** A metafor robust() block: coefficients with df = m − p, vb, QM F test. */
    private static List<Executable> robust(RobustFit fit, JsonNode r) {
        List<Executable> checks = new ArrayList<>();
        for (Coefficient c : fit.coefficients()) {
            String t = c.term();
            checks.add(() -> TOL.assertNear("b[" + t + "]", c.estimate(), r.get("b").get(t).asDouble()));
            checks.add(() -> TOL.assertNear("se[" + t + "]", c.se(), r.get("se").get(t).asDouble()));
            checks.add(() -> TOL.assertNear("tval[" + t + "]", c.statistic(), r.get("tval").get(t).asDouble()));
            checks.add(() -> assertThat(c.df()).as("df[" + t + "]").isEqualTo(r.get("df").asDouble()));
            checks.add(() -> Expect.pValue(TOL, "pval[" + t + "]", c.p(), r.get("pval").get(t).asDouble()));
            checks.add(() -> TOL.assertNear("ci.lb[" + t + "]", c.ciLower(), r.get("ci.lb").get(t).asDouble()));
            checks.add(() -> TOL.assertNear("ci.ub[" + t + "]", c.ciUpper(), r.get("ci.ub").get(t).asDouble()));
        }
        checks.add(() -> TOL.assertNear("vb", Expect.flatten(fit.vcov()), Expect.flattenJson(r.get("vb"))));
        checks.add(() -> TOL.assertNear("QM", fit.omnibus().statistic(), r.get("QM").asDouble()));
        checks.add(() -> assertThat(fit.omnibus().df1()).as("QMdf[1]").isEqualTo(r.get("QMdf").get(0).asInt()));
        checks.add(() -> assertThat(fit.omnibus().df2()).as("QMdf[2]").isEqualTo(r.get("QMdf").get(1).asDouble()));
        checks.add(() -> Expect.pValue(TOL, "QMp", fit.omnibus().p(), r.get("QMp").asDouble()));
        checks.add(() -> assertThat(fit.clusters()).as("n clusters").isEqualTo(r.get("n_clusters").asInt()));
        checks.add(() -> assertThat(fit.type()).as("type").isEqualTo(VcovType.CR1P));
        return checks;
    }
}
