package org.metareport.models;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.metareport.data.Dataset;
import org.metareport.data.Table;
import org.metareport.effects.ComputedEffect;
import org.metareport.models.multilevel.NestedLevels;
import org.metareport.models.multilevel.SamplingCovariance;
import org.metareport.problems.InputException;
import org.metareport.spec.AnalysisSpec;
import org.metareport.spec.ColumnRef;
import org.metareport.spec.Term;

/**
 * The rows an analysis fits, as the arrays the pure model classes take: yi, vi and the study of each effect, with the
 * data they came from (for moderator cells and level ids).
 *
 * @param all every effect after the data filters, before the analysis's {@code where:} and the omission of rows missing
 *            a moderator: the rows {@code center: {at: all_rows}} averages over
 */
record Rows(Dataset data, List<ComputedEffect> used, double[] yi, double[] vi, String[] study, Set<String> factors,
            List<ComputedEffect> all) {
    Rows {
        used = List.copyOf(used);
        factors = Set.copyOf(factors);
        all = List.copyOf(all);
    }

    /** Some of these rows (a subgroup), with the same data and all rows. */
    Rows subset(List<ComputedEffect> some) {
        return of(data, some, all);
    }

    /** These rows with {@code column} read as categorical even when its cells are numbers (R's {@code factor()}). */
    Rows withFactor(String column) {
        Set<String> more = new java.util.HashSet<>(factors);
        more.add(column);
        return new Rows(data, used, yi, vi, study, more, all);
    }

    static Rows of(Dataset data, List<ComputedEffect> used, List<ComputedEffect> all) {
        int k = used.size();
        double[] yi = new double[k];
        double[] vi = new double[k];
        String[] study = new String[k];
        for (int i = 0; i < k; i++) {
            yi[i] = used.get(i).yi();
            vi[i] = used.get(i).vi();
            study[i] = used.get(i).study();
        }
        return new Rows(data, used, yi, vi, study, Set.of(), all);
    }

    int k() {
        return used.size();
    }

    Table table() {
        return data.table();
    }

    /** Number of distinct studies. */
    int nClusters() {
        return new TreeSet<>(List.of(study)).size();
    }

    /** The moderator columns the analysis's terms mention, with these rows' cells. */
    Map<String, DesignMatrix.Column> columns(AnalysisSpec a) {
        Map<String, DesignMatrix.Column> cols = new LinkedHashMap<>();
        for (Term t : a.moderators()) {
            for (ColumnRef c : t.columns()) {
                if (cols.containsKey(c.name())) continue;
                List<String> cells = new ArrayList<>(used.size());
                for (ComputedEffect e : used) cells.add(table().cell(e.row(), c.name()));
                cols.put(c.name(), new DesignMatrix.Column(c.name(), cells));
            }
        }
        return cols;
    }

    /** The analysis's design on these rows; with {@code cellMeansOf}, the design of that factor's marginal means. */
    DesignMatrix design(AnalysisSpec a, String cellMeansOf) {
        List<String> termNames = a.moderators().stream().map(Term::name).toList();
        try {
            Map<String, DesignMatrix.Column> columns = columns(a);
            Centre centre = cellMeansOf == null ? Centring.model(a, this, columns)
                    : Centring.marginalMeans(a, this, columns);
            return DesignMatrix.build(k(), termNames, columns, a.reference(), centre, cellMeansOf, factors);
        } catch (IllegalArgumentException e) {
            throw InputException.at(a.where(), "analysis '%s': %s", a.id(), e.getMessage());
        }
    }

    /** diag(vi) for rho = 0, else clubSandwich's constant correlation rho within each study. */
    SamplingCovariance covariance(double rho) {
        return rho == 0 ? SamplingCovariance.diagonal(vi) : SamplingCovariance.imputed(vi, study, rho);
    }

    /** The nested random-effects levels, outer first, from the level columns' cells (or the effect ids). */
    NestedLevels levels(AnalysisSpec a) {
        List<String> names = a.levels().stream().map(ColumnRef::name).toList();
        List<String[]> ids = new ArrayList<>();
        for (ColumnRef c : a.levels()) {
            String[] v = new String[used.size()];
            boolean column = table().has(c.name());
            for (int i = 0; i < v.length; i++) v[i] = column ? table().cell(used.get(i).row(), c.name()) : used.get(i).id();
            ids.add(v);
        }
        return new NestedLevels(names, ids);
    }
}
