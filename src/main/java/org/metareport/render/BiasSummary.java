package org.metareport.render;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.metareport.results.AnalysisResult;
import org.metareport.results.BiasResult;
import org.metareport.results.CoefficientResult;
import org.metareport.results.SensitivityResult;

/**
 * The console lines for an analysis's publication-bias and sensitivity results, one line per method, in the
 * numbers metafor prints ({@code selmodel}, {@code regtest}, {@code trimfill}, {@code leave1out},
 * {@code influence}, {@code cumul}); the report has the full tables.
 */
final class BiasSummary {
    private BiasSummary() {}

    static void append(StringBuilder sb, AnalysisResult a) {
        BiasResult b = a.bias();
        SensitivityResult s = a.sensitivity();
        if (b == null && s == null) return;
        StringBuilder lines = new StringBuilder();
        if (b != null) bias(lines, b);
        if (s != null) sensitivity(lines, s);
        if (lines.length() > 0) sb.append("\nPublication bias and sensitivity:\n").append(lines);
    }

    private static void bias(StringBuilder sb, BiasResult b) {
        BiasResult.Selection sel = b.selection();
        if (sel != null && sel.identified() && sel.estimate() != null) {
            sb.append(line("selection model (steps %s, %s): %s%s", steps(sel.steps()), sel.alternative(),
                    estimate(sel.estimate()), sel.lrt() == null ? "" : String.format(Locale.ROOT,
                            "; LRT(df = %d) = %s, p-val %s", sel.lrtDf(), Summary.f4(sel.lrt()),
                            sel.lrtP() == null ? "NA" : Summary.p(sel.lrtP()))));
        } else if (sel != null) {
            sb.append(line("selection model (steps %s, %s): not fitted (%s)", steps(sel.steps()), sel.alternative(),
                    String.join("; ", sel.notes())));
        }
        BiasResult.Egger e = b.egger();
        if (e != null) {
            sb.append(line("Egger's regression test (%s, predictor %s): %s = %s, p-val %s; limit estimate %s [%s, %s]",
                    e.model(), e.predictor(), e.df() == null ? "z" : "t(" + org.metareport.format.Apa.df(e.df()) + ")",
                    Summary.f4(e.statistic()), Summary.p(e.p()), Summary.f4(e.limitEstimate()),
                    Summary.f4(e.ciLower()), Summary.f4(e.ciUpper())));
        }
        BiasResult.TrimFill t = b.trimfill();
        if (t != null) {
            sb.append(line("trim-and-fill (%s): %d missing on the %s side%s; filled estimate %s", t.estimator(),
                    t.k0(), t.side(), t.seK0() == null ? "" : " (SE = " + Summary.f4(t.seK0()) + ")",
                    estimate(t.estimate())));
        }
        if (b.petPeese() != null && b.petPeese().conditional() != null) {
            sb.append(line("PET-PEESE (%s selected): %s", b.petPeese().peeseSelected() ? "PEESE" : "PET",
                    estimate(b.petPeese().conditional())));
        }
        if (b.failSafe() != null) sb.append(line("fail-safe N (%s): %d", b.failSafe().type(), b.failSafe().n()));
    }

    private static void sensitivity(StringBuilder sb, SensitivityResult s) {
        range(sb, "leave-one-out", s.leaveOneOut().stream().map(SensitivityResult.Pooled::estimate).toList());
        if (!s.influence().isEmpty()) {
            List<String> flagged = s.influence().stream().filter(SensitivityResult.InfluenceRow::influential)
                    .map(SensitivityResult.InfluenceRow::label).toList();
            sb.append(line("influence: %d of %d effects influential%s", flagged.size(), s.influence().size(),
                    flagged.isEmpty() ? "" : " (" + String.join(", ", flagged) + ")"));
        }
        if (!s.cumulative().isEmpty()) {
            SensitivityResult.Pooled last = s.cumulative().get(s.cumulative().size() - 1);
            sb.append(line("cumulative by %s: %d steps, last %s [%s, %s]", s.cumulativeBy(), s.cumulative().size(),
                    Summary.f4(last.estimate()), Summary.f4(last.ciLower()), Summary.f4(last.ciUpper())));
        }
        range(sb, "leave one study out", s.leaveStudyOut().stream()
                .map(r -> r.estimate() == null ? null : r.estimate().estimate()).toList());
        if (!s.rho().isEmpty()) {
            StringBuilder r = new StringBuilder();
            for (SensitivityResult.Refit f : s.rho()) {
                if (r.length() > 0) r.append(", ");
                r.append(Summary.f2(f.rho())).append(": ")
                        .append(f.estimate() == null ? "NA" : Summary.f4(f.estimate().estimate()));
            }
            sb.append(line("estimate by assumed rho: %s", r));
        }
    }

    /** "leave-one-out: 13 refits, estimates from -0.80 to -0.62" (failed refits counted apart). */
    private static void range(StringBuilder sb, String what, List<Double> estimates) {
        if (estimates.isEmpty()) return;
        List<Double> ok = estimates.stream().filter(Objects::nonNull).filter(Double::isFinite).toList();
        int failed = estimates.size() - ok.size();
        String spread = ok.isEmpty() ? "none fitted" : String.format(Locale.ROOT, "estimates from %s to %s",
                Summary.f4(ok.stream().min(Double::compare).orElseThrow()),
                Summary.f4(ok.stream().max(Double::compare).orElseThrow()));
        sb.append(line("%s: %d refits, %s%s", what, estimates.size(), spread,
                failed == 0 ? "" : " (" + failed + " not fitted)"));
    }

    private static String estimate(CoefficientResult c) {
        return String.format(Locale.ROOT, "%s [%s, %s]", Summary.f4(c.estimate()), Summary.f4(c.ciLower()),
                Summary.f4(c.ciUpper()));
    }

    private static String steps(List<Double> steps) {
        return String.join(", ", steps.stream().map(x -> String.format(Locale.ROOT, "%s", x)).toList());
    }

    private static String line(String format, Object... args) {
        return "  " + String.format(Locale.ROOT, format, args) + "\n";
    }
}
