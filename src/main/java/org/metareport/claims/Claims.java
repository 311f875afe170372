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

/**
 * Claims: what a manuscript reports, checked against what the analysis reproduces at the manuscript's rounding.
 * A claim {@code {analysis: overall, term: intercept, estimate: 0.32, ci: [0.24, 0.45], digits: 2}} stands for
 * three checks (estimate and both CI bounds); {@code {analysis: overall, I2: 88.10, tau2: 0.13, k: 73, digits: 2}}
 * for four. Counts (k, n_clusters) compare exactly.
 */
public final class Claims {
    static final Set<String> COEFFICIENT_FIELDS = Set.of("estimate", "se", "p", "ci", "ci_lower", "ci_upper", "statistic");
    static final Set<String> ANALYSIS_FIELDS = Set.of("tau2", "I2", "H2", "Q", "k", "n_clusters", "pi", "pi_lower",
            "pi_upper", "sigma2", "I2_levels");
    static final Set<String> KEYS = Set.of("analysis", "term", "digits", "robust");

    private Claims() {}

    /**
     * Reads the spec's {@code claims:} list (plain YAML values).
     *
     * @throws InputException naming each malformed claim at {@code where}
     */
    public static List<Claim> parse(Object plain, Where where) {
        Problems problems = new Problems();
        List<Claim> out = new ArrayList<>();
        if (!(plain instanceof List<?> list)) {
            throw InputException.at(where, "'claims' must be a list, e.g. claims: [{analysis: overall, term: intercept, "
                    + "estimate: 0.32, ci: [0.24, 0.45], digits: 2}]");
        }
        int n = 0;
        for (Object item : list) {
            n++;
            if (!(item instanceof Map<?, ?> m)) {
                problems.add(where, "claim %d must be a mapping, e.g. {analysis: overall, term: intercept, estimate: 0.32, "
                        + "digits: 2}", n);
                continue;
            }
            Object analysis = m.get("analysis");
            if (!(analysis instanceof String id)) {
                problems.add(where, "claim %d needs 'analysis: <id>' naming the analysis it reports", n);
                continue;
            }
            Integer digits = m.get("digits") instanceof Number d ? d.intValue() : null;
            if (m.containsKey("digits") && (digits == null || digits < 0 || digits > 15)) {
                problems.add(where, "claim %d: 'digits' must be a whole number of decimals from 0 to 15", n);
                continue;
            }
            String term = m.get("term") instanceof String t ? t : null;
            boolean robust = Boolean.TRUE.equals(m.get("robust"));
            boolean any = false;
            for (Map.Entry<?, ?> e : m.entrySet()) {
                String key = String.valueOf(e.getKey());
                if (KEYS.contains(key)) continue;
                boolean coefficient = COEFFICIENT_FIELDS.contains(key);
                if (!coefficient && !ANALYSIS_FIELDS.contains(key)) {
                    problems.add(where, "claim %d: unknown field '%s'; use %s (with term:) or %s", n, key,
                            String.join(", ", new java.util.TreeSet<>(COEFFICIENT_FIELDS)),
                            String.join(", ", new java.util.TreeSet<>(ANALYSIS_FIELDS)));
                    continue;
                }
                String t = coefficient ? (term == null ? "intercept" : term) : null;
                Integer d = key.equals("k") || key.equals("n_clusters") ? null : digits;   // counts compare exactly
                Object v = e.getValue();
                if (key.equals("ci") || key.equals("pi") || key.equals("sigma2") || key.equals("I2_levels")) {
                    if (!(v instanceof List<?> pair) || pair.isEmpty() || !pair.stream().allMatch(x -> x instanceof Number)) {
                        problems.add(where, "claim %d: '%s' must be a list of numbers, e.g. %s: [0.24, 0.45]", n, key, key);
                        continue;
                    }
                    List<String> names = switch (key) {
                        case "ci" -> List.of("ci_lower", "ci_upper");
                        case "pi" -> List.of("pi_lower", "pi_upper");
                        default -> {
                            List<String> l = new ArrayList<>();
                            for (int i = 1; i <= pair.size(); i++) l.add(key + "_" + i);
                            yield l;
                        }
                    };
                    if (names.size() != pair.size()) {
                        problems.add(where, "claim %d: '%s' needs %d numbers", n, key, names.size());
                        continue;
                    }
                    for (int i = 0; i < names.size(); i++) {
                        add(out, problems, n, new Claim(id, t, names.get(i), robust, ((Number) pair.get(i)).doubleValue(), false, d, where));
                    }
                } else if (v instanceof Number num) {
                    add(out, problems, n, new Claim(id, t, key, robust, num.doubleValue(), false, d, where));
                } else if (v instanceof String s && s.replace(" ", "").startsWith("<")) {
                    try {
                        add(out, problems, n, new Claim(id, t, key, robust, Double.parseDouble(s.replace(" ", "").substring(1)), true,
                                d, where));
                    } catch (NumberFormatException x) {
                        problems.add(where, "claim %d: '%s' is '%s'; write a number, or a bound such as \"< .001\"", n, key, s);
                    }
                } else {
                    problems.add(where, "claim %d: '%s' must be a number (or a bound such as \"< .001\")", n, key);
                }
                any = true;
            }
            if (!any) problems.add(where, "claim %d names no value to check, e.g. estimate: 0.32", n);
        }
        problems.throwIfAny();
        return out;
    }

    /** Keeps a claim whose reported value is a finite number; YAML's .nan and .inf are problems at the claims. */
    private static void add(List<Claim> out, Problems problems, int n, Claim c) {
        if (Double.isFinite(c.reported())) {
            out.add(c);
        } else {
            problems.add(c.where(), "claim %d: '%s' is %s; a reported value must be a finite number, e.g. 0.32", n,
                    c.field(), Double.isNaN(c.reported()) ? "not a number (.nan)" : "infinite (.inf)");
        }
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
