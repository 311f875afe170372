package org.metareport.effects;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.stream.Stream;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every precondition gives an {@link EffectException} whose message is in the user's words, without a location. */
class EffectExceptionTest {
    private static final double NA = Double.NaN;

    record Bad(String call, ThrowingCallable code, String message) {
        @Override
        public String toString() {
            return call;
        }
    }

    static Stream<Bad> cases() {
        List<Bad> cases = List.of(
            new Bad("Smd.of n1i = 1", () -> Smd.of(1, 1, 1, 0, 1, 10), "n1i is 1; SMD needs at least 2 per group"),
            new Bad("Smd.of n2i = 0", () -> Smd.of(1, 1, 10, 0, 1, 0), "n2i is 0; SMD needs at least 2 per group"),
            new Bad("Smd.of sd1i < 0", () -> Smd.of(1, -3, 10, 0, 1, 10),
                    "sd1i is -3; a standard deviation cannot be negative"),
            new Bad("Smd.of m1i missing", () -> Smd.of(NA, 1, 10, 0, 1, 10), "m1i is missing"),
            new Bad("Smd.of m2i infinite", () -> Smd.of(1, 1, 10, Double.POSITIVE_INFINITY, 1, 10), "m2i is infinite"),
            new Bad("Smd.of both SDs 0", () -> Smd.of(1, 0, 10, 0, 0, 10),
                    "sd1i and sd2i are both 0; SMD needs a positive standard deviation"),
            new Bad("Smd.correction mi = 1", () -> Smd.correction(1),
                    "mi is 1; the bias correction needs more than 1 degree of freedom"),
            new Bad("Smd.prePost gPre missing", () -> Smd.prePost(NA, 0.2, 10, 10), "gPre is missing"),
            new Bad("Smd.vi n1i = 1.5", () -> Smd.vi(0.2, 1.5, 10), "n1i is 1.5; SMD needs at least 2 per group"),
            new Bad("Md.of n2i = 0", () -> Md.of(1, 1, 10, 0, 1, 0), "n2i is 0; MD needs at least 1 per group"),
            new Bad("Md.of sd2i < 0", () -> Md.of(1, 1, 10, 0, -1.5, 10),
                    "sd2i is -1.5; a standard deviation cannot be negative"),
            new Bad("Rom.of m2i < 0", () -> Rom.of(1, 1, 10, -5, 1, 10),
                    "m2i is -5; ROM needs positive means (m1i and m2i must be positive for a log ratio)"),
            new Bad("Rom.of m1i = 0", () -> Rom.of(0, 1, 10, 5, 1, 10),
                    "m1i is 0; ROM needs positive means (m1i and m2i must be positive for a log ratio)"),
            new Bad("Rom.of both means negative", () -> Rom.of(-2, 1, 10, -5, 1, 10),
                    "m1i is -2; ROM needs positive means (m1i and m2i must be positive for a log ratio)"),
            new Bad("TwoByTwo.rr ai < 0", () -> TwoByTwo.rr(-1, 5, 3, 4), "ai is -1; a count cannot be negative"),
            new Bad("TwoByTwo.or di missing", () -> TwoByTwo.or(1, 5, 3, NA), "di is missing"),
            new Bad("TwoByTwo.rd empty group 1", () -> TwoByTwo.rd(0, 0, 3, 4),
                    "ai and bi are both 0; group 1 has no participants"),
            new Bad("TwoByTwo.rr empty group 2", () -> TwoByTwo.rr(1, 2, 0, 0),
                    "ci and di are both 0; group 2 has no participants"),
            new Bad("Correlation.cor ri = 1.2", () -> Correlation.cor(1.2, 50), "ri = 1.2 is outside [-1, 1]"),
            new Bad("Correlation.zcor ri = -1.01", () -> Correlation.zcor(-1.01, 50), "ri = -1.01 is outside [-1, 1]"),
            new Bad("Correlation.cor ni = 4", () -> Correlation.cor(0.3, 4),
                    "ni = 4 leaves no variance for COR (needs ni > 4)"),
            new Bad("Correlation.zcor ni = 3", () -> Correlation.zcor(0.3, 3),
                    "ni = 3 leaves no variance for ZCOR (needs ni > 4)"),
            new Bad("Correlation.zcor ri = 1", () -> Correlation.zcor(1, 50),
                    "ri = 1 has no Fisher z (ZCOR needs -1 < ri < 1)"),
            new Bad("Correlation.cor ni missing", () -> Correlation.cor(0.3, NA), "ni is missing"),
            new Bad("Precomputed.withVi vi < 0", () -> Precomputed.withVi(0.2, -0.1),
                    "vi is -0.1; a sampling variance cannot be negative"),
            new Bad("Precomputed.withSei sei < 0", () -> Precomputed.withSei(0.2, -0.00001),
                    "sei is -0.00001; a standard error cannot be negative"),
            new Bad("Precomputed.withVi yi missing", () -> Precomputed.withVi(NA, 0.1), "yi is missing"),
            new Bad("ClusterAdjustment 1 cluster", () -> ClusterAdjustment.hedges2007(0.3, 50, 40, 1, 4, 0.2),
                    "clusters1i is 1; the cluster adjustment needs at least 2 clusters per group"),
            new Bad("ClusterAdjustment more clusters than pupils",
                    () -> ClusterAdjustment.hedges2007(0.3, 50, 40, 5, 50, 0.2),
                    "clusters2i is 50 but n2i is 40; a group cannot have more clusters than participants"),
            new Bad("ClusterAdjustment icc = 1", () -> ClusterAdjustment.hedges2007(0.3, 50, 40, 5, 4, 1),
                    "icc is 1; the intraclass correlation for the cluster adjustment must be in [0, 1)"),
            new Bad("ClusterAdjustment icc < 0", () -> ClusterAdjustment.hedges2007(0.3, 50, 40, 5, 4, -0.1),
                    "icc is -0.1; the intraclass correlation for the cluster adjustment must be in [0, 1)"),
            new Bad("ClusterAdjustment clusters missing", () -> ClusterAdjustment.hedges2007(0.3, 50, 40, 5, NA, 0.2),
                    "clusters2i is missing"),
            new Bad("ClusterAdjustment n1i = 1", () -> ClusterAdjustment.hedges2007(0.3, 1, 40, 5, 4, 0.2),
                    "n1i is 1; the cluster adjustment needs at least 2 per group"));
        assertThat(cases).as("precondition cases").hasSizeGreaterThan(20);
        return cases.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void saysWhatIsWrongInTheUsersWords(Bad bad) {
        assertThatThrownBy(bad.code()).as(bad.call())
                .isExactlyInstanceOf(EffectException.class)
                .hasMessage(bad.message());
    }

    @Test
    void keepsNoStackTraceBecauseBadInputIsNotABug() {
        assertThatThrownBy(() -> Smd.of(1, 1, 1, 0, 1, 10))
                .isInstanceOfSatisfying(EffectException.class,
                        e -> assertThat(e.getStackTrace()).as("stack trace").isEmpty());
    }
}
