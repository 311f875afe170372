package org.metareport.models.multilevel;

import org.metareport.models.numeric.Cholesky;

import java.util.Arrays;
import java.util.List;

/**
 * The ML and REML log-likelihoods of the multilevel model y ~ N(Xβ, M(sigma2)) with M = V + Σₗ sigma2ₗ ZₗZₗ', profiled
 * over β, with their first and second derivatives in the variance components; metafor's {@code .ll.rma.mv} with
 * {@code REMLf = TRUE}:
 * <pre>
 *   ll_ML   = −½ k log 2π − ½ log|M| − ½ (y − Xb)'M⁻¹(y − Xb)
 *   ll_REML = −½ (k − p) log 2π + ½ log|X'X| − ½ log|M| − ½ log|X'M⁻¹X| − ½ (y − Xb)'M⁻¹(y − Xb)
 * </pre>
 * With W = M⁻¹, P = W − WX(X'WX)⁻¹X'W and Dₗ = ZₗZₗ' (Harville, 1977, JASA 72:320, eqs. 4.3–4.7; Searle, Casella &amp;
 * McCulloch, 1992, ch. 6):
 * <pre>
 *   ∂ll_REML/∂σ²ₗ = −½ tr(PDₗ) + ½ y'PDₗPy            ∂ll_ML/∂σ²ₗ = −½ tr(WDₗ) + ½ y'PDₗPy
 *   ∂²ll_REML      = ½ tr(PDₗPDₘ) − y'PDₗPDₘPy         ∂²ll_ML      = ½ tr(WDₗWDₘ) − y'PDₗPDₘPy
 *   Fisher information: ½ tr(PDₗPDₘ) (REML), ½ tr(WDₗWDₘ) (ML)
 * </pre>
 * Every term is a sum over blocks plus p × p corrections: Py = W(y − Xb) blockwise, tr(PDₗ) = tr(WDₗ) − tr(B Fₗ) with
 * B = (X'WX)⁻¹ and Fₗ = X'WDₗWX, tr(PDₗPDₘ) = tr(WDₗWDₘ) − 2 tr(B X'WDₗWDₘWX) + tr(B Fₗ B Fₘ). Since Dₗ = ZₗZₗ', the
 * block terms reduce to group sums of W (Zₗ'WZₘ), so one evaluation costs O(Σ nⱼ³ + Σ nⱼ p²), linear in k for
 * bounded cluster sizes, and no k × k matrix is formed.
 */
final class MarginalLikelihood {
    private static final double LOG_2PI = Math.log(2 * Math.PI);

    private final List<Block> blocks;
    private final int k;
    private final int p;
    private final int m;
    private final double logDetXtX;

    MarginalLikelihood(List<Block> blocks, int k, int p, int m) {
        this.blocks = List.copyOf(blocks);
        this.k = k;
        this.p = p;
        this.m = m;
        double[][] xtx = new double[p][p];
        for (Block b : blocks) Dense.addTo(xtx, Dense.crossprod(b.x(), b.x()), 1);
        Cholesky c = Cholesky.tryOf(xtx);
        if (c == null) throw new IllegalStateException("X'X is singular after dropping redundant columns");
        this.logDetXtX = c.logDet();
    }

    List<Block> blocks() {
        return blocks;
    }

    int k() {
        return k;
    }

    int p() {
        return p;
    }

    int m() {
        return m;
    }

    /**
     * The likelihoods at {@code sigma2}, with derivatives when {@code derivatives} is true.
     *
     * @return an evaluation whose {@link Evaluation#positiveDefinite} is false if some block of M is not positive definite
     */
    Evaluation at(double[] sigma2, boolean derivatives) {
        int nb = blocks.size();
        double[][][] ms = new double[nb][][];
        double[][][] ws = new double[nb][][];
        double[][][] wxs = new double[nb][][];
        double logDetM = 0;
        double[][] xwx = new double[p][p];
        double[] xwy = new double[p];
        double[][] wxwx = new double[p][p];
        double traceW = 0;
        for (int j = 0; j < nb; j++) {
            Block block = blocks.get(j);
            double[][] mj = block.marginal(sigma2);
            Cholesky c = Cholesky.tryOf(mj);
            if (c == null) return Evaluation.notPositiveDefinite();
            logDetM += c.logDet();
            double[][] w = c.inverse();
            double[][] wx = Dense.times(w, block.x());
            Dense.addCrossprod(xwx, block.x(), wx);
            double[] y = block.y();
            for (int i = 0; i < y.length; i++) {
                double[] wxi = wx[i];
                for (int a = 0; a < p; a++) xwy[a] += wxi[a] * y[i];
            }
            Dense.addCrossprod(wxwx, wx, wx);
            traceW += Dense.trace(w);
            ms[j] = mj;
            ws[j] = w;
            wxs[j] = wx;
        }
        Cholesky cx = Cholesky.tryOf(Dense.symmetrize(xwx));
        if (cx == null) return Evaluation.notPositiveDefinite();
        double[][] vb = cx.inverse();
        double[] b = Dense.times(vb, xwy);
        double logDetXwx = cx.logDet();

        double rss = 0;
        double[][] pys = new double[nb][];
        double[][] residuals = new double[nb][];
        for (int j = 0; j < nb; j++) {
            Block block = blocks.get(j);
            double[] r = block.y().clone();
            for (int i = 0; i < r.length; i++) r[i] -= Dense.dot(block.x()[i], b);
            double[] py = Dense.times(ws[j], r);
            rss += Dense.dot(r, py);
            residuals[j] = r;
            pys[j] = py;
        }
        double traceP = traceW - Dense.traceOfProduct(vb, wxwx);
        double llMl = -0.5 * k * LOG_2PI - 0.5 * logDetM - 0.5 * rss;
        double llReml = -0.5 * (k - p) * LOG_2PI + 0.5 * logDetXtX - 0.5 * logDetM - 0.5 * logDetXwx - 0.5 * rss;
        Evaluation e = new Evaluation(sigma2.clone(), llMl, llReml, b, vb, rss, traceP, new PerBlock(ms, ws, residuals));
        if (derivatives) derivatives(e, wxs, pys);
        return e;
    }

    /**
     * The sums over blocks that the derivatives need, before the p × p corrections, and the current block's products
     * with each level's Z (overwritten block by block, so a pass over the blocks allocates them once).
     */
    private static final class BlockSums {
        /** tr(WDₗ). */
        final double[] trWD;
        /** (Py)'Dₗ(Py). */
        final double[] yPDPy;
        /** Fₗ = X'WDₗWX. */
        final double[][][] f;
        /** X'WDₗPy. */
        final double[][] a;
        /** tr(WDₗWDₘ), upper triangle. */
        final double[][] trWDWD;
        /** X'WDₗWDₘWX, upper triangle. */
        final double[][][][] eLm;
        /** (Py)'DₗWDₘ(Py), upper triangle. */
        final double[][] uWu;
        /** The current block's Zₗ'WX, Zₗ'Py and WZₗ per level (the block's own arrays when Zₗ = I). */
        final double[][][] zWX;
        final double[][] zPy;
        final double[][][] wZ;
        /** Scratch row (Zₗ'WZₘ Zₘ'WX)[g], cleared for each group. */
        final double[] t;

        BlockSums(int m, int p) {
            trWD = new double[m];
            yPDPy = new double[m];
            f = new double[m][p][p];
            a = new double[m][p];
            trWDWD = new double[m][m];
            eLm = new double[m][m][p][p];
            uWu = new double[m][m];
            zWX = new double[m][][];
            zPy = new double[m][];
            wZ = new double[m][][];
            t = new double[p];
        }
    }

    private void derivatives(Evaluation e, double[][][] wxs, double[][] pys) {
        BlockSums sums = new BlockSums(m, p);
        for (int j = 0; j < blocks.size(); j++) {
            Block block = blocks.get(j);
            project(block, e.w[j], wxs[j], pys[j], sums);
            crossLevels(block, sums);
        }
        finish(e, sums);
    }

    /** One block's group sums Zₗ'WX, Zₗ'Py and WZₗ per level, and their terms of yPDPy, Fₗ and X'WDₗPy. */
    private void project(Block block, double[][] w, double[][] wx, double[] py, BlockSums sums) {
        int n = block.n();
        for (int l = 0; l < m; l++) {
            int groups = block.groups()[l];
            int[] g = block.group()[l];
            double[][] zwx;
            double[] zpy;
            double[][] wz;
            if (identity(g, groups)) {                  // one row per group (the innermost level, usually): Z = I
                zwx = wx;
                zpy = py;
                wz = w;
            } else {
                zwx = new double[groups][p];
                zpy = new double[groups];
                wz = new double[n][groups];
                for (int i = 0; i < n; i++) {
                    double[] row = zwx[g[i]];
                    for (int c = 0; c < p; c++) row[c] += wx[i][c];
                    zpy[g[i]] += py[i];
                }
                for (int r = 0; r < n; r++) {
                    double[] wr = w[r];
                    double[] out = wz[r];
                    for (int i = 0; i < n; i++) out[g[i]] += wr[i];
                }
            }
            sums.zWX[l] = zwx;
            sums.zPy[l] = zpy;
            sums.wZ[l] = wz;
            sums.yPDPy[l] += Dense.dot(zpy, zpy);
            Dense.addCrossprod(sums.f[l], zwx, zwx);
            for (int i = 0; i < groups; i++) {
                double[] zi = zwx[i];
                for (int c = 0; c < p; c++) sums.a[l][c] += zi[c] * zpy[i];
            }
        }
    }

    /** One block's terms of tr(WDₗ), tr(WDₗWDₘ), X'WDₗWDₘWX and (Py)'DₗWDₘ(Py), from Zₗ'WZₘ for l ≤ m. */
    private void crossLevels(Block block, BlockSums sums) {
        int n = block.n();
        for (int l = 0; l < m; l++) {
            int[] gl = block.group()[l];
            int groupsL = block.groups()[l];
            boolean identityL = identity(gl, groupsL);
            for (int mm = l; mm < m; mm++) {
                double[][] wz = sums.wZ[mm];
                double[][] zwz;                                             // Zₗ'WZₘ
                if (identityL) {
                    zwz = wz;
                } else {
                    zwz = new double[groupsL][block.groups()[mm]];
                    for (int r = 0; r < n; r++) {
                        double[] into = zwz[gl[r]];
                        double[] from = wz[r];
                        for (int h = 0; h < from.length; h++) into[h] += from[h];
                    }
                }
                if (mm == l) sums.trWD[l] += Dense.trace(zwz);
                sums.trWDWD[l][mm] += Dense.frobenius2(zwz);
                addCross(zwz, l, mm, sums);
            }
        }
    }

    /**
     * Adds this block's (Zₗ'WX)'(Zₗ'WZₘ)(Zₘ'WX) to X'WDₗWDₘWX and its (Zₗ'Py)'(Zₗ'WZₘ)(Zₘ'Py) to (Py)'DₗWDₘ(Py), group
     * by group.
     */
    private void addCross(double[][] zwz, int l, int mm, BlockSums sums) {
        double[][] zm = sums.zWX[mm];
        double[][] zl = sums.zWX[l];
        double[] pm = sums.zPy[mm];
        double[] pl = sums.zPy[l];
        double[][] into = sums.eLm[l][mm];
        double[] t = sums.t;                                        // (Zₗ'WZₘ Zₘ'WX)[g]
        for (int g = 0; g < zwz.length; g++) {
            double[] zg = zwz[g];
            Arrays.fill(t, 0);
            double s2 = 0;
            for (int h = 0; h < zg.length; h++) {
                double v = zg[h];
                if (v == 0) continue;
                double[] zmh = zm[h];
                for (int c = 0; c < p; c++) t[c] += v * zmh[c];
                s2 += v * pm[h];
            }
            double[] zlg = zl[g];
            for (int r = 0; r < p; r++) {
                double v = zlg[r];
                if (v == 0) continue;
                double[] row = into[r];
                for (int c = 0; c < p; c++) row[c] += v * t[c];
            }
            sums.uWu[l][mm] += pl[g] * s2;
        }
    }

    /** The gradients, Hessians and Fisher informations of ML and REML from the block sums (Harville's corrections). */
    private void finish(Evaluation e, BlockSums sums) {
        double[][] vb = e.vb;
        double[][][] vbF = new double[m][][];
        for (int l = 0; l < m; l++) vbF[l] = Dense.times(vb, sums.f[l]);
        double[][] vbA = new double[m][];
        for (int l = 0; l < m; l++) vbA[l] = Dense.times(vb, sums.a[l]);
        e.gradientMl = new double[m];
        e.gradientReml = new double[m];
        e.hessianMl = new double[m][m];
        e.hessianReml = new double[m][m];
        e.fisherMl = new double[m][m];
        e.fisherReml = new double[m][m];
        for (int l = 0; l < m; l++) {
            double trPD = sums.trWD[l] - Dense.trace(vbF[l]);
            e.gradientReml[l] = -0.5 * trPD + 0.5 * sums.yPDPy[l];
            e.gradientMl[l] = -0.5 * sums.trWD[l] + 0.5 * sums.yPDPy[l];
            for (int mm = l; mm < m; mm++) {
                double trPDPD = sums.trWDWD[l][mm] - 2 * Dense.traceOfProduct(vb, sums.eLm[l][mm])
                        + Dense.traceOfProduct(vbF[l], vbF[mm]);
                double quad = sums.uWu[l][mm] - Dense.dot(sums.a[l], vbA[mm]);
                set(e.fisherReml, l, mm, 0.5 * trPDPD);
                set(e.fisherMl, l, mm, 0.5 * sums.trWDWD[l][mm]);
                set(e.hessianReml, l, mm, 0.5 * trPDPD - quad);
                set(e.hessianMl, l, mm, 0.5 * sums.trWDWD[l][mm] - quad);
            }
        }
    }

    /** True when row i is alone in group i (Z = I). */
    private static boolean identity(int[] group, int groups) {
        if (groups != group.length) return false;
        for (int i = 0; i < group.length; i++) if (group[i] != i) return false;
        return true;
    }

    private static void set(double[][] a, int i, int j, double v) {
        a[i][j] = v;
        a[j][i] = v;
    }

    /** Per block: the marginal covariance M, its inverse W, and the residuals y − Xb. */
    record PerBlock(double[][][] marginal, double[][][] w, double[][] residuals) {}

    /** One evaluation of the likelihood; the derivative fields are null unless they were asked for. */
    static final class Evaluation {
        final boolean positiveDefinite;
        final double[] sigma2;
        final double llMl;
        final double llReml;
        final double[] b;
        final double[][] vb;
        final double rss;
        /** tr(P), for the typical sampling variance of the multilevel I². */
        final double traceP;
        /** Per block: the marginal covariance M, its inverse W, and the residuals y − Xb. */
        final double[][][] marginal;
        final double[][][] w;
        final double[][] residuals;
        double[] gradientMl;
        double[] gradientReml;
        double[][] hessianMl;
        double[][] hessianReml;
        double[][] fisherMl;
        double[][] fisherReml;

        Evaluation(double[] sigma2, double llMl, double llReml, double[] b, double[][] vb, double rss, double traceP,
                   PerBlock perBlock) {
            this.positiveDefinite = true;
            this.sigma2 = sigma2;
            this.llMl = llMl;
            this.llReml = llReml;
            this.b = b;
            this.vb = vb;
            this.rss = rss;
            this.traceP = traceP;
            this.marginal = perBlock.marginal;
            this.w = perBlock.w;
            this.residuals = perBlock.residuals;
        }

        /** An evaluation where some block of M is not positive definite: no estimates, log-likelihoods −∞. */
        private Evaluation() {
            this.positiveDefinite = false;
            this.sigma2 = null;
            this.llMl = Double.NEGATIVE_INFINITY;
            this.llReml = Double.NEGATIVE_INFINITY;
            this.b = null;
            this.vb = null;
            this.rss = Double.NaN;
            this.traceP = Double.NaN;
            this.marginal = null;
            this.w = null;
            this.residuals = null;
        }

        static Evaluation notPositiveDefinite() {
            return new Evaluation();
        }

        double logLik(boolean reml) {
            return reml ? llReml : llMl;
        }

        double[] gradient(boolean reml) {
            return reml ? gradientReml : gradientMl;
        }

        double[][] hessian(boolean reml) {
            return reml ? hessianReml : hessianMl;
        }

        double[][] fisher(boolean reml) {
            return reml ? fisherReml : fisherMl;
        }
    }
}
