package org.metareport.spec;

import org.metareport.problems.Where;

/**
 * {@code cluster: {when: Clustered, icc: 0.2, clusters1i: Treatment.Cluster, clusters2i: Control.Cluster}}:
 * Hedges (2007) adjustment of g and its variance on rows where {@code when} is 1/true.
 *
 * @param when column selecting the clustered rows; null = every row (the key is optional)
 * @param icc  intraclass correlation, 0 &lt;= icc &lt; 1
 */
public record ClusterSpec(ColumnRef when, double icc, ColumnRef clusters1i, ColumnRef clusters2i, Where where) {}
