package org.metareport.models.bias;

import org.metareport.vocabulary.Alternative;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.metareport.models.FitException;
import org.metareport.testing.Tolerance;

/** Preconditions and edge cases of {@link SelectionModel}. */
class SelectionModelTest {
    @Test
    void reportsTheEmptyIntervalOfDatBcgInsteadOfFittingIt() {
        JsonNode e = Data.bcgJson().get("selmodel_stepfun_0.025");
        assertThat(e).as("fixture block selmodel_stepfun_0.025").isNotNull();
        assertThat(e.get("empty_interval").asBoolean()).as("fixture says the interval is empty").isTrue();
        Data bcg = Data.bcg();
        SelectionModelFit fit = SelectionModel.fit(bcg.yi(), bcg.vi(), new double[] {0.025}, Alternative.GREATER, 95);
        assertThat(fit.identified()).as("identified").isFalse();
        assertThat(fit.adjusted()).as("no adjusted model").isNull();
        assertThat(fit.ptable()).extracting(PInterval::k).containsExactly(0, 13);
        for (int j = 0; j < 2; j++)
            assertThat(fit.ptable().get(j).label()).isEqualTo(e.get("ptable").get("interval").get(j).asText());
        assertThat(fit.notes()).as("notes").hasSize(1);
        assertThat(fit.notes().get(0)).contains("0 < p <= 0.025").contains("not identified")
                .contains("alternative \"less\"");
        Tolerance.ITERATIVE.assertNear("ll0 of the unadjusted ML model", fit.unadjusted().ml().logLik(),
                Data.num(e, "ll0"));
    }

    @Test
    void notesIntervalsWithFewerThanFourPValues() {
        Data sb = Data.schoolBased();
        SelectionModelFit fit = SelectionModel.fit(sb.yi(), sb.vi(), new double[] {0.025, 0.05}, Alternative.GREATER, 95);
        assertThat(fit.ptable()).extracting(PInterval::k).containsExactly(18, 1, 60);
        assertThat(fit.identified()).isTrue();
        assertThat(fit.notes()).as("notes").anyMatch(n -> n.startsWith("only 1 p-value falls in the interval 0.025 < p <= 0.05"));
    }

    @Test
    void failsWithAClearMessageWhenTheOptimiserDoesNotConverge() {
        Data sb = Data.schoolBased();
        assertThatThrownBy(() -> SelectionModel.fit(sb.yi(), sb.vi(), new double[] {0.025, 0.5}, Alternative.GREATER, 95,
                SelectionOptimum.AS_METAFOR, 3))
                .isInstanceOf(FitException.class)
                .hasMessageContaining("did not converge").hasMessageContaining("3 iterations");
    }

    @Test
    void refusesTooFewEffectSizesForTheNumberOfWeights() {
        double[] yi = {0.8, 0.1, 0.4};
        double[] vi = {0.04, 0.05, 0.03};
        assertThatThrownBy(() -> SelectionModel.fit(yi, vi, new double[] {0.025, 0.5}, Alternative.GREATER, 95))
                .isInstanceOf(FitException.class)
                .hasMessage("3 effect sizes are too few for a selection model with 3 p-value intervals: it estimates "
                        + "4 parameters (mean, tau², 2 weights); use fewer steps");
    }

    @Test
    void cleansStepsAsMetaforDoes() {
        assertThat(SelectionModel.cutPoints(new double[] {0.5, 0.025, 0.5})).containsExactly(0.025, 0.5, 1);
        assertThat(SelectionModel.cutPoints(new double[] {0.05, 1})).containsExactly(0.05, 1);
        assertThatThrownBy(() -> SelectionModel.cutPoints(new double[] {1.5})).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("between 0 and 1");
        assertThatThrownBy(() -> SelectionModel.cutPoints(new double[] {1})).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("below 1");
        assertThatThrownBy(() -> SelectionModel.cutPoints(new double[] {Double.NaN}))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void labelsIntervalsAsMetaforsPtable() {
        var t = SelectionModel.ptable(new double[] {0.025, 0.5, 1}, new int[] {18, 34, 27});
        assertThat(t).extracting(PInterval::label)
                .containsExactly("0     < p <= 0.025", "0.025 < p <= 0.5", "0.5   < p <= 1");
    }

    @Test
    void rejectsDataRmaRejects() {
        double[] yi = {0.1, 0.2, Double.NaN, 0.4, 0.5};
        double[] vi = {0.01, 0.02, 0.03, 0.04, 0.05};
        assertThatThrownBy(() -> SelectionModel.fit(yi, vi, new double[] {0.5}, Alternative.GREATER, 95))
                .isInstanceOf(FitException.class).hasMessageContaining("effect size 3");
    }

    @Test
    void exactOptimumIsNeverBelowMetaforsStoppingPoint() {
        Data sb = Data.schoolBased();
        var metafor = SelectionModel.fit(sb.yi(), sb.vi(), new double[] {0.025}, Alternative.GREATER, 95);
        var exact = SelectionModel.fit(sb.yi(), sb.vi(), new double[] {0.025}, Alternative.GREATER, 95,
                SelectionOptimum.EXACT);
        assertThat(exact.adjusted().ll()).as("exact ll").isGreaterThan(metafor.adjusted().ll());
        assertThat(metafor.notes()).as("metafor-mode note about the early stop")
                .anyMatch(n -> n.contains("stops before the maximum") && n.contains("1.66026") && n.contains("1.65990"));
        assertThat(exact.notes()).as("exact mode needs no such note").noneMatch(n -> n.contains("stops before"));
    }

    @Test
    void findsAlternativesByMetaforsSpelling() {
        assertThat(Alternative.find("two.sided")).contains(Alternative.TWO_SIDED);
        assertThat(Alternative.find("Two_Sided")).contains(Alternative.TWO_SIDED);
        assertThat(Alternative.find("greater")).contains(Alternative.GREATER);
        assertThat(Alternative.find("bigger")).isEmpty();
        assertThat(Alternative.choices()).isEqualTo("greater, less, two.sided");
    }
}
