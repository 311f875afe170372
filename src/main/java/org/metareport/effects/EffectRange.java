package org.metareport.effects;

import org.metareport.data.Table;
import org.metareport.problems.Problems;
import org.metareport.problems.Where;
import org.metareport.spec.ColumnRef;
import org.metareport.spec.EffectSpec;
import org.metareport.vocabulary.Measure;

/**
 * The range of effect sizes the models accept, checked per row once yi and vi are computed: yi finite and within
 * ±{@value #MAX_ABS_YI}, vi between {@value #MIN_VI} and {@value #MAX_VI}. Beyond these, the weights 1/vi, their
 * squares and cubes (REML's information, the sandwich's products) and yi²/vi leave the range where double precision
 * keeps them finite and meaningful, and a model would return NaN or infinities. No real effect size comes near them
 * (vi = 1e-10 is a study of some 10^10 participants); a value beyond them is a coding error, such as a missing-value
 * code (99999, 1e300) in a number column. metafor has no such limits; its fits fail or return NaN there instead.
 */
final class EffectRange {
    static final double MAX_ABS_YI = 1e10;
    static final double MIN_VI = 1e-10;
    static final double MAX_VI = 1e20;

    private EffectRange() {}

    /**
     * Adds a problem at the row (at the yi, vi or sei column for measure PRE) when the effect is out of range.
     *
     * @return true when the effect is in range
     */
    static boolean check(EffectSpec spec, Table table, Table.Row row, Effect e, Problems problems) {
        boolean pre = spec.measure() == Measure.PRE;
        if (!Double.isFinite(e.yi()) || Math.abs(e.yi()) > MAX_ABS_YI) {
            String how = pre ? "" : " computed from this row's " + spec.measure() + " inputs";
            problems.add(at(spec, table, row, pre ? "yi" : null), "yi%s is %s; an effect size must be a finite number "
                    + "within ±%s: check the row for a missing-value code (such as 99999) or a misplaced decimal point",
                    how, number(e.yi()), number(MAX_ABS_YI));
            return false;
        }
        if (!Double.isFinite(e.vi()) || e.vi() < MIN_VI || e.vi() > MAX_VI) {
            String arg = pre && !spec.columns().containsKey("vi") && spec.columns().containsKey("sei") ? "sei" : "vi";
            String how = pre ? arg.equals("sei") ? " (sei²)" : "" : " computed from this row's " + spec.measure()
                    + " inputs";
            problems.add(at(spec, table, row, pre ? arg : null), "the sampling variance vi%s is %s; it must lie between "
                    + "%s and %s%s: check the row for a missing-value code or a misplaced decimal point", how,
                    number(e.vi()), number(MIN_VI), number(MAX_VI), e.vi() < MIN_VI
                            ? " (a variance of 0, or near it, would give this study all the weight)" : "");
            return false;
        }
        return true;
    }

    private static Where at(EffectSpec spec, Table table, Table.Row row, String argument) {
        ColumnRef c = argument == null ? null : spec.columns().get(argument);
        if (c == null || !table.has(c.name())) return table.where(row);
        return table.where(row, c.name());
    }

    /** A number as a reader writes it: 1e200, 0.1, -3.5e-12 (no "E", no trailing ".0"). */
    static String number(double v) {
        if (Double.isNaN(v)) return "not a number";
        if (Double.isInfinite(v)) return v > 0 ? "infinite" : "-infinite";
        String s = Double.toString(v).replace('E', 'e');
        s = s.replace(".0e", "e");
        return s.endsWith(".0") ? s.substring(0, s.length() - 2) : s;
    }
}
