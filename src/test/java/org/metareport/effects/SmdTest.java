package org.metareport.effects;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.metareport.testing.Tolerance;

/**
 * Hedges' g and its exact correction J. Reference values of J were computed in 40-digit arithmetic (Python mpmath:
 * {@code exp(loggamma(m/2) − log(m/2)/2 − loggamma((m − 1)/2))}).
 */
class SmdTest {
    private static final Tolerance TOL = Tolerance.CLOSED_FORM;

    @ParameterizedTest(name = "J({0}) = {1}")
    @CsvSource({
        "2,    0.5641895835477562869480795",
        "3,    0.7236012545582676593630146",
        "10,   0.9227456080530871033589575",
        "100,  0.9924780549814448666007874",
        "343,  0.9978115499940808347189277",
        "344,  0.9978179171667801083856989",
        "1000, 0.9992497811797163675181016",
    })
    void correctionMatchesHighPrecisionValues(double mi, double expected) {
        TOL.assertNear("J(" + mi + ")", Smd.correction(mi), expected);
    }

    @Test
    void correctionDoesNotOverflowForLargeDegreesOfFreedom() {
        // Γ(mi/2) itself overflows a double from mi = 344 on; via log-gamma J stays finite and tends to 1.
        double previous = Smd.correction(343);
        for (double mi : new double[] {344, 1000, 1e6}) {
            double j = Smd.correction(mi);
            assertThat(j).as("J(%s)", mi).isFinite().isLessThan(1).isGreaterThan(previous);
            assertThat(1 - j).as("1 − J(%s) ≈ 3/(4mi − 1)", mi)
                    .isCloseTo(3 / (4 * mi - 1), within(1 / (mi * mi) + 1e-9));
            previous = j;
        }
        // At mi = 1e6 the two log-gammas are about 6e6, so their difference carries up to ~1e-9 of rounding (in R's
        // lgamma too: one ulp of 6e6 is 9e-10); Hipparchus is 3e-10 off here.
        assertThat(Smd.correction(1e6)).as("J(1e6)").isCloseTo(0.9999992499997812499296875, within(1e-9));
    }

    @Test
    void computesHedgesGByHand() {
        // means 10 and 8, both SDs 2, 10 per group: d = 1, g = J(18) = 0.957646..., vi = 1/10 + 1/10 + g²/40
        Effect e = Smd.of(10, 2, 10, 8, 2, 10);
        TOL.assertNear("yi", e.yi(), 0.95764642702371810467);
        TOL.assertNear("vi", e.vi(), 0.22292716697978233613);
    }

    @Test
    void poolsTheStandardDeviationsByDegreesOfFreedom() {
        // sdpi² = (9·1 + 19·4)/28 = 85/28; swapping groups flips the sign only
        Effect e = Smd.of(3, 1, 10, 2, 2, 20);
        TOL.assertNear("yi", e.yi(), Smd.correction(28) / Math.sqrt(85.0 / 28));
        Effect swapped = Smd.of(2, 2, 20, 3, 1, 10);
        assertThat(swapped).as("groups swapped").isEqualTo(e.reversed());
    }

    @Test
    void staysFiniteForAMillionPerGroup() {
        Effect e = Smd.of(0.3, 1, 1e6, 0, 1, 1e6);
        assertThat(e.yi()).as("yi").isFinite().isCloseTo(0.3, within(1e-6));
        TOL.assertNear("vi", e.vi(), 2e-6 + e.yi() * e.yi() / 4e6);
    }

    @Test
    void prePostIsTheDifferenceOfGWithThePostTestVariance() {
        Effect e = Smd.prePost(0.15841613019989947, 0.6233186815411492, 86, 73);
        TOL.assertNear("yi", e.yi(), 0.6233186815411492 - 0.15841613019989947);
        TOL.assertNear("vi", e.vi(), (86.0 + 73) / (86.0 * 73) + e.yi() * e.yi() / (2 * (86.0 + 73)));
    }

    @Test
    void varianceIsLipseyWilsonEquation3Point23() {
        TOL.assertNear("vi", Smd.vi(0.5, 30, 20), 50.0 / 600 + 0.25 / 100);
    }
}
