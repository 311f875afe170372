package org.metareport.models.bias;

import org.metareport.vocabulary.Alternative;

import org.apache.commons.statistics.distribution.NormalDistribution;

/**
 * The log-likelihood of Vevea &amp; Hedges' (1995, Psychometrika 60, 419–435) step-function selection model, written as
 * metafor 3.8's {@code .selmodel.ll.stepfun}, with analytic first and second derivatives.
 *
 * <p>With μᵢ = xᵢ'β, sᵢ² = vᵢ + tau², p-value cut points 0 &lt; α₁ &lt; … &lt; α_N = 1 and weights δ₁ = 1, δ₂, …, δ_N,
 * effect size i falls in interval g(i) (α_{g−1} &lt; pᵢ ≤ α_g) and contributes
 * <pre>
 *   ℓᵢ = log δ_g(i) + log φ(yᵢ; μᵢ, sᵢ) − log Aᵢ,   Aᵢ = Σⱼ δⱼ Pᵢⱼ,
 * </pre>
 * where Pᵢⱼ is the probability under N(μᵢ, sᵢ²) that yᵢ's p-value falls in interval j. For {@code greater} the
 * interval j is the y-range [σᵢ z(αⱼ), σᵢ z(α_{j−1})) with σᵢ = √vᵢ and z(α) = Φ⁻¹(1 − α); {@code less} mirrors it,
 * and {@code two.sided} is the union of both tails at α/2 (Vevea &amp; Hedges, 1995, eq. 4–6).
 *
 * <p>Each Pᵢⱼ is evaluated with the tail probabilities metafor uses (so values agree with R to rounding) and is also
 * kept as Σ ± Φ((c − μᵢ)/sᵢ) over its boundaries c for the derivatives. With u = (c − μ)/s:
 * ∂Φ/∂μ = −φ(u)/s, ∂Φ/∂tau² = −uφ(u)/(2s²), ∂²Φ/∂μ² = −uφ(u)/s², ∂²Φ/∂μ∂tau² = φ(u)(1 − u²)/(2s³),
 * ∂²Φ/∂(tau²)² = uφ(u)(3 − u²)/(4s⁴).
 *
 * <p>Free parameters are ordered θ = (β₁ … β_p, tau², δ₂ … δ_N); δ₁ is fixed at 1.
 */
final class StepLikelihood {
    private static final NormalDistribution N01 = Level.STANDARD_NORMAL;
    private static final double LOG_SQRT_2PI = 0.5 * Math.log(2 * Math.PI);

    private final double[] yi;
    private final double[] vi;
    private final double[][] x;
    private final int k;
    private final int p;
    private final int n;            // number of intervals (steps including 1)
    private final Alternative alternative;
    private final int[] group;      // 0-based interval of each effect size
    /** Boundaries per effect size: upper[i][j] = σᵢ z(αⱼ) on the upper side, lower[i][j] = σᵢ Φ⁻¹(αⱼ) (or /2 for two-sided). */
    private final double[][] upper;
    private final double[][] lower;

    StepLikelihood(double[] yi, double[] vi, double[][] x, double[] steps, Alternative alternative, int[] group) {
        this.yi = yi;
        this.vi = vi;
        this.x = x;
        this.k = yi.length;
        this.p = x[0].length;
        this.n = steps.length;
        this.alternative = alternative;
        this.group = group;
        upper = new double[k][n - 1];
        lower = new double[k][n - 1];
        for (int i = 0; i < k; i++) {
            double sd = Math.sqrt(vi[i]);
            for (int j = 0; j < n - 1; j++) {
                double a = alternative == Alternative.TWO_SIDED ? steps[j] / 2 : steps[j];
                // metafor: qnorm(steps[j], 0, sqrt(vi), lower.tail = FALSE) and lower.tail = TRUE
                upper[i][j] = sd * N01.inverseSurvivalProbability(a);
                lower[i][j] = sd * N01.inverseCumulativeProbability(a);
            }
        }
    }

    int parameters() {
        return p + n;   // β, tau², δ₂ … δ_N
    }

    /** ℓ(β, tau², δ); {@code delta} has all N weights, δ₁ is used as given (1 for metafor's model). */
    double logLik(double[] beta, double tau2, double[] delta) {
        double ll = 0;
        for (int i = 0; i < k; i++) {
            double mu = mean(i, beta);
            double s = Math.sqrt(vi[i] + tau2);
            double[] prob = intervalProbabilities(i, mu, s);
            double a = prob[0];
            for (int j = 1; j < n; j++) a += delta[j] * prob[j];
            double z = (yi[i] - mu) / s;
            ll += Math.log(delta[group[i]]) - (LOG_SQRT_2PI + 0.5 * z * z + Math.log(s)) - Math.log(a);
        }
        return ll;
    }

    /** Pᵢⱼ for j = 1 … N, in the tail form of metafor's {@code Ai} terms. */
    private double[] intervalProbabilities(int i, double mu, double s) {
        double[] prob = new double[n];
        double[] up = upper[i];
        double[] lo = lower[i];
        switch (alternative) {
            case GREATER -> {
                prob[0] = upperTail(up[0], mu, s);
                for (int j = 1; j < n - 1; j++) prob[j] = upperTail(up[j], mu, s) - upperTail(up[j - 1], mu, s);
                prob[n - 1] = lowerTail(up[n - 2], mu, s);
            }
            case LESS -> {
                prob[0] = lowerTail(lo[0], mu, s);
                for (int j = 1; j < n - 1; j++) prob[j] = lowerTail(lo[j], mu, s) - lowerTail(lo[j - 1], mu, s);
                prob[n - 1] = upperTail(lo[n - 2], mu, s);
            }
            case TWO_SIDED -> {
                prob[0] = upperTail(up[0], mu, s) + lowerTail(lo[0], mu, s);
                for (int j = 1; j < n - 1; j++)
                    prob[j] = (upperTail(up[j], mu, s) - upperTail(up[j - 1], mu, s))
                            + (lowerTail(lo[j], mu, s) - lowerTail(lo[j - 1], mu, s));
                prob[n - 1] = lowerTail(up[n - 2], mu, s) - lowerTail(lo[n - 2], mu, s);
            }
        }
        return prob;
    }

    private static double upperTail(double c, double mu, double s) {
        return N01.survivalProbability((c - mu) / s);
    }

    private static double lowerTail(double c, double mu, double s) {
        return N01.cumulativeProbability((c - mu) / s);
    }

    /**
     * The sums of one pass over the effect sizes: the gradient and Hessian of ℓ so far, and the current effect size's
     * derivatives of each Pⱼ (cleared for every effect size, so the pass allocates them once).
     */
    private static final class Sums {
        final double[] g;
        final double[][] h;
        /** ∂Pⱼ/∂μ. */
        final double[] dP;
        /** ∂Pⱼ/∂tau². */
        final double[] dPt;
        final double[] dPmm;
        final double[] dPmt;
        final double[] dPtt;

        Sums(int m, int n) {
            g = new double[m];
            h = new double[m][m];
            dP = new double[n];
            dPt = new double[n];
            dPmm = new double[n];
            dPmt = new double[n];
            dPtt = new double[n];
        }

        void clearIntervals() {
            java.util.Arrays.fill(dP, 0);
            java.util.Arrays.fill(dPt, 0);
            java.util.Arrays.fill(dPmm, 0);
            java.util.Arrays.fill(dPmt, 0);
            java.util.Arrays.fill(dPtt, 0);
        }

        /** Adds sign · (derivatives of Φ((c − μ)/s)) to interval j's accumulators. */
        void addPhi(int j, double c, int sign, double mu, double s) {
            double u = (c - mu) / s;
            double phi = N01.density(u);
            double s2 = s * s;
            dP[j] += sign * (-phi / s);
            dPt[j] += sign * (-u * phi / (2 * s2));
            dPmm[j] += sign * (-u * phi / s2);
            dPmt[j] += sign * (phi * (1 - u * u) / (2 * s2 * s));
            dPtt[j] += sign * (u * phi * (3 - u * u) / (4 * s2 * s2));
        }
    }

    /**
     * Gradient and Hessian of ℓ with respect to θ = (β, tau², δ₂ … δ_N) at {@code delta} (δ₁ as given), in one pass
     * over the effect sizes.
     *
     * @return {gradient (length m), hessian (m × m)} packed as a matrix of m + 1 rows: row 0 the gradient
     */
    double[][] derivatives(double[] beta, double tau2, double[] delta) {
        int m = parameters();
        Sums sums = new Sums(m, n);
        for (int i = 0; i < k; i++) {
            double mu = mean(i, beta);
            double s2 = vi[i] + tau2;
            double s = Math.sqrt(s2);
            double[] prob = intervalProbabilities(i, mu, s);
            sums.clearIntervals();
            intervalDerivatives(i, mu, s, sums);
            addEffect(i, yi[i] - mu, s2, prob, delta, sums);
        }
        double[][] out = new double[m + 1][];
        out[0] = sums.g;
        System.arraycopy(sums.h, 0, out, 1, m);
        return out;
    }

    /** The derivatives of effect size i's Pⱼ in μ and tau², each Pⱼ as Σ sign · Φ((c − μ)/s) over its finite boundaries. */
    private void intervalDerivatives(int i, double mu, double s, Sums sums) {
        double[] up = upper[i];
        double[] lo = lower[i];
        for (int j = 0; j < n; j++) {
            switch (alternative) {
                case GREATER -> {
                    if (j < n - 1) sums.addPhi(j, up[j], -1, mu, s);
                    if (j > 0) sums.addPhi(j, up[j - 1], +1, mu, s);
                }
                case LESS -> {
                    if (j < n - 1) sums.addPhi(j, lo[j], +1, mu, s);
                    if (j > 0) sums.addPhi(j, lo[j - 1], -1, mu, s);
                }
                case TWO_SIDED -> {
                    if (j < n - 1) {
                        sums.addPhi(j, up[j], -1, mu, s);
                        sums.addPhi(j, lo[j], +1, mu, s);
                    }
                    if (j > 0) {
                        sums.addPhi(j, up[j - 1], +1, mu, s);
                        sums.addPhi(j, lo[j - 1], -1, mu, s);
                    }
                }
            }
        }
    }

    /** Adds effect size i's terms (residual r = yᵢ − μᵢ, sᵢ² = {@code s2}) to the gradient and Hessian. */
    private void addEffect(int i, double r, double s2, double[] prob, double[] delta, Sums sums) {
        int it = p;                 // index of tau²
        double[] g = sums.g;
        double[][] h = sums.h;
        double[] dP = sums.dP;
        double[] dPt = sums.dPt;
        double a = prob[0], am = dP[0], at = dPt[0], amm = sums.dPmm[0], amt = sums.dPmt[0], att = sums.dPtt[0];
        for (int j = 1; j < n; j++) {
            a += delta[j] * prob[j];
            am += delta[j] * dP[j];
            at += delta[j] * dPt[j];
            amm += delta[j] * sums.dPmm[j];
            amt += delta[j] * sums.dPmt[j];
            att += delta[j] * sums.dPtt[j];
        }
        // normal part: ∂/∂μ = r/s², ∂/∂t = −1/(2s²) + r²/(2s⁴); second: −1/s², −r/s⁴, 1/(2s⁴) − r²/s⁶
        double lm = r / s2 - am / a;
        double lt = -0.5 / s2 + 0.5 * r * r / (s2 * s2) - at / a;
        double lmm = -1 / s2 - amm / a + am * am / (a * a);
        double lmt = -r / (s2 * s2) - amt / a + am * at / (a * a);
        double ltt = 0.5 / (s2 * s2) - r * r / (s2 * s2 * s2) - att / a + at * at / (a * a);
        double[] xi = x[i];
        for (int c = 0; c < p; c++) {
            g[c] += lm * xi[c];
            for (int d = 0; d < p; d++) h[c][d] += lmm * xi[c] * xi[d];
            h[c][it] += lmt * xi[c];
            h[it][c] += lmt * xi[c];
        }
        g[it] += lt;
        h[it][it] += ltt;
        // δⱼ (j ≥ 2): ∂ℓ/∂δⱼ = [g(i) = j]/δⱼ − Pⱼ/A
        for (int j = 1; j < n; j++) {
            int dj = p + j;
            g[dj] += (group[i] == j ? 1 / delta[j] : 0) - prob[j] / a;
            double cm = -dP[j] / a + prob[j] * am / (a * a);     // ∂²ℓ/∂δⱼ∂μ
            double ct = -dPt[j] / a + prob[j] * at / (a * a);    // ∂²ℓ/∂δⱼ∂tau²
            for (int c = 0; c < p; c++) {
                h[dj][c] += cm * xi[c];
                h[c][dj] += cm * xi[c];
            }
            h[dj][it] += ct;
            h[it][dj] += ct;
            for (int l = 1; l < n; l++) h[dj][p + l] += prob[j] * prob[l] / (a * a);
            if (group[i] == j) h[dj][dj] -= 1 / (delta[j] * delta[j]);
        }
    }

    private double mean(int i, double[] beta) {
        double mu = 0;
        for (int c = 0; c < p; c++) mu += x[i][c] * beta[c];
        return mu;
    }
}
