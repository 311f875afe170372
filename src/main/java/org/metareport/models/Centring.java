package org.metareport.models;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.metareport.data.Table;
import org.metareport.effects.ComputedEffect;
import org.metareport.problems.InputException;
import org.metareport.problems.Where;
import org.metareport.spec.AnalysisSpec;
import org.metareport.spec.CenterSpec;
import org.metareport.spec.MarginalMeansSpec;
import org.metareport.spec.ModeratorValue;

/**
 * Turns an analysis's {@code center:} and {@code marginal_means:} into the {@link Centre} of its design and of the
 * design of its marginal means, on the rows fitted. "All rows" are {@link Rows#all()}; a column is numeric or
 * categorical as {@link DesignMatrix} reads it on the rows fitted.
 */
final class Centring {
    private Centring() {}

    /** The model's centring: none, at the analysed rows' means, at all rows' means, and the values asked for. */
    static Centre model(AnalysisSpec a, Rows rows, Map<String, DesignMatrix.Column> columns) {
        CenterSpec c = a.center();
        if (!c.on()) return Centre.NONE;
        Map<String, Double> values = new LinkedHashMap<>();
        if (c.at() == CenterSpec.At.ALL_ROWS) values.putAll(allRowsMeans(a, rows, columns, null, c.where()));
        values.putAll(given(a, rows, columns, null, c.values()));
        return new Centre(c.at() == CenterSpec.At.ANALYSED, values);
    }

    /** Where the other moderators are held for the marginal means of {@code a.marginalMeans().by()}. */
    static Centre marginalMeans(AnalysisSpec a, Rows rows, Map<String, DesignMatrix.Column> columns) {
        MarginalMeansSpec m = a.marginalMeans();
        String by = m.name();
        Map<String, Double> values = new LinkedHashMap<>();
        switch (m.others()) {
            case CENTRED -> {
                return a.center().on() ? model(a, rows, columns) : Centre.MEANS;
            }
            case ALL_ROWS_MEANS -> values.putAll(allRowsMeans(a, rows, columns, by, m.where()));
            case REFERENCE -> { }   // categorical moderators at their reference level, numeric ones at 0
        }
        values.putAll(given(a, rows, columns, by, m.at()));
        return new Centre(false, values);
    }

    /** Whether {@code column} enters the design as numbers (as {@link DesignMatrix#build} decides). */
    private static boolean numeric(Rows rows, DesignMatrix.Column column, String cellMeansOf) {
        return !column.name().equals(cellMeansOf) && !rows.factors().contains(column.name())
                && column.cells().stream().allMatch(DesignMatrix::isNumber);
    }

    /**
     * Each column's mean over all rows where it is present (R's {@code mean(x, na.rm = TRUE)}); for a categorical
     * column, the share of each of its levels among the rows fitted.
     */
    static Map<String, Double> allRowsMeans(AnalysisSpec a, Rows rows, Map<String, DesignMatrix.Column> columns,
                                            String cellMeansOf, Where where) {
        Table table = rows.table();
        Map<String, Double> out = new LinkedHashMap<>();
        for (DesignMatrix.Column c : columns.values()) {
            if (c.name().equals(cellMeansOf)) continue;
            List<ComputedEffect> present = rows.all().stream().filter(e -> table.cell(e.row(), c.name()) != null).toList();
            if (numeric(rows, c, cellMeansOf)) {
                double[] v = new double[present.size()];
                for (int i = 0; i < v.length; i++) {
                    String cell = table.cell(present.get(i).row(), c.name());
                    if (!DesignMatrix.isNumber(cell)) {
                        throw InputException.at(where, "analysis '%s': '%s' is numeric in the rows fitted, but row %d "
                                + "of all rows holds '%s', so its mean over all rows is not a number; correct the cell, "
                                + "or centre at the analysed rows (at: analysed) or at a value (values: {%s: ...})",
                                a.id(), c.name(), present.get(i).row().line(), cell.trim(), c.name());
                    }
                    v[i] = Double.parseDouble(cell.trim());
                }
                out.put(c.name(), DesignMatrix.mean(v));
            } else {
                for (String level : new TreeSet<>(c.cells().stream().map(String::trim).toList())) {
                    long n = present.stream().filter(e -> table.cell(e.row(), c.name()).trim().equals(level)).count();
                    out.put(c.name() + "[" + level + "]", (double) n / present.size());
                }
            }
        }
        return out;
    }

    /** The values asked for: a number for a numeric column; for a categorical one, 1 for its level, 0 for the others. */
    static Map<String, Double> given(AnalysisSpec a, Rows rows, Map<String, DesignMatrix.Column> columns,
                                     String cellMeansOf, List<ModeratorValue> values) {
        Map<String, Double> out = new LinkedHashMap<>();
        for (ModeratorValue v : values) {
            DesignMatrix.Column c = columns.get(v.column());
            if (c == null) throw new IllegalStateException("checked by the spec reader: " + v.column());
            if (numeric(rows, c, cellMeansOf)) {
                if (!DesignMatrix.isNumber(v.value())) {
                    throw InputException.at(v.where(), "analysis '%s': '%s' is a numeric moderator, so its value must "
                            + "be a number, not '%s'; e.g. %s: 12", a.id(), v.column(), v.value(), v.column());
                }
                out.put(v.column(), Double.parseDouble(v.value()));
                continue;
            }
            TreeSet<String> levels = new TreeSet<>(c.cells().stream().map(String::trim).toList());
            if (!levels.contains(v.value())) {
                throw InputException.at(v.where(), "analysis '%s': '%s' is not a level of the categorical moderator "
                        + "'%s' among the %d rows fitted; its levels are %s", a.id(), v.value(), v.column(),
                        c.cells().size(), String.join(", ", levels));
            }
            for (String level : levels) out.put(v.column() + "[" + level + "]", level.equals(v.value()) ? 1.0 : 0.0);
        }
        return out;
    }
}
