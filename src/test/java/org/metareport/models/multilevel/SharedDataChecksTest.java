package org.metareport.models.multilevel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.metareport.models.FitException;
import org.metareport.models.Rma;
import org.metareport.vocabulary.Method;
import org.metareport.vocabulary.TestKind;

/**
 * rma.uni ({@link Rma}) and rma.mv ({@link RmaMv}) report the checks they share ({@code models.DataChecks}) in the
 * same words: a non-finite effect size, a non-finite moderator value, as many coefficients as effect sizes.
 */
class SharedDataChecksTest {
    static final List<String> NAMES = List.of("intrcpt", "dose");
    static final double[] VI = {0.1, 0.2, 0.15};

    static String uni(double[] yi, double[][] x) {
        return catchThrowableOfType(FitException.class,
                () -> Rma.fit(yi, VI, x, NAMES, Method.REML, TestKind.Z, 95)).getMessage();
    }

    static String mv(double[] yi, double[][] x) {
        NestedLevels levels = NestedLevels.of(List.of("study", "es"), new String[] {"a", "b", "c"},
                new String[] {"1", "1", "1"});
        return catchThrowableOfType(FitException.class, () -> RmaMv.fit(yi, SamplingCovariance.diagonal(VI), levels,
                x, NAMES, Method.REML, TestKind.Z, 95)).getMessage();
    }

    @Test
    void aMissingEffectSizeReadsTheSame() {
        double[] yi = {0.2, Double.NaN, 0.4};
        double[][] x = {{1, 0}, {1, 1}, {1, 2}};
        assertThat(uni(yi, x)).isEqualTo(mv(yi, x)).isEqualTo("effect size 2 has yi = missing (NaN); every effect "
                + "size needs a finite value (missing values must be removed before fitting)");
    }

    @Test
    void aMissingModeratorValueReadsTheSame() {
        double[] yi = {0.2, 0.3, 0.4};
        double[][] x = {{1, 0}, {1, 1}, {1, Double.POSITIVE_INFINITY}};
        assertThat(uni(yi, x)).isEqualTo(mv(yi, x))
                .isEqualTo("moderator 'dose' is Infinity for effect size 3; every moderator value must be a finite number");
    }

    @Test
    void tooFewEffectSizesForTheCoefficientsReadsTheSame() {
        double[] yi = {0.2, 0.3};
        double[][] x = {{1, 0}, {1, 1}};
        String uni = catchThrowableOfType(FitException.class, () -> Rma.fit(yi, new double[] {0.1, 0.2}, x, NAMES,
                Method.FE, TestKind.Z, 95)).getMessage();
        String mv = catchThrowableOfType(FitException.class, () -> RmaMv.fit(yi,
                SamplingCovariance.diagonal(new double[] {0.1, 0.2}), NestedLevels.of(List.of("study", "es"),
                new String[] {"a", "b"}, new String[] {"1", "1"}), x, NAMES, Method.REML, TestKind.Z, 95)).getMessage();
        assertThat(uni).isEqualTo(mv).isEqualTo("2 effect sizes for 2 coefficients (intrcpt, dose): a meta-regression "
                + "needs more effect sizes than coefficients; use fewer moderators");
    }
}
