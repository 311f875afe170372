package org.metareport.spec;

import org.metareport.problems.Where;

/**
 * {@code cluster: {when: Clustered, icc: 0.2, clusters1i: Treatment.Cluster, clusters2i: Control.Cluster}}:
 * Hedges (2007) adjustment of g and its variance on rows where {@code when} is 1/true.
 *
 * @param when      column selecting the clustered rows; null = every row (the key is optional)
 * @param icc       intraclass correlation, 0 &lt;= icc &lt; 1 (when {@code iccColumn} is null)
 * @param iccColumn a column holding each row's ICC, or null
 * @param variant   {@code authors} (the school-based review's variant, the default) or {@code hedges2007} (as
 *                  published)
 * @param n         a column holding the total N used in the formulas, or null for n1i + n2i
 * @param variance  {@code adjusted} (Hedges' variance, the default) or {@code lipsey_wilson} (only g is adjusted; its
 *                  variance is Lipsey &amp; Wilson's of the adjusted g)
 */
public record ClusterSpec(ColumnRef when, double icc, ColumnRef iccColumn, ColumnRef clusters1i, ColumnRef clusters2i,
                          String variant, ColumnRef n, String variance, Where where) {
    /** The school-based authors' adjustment with one ICC. */
    public ClusterSpec(ColumnRef when, double icc, ColumnRef clusters1i, ColumnRef clusters2i, Where where) {
        this(when, icc, null, clusters1i, clusters2i, "authors", null, "adjusted", where);
    }
}
