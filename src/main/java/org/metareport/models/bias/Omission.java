package org.metareport.models.bias;

import java.util.List;

/**
 * One refit with a group of rows left out: a row of metafor's {@code leave1out()}, or of a leave-one-cluster-out
 * analysis.
 *
 * @param label    the group's name: the 1-based row number for single rows (metafor's default {@code slab}), the
 *                 cluster's name for clusters
 * @param omitted  0-based indices of the rows left out, ascending
 * @param fit      the refit without them; null when the refit failed (metafor's NA row)
 * @param failure  why the refit failed, in the user's words; null when {@code fit} is present
 * @param <F>      what the refit gives ({@link PooledEstimate} for {@link LeaveOneOut})
 */
public record Omission<F>(String label, List<Integer> omitted, F fit, String failure) {
    public Omission {
        omitted = List.copyOf(omitted);
        if ((fit == null) == (failure == null))
            throw new IllegalArgumentException("an omission has either a fit or a failure, not both or neither");
    }

    /** True when the refit succeeded. */
    public boolean fitted() {
        return fit != null;
    }
}
