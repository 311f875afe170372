package org.metareport.models;

import java.util.List;
import java.util.Locale;

/**
 * The data checks {@link Rma} (rma.uni) and {@code multilevel.RmaMv} (rma.mv) share, one implementation each: an empty
 * analysis, a non-finite effect size, a non-finite moderator value and fewer effect sizes than coefficients, each a
 * {@link FitException} in the user's words. What differs between the models stays with the model and its own message:
 * the sampling variances (rma.uni tells a missing vi, all vi = 0 and a vi ≤ 0 apart; rma.mv checks the diagonal of
 * V in one rule), k = 1, and rma.mv's level ids, cluster ids and rho. The callers keep their own order of checks, so
 * the first problem reported is the one reported before.
 *
 * <p>Not to be confused with {@code InputChecks}, which checks an analysis against its spec (located errors).
 */
public final class DataChecks {
    private DataChecks() {}

    /** k = 0: nothing to fit. */
    public static void notEmpty(int k) {
        if (k == 0) throw new FitException("no effect sizes to analyse");
    }

    /** Effect size {@code i} (0-based) must have a finite yi. */
    public static void finiteYi(int i, double yi) {
        if (!Double.isFinite(yi))
            throw new FitException(String.format(Locale.ROOT, "effect size %d has yi = %s; every effect size needs "
                    + "a finite value (missing values must be removed before fitting)", i + 1, show(yi)));
    }

    /** Every moderator value of design row {@code i} (0-based) that has a name must be finite. */
    public static void finiteModerators(int i, double[] row, List<String> names) {
        for (int j = 0; j < row.length && j < names.size(); j++) {
            if (!Double.isFinite(row[j]))
                throw new FitException(String.format(Locale.ROOT, "moderator '%s' is %s for effect size %d; every "
                        + "moderator value must be a finite number", names.get(j), show(row[j]), i + 1));
        }
    }

    /** A meta-regression needs more effect sizes (k) than coefficients (p, named by {@code names}). */
    public static void moreEffectsThanCoefficients(int k, int p, List<String> names) {
        if (k <= p)
            throw new FitException(String.format(Locale.ROOT, "%d effect sizes for %d coefficients (%s): a "
                    + "meta-regression needs more effect sizes than coefficients; use fewer moderators", k, p,
                    String.join(", ", names)));
    }

    /** A value as a message shows it: NaN (R's NA after conversion) as "missing (NaN)". */
    public static String show(double v) {
        return Double.isNaN(v) ? "missing (NaN)" : Double.toString(v);
    }
}
