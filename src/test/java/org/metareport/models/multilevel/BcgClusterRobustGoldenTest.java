package org.metareport.models.multilevel;

import org.metareport.vocabulary.VcovType;

import static org.junit.jupiter.api.Assertions.assertAll;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.metareport.models.Coefficient;
import org.metareport.vocabulary.Method;
import org.metareport.models.Rma;
import org.metareport.models.RmaFit;
import org.metareport.vocabulary.TestKind;
import org.metareport.testing.Fixtures;

/**
 * Cluster-robust inference for a univariate model ({@link WorkingModel#univariate}) against
 * golden/metadat/dat.bcg.extras.json: metafor's {@code robust()} and clubSandwich's CR0/CR1/CR2 on
 * {@code rma(yi, vi)} (REML, clusters = trial, each its own cluster), CR2 and HTZ for {@code ~ ablat + year}, and HTZ
 * for {@code ~ alloc}. All at {@link org.metareport.testing.Tolerance#ITERATIVE}.
 */
class BcgClusterRobustGoldenTest {
    static final JsonNode EXTRAS = Fixtures.json("golden/metadat/dat.bcg.extras.json");
    static final Tol TOL = Tol.ITERATIVE;

    final double[] yi;
    final double[] vi;
    final String[] trial;
    final double[] ablat;
    final double[] year;
    final String[] alloc;

    BcgClusterRobustGoldenTest() {
        var csv = Fixtures.csv("golden/metadat/dat.bcg.csv");
        yi = Fixtures.numbers(csv, "yi");
        vi = Fixtures.numbers(csv, "vi");
        trial = csv.get("trial").toArray(String[]::new);
        ablat = Fixtures.numbers(csv, "ablat");
        year = Fixtures.numbers(csv, "year");
        alloc = csv.get("alloc").toArray(String[]::new);
    }

    WorkingModel interceptOnly() {
        double[][] x = new double[yi.length][];
        for (int i = 0; i < x.length; i++) x[i] = new double[] {1};
        RmaFit fit = Rma.fit(yi, vi, x, List.of("intrcpt"), Method.REML, TestKind.Z, 95);
        return WorkingModel.univariate(fit, yi, vi, x, List.of("intrcpt"));
    }

    @Test
    void matchesMetaforRobustWithItsClustersMinusPFactor() {
        JsonNode r = EXTRAS.get("robust_CR1_metafor");
        RobustFit robust = ClusterRobust.metaforRobust(interceptOnly(), trial, 95);
        Coefficient c = robust.coefficients().get(0);
        assertAll(r.get("call").asText(),
                () -> TOL.assertNear("b", c.estimate(), r.get("b").asDouble()),
                () -> TOL.assertNear("se", c.se(), r.get("se").asDouble()),
                () -> TOL.assertNear("tval", c.statistic(), r.get("tval").asDouble()),
                () -> TOL.assertNear("df", c.df(), r.get("df").asDouble()),
                () -> TOL.assertNear("pval", c.p(), r.get("pval").asDouble()),
                () -> TOL.assertNear("ci.lb", c.ciLower(), r.get("ci.lb").asDouble()),
                () -> TOL.assertNear("ci.ub", c.ciUpper(), r.get("ci.ub").asDouble()),
                () -> TOL.assertNear("var", robust.vcov()[0][0], r.get("var").asDouble()));
    }

    @ParameterizedTest(name = "clubSandwich_{0}")
    @EnumSource(value = VcovType.class, names = {"CR0", "CR1", "CR2"})
    void matchesClubSandwichCoefTest(VcovType type) {
        JsonNode r = EXTRAS.get("clubSandwich_" + type.spelling());
        RobustFit fit = ClusterRobust.coefTest(interceptOnly(), trial, type, 95);
        assertAll(r.get("call").asText(), Expect.coefTest(fit, r, TOL));
    }

    @Test
    void matchesClubSandwichCr2AndHtzForAMetaRegression() {
        double[][] x = new double[yi.length][];
        for (int i = 0; i < x.length; i++) x[i] = new double[] {1, ablat[i], year[i]};
        List<String> terms = List.of("intrcpt", "ablat", "year");
        RmaFit fit = Rma.fit(yi, vi, x, terms, Method.REML, TestKind.Z, 95);
        WorkingModel wm = WorkingModel.univariate(fit, yi, vi, x, terms);
        JsonNode cr = EXTRAS.get("meta_regression_CR2");
        JsonNode wald = EXTRAS.get("wald_HTZ_ablat_year");
        List<Executable> checks = new ArrayList<>(Expect.coefTest(ClusterRobust.coefTest(wm, trial, VcovType.CR2, 95), cr, TOL));
        checks.addAll(Expect.wald(ClusterRobust.waldTest(wm, trial, VcovType.CR2, List.of("ablat", "year")), wald, TOL));
        assertAll(cr.get("call").asText() + "; " + wald.get("call").asText(), checks);
    }

    @Test
    void matchesClubSandwichHtzForAThreeLevelFactor() {
        List<String> levels = new ArrayList<>(new TreeSet<>(List.of(alloc)));      // alternate, random, systematic
        double[][] x = new double[yi.length][];
        for (int i = 0; i < x.length; i++) {
            x[i] = new double[] {1, alloc[i].equals(levels.get(1)) ? 1 : 0, alloc[i].equals(levels.get(2)) ? 1 : 0};
        }
        List<String> terms = List.of("intrcpt", "alloc" + levels.get(1), "alloc" + levels.get(2));
        RmaFit fit = Rma.fit(yi, vi, x, terms, Method.REML, TestKind.Z, 95);
        JsonNode r = EXTRAS.get("allocation_factor");
        List<Executable> checks = new ArrayList<>();
        for (Coefficient c : fit.coefficients()) {
            checks.add(() -> TOL.assertNear("b[" + c.term() + "]", c.estimate(), r.get("b").get(c.term()).asDouble()));
        }
        WaldTest w = ClusterRobust.waldTest(WorkingModel.univariate(fit, yi, vi, x, terms), trial, VcovType.CR2,
                List.of("allocrandom", "allocsystematic"));
        checks.addAll(Expect.wald(w, r.get("wald_HTZ"), TOL));
        assertAll(r.get("call").asText() + " with Wald_test(HTZ, CR2)", checks);
    }
}
