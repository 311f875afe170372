package org.metareport.models.bias;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.metareport.models.Coefficient;
import org.metareport.vocabulary.Method;
import org.metareport.models.RmaFit;
import org.metareport.vocabulary.TestKind;
import org.metareport.testing.Tolerance;

/** {@link PetPeese} against metafor 3.8-1: dat.bcg blocks PET_FE, PEESE_FE, PET_REML. */
class PetPeeseGoldenTest {
    record Case(String block, Method method, boolean peese, JsonNode expected) {
        @Override
        public String toString() {
            return "dat.bcg " + block + ": " + expected.get("call").asText();
        }
    }

    static Stream<Case> cases() {
        JsonNode x = Data.bcgExtras();
        List<Case> cases = List.of(new Case("PET_FE", Method.FE, false, x.get("PET_FE")),
                new Case("PEESE_FE", Method.FE, true, x.get("PEESE_FE")),
                new Case("PET_REML", Method.REML, false, x.get("PET_REML")));
        cases.forEach(c -> assertThat(c.expected()).as("fixture block %s", c.block()).isNotNull());
        return cases.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void matchesMetafor(Case c) {
        PetPeese.Result r = PetPeese.fit(Data.bcg().yi(), Data.bcg().vi(), c.method(), TestKind.Z, 95);
        RmaFit fit = c.peese() ? r.peese() : r.pet();
        JsonNode e = c.expected();
        Tolerance tol = c.method().isClosedForm() ? Tolerance.CLOSED_FORM : Tolerance.ITERATIVE;
        List<String> names = fit.coefficients().stream().map(Coefficient::term).toList();
        assertThat(names).as("coefficient names").containsExactly(
                e.get("coef_names").get(0).asText(), e.get("coef_names").get(1).asText());
        for (Coefficient b : fit.coefficients()) {
            String t = b.term();
            tol.assertNear("b." + t, b.estimate(), Data.coef(e, "b", t));
            tol.assertNear("se." + t, b.se(), Data.coef(e, "se", t));
            tol.assertNear("zval." + t, b.statistic(), Data.coef(e, "zval", t));
            tol.assertNear("pval." + t, b.p(), Data.coef(e, "pval", t));
            tol.assertNear("ci.lb." + t, b.ciLower(), Data.coef(e, "ci.lb", t));
            tol.assertNear("ci.ub." + t, b.ciUpper(), Data.coef(e, "ci.ub", t));
        }
        tol.assertNear("tau2", fit.tau2(), Data.num(e, "tau2"));
        tol.assertNear("QE", fit.qe(), Data.num(e, "QE"));
        tol.assertNear("QEp", fit.qeP(), Data.num(e, "QEp"));
        tol.assertNear("QM", fit.qm(), Data.num(e, "QM"));
        tol.assertNear("QMp", fit.qmP(), Data.num(e, "QMp"));
        tol.assertNear("I2", fit.i2(), Data.num(e, "I2"));
        tol.assertNear("H2", fit.h2(), Data.num(e, "H2"));
        tol.assertNear("R2", fit.r2(), Data.num(e, "R2"));
        tol.assertNear("logLik", fit.logLik(), Data.num(e, "logLik"));
        // the conditional estimator's choice follows PET's intercept test
        boolean chosen = r.pet().coefficients().get(0).p() < PetPeese.PET_ALPHA;
        assertThat(r.peeseSelected()).as("PEESE selected").isEqualTo(chosen);
        assertThat(r.conditional()).isEqualTo((chosen ? r.peese() : r.pet()).coefficients().get(0));
    }
}
