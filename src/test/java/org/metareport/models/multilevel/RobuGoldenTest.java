package org.metareport.models.multilevel;

import org.metareport.vocabulary.RveWeights;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertAll;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.metareport.models.Coefficient;
import org.metareport.testing.Fixtures;

/**
 * {@link Robu} against robumeta 2.0: the school-based {@code robumeta} block of reference.json (CORR with rho .8 and
 * HIER, intercept only) and, from golden/local/multilevel_extras.json, both with moderators ({@code ~ Construct +
 * Teacher}) and CORR with {@code small = FALSE}. At {@link org.metareport.testing.Tolerance#ITERATIVE} (robumeta is
 * closed form, but its eigen step and our Satterthwaite sums round differently).
 */
class RobuGoldenTest {
    record Case(String name, JsonNode expected, RveWeights weights, double rho, boolean small, boolean moderators) {
        @Override
        public String toString() {
            return name + ": " + expected.get("call").asText();
        }
    }

    static Stream<Case> cases() {
        JsonNode reference = Fixtures.json("golden/school-based/reference.json").get("robumeta");
        JsonNode local = Fixtures.json("golden/local/multilevel_extras.json");
        List<Case> cases = List.of(
                new Case("reference robumeta CORR", reference.get("CORR"), RveWeights.CORR, 0.8, true, false),
                new Case("reference robumeta HIER", reference.get("HIER"), RveWeights.HIER, 0.8, true, false),
                new Case("local robu_CORR_mods", local.get("robu_CORR_mods"), RveWeights.CORR, 0.8, true, true),
                new Case("local robu_HIER_mods", local.get("robu_HIER_mods"), RveWeights.HIER, 0.8, true, true),
                new Case("local robu_CORR_large", local.get("robu_CORR_large"), RveWeights.CORR, 0.5, false, true));
        assertThat(cases).allSatisfy(c -> assertThat(c.expected()).as(c.name()).isNotNull());
        return cases.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void matchesRobumeta(Case c) {
        SchoolData data = new SchoolData();
        double[][] x = new double[data.k][];
        List<String> names;
        if (c.moderators()) {
            double[] teacher = data.numeric.get("Teacher");
            for (int i = 0; i < data.k; i++) x[i] = new double[] {1, data.construct[i].equals("D") ? 1 : 0, teacher[i]};
            names = List.of("X.Intercept.", "ConstructD", "Teacher");
        } else {
            for (int i = 0; i < data.k; i++) x[i] = new double[] {1};
            names = List.of("X.Intercept.");
        }
        RobuFit fit = Robu.fit(data.yi, data.vi, x, names, data.studyId, c.weights(), c.rho(), c.small());
        JsonNode r = c.expected();
        Tol tol = Tol.ITERATIVE;
        List<Executable> checks = new ArrayList<>();
        checks.add(() -> assertThat(fit.studies()).as("N studies").isEqualTo(32));
        checks.add(() -> assertThat(fit.effects()).as("M effects").isEqualTo(79));
        for (Coefficient co : fit.coefficients()) {
            String t = co.term();
            checks.add(() -> tol.assertNear("b[" + t + "]", co.estimate(), r.get("b").get(t).asDouble()));
            checks.add(() -> tol.assertNear("SE[" + t + "]", co.se(), r.get("SE").get(t).asDouble()));
            checks.add(() -> tol.assertNear("t[" + t + "]", co.statistic(), r.get("t").get(t).asDouble()));
            checks.add(() -> tol.assertNear("dfs[" + t + "]", co.df(), r.get("dfs").get(t).asDouble()));
            checks.add(() -> Expect.pValue(tol, "p[" + t + "]", co.p(), r.get("p").get(t).asDouble()));
            checks.add(() -> tol.assertNear("CI.L[" + t + "]", co.ciLower(), r.get("CI.L").get(t).asDouble()));
            checks.add(() -> tol.assertNear("CI.U[" + t + "]", co.ciUpper(), r.get("CI.U").get(t).asDouble()));
        }
        checks.add(() -> tol.assertNear("tau.sq", fit.tauSq(), r.get("tau.sq").asDouble()));
        if (r.has("omega.sq")) checks.add(() -> tol.assertNear("omega.sq", fit.omegaSq(), r.get("omega.sq").asDouble()));
        if (r.has("I.2")) checks.add(() -> tol.assertNear("I.2", fit.i2(), r.get("I.2").asDouble()));
        assertAll(c.toString(), checks);
    }
}
