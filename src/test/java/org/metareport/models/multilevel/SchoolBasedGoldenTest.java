package org.metareport.models.multilevel;

import org.metareport.vocabulary.VcovType;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertAll;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.metareport.models.Coefficient;
import org.metareport.vocabulary.Method;
import org.metareport.vocabulary.TestKind;
import org.metareport.testing.Fixtures;
import org.metareport.testing.Tolerance;

/**
 * The school-based model study (golden/school-based/reference.json and extras.json): the authors' three-level
 * models re-run with metafor 3.8-1 and clubSandwich 0.5.8. Designs are rebuilt from analysis.csv following each
 * block's recorded {@code formula} (moderators centred over the 79 rows, as the authors did). Tolerance
 * {@link Tolerance#ITERATIVE} throughout, with two documented exceptions ({@link #STOPPED_SHORT},
 * {@link #S1_EIGEN_TERMS}).
 */
class SchoolBasedGoldenTest {
    static final JsonNode REFERENCE = Fixtures.json("golden/school-based/reference.json");
    static final JsonNode EXTRAS = Fixtures.json("golden/school-based/extras.json");
    static final Tol TOL = Tol.ITERATIVE;

    /** One rma.mv block: how to fit it and what R gave. */
    record Case(String name, SchoolData data, double rho, List<String> labels, JsonNode expected) {
        @Override
        public String toString() {
            return name + ": " + expected.get("call").asText().lines().reduce((a, b) -> b).orElse("");
        }

        MultilevelFit fit() {
            return fit(null);
        }

        /** The fit with sigma2 fixed at R's estimates: everything but the optimiser. */
        MultilevelFit fitAtR() {
            return fit(Fixtures.numbers(expected.get("sigma2")));
        }

        MultilevelFit fit(double[] sigma2) {
            List<Formula.Column> cols = Formula.expand(labels, data.numeric, data.factors, true, data.k);
            return RmaMv.fit(data.yi, rho == 0 ? SamplingCovariance.diagonal(data.vi) : data.v(rho), data.studyEs(),
                    Formula.matrix(cols, data.k), Formula.names(cols),
                    RmaMv.Options.of(Method.REML, TestKind.T, 95).withSigma2(sigma2));
        }
    }

    static List<String> labels(String formula) {
        return Arrays.stream(formula.replace("~", "").split("\\+")).map(s -> s.replace(" ", "")).toList();
    }

    static Stream<Case> models() {
        SchoolData all = new SchoolData();
        List<Case> cases = new ArrayList<>();
        cases.add(new Case("null_model_r0.8", all, 0.8, List.of(), REFERENCE.get("null_model_r0.8")));
        cases.add(new Case("null_model_r0", all, 0, List.of(), REFERENCE.get("null_model_r0")));
        JsonNode main = REFERENCE.get("main_meta_regression");
        cases.add(new Case("main_meta_regression", all, 0.8, labels(main.get("formula").asText()), main));
        for (Map.Entry<String, JsonNode> e : REFERENCE.get("sensitivity_meta_regressions").properties()) {
            cases.add(new Case("sensitivity_meta_regressions " + e.getKey(), all, 0.8,
                    labels(e.getValue().get("formula").asText()), e.getValue()));
        }
        for (Map.Entry<String, JsonNode> e : EXTRAS.properties()) {
            if (e.getKey().startsWith("rho_")) {
                double rho = Double.parseDouble(e.getKey().substring(4));
                cases.add(new Case("extras " + e.getKey(), all, rho, List.of(), e.getValue()));
            }
        }
        cases.add(new Case("extras subgroup_A", new SchoolData("A"), 0.8, List.of(), EXTRAS.get("subgroup_A")));
        cases.add(new Case("extras subgroup_D", new SchoolData("D"), 0.8, List.of(), EXTRAS.get("subgroup_D")));
        cases.add(new Case("extras between_subgroups_moderator", all, 0.8, List.of("Construct"),
                EXTRAS.get("between_subgroups_moderator")));
        assertThat(cases).as("school-based rma.mv blocks").hasSize(14);
        return cases.stream();
    }

    /**
     * Blocks whose optimum R's nlminb (rel.tol 1e-10) stopped short of: our REML log-likelihood is higher than at R's
     * sigma2 by 1e-11 (null_model_r0, and extras rho_0, the same model) and 5e-11 (s_2), which moves sigma2 by up
     * to 5e-6 and a few derived fields past 1e-6. R itself agrees with us there: Nelder–Mead with reltol 1e-15 on
     * s_2 gives sigma2 within 1e-7 of ours and R's log-likelihood at our sigma2 is the higher one.
     */
    static final Set<String> STOPPED_SHORT = Set.of("null_model_r0", "extras rho_0", "sensitivity_meta_regressions s_2");

    /** s_1's CR2 df that clubSandwich computes with a rounding-error eigenvalue ({@link Tol#CLUBSANDWICH_EIGEN_INVERSE}). */
    static final Set<String> S1_EIGEN_TERMS = Set.of("intrcpt", "Universal.c", "Teacher.c", "Universal.c:Teacher.c");

    /** Every formula: with sigma2 fixed at R's estimates, every other field must match at ITERATIVE. */
    @ParameterizedTest(name = "{0}")
    @MethodSource("models")
    void matchesMetaforAndClubSandwichAtRsVarianceComponents(Case c) {
        assertAll("at R's sigma2: " + c, checks(c, c.fitAtR(), Tol.ITERATIVE, false));
    }

    /** The whole fit, optimiser included. */
    @ParameterizedTest(name = "{0}")
    @MethodSource("models")
    void matchesMetaforAndClubSandwichEndToEnd(Case c) {
        MultilevelFit fit = c.fit();
        Tol tol = STOPPED_SHORT.contains(c.name()) ? Tol.FIXTURE_OPTIMUM : Tol.ITERATIVE;
        List<Executable> checks = checks(c, fit, tol, true);
        if (STOPPED_SHORT.contains(c.name())) {
            double atR = c.fitAtR().logLik();
            checks.add(() -> assertThat(fit.logLik()).as("our REML optimum vs R's stopping point").isGreaterThan(atR));
        }
        assertAll(c.toString(), checks);
    }

    private static List<Executable> checks(Case c, MultilevelFit fit, Tol tol, boolean criteria) {
        JsonNode r = c.expected();
        List<Executable> checks = new ArrayList<>(Expect.rmaMv(fit, r, tol, criteria));
        List<String> dropped = r.has("dropped_redundant") ? Expect.strings(r.get("dropped_redundant")) : List.of();
        checks.add(() -> assertThat(fit.dropped()).as("dropped_redundant").isEqualTo(dropped));
        if (r.has("PI_authors_style")) {
            Interval pi = RmaMv.authorsPredictionInterval(fit);
            checks.add(() -> tol.assertNear("PI_authors_style pi.lb", pi.lower(), r.get("PI_authors_style").get("pi.lb").asDouble()));
            checks.add(() -> tol.assertNear("PI_authors_style pi.ub", pi.upper(), r.get("PI_authors_style").get("pi.ub").asDouble()));
        }
        assertThat(r.has("coef_test_CR2")).as("block has coef_test_CR2").isTrue();
        RobustFit cr2 = ClusterRobust.coefTest(fit.working(), c.data().study, VcovType.CR2, 95);
        Set<String> loose = c.name().endsWith("s_1") ? S1_EIGEN_TERMS : Set.of();
        checks.addAll(Expect.coefTest(cr2, r.get("coef_test_CR2"), tol, loose, Tol.CLUBSANDWICH_EIGEN_INVERSE));
        if (r.has("conf_int_CR2")) {
            JsonNode ci = r.get("conf_int_CR2");
            Coefficient b0 = cr2.coefficients().get(0);
            checks.add(() -> tol.assertNear("conf_int CI_L", b0.ciLower(), ci.get("CI_L").asDouble()));
            checks.add(() -> tol.assertNear("conf_int CI_U", b0.ciUpper(), ci.get("CI_U").asDouble()));
            checks.add(() -> tol.assertNear("conf_int df", b0.df(), ci.get("df").asDouble()));
        }
        if (r.has("wald_HTZ")) {
            List<String> moderators = fit.coefficients().stream().map(Coefficient::term).filter(t -> !t.equals("intrcpt")).toList();
            WaldTest w = ClusterRobust.waldTest(fit.working(), c.data().study, VcovType.CR2, moderators);
            checks.addAll(Expect.wald(w, r.get("wald_HTZ"), tol));
        }
        return checks;
    }

    /** The s_1 CR2 tests against clubSandwich with (X'WX)⁻¹ by Cholesky (golden/local, section 9): all at ITERATIVE. */
    @Test
    void matchesClubSandwichWithACholeskyInverseOnTheIllConditionedSensitivityModel() {
        Case s1 = models().filter(c -> c.name().endsWith("s_1")).findFirst().orElseThrow();
        JsonNode r = Fixtures.json("golden/local/multilevel_extras.json").get("s_1_CR2_cholesky_inverse");
        RobustFit cr2 = ClusterRobust.coefTest(s1.fitAtR().working(), s1.data().study, VcovType.CR2, 95);
        assertAll(r.get("call").asText(), Expect.coefTest(cr2, r, Tol.ITERATIVE));
    }

    /** marginal_means: no-intercept factor models (factor first, then the main model's terms), CR2 per level. */
    static Stream<String> marginalMeans() {
        List<String> keys = new ArrayList<>();
        REFERENCE.get("marginal_means").fieldNames().forEachRemaining(keys::add);
        assertThat(keys).as("marginal_means blocks").hasSize(12);
        return keys.stream();
    }

    @ParameterizedTest(name = "marginal_means {0}")
    @MethodSource("marginalMeans")
    void matchesTheAuthorsMarginalMeans(String factor) {
        SchoolData data = new SchoolData();
        JsonNode r = REFERENCE.get("marginal_means").get(factor);
        List<String> labels = new ArrayList<>();
        labels.add(factor);
        labels.addAll(labels(REFERENCE.get("main_meta_regression").get("formula").asText()));
        List<Formula.Column> cols = Formula.expand(labels, data.numeric, data.factors, false, data.k);
        MultilevelFit fit = RmaMv.fit(data.yi, data.v(0.8), data.studyEs(), Formula.matrix(cols, data.k),
                Formula.names(cols), Method.REML, TestKind.T, 95);
        RobustFit cr2 = ClusterRobust.coefTest(fit.working(), data.study, VcovType.CR2, 95);
        List<Executable> checks = new ArrayList<>();
        checks.add(() -> TOL.assertNear("sigma2", fit.sigma2(), Fixtures.numbers(r.get("sigma2"))));
        checks.add(() -> assertThat(fit.dropped()).as("dropped_redundant").isEqualTo(Expect.strings(r.get("dropped_redundant"))));
        for (Map.Entry<String, JsonNode> e : r.get("rma_b").properties()) {
            Coefficient coef = fit.requireCoefficient(e.getKey());
            checks.add(() -> TOL.assertNear("rma b[" + e.getKey() + "]", coef.estimate(), e.getValue().asDouble()));
            checks.add(() -> TOL.assertNear("rma se[" + e.getKey() + "]", coef.se(), r.get("rma_se").get(e.getKey()).asDouble()));
        }
        checks.add(() -> assertThat(fit.p()).as("p").isEqualTo(r.get("rma_b").size()));
        List<String> groups = Expect.strings(r.get("group"));
        for (int g = 0; g < groups.size(); g++) {
            Coefficient c = cr2.requireCoefficient(factor + groups.get(g));
            int at = g;
            String what = factor + groups.get(g);
            checks.add(() -> TOL.assertNear("beta " + what, c.estimate(), r.get("beta").get(at).asDouble()));
            checks.add(() -> TOL.assertNear("SE " + what, c.se(), r.get("SE").get(at).asDouble()));
            checks.add(() -> TOL.assertNear("tstat " + what, c.statistic(), r.get("tstat").get(at).asDouble()));
            checks.add(() -> TOL.assertNear("df_Satt " + what, c.df(), r.get("df_Satt").get(at).asDouble()));
            checks.add(() -> Expect.pValue(TOL, "p_Satt " + what, c.p(), r.get("p_Satt").get(at).asDouble()));
        }
        assertAll("marginal_means " + factor + ": " + r.get("call").asText(), checks);
    }

    /** extras null_CR0 / null_CR1: the null model (rho .8) with clubSandwich's CR0 and CR1 (factor m/(m − 1)). */
    @ParameterizedTest(name = "extras null_{0}")
    @MethodSource("crTypes")
    void matchesClubSandwichCr0AndCr1(VcovType type) {
        SchoolData data = new SchoolData();
        MultilevelFit fit = RmaMv.fit(data.yi, data.v(0.8), data.studyEs(), Method.REML, TestKind.T, 95);
        RobustFit cr = ClusterRobust.coefTest(fit.working(), data.study, type, 95);
        JsonNode r = EXTRAS.get("null_" + type.spelling());
        assertAll(r.get("call").asText(), Expect.coefTest(cr, r, TOL));
    }

    static Stream<VcovType> crTypes() {
        return Stream.of(VcovType.CR0, VcovType.CR1);
    }

    @Test
    void rebuildsTheAuthorsDesignColumnsInModelMatrixOrder() {
        JsonNode expected = Fixtures.json("golden/local/multilevel_extras.json").get("design_columns");
        SchoolData data = new SchoolData();
        for (String block : List.of("main_meta_regression", "s_1", "s_2")) {
            JsonNode formula = block.startsWith("s_")
                    ? REFERENCE.get("sensitivity_meta_regressions").get(block).get("formula")
                    : REFERENCE.get(block).get("formula");
            List<String> names = Formula.names(Formula.expand(labels(formula.asText()), data.numeric, data.factors, true, data.k));
            List<String> r = new ArrayList<>(Expect.strings(expected.get(block)));
            r.set(0, "intrcpt");                                    // R's "(Intercept)", metafor's "intrcpt"
            assertThat(names).as("model.matrix columns of %s", block).isEqualTo(r);
        }
    }
}
