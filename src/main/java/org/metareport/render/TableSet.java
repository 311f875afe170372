package org.metareport.render;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.metareport.results.AnalysisResult;
import org.metareport.results.Results;
import org.metareport.results.SensitivityResult;

/**
 * The manuscript's numbered tables, in document order, numbered once here rather than by a counter the templates carry
 * across includes. A template asks for a table's number by its kind and analysis id ({@code ${tables.number
 * ("coefficients", a.id)}}, or {@code ${tables.number("claims")}} for a table of the whole report); asking for a table
 * the results do not have is an error, so the templates' conditions and these cannot drift apart unnoticed.
 *
 * <p>The order follows {@code report.md.ftl}: characteristics, risk of bias; per analysis its coefficients, variance
 * components, cluster-robust tests, marginal means and subgroups; per analysis with bias the selection model; per
 * analysis with sensitivity its leave-one-out, influence, cumulative, leave-one-study-out and rho tables; the claims;
 * the provenance appendix's input files and method card.
 */
public final class TableSet {
    private final Map<String, Integer> numbers = new LinkedHashMap<>();

    private TableSet() {}

    /** The tables these results show (with the provenance appendix when {@code provenance}). */
    public static TableSet of(Results results, boolean provenance) {
        TableSet t = new TableSet();
        if (results.characteristics() != null) t.add("characteristics", "");
        if (results.riskOfBias() != null) t.add("risk-of-bias", "");
        for (AnalysisResult a : results.analyses()) {
            t.add("coefficients", a.id());
            if (a.heterogeneity().sigma2() != null) t.add("variance", a.id());
            if (a.robust() != null) t.add("robust", a.id());
            if (!a.marginalMeans().isEmpty()) t.add("marginal-means", a.id());
            if (!a.subgroups().isEmpty()) t.add("subgroups", a.id());
        }
        for (AnalysisResult a : results.analyses()) {
            var b = a.bias();
            if (b != null && b.selection() != null && b.selection().identified()) t.add("selection", a.id());
        }
        for (AnalysisResult a : results.analyses()) {
            SensitivityResult s = a.sensitivity();
            if (s == null) continue;
            if (present(s.leaveOneOut())) t.add("leave-one-out", a.id());
            if (present(s.influence())) t.add("influence", a.id());
            if (present(s.cumulative())) t.add("cumulative", a.id());
            if (present(s.leaveStudyOut())) t.add("leave-study-out", a.id());
            if (present(s.rho())) t.add("rho", a.id());
        }
        if (!results.claims().isEmpty()) t.add("claims", "");
        if (provenance) {
            t.add("inputs", "");
            if (!org.metareport.results.EffectSource.of(results.effects()).isEmpty()) t.add("effect-sources", "");
            t.add("method-card", "");
        }
        return t;
    }

    /** Tables of the whole report numbered from {@code first} in the order given (for rendering one template alone). */
    static TableSet numbered(int first, String... kinds) {
        TableSet t = new TableSet();
        for (String k : kinds) t.numbers.put(k, first + t.numbers.size());
        return t;
    }

    private static boolean present(List<?> rows) {
        return rows != null && !rows.isEmpty();
    }

    private void add(String kind, String analysis) {
        numbers.put(key(kind, analysis), numbers.size() + 1);
    }

    private static String key(String kind, String analysis) {
        return analysis.isEmpty() ? kind : kind + " of " + analysis;
    }

    /** The number of a table of the whole report (characteristics, risk-of-bias, claims, inputs, method-card). */
    public int number(String kind) {
        return number(kind, "");
    }

    /**
     * The number of an analysis's table.
     *
     * @throws IllegalArgumentException when the results have no such table (a template and this set disagree)
     */
    public int number(String kind, String analysis) {
        Integer n = numbers.get(key(kind, analysis));
        if (n == null) {
            throw new IllegalArgumentException("no table '" + key(kind, analysis) + "' in this report; it has "
                    + String.join(", ", numbers.keySet()));
        }
        return n;
    }

    /** Every table's key ("coefficients of overall", "claims") in document order. */
    public List<String> keys() {
        return List.copyOf(numbers.keySet());
    }
}
