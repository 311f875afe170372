package org.metareport.models.bias;

import static org.metareport.models.bias.SelectionModel.DELTA_MAX;
import static org.metareport.models.bias.SelectionModel.deltaOf;
import static org.metareport.models.bias.SelectionModel.tau2Of;

import org.metareport.models.numeric.Cholesky;
import org.metareport.models.numeric.StepHalving;

/**
 * Newton steps with a backtracking line search on the selection model's ℓ in the optimiser's parameters
 * η = (β, log tau², logit δⱼ/100), using the analytic derivatives of {@link StepLikelihood}: it takes the BFGS stopping
 * point of {@link VariableMetric} to the maximum ({@link SelectionOptimum#EXACT}), and tells how far metafor stops from
 * it ({@link SelectionOptimum#AS_METAFOR}).
 */
final class SelectionPolish {
    private static final int MAX_ITERATIONS = 100;

    private SelectionPolish() {}

    /**
     * The gradient g and the negative Hessian of ℓ in η on the free parameters, by the chain rule from the derivatives
     * in (β, tau², δ).
     */
    private record Ascent(double[] g, double[][] negH) {}

    /**
     * {@code noTau2} holds tau² at 0. Returns the best parameters found (the start when no step improves ℓ).
     */
    static double[] polish(StepLikelihood lik, double[] start, int n, boolean noTau2) {
        double[] eta = start.clone();
        double ll = llAt(lik, eta, n, noTau2);
        int dim = 2 + (n - 1);     // β, log tau², δ₂ … δ_N (δ₁ is inert)
        for (int iter = 0; iter < MAX_ITERATIONS; iter++) {
            int[] free = noTau2 ? freeWithoutTau2(dim) : range(dim);
            int f = free.length;
            Ascent ascent = ascent(lik, eta, n, noTau2, free);
            double[] g = ascent.g;
            double[] step = newtonStep(ascent.negH, g);
            if (step == null) break;
            double decrement = 0;
            for (int r = 0; r < f; r++) decrement += step[r] * g[r];
            if (!(decrement > 1e-24)) break;
            double[] from = eta;
            double llFrom = ll;
            double[] better = StepHalving.first(1, 49, scale -> {
                double[] trial = from.clone();
                for (int r = 0; r < f; r++) trial[index(free[r])] += scale * step[r];
                return trial;
            }, trial -> llAt(lik, trial, n, noTau2) > llFrom);
            if (better == null) break;
            eta = better;
            ll = llAt(lik, better, n, noTau2);
        }
        return eta;
    }

    /** g and −H in η at {@code eta}, restricted to the free parameters. */
    private static Ascent ascent(StepLikelihood lik, double[] eta, int n, boolean noTau2, int[] free) {
        int dim = 2 + (n - 1);
        double b = eta[0];
        double tau2 = noTau2 ? 0 : tau2Of(eta[1]);
        double[] delta = deltaOf(eta, 2, n);
        double[][] d = lik.derivatives(new double[] {b}, tau2, delta);
        double[] jac = new double[dim];
        double[] jac2 = new double[dim];
        jac[0] = 1;
        jac[1] = tau2;
        jac2[1] = tau2;
        for (int j = 1; j < n; j++) {
            double dd = delta[j] * (1 - delta[j] / DELTA_MAX);
            jac[1 + j] = dd;
            jac2[1 + j] = dd * (1 - 2 * delta[j] / DELTA_MAX);
        }
        int f = free.length;
        double[] g = new double[f];
        double[][] negH = new double[f][f];
        for (int r = 0; r < f; r++) {
            int a = free[r];
            g[r] = jac[a] * d[0][a];
            for (int c = 0; c < f; c++) {
                int e = free[c];
                negH[r][c] = -jac[a] * d[1 + a][e] * jac[e];
            }
            negH[r][r] -= jac2[a] * d[0][a];
        }
        return new Ascent(g, negH);
    }

    /**
     * The Newton step (−H)⁻¹g, with a ridge λ·max(1, |−Hᵣᵣ|) added to the diagonal (λ from 0, then 1e-8 rising tenfold)
     * until −H + ridge is positive definite; null if it never is within 60 tries.
     */
    private static double[] newtonStep(double[][] negH, double[] g) {
        int f = g.length;
        double lambda = 0;
        for (int tries = 0; tries < 60; tries++) {
            double[][] m = new double[f][f];
            for (int r = 0; r < f; r++) {
                m[r] = negH[r].clone();
                m[r][r] += lambda * Math.max(1, Math.abs(negH[r][r]));
            }
            Cholesky c = Cholesky.tryOf(m);
            if (c != null) {
                double[][] inv = c.inverseByColumns();
                double[] step = new double[f];
                for (int r = 0; r < f; r++) for (int s = 0; s < f; s++) step[r] += inv[r][s] * g[s];
                return step;
            }
            lambda = lambda == 0 ? 1e-8 : lambda * 10;
        }
        return null;
    }

    /** Position in the optimiser's parameter vector (β, log tau², δ₁ (inert), δ₂ …) of free parameter {@code a}. */
    private static int index(int a) {
        return a < 2 ? a : a + 1;
    }

    private static int[] range(int dim) {
        int[] r = new int[dim];
        for (int i = 0; i < dim; i++) r[i] = i;
        return r;
    }

    private static int[] freeWithoutTau2(int dim) {
        int[] r = new int[dim - 1];
        r[0] = 0;
        for (int i = 2; i < dim; i++) r[i - 1] = i;
        return r;
    }

    private static double llAt(StepLikelihood lik, double[] eta, int n, boolean noTau2) {
        double ll = lik.logLik(new double[] {eta[0]}, noTau2 ? 0 : tau2Of(eta[1]), deltaOf(eta, 2, n));
        return Double.isNaN(ll) ? Double.NEGATIVE_INFINITY : ll;
    }
}
