package org.metareport.models.multilevel;

import org.metareport.vocabulary.VcovType;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertAll;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.metareport.vocabulary.Method;
import org.metareport.vocabulary.TestKind;
import org.metareport.testing.Fixtures;
import org.metareport.testing.Tolerance;

/**
 * {@link RmaMv} and {@link ClusterRobust} against metafor 3.8-1 and clubSandwich 0.5.8 on dat.konstantopoulos2011
 * (56 schools in 11 districts, {@code random = ~ 1 | district/school}): every rma.mv block of
 * {@code golden/metadat/dat.konstantopoulos2011.json}, all fields, at {@link Tolerance#ITERATIVE}.
 */
class KonstantopoulosGoldenTest {
    static final String FIXTURE = "golden/metadat/dat.konstantopoulos2011";

    record Case(String block, JsonNode expected) {
        @Override
        public String toString() {
            return block + ": " + expected.get("call").asText();
        }
    }

    static Stream<Case> cases() {
        JsonNode json = Fixtures.json(FIXTURE + ".json");
        List<Case> cases = new ArrayList<>();
        for (Map.Entry<String, JsonNode> e : json.properties()) {
            if (e.getValue().has("model_class") && e.getValue().get("model_class").asText().equals("rma.mv"))
                cases.add(new Case(e.getKey(), e.getValue()));
        }
        assertThat(cases).as("rma.mv blocks in %s.json", FIXTURE).hasSize(5);
        return cases.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void matchesMetaforAndClubSandwich(Case c) {
        var csv = Fixtures.csv(FIXTURE + ".csv");
        double[] yi = Fixtures.numbers(csv, "yi");
        double[] vi = Fixtures.numbers(csv, "vi");
        String[] district = csv.get("district").toArray(String[]::new);
        String[] school = csv.get("school").toArray(String[]::new);
        JsonNode r = c.expected();
        double[][] x;
        List<String> terms;
        if (r.get("p").asInt() == 2) {
            double[] year = Fixtures.numbers(csv, "year");
            double mean = Fixtures.json(FIXTURE + ".json").get("moderator_year_centered").get("mean_year").asDouble();
            x = new double[yi.length][];
            for (int i = 0; i < yi.length; i++) x[i] = new double[] {1, year[i] - mean};
            terms = List.of("intrcpt", "year.c");
        } else {
            x = new double[yi.length][];
            for (int i = 0; i < yi.length; i++) x[i] = new double[] {1};
            terms = List.of("intrcpt");
        }
        Method method = Method.find(r.get("method").asText()).orElseThrow();
        TestKind test = TestKind.find(r.get("test").asText()).orElseThrow();
        MultilevelFit fit = RmaMv.fit(yi, SamplingCovariance.diagonal(vi),
                NestedLevels.of(List.of("district", "school"), district, school), x, terms, method, test, 95);

        Tol tol = Tol.ITERATIVE;
        List<Executable> checks = new ArrayList<>(Expect.rmaMv(fit, r, tol));
        assertThat(r.has("coef_test_CR2")).as("fixture has coef_test_CR2").isTrue();
        RobustFit cr2 = ClusterRobust.coefTest(fit.working(), district, VcovType.CR2, 95);
        checks.addAll(Expect.coefTest(cr2, r.get("coef_test_CR2"), tol));
        assertAll(c.toString(), checks);
    }
}
