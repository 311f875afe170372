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
 * ZCOR against metafor 3.8-1 on metadat's dat.molloy2014 (R 4.2.2, block {@code escalc}:
 * {@code escalc(measure = 'ZCOR', ri = ri, ni = ni, data = dat.molloy2014)}). The fixtures hold no R values for
 * COR; it is checked on the same rows against its formula, {@code vi = (1 − ri²)²/(ni − 1)}, worked out by hand.
 */
class CorrelationGoldenTest {
    private static final Tolerance TOL = Tolerance.CLOSED_FORM;

    record Case(int row, String authors, double ri, double ni, double yi, double vi) {
        @Override
        public String toString() {
            return String.format("dat.molloy2014 escalc(measure = 'ZCOR') row %d (%s)", row, authors);
        }
    }

    static Stream<Case> molloy() {
        Map<String, List<String>> csv = Fixtures.csv("golden/metadat/dat.molloy2014.csv");
        JsonNode block = Fixtures.json("golden/metadat/dat.molloy2014.json").get("escalc");
        assertThat(block.get("call").asText()).as("fixture call").contains("measure = 'ZCOR'");
        double[] ri = Fixtures.numbers(csv, "ri");
        double[] ni = Fixtures.numbers(csv, "ni");
        double[] yi = Fixtures.numbers(block.get("yi"));
        double[] vi = Fixtures.numbers(block.get("vi"));
        assertThat(yi).as("rows in dat.molloy2014").hasSize(16).hasSameSizeAs(ri);
        List<Case> cases = new ArrayList<>();
        for (int i = 0; i < yi.length; i++) {
            String authors = csv.get("authors").get(i) + " " + csv.get("year").get(i);
            cases.add(new Case(i + 1, authors, ri[i], ni[i], yi[i], vi[i]));
        }
        return cases.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("molloy")
    void fisherZMatchesMetafor(Case c) {
        Effect e = Correlation.zcor(c.ri(), c.ni());
        TOL.assertNear(c + " yi", e.yi(), c.yi());
        TOL.assertNear(c + " vi", e.vi(), c.vi());
    }

    @ParameterizedTest(name = "{0}, as COR")
    @MethodSource("molloy")
    void rawCorrelationKeepsRiAndUsesItsLargeSampleVariance(Case c) {
        Effect e = Correlation.cor(c.ri(), c.ni());
        assertThat(e.yi()).as(c + " COR yi is ri").isEqualTo(c.ri());
        double oneMinusR2 = 1 - c.ri() * c.ri();
        TOL.assertNear(c + " COR vi", e.vi(), oneMinusR2 * oneMinusR2 / (c.ni() - 1));
    }

    @Test
    void rawCorrelationVarianceMatchesHandComputation() {
        // Axelsson et al. 2009: ri = 0.187, ni = 109 → (1 − 0.034969)²/108
        TOL.assertNear("COR vi row 1", Correlation.cor(0.187, 109).vi(), 0.0086230076940833333333);
        // Moran et al. 1997: ri = −0.09, ni = 56 → (1 − 0.0081)²/55
        TOL.assertNear("COR vi row 11", Correlation.cor(-0.09, 56).vi(), 0.017888465636363636364);
    }

    @Test
    void perfectCorrelationHasZeroVarianceAsInMetafor() {
        assertThat(Correlation.cor(1, 10).vi()).as("COR vi at ri = 1").isZero();
        assertThat(Correlation.cor(-1, 10).yi()).as("COR yi at ri = -1").isEqualTo(-1);
    }
}
