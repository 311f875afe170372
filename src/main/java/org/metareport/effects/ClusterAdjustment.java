package org.metareport.effects;

/**
 * Hedges' (2007) adjustment of a standardised mean difference and its variance for a cluster-randomised trial
 * analysed as if individuals had been randomised, with an assumed intraclass correlation. Hedges, L. V. (2007).
 * Effect sizes in cluster-randomized designs. <i>Journal of Educational and Behavioral Statistics</i>, 32, 341–370.
 *
 * <p>This is the variant the school-based review's authors ran (Zhang, Wang &amp; Neitzel, script
 * {@code SchoolBasedMentalHealth_Analysis.R}; comments "Hedges, 2007, Eq. 19" and "Eq. 20"), reproduced to 1e-10 on
 * all 49 clustered rows of their data. Only the number of participants and clusters per arm are known, so every
 * cluster in an arm is taken to have the arm's average size, rounded to a whole number as R's {@code round} does
 * (half to even: 158.5 → 158); those sizes are then put into Hedges' unequal-cluster-size formulas. With
 * {@code N = n1i + n2i} (the authors' {@code Total.N} and {@code Sample}; equal in their data), per arm {@code j},
 * {@code m_j} clusters of rounded size {@code s_j}, and {@code ρ = icc}:
 * <pre>
 *   n_Uj = (n_j² − m_j·s_j²) / (n_j·(m_j − 1))
 *   yi   = g · sqrt(1 − ρ·((N − n_U1·m_1 − n_U2·m_2) + n_U1 + n_U2 − 2) / (N − 2))
 *   ñ    = n2i·m_1·s_1² / (n1i·N) + n1i·m_2·s_2² / (n2i·N)
 *   A_j  = (n_j²·m_j·s_j² + (m_j·s_j²)² − 2·n_j·m_j·s_j³) / n_j²,    A = A_1 + A_2
 *   B    = n_U1·(m_1 − 1) + n_U2·(m_2 − 1)
 *   vi   = N/(n1i·n2i)·(1 + (ñ − 1)·ρ)
 *          + ((N − 2)(1 − ρ)² + A·ρ² + 2ρ(1 − ρ)) · yi² / (2(N − 2)·((N − 2) − ρ(N − 2 − B)))
 * </pre>
 * The adjusted {@code yi} is used in {@code vi}.
 *
 * <p><b>Differences from the paper.</b> When all clusters have the same size {@code n} (so no rounding), {@code yi}
 * reduces to Hedges' {@code g·sqrt(1 − 2(n − 1)ρ/(N − 2))}, and {@code ñ}, {@code A} and {@code B} reduce to his
 * {@code n}, {@code n(N − 2n)} and {@code N − 2n}; but the paper's variance has {@code 2Bρ(1 − ρ)} where the
 * authors wrote {@code 2ρ(1 − ρ)} (that is, {@code 2(N − 2n)ρ(1 − ρ)} in the equal-size formula). The authors'
 * term is kept because it is what their published results rest on; with the paper's term the variances of the
 * school-based clustered rows would be up to 0.45% larger. Rounding the average cluster size also makes
 * {@code N − n_U1·m_1 − n_U2·m_2} differ slightly from 0.
 */
public final class ClusterAdjustment {
    private ClusterAdjustment() {}

    /**
     * The cluster-adjusted effect and its variance, as described in the class documentation.
     *
     * @param yi         Hedges' g ignoring the clustering (from {@link Smd#of} or {@link Smd#prePost}, or as
     *                   reported); its variance is not needed, since {@code vi} is computed afresh
     * @param n1i        participants in group 1 (treatment)
     * @param n2i        participants in group 2 (control)
     * @param clusters1i clusters in group 1
     * @param clusters2i clusters in group 2
     * @param icc        the assumed intraclass correlation ρ, in [0, 1); with 0, {@code yi} is unchanged and
     *                   {@code vi = N/(n1i·n2i) + yi²/(2(N − 2))} (not quite {@link Smd#vi}, which divides by
     *                   {@code 2N})
     * @return {@code Effect(yi, vi)} adjusted for clustering; {@code yi} has the sign of the input
     * @throws EffectException if an input is missing (NaN) or infinite, a group has fewer than 2 participants or
     *                         2 clusters, or more clusters than participants, {@code icc} is outside [0, 1), or the
     *                         adjustment is undefined for these sizes (a negative square root or variance)
     */
    public static Effect hedges2007(double yi, double n1i, double n2i, double clusters1i, double clusters2i,
                                    double icc) {
        return adjust(yi, n1i, n2i, n1i + n2i, clusters1i, clusters2i, icc, false);
    }

    /**
     * The adjustment with its options: the school-based authors' variant ({@code published = false}, as
     * {@link #hedges2007}) or Hedges (2007) as published ({@code published = true}: each cluster of an arm has the
     * arm's average size {@code n_j/m_j}, unrounded, so {@code n_Uj = n_j/m_j} and the variance has Hedges'
     * {@code 2Bρ(1 − ρ)}); and the total {@code n} used for N (n1i + n2i, or a study's total sample size).
     *
     * <p>The size term {@code N − n_U1·m_1 − n_U2·m_2} is computed directly as
     * {@code (N − n1i − n2i) + Σ_j ((m_j·s_j)² − n_j²)/(n_j(m_j − 1))}: the difference of near-equal sums lost up
     * to 9e-13 of the adjusted g to cancellation.
     */
    public static Effect adjust(double yi, double n1i, double n2i, double n, double clusters1i, double clusters2i,
                                double icc, boolean published) {
        Require.present("yi", yi);
        Require.groupSize("n1i", n1i, 2, "the cluster adjustment");
        Require.groupSize("n2i", n2i, 2, "the cluster adjustment");
        Require.present("N", n);
        if (n <= 2) throw Require.fail("the total N is %s; the cluster adjustment needs more than 2", Require.show(n));
        clusters("clusters1i", clusters1i, "n1i", n1i);
        clusters("clusters2i", clusters2i, "n2i", n2i);
        Require.present("icc", icc);
        if (icc < 0 || icc >= 1) {
            throw Require.fail("icc is %s; the intraclass correlation for the cluster adjustment must be in [0, 1)",
                    Require.show(icc));
        }
        double s1 = published ? n1i / clusters1i : Math.rint(n1i / clusters1i);          // R's round(): half to even
        double s2 = published ? n2i / clusters2i : Math.rint(n2i / clusters2i);
        double nU1 = published ? s1 : (n1i * n1i - clusters1i * s1 * s1) / (n1i * (clusters1i - 1));
        double nU2 = published ? s2 : (n2i * n2i - clusters2i * s2 * s2) / (n2i * (clusters2i - 1));
        double excess = (n - n1i - n2i) + (published ? 0 : excess(n1i, clusters1i, s1) + excess(n2i, clusters2i, s2));

        double factor2 = 1 - icc * ((excess + nU1 + nU2 - 2) / (n - 2));
        if (!(factor2 > 0)) {
            throw Require.fail("icc = %s is too large for clusters of about %s and %s participants per cluster: "
                    + "the adjustment factor would be the square root of a negative number",
                    Require.show(icc), Require.show(s1), Require.show(s2));
        }
        double g = yi * Math.sqrt(factor2);

        double nTilde = (n2i * clusters1i * s1 * s1) / (n1i * n) + (n1i * clusters2i * s2 * s2) / (n2i * n);
        double a1 = (n1i * n1i * clusters1i * s1 * s1 + Math.pow(clusters1i * s1 * s1, 2)
                     - 2 * n1i * s1 * s1 * s1 * clusters1i) / (n1i * n1i);
        double a2 = (n2i * n2i * clusters2i * s2 * s2 + Math.pow(clusters2i * s2 * s2, 2)
                     - 2 * n2i * s2 * s2 * s2 * clusters2i) / (n2i * n2i);
        double b = nU1 * (clusters1i - 1) + nU2 * (clusters2i - 1);
        double cross = published ? 2 * b * icc * (1 - icc) : 2 * icc * (1 - icc);
        double vi = (n / (n1i * n2i)) * (1 + (nTilde - 1) * icc)
                    + (((n - 2) * (1 - icc) * (1 - icc) + (a1 + a2) * icc * icc + cross) * g * g)
                      / (2 * (n - 2) * ((n - 2) - icc * (n - 2 - b)));
        if (!(vi > 0) || Double.isInfinite(vi)) {
            throw Require.fail("the cluster-adjusted variance is undefined for %s and %s participants in %s and %s "
                    + "clusters with icc = %s", Require.show(n1i), Require.show(n2i), Require.show(clusters1i),
                    Require.show(clusters2i), Require.show(icc));
        }
        return new Effect(g, vi);
    }

    /** {@code n_j − n_Uj·m_j}, written without the cancellation: {@code ((m_j·s_j)² − n_j²)/(n_j(m_j − 1))}. */
    private static double excess(double nj, double mj, double sj) {
        double ms = mj * sj;
        return (ms - nj) * (ms + nj) / (nj * (mj - 1));
    }

    private static void clusters(String name, double m, String nName, double n) {
        Require.present(name, m);
        if (m < 2) {
            throw Require.fail("%s is %s; the cluster adjustment needs at least 2 clusters per group",
                    name, Require.show(m));
        }
        if (m > n) {
            throw Require.fail("%s is %s but %s is %s; a group cannot have more clusters than participants",
                    name, Require.show(m), nName, Require.show(n));
        }
    }
}
