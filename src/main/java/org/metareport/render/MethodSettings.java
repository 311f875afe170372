package org.metareport.render;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.metareport.vocabulary.ModelKind;
import java.util.function.Function;
import java.util.function.Predicate;
import org.metareport.results.AnalysisResult;
import org.metareport.results.HeldAt;
import org.metareport.results.RobustResult;

/**
 * What the Methods section states once and what it states per analysis, as an author writes it: each setting
 * (model, estimator, test, confidence level, cluster-robust variance, assumed ρ, centring) is given once with the
 * value most analyses share, and each analysis then names only where it departs from that, with its own moderators,
 * subgroups and marginal means. Templates word the settings ({@code methods-analysis.md.ftl}); this class only
 * decides which are shared and which differ.
 *
 * @param shared   the common settings, stated once
 * @param uniform  true when no analysis departs from a shared setting (the prose need not say "unless stated
 *                 otherwise")
 * @param analyses one entry per analysis, in spec order
 * @param groups   the analyses grouped by their departures (same settings, same values), in order of first
 *                 occurrence: the prose names each group once, so analyses that differ alike share one entry
 */
public record MethodSettings(Shared shared, boolean uniform, List<Departure> analyses, List<Group> groups) {
    public MethodSettings {
        analyses = List.copyOf(analyses);
        groups = List.copyOf(groups);
    }

    /**
     * Analyses that depart from the shared settings in the same way.
     *
     * @param members the analyses, in spec order (at least one)
     * @param differs the settings they depart on (empty: they use the shared settings), worded from the first member
     */
    public record Group(List<Departure> members, List<String> differs) {
        public Group {
            members = List.copyOf(members);
            differs = List.copyOf(differs);
        }

        /** The first member, whose values the departures are worded from (all members share them). */
        public AnalysisResult first() {
            return members.get(0).analysis();
        }
    }

    /** Setting names, in the order the prose gives them. */
    public static final String MODEL = "model", METHOD = "method", TEST = "test", LEVEL = "level", ROBUST = "robust",
            RHO = "rho", CENTERED = "centered";

    /**
     * The settings most analyses share; a field is null when no analysis has that setting (e.g. {@code rho} when no
     * model assumes one). {@code settings} lists the names of the fields that are stated.
     *
     * @param model  fixed | random | multilevel | rve
     * @param levels multilevel: the levels (e.g. Study, ESId); rve: null
     * @param method the τ² estimator (REML, ...) or, for rve, the weights (CORR, HIER)
     * @param robust the cluster-robust type (CR2) shared, or null when most analyses have none
     * @param robustDf how the robust df were found (Satterthwaite), with {@code robust}
     * @param centered false, true (grand-mean centred) or a {@link HeldAt} (centred at all rows' means or at values)
     */
    public record Shared(List<String> settings, String model, List<String> levels, String method, String test,
                         Double level, String robust, String robustDf, Double rho, Object centered) {
        public Shared {
            settings = List.copyOf(settings);
            levels = levels == null ? null : List.copyOf(levels);
        }

        /** True when this setting is stated in the shared sentence. */
        public boolean has(String setting) {
            return settings.contains(setting);
        }
    }

    /**
     * One analysis in the Methods section: which of its settings depart from the shared ones ({@code differs}, in
     * prose order), and whether it adds anything of its own (moderators, subgroups, marginal means).
     */
    public record Departure(AnalysisResult analysis, List<String> differs) {
        public Departure {
            differs = List.copyOf(differs);
        }

        /** True when this setting departs from the shared one. */
        public boolean differs(String setting) {
            return differs.contains(setting);
        }

        /** The departures that decide its group: all but centring, which is said with the moderators. */
        List<String> settings() {
            List<String> out = new ArrayList<>(differs);
            out.remove(CENTERED);
            return out;
        }

        /**
         * What the analysis adds to its group's settings, in order: "moderators", "centered" (when centring departs),
         * "subgroups", "marginal_means"; empty for an intercept-only model.
         */
        public List<String> content() {
            List<String> out = new ArrayList<>();
            if (!analysis.moderators().isEmpty()) out.add("moderators");
            if (differs.contains(CENTERED)) out.add(CENTERED);
            if (!analysis.subgroups().isEmpty()) out.add("subgroups");
            if (!analysis.marginalMeans().isEmpty()) out.add("marginal_means");
            return out;
        }
    }

    /** How one setting is read from an analysis, and to which analyses it applies. */
    private record Setting(String name, Predicate<AnalysisResult> applies, Function<AnalysisResult, Object> value) {}

    private static final List<Setting> SETTINGS = List.of(
            new Setting(MODEL, a -> true, MethodSettings::model),
            new Setting(METHOD, a -> a.model() != ModelKind.FIXED, AnalysisResult::method),
            new Setting(RHO, MethodSettings::assumesRho, AnalysisResult::rho),
            new Setting(TEST, a -> a.model() != ModelKind.RVE, AnalysisResult::test),
            new Setting(ROBUST, a -> a.model() != ModelKind.RVE, MethodSettings::robust),
            new Setting(LEVEL, a -> true, AnalysisResult::level),
            new Setting(CENTERED, a -> !a.moderators().isEmpty(), MethodSettings::centring));

    /**
     * Centring as a setting: false, true (at the analysed rows' means, {@code center: true}), or where the moderators
     * were centred otherwise (all rows' means, given values).
     */
    private static Object centring(AnalysisResult a) {
        if (!a.centered()) return Boolean.FALSE;
        if (a.held().defaultCentre()) return Boolean.TRUE;
        return new HeldAt(a.held().centerAt(), a.held().centerValues(), "centred", Map.of());
    }

    /** The shared settings and each analysis's departures. */
    public static MethodSettings of(List<AnalysisResult> analyses) {
        Map<String, Object> common = new LinkedHashMap<>();
        for (Setting s : SETTINGS) {
            Object mode = mode(analyses, s);
            if (mode != null) common.put(s.name(), mode);
        }
        List<String> stated = new ArrayList<>(common.keySet());
        if (Boolean.FALSE.equals(common.get(CENTERED))) stated.remove(CENTERED);   // not centring needs no words
        if ("none".equals(common.get(ROBUST))) stated.remove(ROBUST);
        List<Departure> departures = new ArrayList<>();
        boolean uniform = true;
        for (AnalysisResult a : analyses) {
            List<String> differs = new ArrayList<>();
            for (Setting s : SETTINGS) {
                if (s.applies().test(a) && !Objects.equals(value(s, a), common.get(s.name()))) differs.add(s.name());
            }
            // "unless stated otherwise" is needed when an analysis departs from a setting the shared sentence states,
            // or has one it leaves unsaid (cluster-robust tests when most have none); centring is said per analysis
            if (!new Departure(a, differs).settings().isEmpty()) uniform = false;
            departures.add(new Departure(a, differs));
        }
        AnalysisResult example = analyses.stream().filter(a -> Objects.equals(model(a), common.get(MODEL)))
                .findFirst().orElse(null);
        RobustResult robust = analyses.stream().map(AnalysisResult::robust).filter(Objects::nonNull)
                .filter(r -> r.type().equals(common.get(ROBUST))).findFirst().orElse(null);
        Shared shared = new Shared(stated, kind(common),
                example != null && example.model() == ModelKind.MULTILEVEL ? example.heterogeneity().levels() : null,
                (String) common.get(METHOD), (String) common.get(TEST), (Double) common.get(LEVEL),
                robust == null ? null : robust.type(), robust == null ? null : robust.df(), (Double) common.get(RHO),
                common.get(CENTERED));
        Map<List<Object>, List<Departure>> bySignature = new LinkedHashMap<>();
        for (Departure d : departures) {
            List<Object> signature = new ArrayList<>();
            for (Setting s : SETTINGS) {
                if (d.settings().contains(s.name())) signature.add(List.of(s.name(), value(s, d.analysis())));
            }
            bySignature.computeIfAbsent(signature, k -> new ArrayList<>()).add(d);
        }
        List<Group> groups = new ArrayList<>();
        for (List<Departure> members : bySignature.values()) groups.add(new Group(members, members.get(0).settings()));
        return new MethodSettings(shared, uniform, departures, groups);
    }

    /** The value most analyses that have the setting share (the first to occur on a tie); null when none has it. */
    private static Object mode(List<AnalysisResult> analyses, Setting s) {
        Map<Object, Integer> counts = new LinkedHashMap<>();
        for (AnalysisResult a : analyses) {
            if (s.applies().test(a)) counts.merge(value(s, a), 1, Integer::sum);
        }
        Object best = null;
        int most = 0;
        for (Map.Entry<Object, Integer> e : counts.entrySet()) {
            if (e.getValue() > most) {
                best = e.getKey();
                most = e.getValue();
            }
        }
        return best;
    }

    private static Object value(Setting s, AnalysisResult a) {
        return Objects.requireNonNullElse(s.value().apply(a), "none");
    }

    /** The model with what makes two models of that kind the same: multilevel with its levels. */
    private static String model(AnalysisResult a) {
        return a.model() == ModelKind.MULTILEVEL ? "multilevel:" + String.join("/", a.heterogeneity().levels()) : a.model().spelling();
    }

    private static String kind(Map<String, Object> common) {
        Object m = common.get(MODEL);
        return m == null ? null : m.toString().replaceFirst(":.*", "");
    }

    private static Object robust(AnalysisResult a) {
        return a.robust() == null ? "none" : a.robust().type();
    }

    /** Multilevel models and correlated-effects RVE assume a correlation of sampling errors within a study. */
    private static boolean assumesRho(AnalysisResult a) {
        return a.rho() != null && (a.model() == ModelKind.MULTILEVEL || (a.model() == ModelKind.RVE && a.method().equals("CORR")));
    }
}
