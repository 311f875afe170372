package org.metareport.models.multilevel;

import java.util.Objects;

/**
 * The sampling covariance matrix V of the effect sizes: either diag(vi) (metafor's {@code rma.mv(yi, vi, ...)}) or
 * the constant-correlation matrix of clubSandwich's {@code impute_covariance_matrix(vi, cluster, r = rho)}, in which
 * two effect sizes of the same cluster have covariance rho·√(vᵢvⱼ) and effects of different clusters are independent
 * (Pustejovsky &amp; Tipton, 2022, Prev Sci 23:425). V is never formed as a k × k matrix; only its blocks.
 *
 * @param vi       sampling variances, one per effect size, all &gt; 0
 * @param cluster  cluster ids of the imputed correlation (usually the study), or null for diag(vi)
 * @param rho      the assumed within-cluster correlation, in [0, 1); 0 for diag(vi)
 */
public record SamplingCovariance(double[] vi, String[] cluster, double rho) {
    public SamplingCovariance {
        Objects.requireNonNull(vi, "vi");
        vi = vi.clone();
        if (cluster != null) {
            cluster = cluster.clone();
            if (cluster.length != vi.length)
                throw new IllegalArgumentException("cluster has " + cluster.length + " ids, vi has " + vi.length);
        } else if (rho != 0) {
            throw new IllegalArgumentException("rho = " + rho + " needs cluster ids");
        }
    }

    /** V = diag(vi). */
    public static SamplingCovariance diagonal(double[] vi) {
        return new SamplingCovariance(vi, null, 0);
    }

    /** clubSandwich's {@code impute_covariance_matrix(vi, cluster, r = rho)}: Vᵢⱼ = rho·√(vᵢvⱼ) within a cluster. */
    public static SamplingCovariance imputed(double[] vi, String[] cluster, double rho) {
        return new SamplingCovariance(vi, Objects.requireNonNull(cluster, "cluster"), rho);
    }

    /** True for diag(vi). */
    public boolean isDiagonal() {
        return cluster == null || rho == 0;
    }

    /** Number of effect sizes. */
    public int k() {
        return vi.length;
    }

    /** Vᵢⱼ. */
    double covariance(int i, int j) {
        if (i == j) return vi[i];
        if (isDiagonal() || !cluster[i].equals(cluster[j])) return 0;
        return rho * (Math.sqrt(vi[i]) * Math.sqrt(vi[j]));       // tcrossprod(sqrt(vi)), as clubSandwich
    }
}
