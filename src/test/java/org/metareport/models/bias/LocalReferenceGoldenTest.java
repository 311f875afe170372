package org.metareport.models.bias;

import org.metareport.vocabulary.Alternative;

import org.metareport.vocabulary.EggerPredictor;

import org.metareport.vocabulary.K0Estimator;

import org.metareport.vocabulary.Side;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.metareport.vocabulary.Method;
import org.metareport.vocabulary.TestKind;
import org.metareport.testing.Fixtures;
import org.metareport.testing.Tolerance;

/**
 * Cases beyond the shared fixtures, against {@code golden/local/bias-extra.json} made by {@code bias-extra.R} in the same
 * folder (R 4.2.2, metafor 3.8-1): two-sided, three-interval and small-tau² selection models, the exact maximum of the selection
 * likelihood, Knapp–Hartung / DL / predictor vi variants, Q0 and left-side trim-and-fill, influence with a moderator,
 * Rosenberg and weighted Orwin fail-safe N. jsonlite wrote 15 significant digits.
 */
class LocalReferenceGoldenTest {
    private static final JsonNode REF = Fixtures.json("golden/local/bias-extra.json");

    private static JsonNode block(String name) {
        JsonNode b = REF.get(name);
        assertThat(b).as("local reference block %s", name).isNotNull();
        return b;
    }

    record SelCase(String block, Data data, double[] steps, Alternative alternative, SelectionOptimum optimum) {
        @Override
        public String toString() {
            return block + " (" + optimum + "): " + REF.get(block).get("call").asText();
        }
    }

    static Stream<SelCase> selection() {
        List<SelCase> cases = List.of(
                new SelCase("selmodel_two_sided_school", Data.schoolBased(), new double[] {0.05, 0.5},
                        Alternative.TWO_SIDED, SelectionOptimum.AS_METAFOR),
                new SelCase("selmodel_two_sided_bcg", Data.bcg(), new double[] {0.05}, Alternative.TWO_SIDED,
                        SelectionOptimum.AS_METAFOR),
                new SelCase("selmodel_greater_3steps_school", Data.schoolBased(), new double[] {0.025, 0.1},
                        Alternative.GREATER, SelectionOptimum.AS_METAFOR),
                new SelCase("selmodel_molloy_0.025_0.5", molloy(), new double[] {0.025, 0.5}, Alternative.GREATER,
                        SelectionOptimum.AS_METAFOR),
                new SelCase("selmodel_exact_school_0.025", Data.schoolBased(), new double[] {0.025},
                        Alternative.GREATER, SelectionOptimum.EXACT),
                new SelCase("selmodel_exact_school_0.025_0.5", Data.schoolBased(), new double[] {0.025, 0.5},
                        Alternative.GREATER, SelectionOptimum.EXACT),
                new SelCase("selmodel_exact_bcg_less", Data.bcg(), new double[] {0.025}, Alternative.LESS,
                        SelectionOptimum.EXACT));
        cases.forEach(c -> block(c.block()));
        return cases.stream();
    }

    private static Data molloy() {
        var csv = Fixtures.csv("golden/metadat/dat.molloy2014.csv");
        return new Data("dat.molloy2014", Fixtures.numbers(csv, "yi"), Fixtures.numbers(csv, "vi"), csv);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("selection")
    void selectionModelMatchesMetafor(SelCase c) {
        JsonNode e = block(c.block());
        SelectionModelFit fit = SelectionModel.fit(c.data().yi(), c.data().vi(), c.steps(), c.alternative(), 95,
                c.optimum());
        assertThat(fit.identified()).as("identified").isTrue();
        var a = fit.adjusted();
        // the exact maximum is flat: R's optimisers agree on it to about 1e-7 in the estimates
        Tolerance tol = Tolerance.SELECTION;
        tol.assertNear("b", a.estimate().estimate(), Data.nums(e, "b")[0]);
        tol.assertNear("se", a.estimate().se(), Data.nums(e, "se")[0]);
        tol.assertNear("pval", a.estimate().p(), Data.nums(e, "pval")[0]);
        tol.assertNear("ci.lb", a.estimate().ciLower(), Data.nums(e, "ci.lb")[0]);
        tol.assertNear("tau2", a.tau2(), Data.num(e, "tau2"));
        tol.assertNear("se.tau2", a.seTau2(), Data.num(e, "se.tau2"));
        double[] delta = Data.nums(e, "delta");
        for (int j = 1; j < delta.length; j++) {
            tol.assertNear("delta[" + j + "]", a.weights().get(j).delta(), delta[j]);
            tol.assertNear("se.delta[" + j + "]", a.weights().get(j).se(), Data.nums(e, "se.delta")[j]);
            tol.assertNear("ci.ub.delta[" + j + "]", a.weights().get(j).ciUpper(), Data.nums(e, "ci.ub.delta")[j]);
        }
        Tolerance.ITERATIVE.assertNear("ll", a.ll(), Data.num(e, "ll"));
        tol.assertNear("LRT", a.lrt(), Data.num(e, "LRT"));
        tol.assertNear("LRTp", a.lrtP(), Data.num(e, "LRTp"));
        tol.assertNear("LRT.tau2", a.lrtTau2(), Data.num(e, "LRT.tau2"));
        int[] k = fit.ptable().stream().mapToInt(PInterval::k).toArray();
        assertThat(k).as("ptable k").containsExactly(Arrays.stream(Data.nums(e, "ptable_k")).mapToInt(d -> (int) d).toArray());
        for (int j = 0; j < k.length; j++)
            assertThat(fit.ptable().get(j).label()).as("ptable label").isEqualTo(e.get("ptable_interval").get(j).asText());
        if (c.optimum() == SelectionOptimum.EXACT)
            assertThat(a.ll()).as("the maximum is at least as high as metafor's stopping point")
                    .isGreaterThanOrEqualTo(Data.num(e, "ll_metafor_default") - 1e-12);
    }

    @Test
    void eggerVariantsMatchMetafor() {
        Data bcg = Data.bcg();
        Tolerance tol = Tolerance.ITERATIVE;
        JsonNode knha = block("regtest_bcg_knha");
        EggerResult r = EggerTest.mixedEffects(bcg.yi(), bcg.vi(), Method.REML, TestKind.KNHA, 95);
        tol.assertNear("knha tval", r.statistic(), Data.num(knha, "zval"));
        tol.assertNear("knha pval", r.p(), Data.num(knha, "pval"));
        assertThat(r.df()).as("knha dfs").isEqualTo(Data.num(knha, "dfs"));
        tol.assertNear("knha est", r.est(), Data.num(knha, "est"));
        tol.assertNear("knha ci.lb", r.ciLower(), Data.num(knha, "ci.lb"));

        JsonNode vi = block("regtest_bcg_vi");
        r = EggerTest.mixedEffects(bcg.yi(), bcg.vi(), EggerPredictor.VI, Method.REML, TestKind.Z, 95);
        tol.assertNear("vi zval", r.statistic(), Data.num(vi, "zval"));
        tol.assertNear("vi est", r.est(), Data.num(vi, "est"));
        tol.assertNear("vi ci.ub", r.ciUpper(), Data.num(vi, "ci.ub"));

        JsonNode dl = block("regtest_school_DL");
        Data sb = Data.schoolBased();
        r = EggerTest.mixedEffects(sb.yi(), sb.vi(), Method.DL, TestKind.Z, 95);
        Tolerance.CLOSED_FORM.assertNear("DL zval", r.statistic(), Data.num(dl, "zval"));
        Tolerance.CLOSED_FORM.assertNear("DL est", r.est(), Data.num(dl, "est"));

        JsonNode lm = block("regtest_lm_vi_bcg");
        r = EggerTest.classical(bcg.yi(), bcg.vi(), EggerPredictor.VI, 95);
        Tolerance.CLOSED_FORM.assertNear("lm vi tval", r.statistic(), Data.num(lm, "zval"));
        Tolerance.CLOSED_FORM.assertNear("lm vi est", r.est(), Data.num(lm, "est"));
        Tolerance.CLOSED_FORM.assertNear("lm vi ci.lb", r.ciLower(), Data.num(lm, "ci.lb"));
    }

    record TfCase(String block, double[] yi, double[] vi, Method method, K0Estimator estimator, Side side) {
        @Override
        public String toString() {
            return block + ": " + REF.get(block).get("call").asText();
        }
    }

    static Stream<TfCase> trimAndFill() {
        Data bcg = Data.bcg();
        Data sb = Data.schoolBased();
        double[] negated = Arrays.stream(bcg.yi()).map(y -> -y).toArray();
        List<TfCase> cases = List.of(new TfCase("trimfill_bcg_Q0", bcg.yi(), bcg.vi(), Method.REML, K0Estimator.Q0, null),
                new TfCase("trimfill_school_R0", sb.yi(), sb.vi(), Method.REML, K0Estimator.R0, null),
                new TfCase("trimfill_bcg_negated", negated, bcg.vi(), Method.REML, K0Estimator.L0, null),
                new TfCase("trimfill_bcg_DL_left", bcg.yi(), bcg.vi(), Method.DL, K0Estimator.L0, Side.LEFT));
        cases.forEach(c -> block(c.block()));
        return cases.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("trimAndFill")
    void trimAndFillMatchesMetafor(TfCase c) {
        JsonNode e = block(c.block());
        TrimAndFillResult r = TrimAndFill.fill(c.yi(), c.vi(), c.method(), TestKind.Z, 95, c.estimator(), c.side());
        Tolerance tol = Tolerance.ITERATIVE;
        assertThat(r.side().spelling()).as("side").isEqualTo(e.get("side").asText());
        assertThat(r.k0()).as("k0").isEqualTo(e.get("k0").asInt());
        if (e.get("se.k0").isNull()) assertThat(r.seK0()).as("se.k0 NA").isNull();
        else tol.assertNear("se.k0", r.seK0(), Data.num(e, "se.k0"));
        if (e.get("p.k0").isNull()) assertThat(r.pK0()).as("p.k0 NA").isNull();
        else tol.assertNear("p.k0", r.pK0(), Data.num(e, "p.k0"));
        assertThat(r.fit().k()).as("k").isEqualTo(e.get("k").asInt());
        tol.assertNear("b", r.fit().coefficients().get(0).estimate(), Data.num(e, "b"));
        tol.assertNear("se", r.fit().coefficients().get(0).se(), Data.num(e, "se"));
        tol.assertNear("tau2", r.fit().tau2(), Data.num(e, "tau2"));
        tol.assertNear("QE", r.fit().qe(), Data.num(e, "QE"));
        tol.assertNear("filled_yi", r.filledYi(), Data.nums(e, "filled_yi").length == 0 ? new double[0] : Data.nums(e, "filled_yi"));
        tol.assertNear("filled_vi", r.filledVi(), Data.nums(e, "filled_vi").length == 0 ? new double[0] : Data.nums(e, "filled_vi"));
    }

    record InfCase(String block, boolean ablat, Method method, TestKind test) {
        @Override
        public String toString() {
            return block + ": " + REF.get(block).get("call").asText();
        }
    }

    static Stream<InfCase> influence() {
        List<InfCase> cases = List.of(new InfCase("influence_bcg_ablat", true, Method.REML, TestKind.Z),
                new InfCase("influence_bcg_ablat_knha", true, Method.REML, TestKind.KNHA),
                new InfCase("influence_bcg_DL", false, Method.DL, TestKind.Z));
        cases.forEach(c -> block(c.block()));
        return cases.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("influence")
    void influenceMatchesMetafor(InfCase c) {
        JsonNode e = block(c.block());
        Data bcg = Data.bcg();
        Influence.Result r;
        if (c.ablat()) {
            double[] ablat = bcg.column("ablat");
            double[][] x = new double[bcg.k()][];
            for (int i = 0; i < x.length; i++) x[i] = new double[] {1, ablat[i]};
            r = Influence.of(bcg.yi(), bcg.vi(), x, List.of("intrcpt", "ablat"), c.method(), c.test(), 95);
        } else {
            r = Influence.of(bcg.yi(), bcg.vi(), c.method(), c.test(), 95);
        }
        Tolerance tol = c.method().isClosedForm() ? Tolerance.CLOSED_FORM : Tolerance.ITERATIVE;
        List<String> names = r.coefficientNames();
        for (int i = 0; i < bcg.k(); i++) {
            InfluenceCase ic = r.cases().get(i);
            String at = "[" + (i + 1) + "]";
            InfluenceCase.Deletion d = ic.deleted();
            assertThat(d).as("deletion" + at).isNotNull();
            tol.assertNear("rstudent" + at, d.rstudent(), Data.nums(e, "rstudent")[i]);
            tol.assertNear("dffits" + at, d.dffits(), Data.nums(e, "dffits")[i]);
            tol.assertNear("cook.d" + at, d.cookD(), Data.nums(e, "cook.d")[i]);
            tol.assertNear("cov.r" + at, d.covR(), Data.nums(e, "cov.r")[i]);
            tol.assertNear("tau2.del" + at, d.tau2Del(), Data.nums(e, "tau2.del")[i]);
            tol.assertNear("QE.del" + at, d.qeDel(), Data.nums(e, "QE.del")[i]);
            tol.assertNear("hat" + at, ic.hat(), Data.nums(e, "hat")[i]);
            tol.assertNear("weight" + at, ic.weight(), Data.nums(e, "weight")[i]);
            for (int j = 0; j < names.size(); j++)
                tol.assertNear("dfbs." + names.get(j) + at, d.dfbs()[j], Data.nums(e.get("dfbs"), names.get(j))[i]);
            assertThat(ic.influential()).as("is.infl" + at).isEqualTo(e.get("is.infl").get(i).asBoolean());
        }
    }

    @Test
    void leaveOneOutAndCumulativeVariantsMatchMetafor() {
        Data bcg = Data.bcg();
        List<List<PooledEstimate>> ours = new ArrayList<>();
        ours.add(LeaveOneOut.of(bcg.yi(), bcg.vi(), Method.REML, TestKind.KNHA, 95).stream().map(Omission::fit).toList());
        ours.add(LeaveOneOut.of(bcg.yi(), bcg.vi(), Method.DL, TestKind.Z, 95).stream().map(Omission::fit).toList());
        List<CumulativeStep> cumul = Cumulative.byKey(bcg.yi(), bcg.vi(), bcg.column("year"), Method.DL, TestKind.KNHA, 95);
        ours.add(cumul.stream().map(CumulativeStep::fit).toList());
        List<String> blocks = List.of("leave1out_bcg_knha", "leave1out_bcg_DL", "cumul_bcg_DL_knha");
        for (int b = 0; b < blocks.size(); b++) {
            JsonNode e = block(blocks.get(b));
            List<PooledEstimate> rows = ours.get(b);
            assertThat(rows).as(blocks.get(b)).hasSize(bcg.k());
            for (int i = 0; i < rows.size(); i++) {
                String at = blocks.get(b) + "[" + (i + 1) + "] ";
                PooledEstimate f = rows.get(i);
                Tolerance.ITERATIVE.assertNear(at + "estimate", f.estimate(), Data.nums(e, "estimate")[i]);
                Tolerance.ITERATIVE.assertNear(at + "se", f.se(), Data.nums(e, "se")[i]);
                Tolerance.ITERATIVE.assertNear(at + "zval", f.statistic(), Data.nums(e, "zval")[i]);
                Tolerance.ITERATIVE.assertNear(at + "pval", f.p(), Data.nums(e, "pval")[i]);
                Tolerance.ITERATIVE.assertNear(at + "ci.lb", f.ciLower(), Data.nums(e, "ci.lb")[i]);
                Tolerance.ITERATIVE.assertNear(at + "Q", f.qe(), Data.nums(e, "Q")[i]);
                Tolerance.ITERATIVE.assertNear(at + "Qp", f.qeP(), Data.nums(e, "Qp")[i]);
                Tolerance.ITERATIVE.assertNear(at + "tau2", f.tau2(), Data.nums(e, "tau2")[i]);
                Tolerance.ITERATIVE.assertNear(at + "I2", f.i2(), Data.nums(e, "I2")[i]);
                Tolerance.ITERATIVE.assertNear(at + "H2", f.h2(), Data.nums(e, "H2")[i]);
            }
        }
        JsonNode order = block("cumul_bcg_DL_knha").get("order");
        for (int i = 0; i < cumul.size(); i++)
            assertThat(Integer.toString(cumul.get(i).added() + 1)).as("cumul order[%d]", i).isEqualTo(order.get(i).asText());
    }

    @Test
    void failSafeNVariantsMatchMetafor() {
        Data bcg = Data.bcg();
        JsonNode rb = block("fsn_Rosenberg");
        FailSafeN.Result r = FailSafeN.rosenberg(bcg.yi(), bcg.vi(), 0.05);
        assertThat(r.fsnum()).as("Rosenberg fsnum").isEqualTo(rb.get("fsnum").asLong());
        Tolerance.CLOSED_FORM.assertNear("Rosenberg pval", r.pval(), Data.num(rb, "pval"));
        Tolerance.CLOSED_FORM.assertNear("Rosenberg meanes", r.meanes(), Data.num(rb, "meanes"));

        JsonNode ow = block("fsn_Orwin_weighted");
        r = FailSafeN.orwin(bcg.yi(), bcg.vi(), 0.2, true);
        assertThat(r.fsnum()).as("weighted Orwin fsnum").isEqualTo(ow.get("fsnum").asLong());
        Tolerance.CLOSED_FORM.assertNear("weighted Orwin target (mirrored)", r.target(), Data.num(ow, "target"));
        Tolerance.CLOSED_FORM.assertNear("weighted Orwin meanes", r.meanes(), Data.num(ow, "meanes"));

        JsonNode rs = block("fsn_Rosenthal_school");
        Data sb = Data.schoolBased();
        r = FailSafeN.rosenthal(sb.yi(), sb.vi(), 0.05);
        assertThat(r.fsnum()).as("school-based Rosenthal fsnum").isEqualTo(rs.get("fsnum").asLong());
    }
}
