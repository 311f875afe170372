package org.metareport.testing;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class FixturesTest {
    @Test
    void readsTheBcgFixtureAndItsCsv() {
        var json = Fixtures.json("golden/metadat/dat.bcg.json");
        assertThat(json.get("rma").get("REML").get("k").asInt()).as("k of dat.bcg").isEqualTo(13);
        var csv = Fixtures.csv("golden/metadat/dat.bcg.csv");
        assertThat(Fixtures.numbers(csv, "tpos")).as("tpos column").hasSize(13);
    }

    @Test
    void toleranceRejectsAFourthDigitChange() {
        assertThat(Tolerance.ITERATIVE.accepts(0.3187, 0.3188)).as("4th digit differs").isFalse();
        assertThat(Tolerance.ITERATIVE.accepts(0.31870001, 0.3187)).as("1e-7 relative").isTrue();
        assertThat(Tolerance.CLOSED_FORM.accepts(Double.NaN, 1.0)).as("NaN is never near a number").isFalse();
    }
}
