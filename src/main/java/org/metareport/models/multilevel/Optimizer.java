package org.metareport.models.multilevel;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.metareport.models.FitException;
import org.metareport.models.numeric.StepHalving;

/**
 * Maximises the ML or REML log-likelihood over the variance components sigma2 ≥ 0 by Newton–Raphson with the analytic
 * Hessian of {@link MarginalLikelihood}, falling back on Fisher scoring where the Hessian is not negative definite (far
 * from the optimum, or when two levels are confounded), with step halving on the likelihood and an active set for the
 * bound: a component at 0 whose gradient points below 0 stays at 0 (a boundary estimate, not an error).
 *
 * <p>metafor maximises the same function with {@code nlminb} on log(sigma2), which can only approach 0; the shared
 * fixtures (rel.tol 1e-10) report such components as about 1e-10, and this optimiser reports exactly 0. Convergence here
 * is declared when the last step moved no component by more than 1e-10 times the scale max(sigma2, mean vᵢ); Newton's
 * quadratic convergence then leaves the estimates within rounding of the optimum.
 */
final class Optimizer {
    static final int MAX_ITERATIONS = 200;
    private static final double STEP_TOLERANCE = 1e-10;
    private static final int MAX_HALVINGS = 60;

    private Optimizer() {}

    /** A trial point of the line search: the components, their evaluation, and the largest move from the start. */
    private record Trial(double[] candidate, MarginalLikelihood.Evaluation at, double moved) {}

    /** The maximum and the number of iterations used. */
    record Result(MarginalLikelihood.Evaluation at, int iterations) {}

    /**
     * @param fixed  components held at their value in {@code init} (metafor's {@code sigma2} argument, and 0 for a
     *               level with a single group)
     * @param scale  the data's variance scale (mean vᵢ), for the convergence tolerance
     * @throws FitException if the optimum is not found within {@link #MAX_ITERATIONS} iterations
     */
    static Result maximise(MarginalLikelihood lik, boolean reml, double[] init, boolean[] fixed, double scale,
                           List<String> componentNames) {
        return maximise(lik, reml, init, fixed, scale, componentNames, MAX_ITERATIONS);
    }

    /** As above with an iteration limit (for tests of the failure path). */
    static Result maximise(MarginalLikelihood lik, boolean reml, double[] init, boolean[] fixed, double scale,
                           List<String> componentNames, int maxIterations) {
        double[] theta = init.clone();
        MarginalLikelihood.Evaluation e = lik.at(theta, true);
        if (!e.positiveDefinite)
            throw new FitException("the marginal covariance matrix is not positive definite at the starting values; "
                    + "check the sampling variances and the assumed correlation rho");
        for (int iteration = 1; iteration <= maxIterations; iteration++) {
            Ascent ascent = ascent(e, reml, theta, fixed);
            List<Integer> free = ascent.free;
            if (free.isEmpty()) return new Result(e, iteration - 1);
            if (ascent.step == null) throw notConverged(theta, componentNames, reml, "the information about sigma2 is zero");

            double tolerance = STEP_TOLERANCE * Math.max(max(theta), scale);
            double ll0 = e.logLik(reml);
            Trial accepted = lineSearch(lik, reml, theta, ascent, tolerance, ll0);
            if (accepted != null && accepted.moved <= tolerance) return new Result(accepted.at, iteration);
            MarginalLikelihood.Evaluation next = accepted == null ? null : accepted.at;
            double[] candidate = accepted == null ? null : accepted.candidate;
            if (next == null) {
                if (ascent.newton) {                                   // retry this iteration with Fisher scoring
                    MarginalLikelihood.Evaluation retry = fisherStep(lik, reml, e, free, theta, ll0);
                    if (retry != null) {
                        next = retry;
                        candidate = retry.sigma2;
                    }
                }
                if (next == null) throw notConverged(theta, componentNames, reml,
                        "no step along the gradient increases the likelihood");
            }
            theta = candidate;
            e = next;
        }
        throw notConverged(theta, componentNames, reml, "the iteration limit of " + maxIterations + " was reached");
    }

    /**
     * The components to move (the active set) and the ascent direction on them.
     *
     * @param step    null when the information about the free components is zero
     * @param newton  true for Newton's direction, false when −H was not positive definite and Fisher scoring gave it
     */
    private record Ascent(List<Integer> free, double[] step, boolean newton) {}

    /**
     * One iteration's active set and direction: every component not fixed and not held at 0 by a gradient pointing
     * below 0; Newton's direction if −H is positive definite there, else Fisher scoring's; a free component at 0 that
     * the direction pushes below 0 is taken out of the set and the direction recomputed.
     */
    private static Ascent ascent(MarginalLikelihood.Evaluation e, boolean reml, double[] theta, boolean[] fixed) {
        double[] g = e.gradient(reml);
        List<Integer> free = new ArrayList<>();
        for (int l = 0; l < theta.length; l++) {
            if (!fixed[l] && (theta[l] > 0 || g[l] > 0)) free.add(l);
        }
        double[] step = null;
        boolean newton = true;
        while (!free.isEmpty()) {
            step = direction(e, reml, free, newton);
            if (step == null && newton) {
                newton = false;
                continue;
            }
            if (step == null) break;
            int blocked = -1;                                   // a free component at 0 that the step pushes below 0
            for (int f = 0; f < free.size(); f++) {
                int l = free.get(f);
                if (theta[l] == 0 && step[f] < 0) blocked = f;
            }
            if (blocked < 0) break;
            free.remove(blocked);
            step = null;
        }
        return new Ascent(free, step, newton);
    }

    /**
     * Step halving along the direction from {@code from}, starting at the longest step that keeps every free component
     * at or above 0 (the component that reaches 0 first is set to exactly 0 there): the first trial that is positive
     * definite and either moves less than {@code tolerance} or does not lower the likelihood below {@code ll0}; null
     * if none does.
     */
    private static Trial lineSearch(MarginalLikelihood lik, boolean reml, double[] from, Ascent ascent,
                                    double tolerance, double ll0) {
        List<Integer> free = ascent.free;
        double[] step = ascent.step;
        double alphaMax = 1;
        int hits = -1;
        for (int f = 0; f < free.size(); f++) {
            int l = free.get(f);
            if (step[f] < 0 && from[l] / -step[f] < alphaMax) {
                alphaMax = from[l] / -step[f];
                hits = l;
            }
        }
        int boundHit = hits;
        double full = alphaMax;
        return StepHalving.first(alphaMax, MAX_HALVINGS, alpha -> {
            double[] candidate = from.clone();
            double moved = 0;
            for (int f = 0; f < free.size(); f++) {
                int l = free.get(f);
                candidate[l] = Math.max(0, from[l] + alpha * step[f]);
                moved = Math.max(moved, Math.abs(candidate[l] - from[l]));
            }
            if (alpha == full && boundHit >= 0) candidate[boundHit] = 0;
            return new Trial(candidate, lik.at(candidate, true), moved);
        }, t -> t.at.positiveDefinite && (t.moved <= tolerance || t.at.logLik(reml) >= ll0));
    }

    /** One Fisher-scoring step with halving; null if it cannot increase the likelihood either. */
    private static MarginalLikelihood.Evaluation fisherStep(MarginalLikelihood lik, boolean reml,
                                                            MarginalLikelihood.Evaluation e, List<Integer> free,
                                                            double[] theta, double ll0) {
        double[] step = direction(e, reml, free, false);
        if (step == null) return null;
        return StepHalving.first(1, MAX_HALVINGS, alpha -> {
            double[] candidate = theta.clone();
            for (int f = 0; f < free.size(); f++) {
                int l = free.get(f);
                candidate[l] = Math.max(0, theta[l] + alpha * step[f]);
            }
            return lik.at(candidate, true);
        }, c -> c.positiveDefinite && c.logLik(reml) >= ll0);
    }

    /**
     * The ascent direction on the free components: Newton's −H⁻¹g when −H is positive definite (eigenvalues above
     * 1e-10 of the largest), otherwise Fisher scoring I⁺g with the generalised inverse of the information (so a
     * direction in which the likelihood is flat, such as the difference of two confounded components, is not moved).
     *
     * @return null when Newton was asked for and −H is not positive definite, or the information is zero
     */
    private static double[] direction(MarginalLikelihood.Evaluation e, boolean reml, List<Integer> free, boolean newton) {
        int n = free.size();
        double[][] h = new double[n][n];
        double[] g = new double[n];
        double[][] source = newton ? e.hessian(reml) : e.fisher(reml);
        for (int a = 0; a < n; a++) {
            g[a] = e.gradient(reml)[free.get(a)];
            for (int b = 0; b < n; b++) {
                double v = source[free.get(a)][free.get(b)];
                h[a][b] = newton ? -v : v;
            }
        }
        Dense.Eigen eig = Dense.eigen(h);
        double top = eig.max();
        if (!(top > 0)) return null;
        if (newton && !(eig.min() > 1e-10 * top)) return null;     // −H not (clearly) positive definite
        return Dense.times(eig.power(-1, 1e-10 * top), g);
    }

    private static double max(double[] v) {
        double out = 0;
        for (double x : v) out = Math.max(out, x);
        return out;
    }

    private static FitException notConverged(double[] theta, List<String> names, boolean reml, String why) {
        StringBuilder sb = new StringBuilder();
        for (int l = 0; l < theta.length; l++) {
            if (l > 0) sb.append(", ");
            sb.append(String.format(Locale.ROOT, "sigma2 of %s = %.6g", names.get(l), theta[l]));
        }
        return new FitException(String.format(Locale.ROOT, "the multilevel model (%s) did not converge: %s (last values "
                + "%s); the data may not identify every variance component, try fewer levels", reml ? "REML" : "ML",
                why, sb));
    }
}
