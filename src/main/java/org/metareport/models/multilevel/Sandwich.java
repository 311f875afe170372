package org.metareport.models.multilevel;

import org.metareport.models.numeric.Cholesky;

import org.metareport.vocabulary.VcovType;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.metareport.models.FitException;

/**
 * The pieces of a clustered sandwich estimator, computed cluster by cluster as clubSandwich's {@code vcov_CR} and
 * {@code get_GH} do for {@code inverse_var = TRUE} (the default for rma.mv, and for rma.uni without user weights).
 *
 * <p>For cluster j with design Xⱼ, weights Wⱼ, working covariance Θⱼ = Wⱼ⁻¹ and residuals eⱼ, and B = (X'WX)⁻¹:
 * the adjusted estimating matrix is Eⱼ = c·Xⱼ'WⱼAⱼ (c = 1 for CR0 and CR2, √(m/(m − 1)) for CR1, √(m/(m − p)) for
 * CR1p; Aⱼ = I except for CR2), and V_R = B (Σⱼ Eⱼeⱼeⱼ'Eⱼ') B.
 *
 * <p>For the small-sample tests clubSandwich forms, per coefficient (or constraint) i, a J × J matrix P⁽ⁱ⁾ whose
 * entries are Pⱼₖ = δⱼₖ (Gⱼ Gⱼ')ᵢᵢ − (Hⱼ Hₖ')ᵢᵢ with Gⱼ = BEⱼ Θⱼ^½ and Hⱼ = BEⱼXⱼ B^½. Only the p × p products
 * Qⱼ = BEⱼ Θⱼ Eⱼ'B and Kⱼ = BEⱼXⱼ enter, so they are kept per cluster and every sum over (j, k) pairs is
 * rearranged into sums over j of p × p (or qp × qp) matrices, the pairs j ≠ k through running sums over k &lt; j (sums
 * of non-negative terms): no J × J array is built.
 */
final class Sandwich {
    private final WorkingModel model;
    private final VcovType type;
    private final int clusters;
    private final double[][] vcov;
    private final double[][][] q;       // per cluster, p × p
    private final double[][][] kl;      // per cluster, K_j L with LL' = B, p × p

    private Sandwich(WorkingModel model, VcovType type, int clusters, double[][] vcov, double[][][] q, double[][][] kl) {
        this.model = model;
        this.type = type;
        this.clusters = clusters;
        this.vcov = vcov;
        this.q = q;
        this.kl = kl;
    }

    /** One cluster: its rows' parts joined. */
    private record Cluster(double[][] x, double[] e, double[][] theta, double[][] w) {}

    /**
     * @throws FitException if there are fewer than 2 clusters, or a block of the model spans two clusters (the random
     *                      effects are not nested within the clusters)
     */
    static Sandwich of(WorkingModel model, String[] cluster, VcovType type) {
        if (cluster.length != model.k())
            throw new IllegalArgumentException("cluster has " + cluster.length + " ids, the model has " + model.k()
                    + " effect sizes");
        List<Cluster> joined = join(model, cluster);
        int m = joined.size();
        int p = model.p();
        if (m < 2)
            throw new FitException("cluster-robust variance estimation needs at least 2 clusters; the data have " + m);
        double factor = switch (type) {
            case CR0, CR2 -> 1;
            case CR1 -> Math.sqrt(m / (m - 1.0));
            case CR1P -> {
                if (m <= p)
                    throw new FitException(String.format(Locale.ROOT, "CR1p needs more clusters (%d) than "
                            + "coefficients (%d)", m, p));
                yield Math.sqrt(m / (double) (m - p));
            }
        };
        double[][] bread = model.bread();
        Cholesky cb = Cholesky.tryOf(bread);
        if (cb == null) throw new IllegalStateException("the model's (X'WX)⁻¹ is not positive definite");
        double[][] l = cb.lower();
        double cr2Threshold = 1e-12 / (model.weightScale() * model.weightScale());
        double[][] meat = new double[p][p];
        double[][][] qs = new double[m][][];
        double[][][] kls = new double[m][][];
        for (int j = 0; j < m; j++) {
            Cluster c = joined.get(j);
            double[][] xw = Dense.transpose(Dense.times(c.w(), c.x()));              // X'W, p × n
            double[][] e;
            if (type == VcovType.CR2) {
                e = Dense.times(xw, cr2Adjustment(c, bread, cr2Threshold));
            } else {
                e = xw;
                if (factor != 1) for (double[] row : e) for (int i = 0; i < row.length; i++) row[i] *= factor;
            }
            double[] u = Dense.times(e, c.e());
            for (int a = 0; a < p; a++) for (int b = 0; b < p; b++) meat[a][b] += u[a] * u[b];
            double[][] me = Dense.times(bread, e);                                   // B Eⱼ, p × n
            qs[j] = Dense.symmetrize(Dense.times(Dense.times(me, c.theta()), Dense.transpose(me)));
            kls[j] = Dense.times(Dense.times(me, c.x()), l);
        }
        double[][] vcov = Dense.symmetrize(Dense.times(Dense.times(bread, meat), bread));
        return new Sandwich(model, type, m, vcov, qs, kls);
    }

    /** Aⱼ = R'(R(Θ − XBX')R')^(−1/2)R with R'R = Θ (R upper triangular, as R's {@code chol}). */
    private static double[][] cr2Adjustment(Cluster c, double[][] bread, double threshold) {
        int n = c.x().length;
        Cholesky ct = Cholesky.tryOf(c.theta());
        if (ct == null) throw new IllegalStateException("a cluster's working covariance is not positive definite");
        double[][] r = ct.upper();
        double[][] d = c.theta();
        double[][] xbx = Dense.times(Dense.times(c.x(), bread), Dense.transpose(c.x()));
        double[][] diff = new double[n][n];
        for (int a = 0; a < n; a++) for (int b = 0; b < n; b++) diff[a][b] = d[a][b] - xbx[a][b];
        double[][] g = Dense.times(Dense.times(r, diff), Dense.transpose(r));
        double[][] gInvSqrt = Dense.symmetricPower(g, -0.5, threshold);
        return Dense.times(Dense.times(Dense.transpose(r), gInvSqrt), r);
    }

    private static List<Cluster> join(WorkingModel model, String[] cluster) {
        Map<String, List<WorkingModel.Part>> byCluster = new LinkedHashMap<>();
        for (WorkingModel.Part part : model.parts()) {
            String id = cluster[part.rows()[0]];
            if (id == null || id.isBlank())
                throw new FitException(String.format(Locale.ROOT, "effect size %d has no cluster id; every effect size "
                        + "needs one for cluster-robust inference", part.rows()[0] + 1));
            for (int row : part.rows()) {
                if (!id.equals(cluster[row]))
                    throw new FitException(String.format(Locale.ROOT, "the random effects are not nested within the "
                            + "clusters: effect sizes %d and %d share a group of the model but lie in clusters '%s' and "
                            + "'%s'; cluster by the outermost level of the model (or a coarser grouping)",
                            part.rows()[0] + 1, row + 1, id, cluster[row]));
            }
            byCluster.computeIfAbsent(id, x -> new ArrayList<>()).add(part);
        }
        List<Cluster> out = new ArrayList<>(byCluster.size());
        for (List<WorkingModel.Part> parts : byCluster.values()) {
            if (parts.size() == 1) {
                WorkingModel.Part part = parts.get(0);
                out.add(new Cluster(part.x(), part.residuals(), part.theta(), part.w()));
                continue;
            }
            int n = 0;
            for (WorkingModel.Part part : parts) n += part.n();
            double[][] x = new double[n][];
            double[] e = new double[n];
            double[][] theta = new double[n][n];
            double[][] w = new double[n][n];
            int at = 0;
            for (WorkingModel.Part part : parts) {
                for (int a = 0; a < part.n(); a++) {
                    x[at + a] = part.x()[a];
                    e[at + a] = part.residuals()[a];
                    for (int b = 0; b < part.n(); b++) {
                        theta[at + a][at + b] = part.theta()[a][b];
                        w[at + a][at + b] = part.w()[a][b];
                    }
                }
                at += part.n();
            }
            out.add(new Cluster(x, e, theta, w));
        }
        return out;
    }

    int clusters() {
        return clusters;
    }

    double[][] vcov() {
        return vcov;
    }

    VcovType type() {
        return type;
    }

    /**
     * Satterthwaite degrees of freedom of coefficient i, clubSandwich's {@code Satterthwaite()}: df = E²/ΣⱼₖPⱼₖ² with
     * Pⱼₖ = δⱼₖ Qⱼ[i,i] − cⱼ·cₖ and cⱼ = row i of KⱼL. The diagonal terms (Qⱼ[i,i] − ‖cⱼ‖²)² are summed as R sums them;
     * the off-diagonal ones as 2 Σⱼ cⱼ'(Σₖ₍ₖ₌₀…ⱼ₋₁₎ cₖcₖ')cⱼ, a sum of non-negative terms in O(m p²), because the
     * shorter expansion through ‖Σⱼcⱼcⱼ'‖² loses digits when a cluster has leverage near 1 (Pⱼⱼ ≈ 0).
     */
    double satterthwaite(int i) {
        int p = model.p();
        double e = 0;
        double diag = 0;
        double cross = 0;
        double[][] before = new double[p][p];
        for (int j = 0; j < clusters; j++) {
            double[] c = kl[j][i];
            double pjj = q[j][i][i] - Dense.dot(c, c);
            e += pjj;
            diag += pjj * pjj;
            cross += Dense.dot(c, Dense.times(before, c));
            for (int a = 0; a < p; a++) for (int b = 0; b < p; b++) before[a][b] += c[a] * c[b];
        }
        return e * e / (diag + 2 * cross);
    }

    /**
     * The HTZ test of Cβ = 0, clubSandwich's {@code Wald_testing(test = "HTZ")}: with Ω = Σ tr-blocks of the P array,
     * B_jk = Ω^(−½) P_jk Ω^(−½) (q × q), nu = q(q + 1) / Σⱼₖ [tr(B_jk²) + (tr B_jk)²]. Writing B_jk = δⱼₖ q̃ⱼ − aⱼaₖ' with
     * q̃ⱼ = Ω^(−½) C Qⱼ C' Ω^(−½) and aⱼ = Ω^(−½) C KⱼL (q × p), the sums over pairs (j, k) reduce to the qp × qp matrix
     * S = Σⱼ vec(aⱼ) vec(aⱼ)'.
     */
    WaldTest htz(double[][] c, List<String> labels) {
        int p = model.p();
        int qn = c.length;
        double wald = wald(c);

        double[][] ct = Dense.transpose(c);
        double[][][] qc = new double[clusters][][];
        double[][][] kc = new double[clusters][][];
        double[][] omega = new double[qn][qn];
        for (int j = 0; j < clusters; j++) {
            qc[j] = Dense.times(Dense.times(c, q[j]), ct);
            kc[j] = Dense.times(c, kl[j]);
            Dense.addTo(omega, qc[j], 1);
            Dense.addTo(omega, Dense.tcrossprod(kc[j], kc[j]), -1);
        }
        Dense.Eigen omegaEigen = Dense.eigen(omega);                 // cut relative to the largest: Ω has the units of V_R
        double[][] t = omegaEigen.power(-0.5, 1e-12 * omegaEigen.max());
        int qp = qn * p;
        double[][] before = new double[qp][qp];            // Σₖ₍ₖ₌₀…ⱼ₋₁₎ vec(aₖ)vec(aₖ)', vec by rows of aₖ
        double local = 0;                                   // Σⱼ tr(Bⱼⱼ²) + (tr Bⱼⱼ)²
        double cross = 0;                                   // Σₖ₍ₖ<ⱼ₎ tr(aⱼaₖ'aⱼaₖ') + ⟨aⱼ, aₖ⟩²
        for (int j = 0; j < clusters; j++) {
            double[][] a = Dense.times(t, kc[j]);
            double[][] bjj = Dense.times(Dense.times(t, qc[j]), t);
            Dense.addTo(bjj, Dense.tcrossprod(a, a), -1);
            double tr = Dense.trace(bjj);
            local += Dense.traceOfProduct(bjj, bjj) + tr * tr;
            double[] vec = new double[qp];
            for (int r = 0; r < qn; r++) System.arraycopy(a[r], 0, vec, r * p, p);
            for (int sIdx = 0; sIdx < qn; sIdx++) for (int tIdx = 0; tIdx < qn; tIdx++) {
                for (int u = 0; u < p; u++) {
                    double asu = a[sIdx][u];
                    if (asu == 0) continue;
                    for (int v = 0; v < p; v++) {
                        cross += asu * a[tIdx][v] * before[sIdx * p + v][tIdx * p + u];
                    }
                }
            }
            cross += Dense.dot(vec, Dense.times(before, vec));
            for (int x = 0; x < qp; x++) {
                double vx = vec[x];
                if (vx == 0) continue;
                double[] row = before[x];
                for (int y = 0; y < qp; y++) row[y] += vx * vec[y];
            }
        }
        double total = local + 2 * cross;
        double nu = qn * (qn + 1) / total;
        double delta = Math.max((nu - qn + 1) / nu, 0);
        double df = nu - qn + 1;
        double f = delta * wald / qn;
        double pValue = df > 0
                ? org.apache.commons.statistics.distribution.FDistribution.of(qn, df).survivalProbability(f)
                : Double.NaN;
        return new WaldTest(labels, qn, wald, f, delta, qn, df, pValue);
    }

    /** The Wald statistic (Cb)'(C V_R C')⁻¹(Cb) of the constraints C. */
    private double wald(double[][] c) {
        double[] b = model.b();
        double[] cb = Dense.times(c, b);
        double[][] cvc = Dense.symmetrize(Dense.times(Dense.times(c, vcov), Dense.transpose(c)));
        Cholesky cv = Cholesky.tryOf(cvc);
        if (cv == null)
            throw new FitException("the constrained coefficients' robust covariance matrix is singular; the Wald test "
                    + "is not defined (are the constraints linearly dependent?)");
        return Dense.dot(cb, cv.solve(cb));
    }
}
