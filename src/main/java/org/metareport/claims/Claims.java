package org.metareport.claims;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.metareport.problems.InputException;
import org.metareport.problems.Problems;
import org.metareport.problems.Where;
import org.metareport.results.AnalysisResult;
import org.metareport.results.CoefficientResult;
import org.metareport.results.Results;
import org.metareport.spec.Claim;
import org.metareport.spec.ClaimsReader;

/**
 * Claims: what a manuscript reports, checked against what the analysis reproduces at the manuscript's rounding.
 * A claim {@code {analysis: overall, term: intercept, estimate: 0.32, ci: [0.24, 0.45], digits: 2}} stands for
 * three checks (estimate and both CI bounds); {@code {analysis: overall, I2: 88.10, tau2: 0.13, k: 73, digits: 2}}
 * for four. Counts (k, n_clusters) compare exactly.
 */
public final class Claims {

    private Claims() {}

    /**
     * Reads the spec's {@code claims:} list (plain YAML values); the spec reader does this ({@link ClaimsReader}).
     *
     * @throws InputException naming each malformed claim at {@code where}
     */
    public static List<Claim> parse(Object plain, Where where) {
        return ClaimsReader.read(plain, where);
    }

    /** Checks every claim against the results; a claim naming an unknown analysis or term is an input error. */
    public static List<ClaimCheck> check(List<Claim> claims, Results results) {
        Problems problems = new Problems();
        List<ClaimCheck> out = new ArrayList<>();
        for (Claim c : claims) {
            AnalysisResult a = results.analyses().stream().filter(x -> x.id().equals(c.analysis())).findFirst().orElse(null);
            if (a == null) {
                List<String> ids = results.analyses().stream().map(AnalysisResult::id).toList();
                String hint = org.metareport.spec.Spelling.closest(c.analysis(), ids)
                        .map(x -> " (did you mean '" + x + "'?)").orElse("");
                problems.add(c.where(), "a claim names analysis '%s'%s, which the spec does not have; its analyses are %s",
                        c.analysis(), hint, String.join(", ", ids));
                continue;
            }
            Double value = value(a, c, problems);
            if (value != null && c.reportedScale()) value = results.scale().apply(value);   // as the report prints it
            out.add(new ClaimCheck(c, value, value != null && agrees(c, value)));
        }
        problems.throwIfAny();
        return out;
    }

    static Double value(AnalysisResult a, Claim c, Problems problems) {
        if (c.term() != null) {
            List<CoefficientResult> coefs = c.robust() && a.robust() != null ? a.robust().coefficients() : a.coefficients();
            CoefficientResult coef = coefs.stream().filter(x -> x.term().equals(c.term())).findFirst().orElse(null);
            if (coef == null) {
                problems.add(c.where(), "a claim names term '%s' of analysis '%s', which has %s", c.term(), a.id(),
                        String.join(", ", coefs.stream().map(CoefficientResult::term).toList()));
                return null;
            }
            return switch (c.field()) {
                case "estimate" -> coef.estimate();
                case "se" -> coef.se();
                case "p" -> coef.p();
                case "statistic" -> coef.statistic();
                case "ci_lower" -> coef.ciLower();
                case "ci_upper" -> coef.ciUpper();
                default -> null;
            };
        }
        var h = a.heterogeneity();
        if (c.field().startsWith("sigma2_") || c.field().startsWith("I2_levels_")) {
            List<Double> list = c.field().startsWith("sigma2_") ? h.sigma2() : h.i2Levels();
            int i = Integer.parseInt(c.field().substring(c.field().lastIndexOf('_') + 1)) - 1;
            return list == null || i >= list.size() ? null : list.get(i);
        }
        return switch (c.field()) {
            case "tau2" -> h.tau2();
            case "I2" -> h.i2();
            case "H2" -> h.h2();
            case "Q" -> h.q();
            case "k" -> (double) a.k();
            case "n_clusters" -> (double) a.nClusters();
            case "pi_lower" -> a.prediction() == null ? null : a.prediction().lower();
            case "pi_upper" -> a.prediction() == null ? null : a.prediction().upper();
            default -> null;
        };
    }

    /** True when the reproduced value rounds to the reported one (half-up on its exact value), or is below a bound. */
    static boolean agrees(Claim c, double value) {
        if (!Double.isFinite(value)) return false;                 // a value the results do not have never agrees
        if (c.below()) return value < c.reported();
        if (c.digits() == null) return value == c.reported();
        BigDecimal r = new BigDecimal(value).setScale(c.digits(), RoundingMode.HALF_UP);
        BigDecimal reported = new BigDecimal(Double.toString(c.reported())).setScale(c.digits(), RoundingMode.HALF_UP);
        return r.compareTo(reported) == 0;
    }

    /** The reported value as the manuscript shows it. */
    public static String reported(Claim c) {
        String v = c.digits() == null ? org.metareport.format.Apa.shortest(c.reported())
                : org.metareport.format.Apa.fixed(c.reported(), c.digits());
        return c.below() ? "< " + v : v;
    }
}
