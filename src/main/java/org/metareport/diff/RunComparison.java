package org.metareport.diff;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import org.metareport.diff.RunDiff.Change;
import org.metareport.diff.RunSnapshot.AnalysisEntry;
import org.metareport.diff.RunSnapshot.EffectEntry;
import org.metareport.diff.RunSnapshot.Term;

/**
 * Compares two runs of a living review: studies by their effect sizes (matched by study and effect id), inputs by
 * hash, each analysis's coefficients (estimate and interval), k, tau2 and I2, and the conclusions a reader draws from
 * a coefficient: significant at the analysis's level or not, positive or negative.
 */
public final class RunComparison {
    private RunComparison() {}

    /**
     * @param tolerance relative: a number moved when |a − b| > tolerance·max(|a|, |b|)
     * @throws org.metareport.problems.InputException when either folder has no results.json
     */
    public static RunDiff compare(Path before, Path after, double tolerance) {
        return compare(RunReader.read(before), RunReader.read(after), tolerance);
    }

    /**
     * Compares an earlier run's folder with the run being written (a report's "Changes since the last version").
     *
     * @param before       the earlier run's output folder (results.json, optional manifest.json)
     * @param beforeShown  that folder as the diff names it (e.g. as the spec wrote it)
     * @param resultsJson  the current run's results.json text
     * @param inputs       the current run's input files (path as the manifest records it, to SHA-256)
     * @param afterShown   the current run as the diff names it
     * @throws org.metareport.problems.InputException when the earlier folder has no readable results.json
     */
    public static RunDiff compare(Path before, String beforeShown, String resultsJson, Map<String, String> inputs,
                                  String afterShown, double tolerance) {
        RunSnapshot a = RunReader.read(before);
        a = new RunSnapshot(beforeShown, a.title(), a.toolVersion(), a.effects(), a.analyses(), a.inputs());
        return compare(a, RunReader.read(afterShown, resultsJson, inputs), tolerance);
    }

    static RunDiff compare(RunSnapshot a, RunSnapshot b, double tol) {
        List<RunDiff.EstimateChange> estimates = new ArrayList<>();
        List<RunDiff.ConclusionChange> conclusions = new ArrayList<>();
        Map<String, AnalysisEntry> old = byId(a.analyses());
        Map<String, AnalysisEntry> now = byId(b.analyses());
        Set<String> ids = new LinkedHashSet<>(now.keySet());
        ids.addAll(old.keySet());
        for (String id : ids) analysis(id, old.get(id), now.get(id), tol, estimates, conclusions);
        return new RunDiff(a.folder(), b.folder(), b.title().isEmpty() ? a.title() : b.title(), a.toolVersion(),
                b.toolVersion(), tol, studies(a.effects(), b.effects(), tol), inputs(a.inputs(), b.inputs()), estimates,
                conclusions);
    }

    static List<RunDiff.StudyChange> studies(List<EffectEntry> before, List<EffectEntry> after, double tol) {
        Map<String, Map<String, EffectEntry>> a = byStudy(before), b = byStudy(after);
        Set<String> names = new TreeSet<>(a.keySet());
        names.addAll(b.keySet());
        List<RunDiff.StudyChange> out = new ArrayList<>();
        for (String s : names) {
            Map<String, EffectEntry> x = a.getOrDefault(s, Map.of()), y = b.getOrDefault(s, Map.of());
            if (x.isEmpty()) {
                out.add(new RunDiff.StudyChange(s, Change.ADDED, 0, y.size(), 0));
                continue;
            }
            if (y.isEmpty()) {
                out.add(new RunDiff.StudyChange(s, Change.REMOVED, x.size(), 0, 0));
                continue;
            }
            // pair by effect id when both runs have the same ids; else (ids are row numbers by default, and a row
            // added above shifts them) by position within the study
            List<EffectEntry> xs = List.copyOf(x.values()), ys = List.copyOf(y.values());
            boolean byId = x.keySet().equals(y.keySet());
            int changed = 0;
            for (int i = 0; i < Math.min(xs.size(), ys.size()); i++) {
                EffectEntry e = xs.get(i), f = byId ? y.get(e.id()) : ys.get(i);
                if (moved(e.yi(), f.yi(), tol) || moved(e.vi(), f.vi(), tol)) changed++;
            }
            if (changed > 0 || xs.size() != ys.size()) {
                out.add(new RunDiff.StudyChange(s, Change.CHANGED, xs.size(), ys.size(), changed));
            }
        }
        return out;
    }

    static List<RunDiff.InputChange> inputs(Map<String, String> before, Map<String, String> after) {
        List<RunDiff.InputChange> out = new ArrayList<>();
        for (var e : before.entrySet()) {
            String now = after.get(e.getKey());
            if (now == null) out.add(new RunDiff.InputChange(e.getKey(), Change.REMOVED, e.getValue(), null));
            else if (!now.equals(e.getValue())) out.add(new RunDiff.InputChange(e.getKey(), Change.CHANGED, e.getValue(), now));
        }
        for (var e : after.entrySet()) {
            if (!before.containsKey(e.getKey())) out.add(new RunDiff.InputChange(e.getKey(), Change.ADDED, null, e.getValue()));
        }
        return out;
    }

    private static void analysis(String id, AnalysisEntry a, AnalysisEntry b, double tol,
                                 List<RunDiff.EstimateChange> estimates, List<RunDiff.ConclusionChange> conclusions) {
        terms(id, "", a == null ? List.of() : a.coefficients(), b == null ? List.of() : b.coefficients(), a, b, tol,
                estimates, conclusions);
        terms(id, " (robust)", a == null ? List.of() : a.robust(), b == null ? List.of() : b.robust(), a, b, tol,
                estimates, conclusions);
        scalar(id, "k", a == null ? null : toDouble(a.k()), b == null ? null : toDouble(b.k()), tol, estimates);
        scalar(id, "clusters", a == null ? null : toDouble(a.clusters()), b == null ? null : toDouble(b.clusters()), tol,
                estimates);
        scalar(id, "tau2", a == null ? null : a.tau2(), b == null ? null : b.tau2(), tol, estimates);
        scalar(id, "I2", a == null ? null : a.i2(), b == null ? null : b.i2(), tol, estimates);
    }

    private static void terms(String id, String suffix, List<Term> before, List<Term> after, AnalysisEntry a,
                              AnalysisEntry b, double tol, List<RunDiff.EstimateChange> estimates,
                              List<RunDiff.ConclusionChange> conclusions) {
        Map<String, Term> x = new LinkedHashMap<>(), y = new LinkedHashMap<>();
        for (Term t : before) x.put(t.term(), t);
        for (Term t : after) y.put(t.term(), t);
        Set<String> names = new LinkedHashSet<>(y.keySet());
        names.addAll(x.keySet());
        for (String n : names) {
            Term s = x.get(n), t = y.get(n);
            RunDiff.Value vs = value(s), vt = value(t);
            if (vs == null && vt == null) continue;
            String quantity = n + suffix;
            if (vs == null || vt == null) {
                estimates.add(new RunDiff.EstimateChange(id, quantity, vs == null ? Change.ADDED : Change.REMOVED, vs, vt));
                continue;
            }
            if (moved(vs.value(), vt.value(), tol) || moved(vs.lower(), vt.lower(), tol) || moved(vs.upper(), vt.upper(), tol)) {
                estimates.add(new RunDiff.EstimateChange(id, quantity, Change.CHANGED, vs, vt));
            }
            if (Math.signum(vs.value()) != Math.signum(vt.value())) {
                conclusions.add(new RunDiff.ConclusionChange(id, quantity, RunDiff.Conclusion.DIRECTION,
                        direction(vs.value()), direction(vt.value())));
            }
            if (s.p() != null && t.p() != null) {
                double alphaBefore = 1 - a.level() / 100, alphaAfter = 1 - b.level() / 100;
                boolean sigBefore = s.p() < alphaBefore, sigAfter = t.p() < alphaAfter;
                if (sigBefore != sigAfter) {
                    conclusions.add(new RunDiff.ConclusionChange(id, quantity, RunDiff.Conclusion.SIGNIFICANCE,
                            significance(sigBefore, s.p(), alphaBefore), significance(sigAfter, t.p(), alphaAfter)));
                }
            }
        }
    }

    private static void scalar(String id, String name, Double a, Double b, double tol, List<RunDiff.EstimateChange> out) {
        if (a == null && b == null) return;
        if (a == null || b == null) {
            out.add(new RunDiff.EstimateChange(id, name, a == null ? Change.ADDED : Change.REMOVED,
                    a == null ? null : new RunDiff.Value(a, null, null), b == null ? null : new RunDiff.Value(b, null, null)));
        } else if (moved(a, b, tol)) {
            out.add(new RunDiff.EstimateChange(id, name, Change.CHANGED, new RunDiff.Value(a, null, null),
                    new RunDiff.Value(b, null, null)));
        }
    }

    private static RunDiff.Value value(Term t) {
        return t == null || t.estimate() == null ? null : new RunDiff.Value(t.estimate(), t.ciLower(), t.ciUpper());
    }

    static boolean moved(Double a, Double b, double tol) {
        if (a == null || b == null) return !Objects.equals(a, b);
        if (a.doubleValue() == b.doubleValue()) return false;
        return Math.abs(a - b) > tol * Math.max(Math.abs(a), Math.abs(b));
    }

    private static String direction(double x) {
        return (x > 0 ? "positive" : x < 0 ? "negative" : "zero") + " (" + DiffWriter.number(x) + ")";
    }

    private static String significance(boolean significant, double p, double alpha) {
        return String.format(Locale.ROOT, "%s at %s (p = %s)", significant ? "significant" : "not significant",
                DiffWriter.number(alpha), DiffWriter.p(p));
    }

    private static Double toDouble(Integer i) {
        return i == null ? null : i.doubleValue();
    }

    private static Map<String, AnalysisEntry> byId(List<AnalysisEntry> list) {
        Map<String, AnalysisEntry> out = new LinkedHashMap<>();
        for (AnalysisEntry e : list) out.putIfAbsent(e.id(), e);
        return out;
    }

    private static Map<String, Map<String, EffectEntry>> byStudy(List<EffectEntry> effects) {
        Map<String, Map<String, EffectEntry>> out = new LinkedHashMap<>();
        for (EffectEntry e : effects) out.computeIfAbsent(e.study(), k -> new LinkedHashMap<>()).putIfAbsent(e.id(), e);
        return out;
    }
}
