package org.metareport.models.multilevel;

import java.util.List;
import org.metareport.models.Design;

/**
 * The columns of a design that metafor keeps: linearly dependent (redundant) columns dropped, the intercept moved
 * first. metafor drops the columns whose coefficients {@code lm(yi ~ X - 1)} reports as NA; R's {@code lm} uses
 * LINPACK's {@code dqrdc2} with tolerance 1e-7, which sets a column aside, left to right, when what remains of it after
 * projecting out the columns kept so far has less than 1e-7 of its original norm. This applies the same rule with
 * re-orthogonalised Gram–Schmidt: the rule of {@link org.metareport.models.Design}, applied there, with the kept
 * columns' indices for building rows.
 * The intercept is a column whose entries are all within 1e-8 of 1 (metafor's {@code .is.intercept}).
 *
 * @param kept       indices of the kept columns of the original design, intercept first
 * @param names      their names
 * @param dropped    names of the redundant columns, in their original order
 * @param intercept  true when the first kept column is an intercept
 */
record Columns(int[] kept, List<String> names, List<String> dropped, boolean intercept) {
    Columns {
        names = List.copyOf(names);
        dropped = List.copyOf(dropped);
    }

    int p() {
        return kept.length;
    }

    /** Chooses the columns of a k × p row-major design with finite entries, by {@link Design}'s rule. */
    static Columns of(double[][] x, List<String> termNames) {
        Design d = Design.of(x, termNames);
        int[] kept = new int[d.names().size()];
        for (int j = 0; j < kept.length; j++) kept[j] = termNames.indexOf(d.names().get(j));
        return new Columns(kept, d.names(), d.dropped(), d.intercept());
    }

    /** Row i of the design restricted to the kept columns. */
    double[] row(double[] xi) {
        double[] out = new double[kept.length];
        for (int j = 0; j < kept.length; j++) out[j] = xi[kept[j]];
        return out;
    }

}
