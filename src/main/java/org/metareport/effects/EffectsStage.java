package org.metareport.effects;

import org.metareport.vocabulary.Measure;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.metareport.data.CellReader;
import org.metareport.data.Dataset;
import org.metareport.data.Table;
import org.metareport.problems.InputException;
import org.metareport.problems.Problems;
import org.metareport.spec.ColumnRef;
import org.metareport.spec.DataSpec;
import org.metareport.spec.EffectSpec;

/**
 * The effects stage: computes yi and vi for every data row from the spec's {@code effect:} block.
 *
 * <p>Per row, in this order (the school-based authors' pipeline, generalised): the {@code reported} effect where its
 * cell is present (variance as {@link Smd#vi}); else, with {@code pre} columns present, the difference
 * g(post) − g(pre) ({@link Smd#prePost}); else the measure on the post-test columns ({@link Escalc}); else the same
 * measure on a second set of columns ({@code effect.alternative}, e.g. change scores); else a
 * precomputed yi with its vi or sei ({@code effect.precomputed}, taken as given); the order is {@code effect.sources}.
 * Rows flagged by
 * {@code cluster.when} are then adjusted for clustering ({@link ClusterAdjustment#hedges2007}); rows flagged by
 * {@code reverse} get yi = −yi. A row whose inputs are missing is omitted with a warning, as metafor's {@code rma}
 * omits rows with NAs; a cell that is present but wrong is an error at its file and row.
 */
public final class EffectsStage {
    private EffectsStage() {}

    /** The computed effects in row order, and warnings (rows omitted). */
    public record Output(List<ComputedEffect> effects, List<String> warnings) {
        public Output {
            effects = List.copyOf(effects);
            warnings = List.copyOf(warnings);
        }
    }

    /**
     * Computes every row's effect size.
     *
     * @throws InputException with every bad cell and every row whose effect cannot be computed
     */
    public static Output compute(EffectSpec spec, DataSpec dataSpec, Dataset data) {
        Problems problems = new Problems();
        checkShape(spec, problems);
        List<ColumnRef> refs = new ArrayList<>(spec.columns().values());
        refs.addAll(spec.pre().values());
        refs.add(spec.reported());
        refs.addAll(spec.precomputed().values());
        if (spec.alternative() != null) refs.addAll(spec.alternative().columns().values());
        refs.add(spec.reverse());
        if (spec.cluster() != null) {
            refs.addAll(java.util.Arrays.asList(spec.cluster().when(), spec.cluster().clusters1i(),
                    spec.cluster().clusters2i(), spec.cluster().iccColumn(), spec.cluster().n()));
        }
        data.checkColumns(refs, problems);
        problems.throwIfAny();

        Table table = data.table();
        CellReader cells = data.cells(problems);
        List<ComputedEffect> out = new ArrayList<>();
        Map<Integer, String> omitted = new LinkedHashMap<>();
        List<String> disagreements = new ArrayList<>();
        for (Table.Row row : table.rows()) {
            String study = cells.text(row, dataSpec.study().name());
            if (study == null) {
                problems.add(table.where(row, dataSpec.study().name()), "the study column '%s' is empty; every "
                        + "effect size needs its study", dataSpec.study().name());
                continue;
            }
            String id = dataSpec.id() == null ? String.valueOf(row.line()) : cells.text(row, dataSpec.id().name());
            if (id == null) id = String.valueOf(row.line());
            String label = dataSpec.label() == null ? study : cells.text(row, dataSpec.label().name());
            if (label == null) label = study;
            String effectLabel = effectLabel(dataSpec, cells, row, label, id);
            try {
                Computed c = one(spec, cells, row, disagreements);
                if (c == null) continue;                     // a bad cell, already reported
                if (c.missing() != null) {
                    omitted.put(row.line(), c.missing());
                    continue;
                }
                if (!EffectRange.check(spec, table, row, c.effect(), problems)) continue;
                out.add(new ComputedEffect(row, study, id, label, c.effect().yi(), c.effect().vi(), c.source(),
                        effectLabel));
            } catch (EffectException e) {
                problems.add(table.where(row), "%s%s", e.getMessage(), columnsNamed(spec, e.getMessage()));
            }
        }
        problems.throwIfAny();
        List<String> warnings = new ArrayList<>();
        if (!omitted.isEmpty()) {
            warnings.add(String.format(Locale.ROOT, "%d row%s with missing values omitted (%s)", omitted.size(),
                    omitted.size() == 1 ? "" : "s", omitted.entrySet().stream()
                            .map(e -> "row " + e.getKey() + ": " + e.getValue()).collect(Collectors.joining("; "))));
        }
        if (!disagreements.isEmpty()) {
            warnings.add(String.format(Locale.ROOT, "%d row%s where two available effect-size sources differ by more "
                    + "than %s (effect.disagreement; the first source listed is used): %s", disagreements.size(),
                    disagreements.size() == 1 ? "" : "s", Require.show(spec.disagreement()), String.join("; ",
                            disagreements.subList(0, Math.min(20, disagreements.size())))
                            + (disagreements.size() > 20 ? "; …" : "")));
        }
        if (out.isEmpty()) {
            throw InputException.at(spec.where(), "no effect size could be computed: every row of %s misses an "
                    + "input%s", table.file(), omitted.isEmpty() ? "" : " (e.g. row " + omitted.keySet().iterator().next()
                    + ": " + omitted.values().iterator().next() + ")");
        }
        return new Output(out, warnings);
    }

    /** The keys beyond {@code columns} are defined for standardised mean differences only. */
    static void checkShape(EffectSpec spec, Problems problems) {
        if (spec.measure() == Measure.SMD) return;
        if (!spec.pre().isEmpty() || spec.reported() != null || spec.cluster() != null) {
            problems.add(spec.where(), "effect: pre, reported and cluster apply to measure SMD only (the measure "
                    + "is %s); remove them or use measure: SMD", spec.measure());
        }
    }

    /** One row's result: an effect with its source, or the reason it is missing. */
    private record Computed(Effect effect, String source, String missing) {}

    private static Computed one(EffectSpec spec, CellReader cells, Table.Row row) {
        return one(spec, cells, row, null);
    }

    /**
     * One row: the first source of {@code spec.sources()} that can be computed (all its inputs present), then the
     * cluster adjustment and reverse coding. With {@code effect.disagreement}, the other available sources are
     * computed too and a difference in yi above it is noted in {@code disagreements}.
     */
    private static Computed one(EffectSpec spec, CellReader cells, Table.Row row, List<String> disagreements) {
        int before = cells.reportedCount();
        Map<String, Double> post = read(spec.columns(), cells, row);
        Map<String, Double> pre = read(spec.pre(), cells, row);
        Map<String, Double> alt = spec.alternative() == null ? Map.of()
                : read(spec.alternative().columns(), cells, row);
        Effect effect = null;
        String source = null;
        Map<String, Effect> others = new LinkedHashMap<>();
        for (String s : spec.sources()) {
            if (effect != null && spec.disagreement() == null) break;
            Effect e;
            try {
                e = s.equals("alternative") ? alternative(spec, alt) : source(spec, s, post, pre, cells, row);
            } catch (EffectException x) {
                if (effect == null) throw x;
                continue;                                   // a later source's bad input matters only if it is used
            }
            if (e == null) continue;
            if (effect == null) {
                effect = e;
                source = label(spec, s);
            } else others.put(label(spec, s), e);
        }
        if (effect == null) {
            List<String> needed = spec.measure() == Measure.PRE ? List.of("yi")
                    : spec.measure().needed(spec.columns().keySet());
            if (spec.sources().contains("post") && !complete(post, needed)) return missing(spec, post, needed);
            List<String> n = List.of("n1i", "n2i");
            if (!complete(post, n)) return missing(spec, post, n);
            return new Computed(null, null, "no source of " + spec.sources() + " can be computed");
        }
        StringBuilder differ = new StringBuilder();
        for (var o : others.entrySet()) {
            if (Math.abs(o.getValue().yi() - effect.yi()) > spec.disagreement())
                differ.append(String.format(Locale.ROOT, ", %s %.3f", o.getKey(), o.getValue().yi()));
        }
        if (disagreements != null && !differ.isEmpty())
            disagreements.add(String.format(Locale.ROOT, "row %d: %s %.3f", row.line(), source, effect.yi()) + differ);
        // a precomputed effect is taken as given (already on the analysis scale, adjusted as its coder saw fit)
        if (spec.cluster() != null && !"yi/vi".equals(source) && (spec.cluster().when() == null
                || Boolean.TRUE.equals(cells.flag(row, spec.cluster().when().name())))) {
            var cl = spec.cluster();
            Double c1 = cells.number(row, cl.clusters1i().name());
            Double c2 = cells.number(row, cl.clusters2i().name());
            Double icc = cl.iccColumn() == null ? Double.valueOf(cl.icc()) : cells.number(row, cl.iccColumn().name());
            Map<String, Double> sizes = "alternative".equals(source) ? alt : post;   // the group sizes of the source used
            double n1 = value(sizes, "n1i"), n2 = value(sizes, "n2i");
            Double total = cl.n() == null ? Double.valueOf(n1 + n2) : cells.number(row, cl.n().name());
            if (c1 == null || c2 == null || icc == null || total == null) {
                return new Computed(null, null, "marked clustered but the cluster counts (" + cl.clusters1i() + ", "
                        + cl.clusters2i() + ")" + (cl.iccColumn() == null ? "" : ", the ICC (" + cl.iccColumn() + ")")
                        + (cl.n() == null ? "" : " or the total N (" + cl.n() + ")") + " are missing");
            }
            Effect adjusted = ClusterAdjustment.adjust(effect.yi(), n1, n2, total, c1, c2, icc,
                    cl.variant().equals("hedges2007"));
            effect = cl.variance().equals("lipsey_wilson") ? new Effect(adjusted.yi(), Smd.vi(adjusted.yi(), n1, n2))
                    : adjusted;
        }
        if (spec.reverse() != null && Boolean.TRUE.equals(cells.flag(row, spec.reverse().name()))) {
            effect = effect.reversed();
        }
        return cells.reportedCount() != before ? null : new Computed(effect, source, null);   // a bad cell: reported
    }

    /**
     * A metafor argument's value for {@link Escalc}: for PRE with {@code ratio: true} the logs of yi and the bounds,
     * and {@code level} from {@code ci_level}.
     */
    private static double argument(EffectSpec spec, Map<String, Double> values, String name) {
        if (spec.measure() != Measure.PRE) return value(values, name);
        if (name.equals("level")) return spec.interval().level();
        double x = value(values, name);
        if (!spec.interval().ratio() || !List.of("yi", "ci.lb", "ci.ub").contains(name) || Double.isNaN(x)) return x;
        if (x <= 0) throw new EffectException(name + " is " + Require.show(x) + "; with ratio: true the estimate and its bounds are "
                + "ratios and must be positive (metareport analyses their logs)");
        return Math.log(x);
    }

    /** The row's effect from {@code effect.alternative}'s columns, or null when an input of it is missing. */
    private static Effect alternative(EffectSpec spec, Map<String, Double> alt) {
        Measure m = spec.alternative().measure();
        List<String> needed = m == Measure.PRE ? List.of("yi") : m.needed(spec.alternative().columns().keySet());
        if (!complete(alt, needed)) return null;
        try {
            return Escalc.of(m, name -> argument(spec, alt, name));
        } catch (EffectException e) {
            throw new EffectException("effect.alternative: " + e.getMessage());
        }
    }

    /** The row's effect from one source, or null when an input of it is missing. */
    private static Effect source(EffectSpec spec, String s, Map<String, Double> post, Map<String, Double> pre,
                                 CellReader cells, Table.Row row) {
        double n1 = value(post, "n1i"), n2 = value(post, "n2i");
        switch (s) {
            case "yi_vi" -> {
                Double yi = cells.number(row, spec.precomputed().get("yi").name());
                ColumnRef v = spec.precomputed().get("vi");
                ColumnRef se = spec.precomputed().get("sei");
                Double var = v != null ? cells.number(row, v.name()) : cells.number(row, se.name());
                if (yi == null || var == null) return null;
                if (!(var > 0)) throw new EffectException((v != null ? "vi" : "sei") + " ("
                        + (v != null ? v : se).name() + ") is " + Require.show(var) + "; it must be above 0");
                return new Effect(yi, v != null ? var : var * var);
            }
            case "reported" -> {
                Double reported = cells.number(row, spec.reported().name());
                if (reported == null || Double.isNaN(n1) || Double.isNaN(n2)) return null;
                return new Effect(reported, Smd.vi(reported, n1, n2));
            }
            case "pre_post" -> {
                boolean hasPre = !spec.pre().isEmpty() && pre.values().stream().allMatch(v -> v != null);
                if (!hasPre || !complete(post, spec.measure().needed(spec.columns().keySet()))) return null;
                Effect postEffect = Escalc.of(spec.measure(), name -> argument(spec, post, name));
                Effect preEffect = Smd.of(pre.get("m1i"), pre.get("sd1i"), pre.containsKey("n1i") ? pre.get("n1i") : n1,
                        pre.get("m2i"), pre.get("sd2i"), pre.containsKey("n2i") ? pre.get("n2i") : n2);
                return Smd.prePost(preEffect.yi(), postEffect.yi(), n1, n2);
            }
            default -> {
                List<String> needed = spec.measure() == Measure.PRE ? List.of("yi")
                        : spec.measure().needed(spec.columns().keySet());
                if (!complete(post, needed)) return null;
                return Escalc.of(spec.measure(), name -> argument(spec, post, name));
            }
        }
    }

    /** The source as results.json names it (unchanged from earlier versions). */
    private static String label(EffectSpec spec, String s) {
        return switch (s) {
            case "reported" -> "reported";
            case "pre_post" -> "pre/post difference";
            case "yi_vi" -> "yi/vi";
            case "alternative" -> "alternative";
            default -> spec.pre().isEmpty() ? spec.measure().name() : "post-test";
        };
    }

    private static Map<String, Double> read(Map<String, ColumnRef> columns, CellReader cells, Table.Row row) {
        Map<String, Double> values = new LinkedHashMap<>();
        for (var e : columns.entrySet()) values.put(e.getKey(), cells.number(row, e.getValue().name()));
        return values;
    }

    private static boolean complete(Map<String, Double> values, List<String> needed) {
        for (String n : needed) if (values.get(n) == null) return false;
        return true;
    }

    private static double value(Map<String, Double> values, String name) {
        Double v = values.get(name);
        return v == null ? Double.NaN : v;
    }

    private static Computed missing(EffectSpec spec, Map<String, Double> values, List<String> needed) {
        List<String> absent = needed.stream().filter(n -> values.get(n) == null)
                .map(n -> spec.columns().containsKey(n) ? "'" + spec.columns().get(n).name() + "'" : n)
                .collect(Collectors.toList());
        return new Computed(null, null, "no value in " + String.join(", ", absent));
    }

    /** The columns behind the metafor arguments a message mentions: " (sd2i is column 'C_SD_Post')". */
    private static String columnsNamed(EffectSpec spec, String message) {
        String named = spec.columns().entrySet().stream()
                .filter(e -> java.util.regex.Pattern.compile("\\b" + e.getKey() + "\\b").matcher(message).find())
                .map(e -> e.getKey() + " is column '" + e.getValue().name() + "'")
                .collect(Collectors.joining(", "));
        return named.isEmpty() ? "" : "; " + named;
    }

    /**
     * The label of one effect under its study's heading in a forest plot: the {@code data.effect_label} cell, else the
     * {@code data.label} cell when the spec names one, else the effect-size id when the spec names an id column, else
     * "row n" (its line in the effects file), so a reader can find it in the data.
     */
    static String effectLabel(org.metareport.spec.DataSpec dataSpec, CellReader cells, Table.Row row, String label,
                              String id) {
        if (dataSpec.effectLabel() != null) {
            String cell = cells.text(row, dataSpec.effectLabel().name());
            if (cell != null) return cell;
        }
        if (dataSpec.label() != null && !label.equals(cells.text(row, dataSpec.study().name()))) return label;
        if (dataSpec.id() != null) return id;
        return "row " + row.line();
    }
}
