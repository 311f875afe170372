package org.metareport.effects;

import org.metareport.vocabulary.Measure;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.metareport.testing.Fixtures;
import org.metareport.testing.Tolerance;

/**
 * SMD, MD and ROM against metafor 3.8-1 on metadat's dat.normand1999 (R 4.2.2): the fixture's blocks
 * {@code escalc_SMD}, {@code escalc_MD} and {@code escalc_ROM}, each {@code escalc(measure = ..., m1i = m1i,
 * sd1i = sd1i, n1i = n1i, m2i = m2i, sd2i = sd2i, n2i = n2i, data = dat0)} with metafor's defaults.
 */
class MeansGoldenTest {
    private static final String DATA = "dat.normand1999";

    record Case(Measure measure, int row, String source, double m1i, double sd1i, double n1i, double m2i,
                double sd2i, double n2i, double yi, double vi) {
        @Override
        public String toString() {
            return String.format("%s escalc(measure = '%s') row %d (%s)", DATA, measure, row, source);
        }
    }

    static Stream<Case> cases() {
        Map<String, List<String>> csv = Fixtures.csv("golden/metadat/" + DATA + ".csv");
        JsonNode json = Fixtures.json("golden/metadat/" + DATA + ".json");
        double[] n1i = Fixtures.numbers(csv, "n1i");
        double[] m1i = Fixtures.numbers(csv, "m1i");
        double[] sd1i = Fixtures.numbers(csv, "sd1i");
        double[] n2i = Fixtures.numbers(csv, "n2i");
        double[] m2i = Fixtures.numbers(csv, "m2i");
        double[] sd2i = Fixtures.numbers(csv, "sd2i");
        List<Case> cases = new ArrayList<>();
        for (Measure measure : List.of(Measure.SMD, Measure.MD, Measure.ROM)) {
            JsonNode block = json.get("escalc_" + measure);
            assertThat(block.get("call").asText()).as("fixture call").contains("measure = '" + measure + "'");
            double[] yi = Fixtures.numbers(block.get("yi"));
            double[] vi = Fixtures.numbers(block.get("vi"));
            assertThat(yi).as("%s rows in %s", measure, DATA).hasSize(n1i.length);
            for (int i = 0; i < yi.length; i++) {
                cases.add(new Case(measure, i + 1, csv.get("source").get(i), m1i[i], sd1i[i], n1i[i], m2i[i],
                        sd2i[i], n2i[i], yi[i], vi[i]));
            }
        }
        assertThat(cases).as("cases").hasSize(27);
        return cases.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void matchesMetafor(Case c) {
        Effect e = switch (c.measure()) {
            case SMD -> Smd.of(c.m1i(), c.sd1i(), c.n1i(), c.m2i(), c.sd2i(), c.n2i());
            case MD -> Md.of(c.m1i(), c.sd1i(), c.n1i(), c.m2i(), c.sd2i(), c.n2i());
            case ROM -> Rom.of(c.m1i(), c.sd1i(), c.n1i(), c.m2i(), c.sd2i(), c.n2i());
            default -> throw new AssertionError("not a means measure: " + c.measure());
        };
        Tolerance.CLOSED_FORM.assertNear(c + " yi", e.yi(), c.yi());
        Tolerance.CLOSED_FORM.assertNear(c + " vi", e.vi(), c.vi());
    }
}
