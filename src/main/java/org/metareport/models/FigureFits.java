package org.metareport.models;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import org.metareport.models.plots.Baujat;
import org.metareport.models.plots.Gosh;
import org.metareport.models.plots.Plots;
import org.metareport.models.plots.RegressionLine;
import org.metareport.spec.AnalysisSpec;
import org.metareport.spec.ColumnRef;
import org.metareport.spec.FiguresSpec;
import org.metareport.spec.Term;
import org.metareport.vocabulary.Method;
import org.metareport.vocabulary.ModelKind;

/**
 * The models stage's add-on for the optional figures: decides which the analysis gets (its {@code figures:} block,
 * else the defaults of docs/spec.md) and computes their numbers ({@link Plots}). A figure asked for that does not
 * apply to the fit is left out with a warning.
 */
final class FigureFits {
    /** The largest k a Baujat plot refits for (one refit per effect). */
    static final int MAX_BAUJAT = 2000;

    private FigureFits() {}

    static Plots of(AnalysisSpec a, Rows rows, DesignMatrix design, ModelFit model, List<String> warnings) {
        FiguresSpec f = a.figures();
        if (model instanceof ModelFit.Rve) return new Plots(List.of(), null, null, null, true, f.riskOfBias());
        double heterogeneity = model instanceof ModelFit.Univariate u ? u.fit().tau2()
                : ((ModelFit.Multilevel) model).fit().totalSigma2();
        boolean clean = model.dropped().isEmpty();
        List<Plots.Bubble> bubbles = clean ? bubbles(a, rows, design, model, heterogeneity, warnings) : List.of();
        Plots.Orchard orchard = orchard(a, rows, design, model, heterogeneity, warnings);
        Plots.BaujatPoints baujat = null;
        boolean wantBaujat = f.baujat() != null ? f.baujat() : a.sensitivity() != null && a.sensitivity().influence();
        if (wantBaujat && model instanceof ModelFit.Univariate u) {
            if (rows.k() < 3) warnings.add("the Baujat plot needs at least 3 effect sizes; it was left out");
            else if (rows.k() > MAX_BAUJAT) warnings.add(String.format(Locale.ROOT, "the Baujat plot was left out: "
                    + "%,d effect sizes, more than the %,d it refits the model for", rows.k(), MAX_BAUJAT));
            else if (!clean) warnings.add("the Baujat plot was left out: the model dropped redundant predictors");
            else {
                double[][] xy = Baujat.of(rows.yi(), rows.vi(), design.x(), design.terms(), u.fit(), a.method(),
                        a.test(), a.level());
                if (java.util.Arrays.stream(xy[1]).noneMatch(Double::isFinite)) {
                    warnings.add("the Baujat plot was left out: the model could not be refitted without any one of "
                            + "the effect sizes");
                } else {
                    baujat = new Plots.BaujatPoints(a.method() == Method.FE, design.terms().size() == 1, lines(rows),
                            xy[0], xy[1]);
                }
            }
        }
        Plots.GoshPoints gosh = null;
        if (f.gosh() != null) {
            if (!(model instanceof ModelFit.Univariate) || design.terms().size() != 1) {
                warnings.add("the GOSH plot applies to an intercept-only random- or fixed-effect model; it was left out");
            } else if (rows.k() < 2) {
                warnings.add("the GOSH plot needs at least 2 effect sizes; it was left out");
            } else {
                Gosh.Fits fits = Gosh.of(rows.yi(), rows.vi(), a.method(), a.test(), a.level(), f.gosh().subsets(),
                        f.gosh().seed());
                if (fits.plotted() == 0) warnings.add("the GOSH plot was left out: no subset could be fitted");
                else gosh = new Plots.GoshPoints(a.method().name(), f.gosh().subsets(), f.gosh().seed(), fits);
            }
        }
        return new Plots(bubbles, orchard, baujat, gosh, !Boolean.FALSE.equals(f.weightFunction()), f.riskOfBias());
    }

    private static List<Plots.Bubble> bubbles(AnalysisSpec a, Rows rows, DesignMatrix design, ModelFit model,
                                              double heterogeneity, List<String> warnings) {
        FiguresSpec f = a.figures();
        if (Boolean.FALSE.equals(f.bubble())) return List.of();
        List<String> inInteraction = new ArrayList<>();
        for (Term t : a.moderators()) if (t.columns().size() > 1) for (ColumnRef c : t.columns()) inInteraction.add(c.name());
        List<String> named = f.bubbleOn().stream().map(ColumnRef::name).toList();
        List<Plots.Bubble> out = new ArrayList<>();
        for (Term t : a.moderators()) {
            if (t.columns().size() != 1) continue;
            String name = t.columns().get(0).name();
            boolean asked = named.contains(name) || (Boolean.TRUE.equals(f.bubble()) && named.isEmpty());
            if (f.bubble() != null && !asked) continue;
            boolean numeric = Boolean.TRUE.equals(design.numeric().get(name));
            int column = design.terms().indexOf(name);
            if (!numeric || column < 0) {
                if (asked) warnings.add("no bubble plot for " + quote(name) + ": it is a categorical moderator "
                        + "(an orchard plot shows categorical moderators)");
                continue;
            }
            if (inInteraction.contains(name)) {
                if (asked) warnings.add("no bubble plot for " + quote(name) + ": it is part of an interaction, so "
                        + "its slope depends on the other moderator");
                continue;
            }
            double[][] x = design.x();
            if (!asked && distinct(x, column) <= 2) continue;
            int k = rows.k();
            double[] xi = new double[k], size = new double[k];
            for (int i = 0; i < k; i++) {
                xi[i] = x[i][column];
                size[i] = model instanceof ModelFit.Univariate u ? 1 / (rows.vi()[i] + u.fit().tau2())
                        : 1 / Math.sqrt(rows.vi()[i]);
            }
            out.add(new Plots.Bubble(name, design.means().containsKey(name), lines(rows), xi, rows.yi().clone(), size,
                    RegressionLine.of(x, column, model.inference(), heterogeneity, RegressionLine.POINTS)));
        }
        return out;
    }

    private static Plots.Orchard orchard(AnalysisSpec a, Rows rows, DesignMatrix design, ModelFit model,
                                         double heterogeneity, List<String> warnings) {
        Boolean asked = a.figures().orchard();
        boolean defaultOn = model instanceof ModelFit.Multilevel && a.subgroup() == null;
        if (Boolean.FALSE.equals(asked) || (asked == null && !defaultOn)) return null;
        int k = rows.k();
        int[] group = new int[k];
        if (design.terms().size() == 1) {
            Prediction p = model.inference().predict(new double[] {1.0}, heterogeneity);
            return new Plots.Orchard(null, List.of(new Plots.Group("Overall", k, p)), lines(rows), rows.yi().clone(),
                    rows.vi().clone(), group);
        }
        String column = a.moderators().size() == 1 && a.moderators().get(0).columns().size() == 1
                ? a.moderators().get(0).columns().get(0).name() : null;
        if (column == null || Boolean.TRUE.equals(design.numeric().get(column)) || !model.dropped().isEmpty()
                || !design.terms().get(0).equals("intercept")) {
            if (asked != null) warnings.add("the orchard plot shows an intercept-only model or one categorical "
                    + "moderator; this analysis has neither, so it was left out");
            return null;
        }
        List<String> cells = rows.columns(a).get(column).cells();
        TreeSet<String> sorted = new TreeSet<>(cells);
        List<String> levels = new ArrayList<>();
        String ref = a.reference().get(column);
        if (ref != null && sorted.contains(ref)) levels.add(ref);
        for (String l : sorted) if (!levels.contains(l)) levels.add(l);
        Map<String, double[]> rowOf = new LinkedHashMap<>();
        int[] counts = new int[levels.size()];
        for (int i = 0; i < k; i++) {
            group[i] = levels.indexOf(cells.get(i));
            counts[group[i]]++;
            rowOf.putIfAbsent(cells.get(i), design.x()[i]);
        }
        List<Plots.Group> groups = new ArrayList<>();
        for (int g = 0; g < levels.size(); g++) {
            Prediction p = model.inference().predict(rowOf.get(levels.get(g)), heterogeneity);
            groups.add(new Plots.Group(levels.get(g), counts[g], p));
        }
        return new Plots.Orchard(column, groups, lines(rows), rows.yi().clone(), rows.vi().clone(), group);
    }

    private static int distinct(double[][] x, int column) {
        TreeSet<Double> seen = new TreeSet<>();
        for (double[] row : x) {
            seen.add(row[column]);
            if (seen.size() > 2) break;
        }
        return seen.size();
    }

    private static int[] lines(Rows rows) {
        int[] out = new int[rows.k()];
        for (int i = 0; i < out.length; i++) out[i] = rows.used().get(i).row().line();
        return out;
    }

    private static String quote(String s) {
        return "“" + s + "”";
    }

    static boolean isUnivariate(ModelKind kind) {
        return kind == ModelKind.RANDOM || kind == ModelKind.FIXED;
    }
}
