package org.metareport.spec;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.metareport.problems.InputException;
import org.metareport.problems.Problems;
import org.metareport.problems.Where;

/**
 * Reads the spec's {@code claims:} list (plain YAML values) into {@link Claim}s. A claim {@code {analysis: overall,
 * term: intercept, estimate: 0.32, ci: [0.24, 0.45], digits: 2}} stands for three claims (estimate and both CI
 * bounds); {@code {analysis: overall, I2: 88.10, tau2: 0.13, k: 73, digits: 2}} for four. Counts (k, n_clusters)
 * compare exactly.
 */
public final class ClaimsReader {
    static final Set<String> COEFFICIENT_FIELDS = Set.of("estimate", "se", "p", "ci", "ci_lower", "ci_upper", "statistic");
    static final Set<String> ANALYSIS_FIELDS = Set.of("tau2", "I2", "H2", "Q", "k", "n_clusters", "pi", "pi_lower",
            "pi_upper", "sigma2", "I2_levels");
    static final Set<String> KEYS = Set.of("analysis", "term", "digits", "robust", "scale");
    /** The fields a claim may give on the reported scale ({@code scale: reported}). */
    static final Set<String> TRANSFORMABLE = Set.of("estimate", "ci", "ci_lower", "ci_upper", "pi", "pi_lower", "pi_upper");

    private ClaimsReader() {}

    /**
     * The claims of a {@code claims:} list (plain YAML values).
     *
     * @throws InputException naming each malformed claim at {@code where}
     */
    public static List<Claim> read(Object plain, Where where) {
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
            Object scale = m.get("scale");
            if (scale != null && !"reported".equals(scale) && !"analysis".equals(scale)) {
                problems.add(where, "claim %d: 'scale' is '%s'; use reported (the value as the report prints it, e.g. "
                        + "a risk ratio) or analysis (the default: the scale the model is fitted on, e.g. log RR)", n, scale);
                continue;
            }
            boolean reportedScale = "reported".equals(scale);
            if (reportedScale) {
                List<String> other = new ArrayList<>();
                for (Object k : m.keySet())
                    if (!KEYS.contains(String.valueOf(k)) && !TRANSFORMABLE.contains(String.valueOf(k))) other.add(String.valueOf(k));
                if (!other.isEmpty()) {
                    problems.add(where, "claim %d: 'scale: reported' applies to estimate, ci and pi only; give %s in "
                            + "a claim of its own on the analysis scale", n, String.join(", ", other));
                    continue;
                }
            }
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
                        add(out, problems, n, new Claim(id, t, names.get(i), robust, ((Number) pair.get(i)).doubleValue(), false, d, where,
                                reportedScale));
                    }
                } else if (v instanceof Number num) {
                    add(out, problems, n, new Claim(id, t, key, robust, num.doubleValue(), false, d, where, reportedScale));
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

}
