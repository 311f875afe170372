package org.metareport.effects;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.metareport.testing.Fixtures;
import org.metareport.testing.Tolerance;

/**
 * RR against metafor 3.8-1 on metadat's dat.bcg (R 4.2.2, block {@code escalc}:
 * {@code escalc(measure = 'RR', ai = tpos, bi = tneg, ci = cpos, di = cneg, data = dat.bcg)}).
 *
 * <p>The fixtures hold no R values for OR or RD, nor for a table with a zero cell. Those are checked against hand
 * computations: the expected numbers below were worked out in 30-digit arithmetic (Python mpmath) from the
 * textbook forms written next to them (for OR the cross-product ratio {@code log(ad/(bc))}, a different route from
 * the code's {@code log(p1/(1 − p1)) − log(p2/(1 − p2))}), and, for zero cells, from metafor's rule in
 * {@code escalc.r}: with {@code to = "only0"} and {@code add = 1/2}, a row with any zero cell gets 1/2 added to all
 * four cells, for RR, OR and RD alike; {@code drop00 = FALSE} keeps rows with no events in both groups.
 */
class TwoByTwoGoldenTest {
    private static final Tolerance TOL = Tolerance.CLOSED_FORM;

    record Case(int trial, String author, double ai, double bi, double ci, double di, double yi, double vi) {
        @Override
        public String toString() {
            return String.format("dat.bcg escalc(measure = 'RR') trial %d (%s)", trial, author);
        }
    }

    static Stream<Case> bcg() {
        Map<String, List<String>> csv = Fixtures.csv("golden/metadat/dat.bcg.csv");
        JsonNode block = Fixtures.json("golden/metadat/dat.bcg.json").get("escalc");
        assertThat(block.get("call").asText()).as("fixture call").contains("measure = 'RR'");
        double[] tpos = Fixtures.numbers(csv, "tpos");
        double[] tneg = Fixtures.numbers(csv, "tneg");
        double[] cpos = Fixtures.numbers(csv, "cpos");
        double[] cneg = Fixtures.numbers(csv, "cneg");
        double[] yi = Fixtures.numbers(block.get("yi"));
        double[] vi = Fixtures.numbers(block.get("vi"));
        assertThat(yi).as("rows in dat.bcg").hasSize(13).hasSameSizeAs(tpos);
        List<Case> cases = new ArrayList<>();
        for (int i = 0; i < yi.length; i++) {
            cases.add(new Case(i + 1, csv.get("author").get(i), tpos[i], tneg[i], cpos[i], cneg[i], yi[i], vi[i]));
        }
        return cases.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("bcg")
    void riskRatioMatchesMetafor(Case c) {
        assertThat(TwoByTwo.hasZeroCell(c.ai(), c.bi(), c.ci(), c.di())).as(c + " has no zero cell").isFalse();
        Effect e = TwoByTwo.rr(c.ai(), c.bi(), c.ci(), c.di());
        TOL.assertNear(c + " yi", e.yi(), c.yi());
        TOL.assertNear(c + " vi", e.vi(), c.vi());
    }

    @Test
    void oddsRatioOfTwoBcgTrialsMatchesHandComputation() {
        // trial 1 (Aronson): 4, 119, 11, 128; yi = log(4·128/(119·11)), vi = 1/4 + 1/119 + 1/11 + 1/128
        Effect t1 = TwoByTwo.or(4, 119, 11, 128);
        TOL.assertNear("OR trial 1 yi", t1.yi(), -0.93869414087039214466);
        TOL.assertNear("OR trial 1 vi", t1.vi(), 0.35712495225362872422);
        // trial 2 (Ferguson & Simes): 6, 300, 29, 274
        Effect t2 = TwoByTwo.or(6, 300, 29, 274);
        TOL.assertNear("OR trial 2 yi", t2.yi(), -1.6661907290265498611);
        TOL.assertNear("OR trial 2 vi", t2.vi(), 0.20813239365718600554);
    }

    @Test
    void riskDifferenceOfTwoBcgTrialsMatchesHandComputation() {
        // trial 1: yi = 4/123 − 11/139, vi = (4/123)(119/123)/123 + (11/139)(128/139)/139
        Effect t1 = TwoByTwo.rd(4, 119, 11, 128);
        TOL.assertNear("RD trial 1 yi", t1.yi(), -0.046616365444229981868);
        TOL.assertNear("RD trial 1 vi", t1.vi(), 0.00078006866485593788205);
        // trial 2: yi = 6/306 − 29/303
        Effect t2 = TwoByTwo.rd(6, 300, 29, 274);
        TOL.assertNear("RD trial 2 yi", t2.yi(), -0.07610172781984080761);
        TOL.assertNear("RD trial 2 vi", t2.vi(), 0.0003484625747265830691);
    }

    @Test
    void addsOneHalfToEveryCellOfARowWithAZeroEventCount() {
        // ai = 0, bi = 10, ci = 3, di = 7 → 0.5, 10.5, 3.5, 7.5 (n1i = n2i = 11)
        assertThat(TwoByTwo.hasZeroCell(0, 10, 3, 7)).as("zero cell").isTrue();
        Effect rr = TwoByTwo.rr(0, 10, 3, 7);     // log((0.5/11)/(3.5/11)) = log(1/7); 1/0.5 − 1/11 + 1/3.5 − 1/11
        TOL.assertNear("RR yi", rr.yi(), -1.9459101490553133051);
        TOL.assertNear("RR vi", rr.vi(), 2.1038961038961038961);
        Effect or = TwoByTwo.or(0, 10, 3, 7);     // log(0.5·7.5/(10.5·3.5)); 1/0.5 + 1/10.5 + 1/3.5 + 1/7.5
        TOL.assertNear("OR yi", or.yi(), -2.2823823856765262356);
        TOL.assertNear("OR vi", or.vi(), 2.5142857142857142857);
        Effect rd = TwoByTwo.rd(0, 10, 3, 7);     // (0.5 − 3.5)/11; (0.5·10.5 + 3.5·7.5)/11³
        TOL.assertNear("RD yi", rd.yi(), -0.27272727272727272727);
        TOL.assertNear("RD vi", rd.vi(), 0.023666416228399699474);
    }

    @Test
    void keepsARowWithNoEventsInEitherGroup() {
        // drop00 = FALSE: ai = ci = 0, bi = 20, di = 30 → 0.5, 20.5, 0.5, 30.5
        Effect rr = TwoByTwo.rr(0, 20, 0, 30);    // log((0.5/21)/(0.5/31)) = log(31/21)
        TOL.assertNear("RR yi", rr.yi(), 0.38946476676172324943);
        TOL.assertNear("RR vi", rr.vi(), 3.9201228878648233487);
        Effect or = TwoByTwo.or(0, 20, 0, 30);    // log(30.5/20.5), not 0: bi ≠ di
        TOL.assertNear("OR yi", or.yi(), 0.39730179746900344488);
        TOL.assertNear("OR vi", or.vi(), 4.0815673730507796881);
        Effect rd = TwoByTwo.rd(0, 20, 0, 30);    // 0.5/21 − 0.5/31
        TOL.assertNear("RD yi", rd.yi(), 0.0076804915514592933948);
        TOL.assertNear("RD vi", rd.vi(), 0.0016186914901017708399);
    }

    @Test
    void aZeroNonEventCellAlsoTriggersTheCorrection() {
        // bi = 0 (every participant of group 1 had the event): 12.5, 0.5, 7.5, 5.5
        Effect rr = TwoByTwo.rr(12, 0, 7, 5);
        TOL.assertNear("RR yi", rr.yi(), 0.51082562376599068321);
        TOL.assertNear("RR vi", rr.vi(), 0.059487179487179487179);
        Effect or = TwoByTwo.or(12, 0, 7, 5);
        TOL.assertNear("OR yi", or.yi(), 2.9087208965643612273);
        TOL.assertNear("OR vi", or.vi(), 2.3951515151515151515);
        Effect rd = TwoByTwo.rd(12, 0, 7, 5);
        TOL.assertNear("RD yi", rd.yi(), 0.38461538461538461538);
        TOL.assertNear("RD vi", rd.vi(), 0.021620391442876649977);
    }

    @Test
    void leavesRowsWithoutZeroCellsAlone() {
        // no 1/2 added: RR of 1, 1, 1, 3 is log((1/2)/(1/4)) = log 2, vi = 1 − 1/2 + 1 − 1/4
        Effect rr = TwoByTwo.rr(1, 1, 1, 3);
        TOL.assertNear("RR yi", rr.yi(), Math.log(2));
        TOL.assertNear("RR vi", rr.vi(), 1.25);
    }
}
