package org.metareport.models.bias;

import java.util.function.ToDoubleFunction;

/**
 * The variable-metric (BFGS) minimiser of Nash (1990, Compact numerical methods for computers, 2nd ed., Algorithm 21),
 * which R's {@code optim(method = "BFGS")} implements, with optim's central-difference gradient when no gradient is
 * given. It follows the same steps (inverse-Hessian update, backtracking line search with step reduction 0.2 and
 * acceptance 10⁻⁴ × the projected gradient, restarts, and the stopping rule on the relative change of the function
 * value), so on the same function and start it stops where optim stops. metafor's {@code selmodel()} relies on those
 * defaults (reltol = √ε ≈ 1.5e-8, maxit = 100, ndeps = 10⁻³), which can leave the estimate short of the optimum:
 * reproducing them reproduces metafor's printed numbers.
 */
final class VariableMetric {
    /** optim's default relative tolerance, √(machine ε). */
    static final double RELTOL = Math.sqrt(Math.ulp(1.0));
    /** optim's default iteration limit for BFGS. */
    static final int MAXIT = 100;
    /** optim's default finite-difference step. */
    static final double NDEPS = 1e-3;

    private static final double STEP_REDUCTION = 0.2;
    private static final double ACCEPTANCE = 1e-4;
    private static final double RELATIVE_TEST = 10.0;

    /**
     * Where the minimiser stopped.
     *
     * @param par        the final parameters
     * @param value      the function value there
     * @param functions  function evaluations for the line search (optim's {@code counts["function"]})
     * @param gradients  gradient evaluations (optim's {@code counts["gradient"]})
     * @param converged  false when the iteration limit was reached (optim's {@code convergence = 1})
     */
    record Result(double[] par, double value, int functions, int gradients, boolean converged) {}

    /** Thrown when the function is not finite where optim would stop with an error. */
    static final class NotFinite extends RuntimeException {
        private static final long serialVersionUID = 1L;

        NotFinite(String message) {
            super(message, null, false, false);
        }
    }

    private VariableMetric() {}

    /**
     * Minimises {@code f} from {@code start}.
     *
     * @throws NotFinite if f is not finite at the start or a finite-difference gradient is not finite (optim's
     *                   errors "initial value in 'vmmin' is not finite" and "non-finite finite-difference value")
     */
    static Result minimise(ToDoubleFunction<double[]> f, double[] start, int maxit, double reltol) {
        int n = start.length;
        double[] b = start.clone();
        double fmin = f.applyAsDouble(b);
        if (!Double.isFinite(fmin)) throw new NotFinite("the log-likelihood is not finite at the starting values");
        if (maxit <= 0) return new Result(b, fmin, 0, 0, true);
        double[] g = gradient(f, b);
        int funcount = 1;
        int gradcount = 1;
        int iter = 1;
        int ilast = gradcount;
        double[][] h = new double[n][n];    // lower triangle of the inverse-Hessian approximation
        double[] xs = new double[n];
        double[] c = new double[n];
        double[] t = new double[n];
        double fval = fmin;
        int count;
        do {
            if (ilast == gradcount) {
                for (int i = 0; i < n; i++) {
                    for (int j = 0; j < i; j++) h[i][j] = 0;
                    h[i][i] = 1;
                }
            }
            for (int i = 0; i < n; i++) {
                xs[i] = b[i];
                c[i] = g[i];
            }
            double gradproj = 0;
            for (int i = 0; i < n; i++) {
                double s = 0;
                for (int j = 0; j <= i; j++) s -= h[i][j] * g[j];
                for (int j = i + 1; j < n; j++) s -= h[j][i] * g[j];
                t[i] = s;
                gradproj += s * g[i];
            }
            if (gradproj < 0) {                       // downhill: line search
                double steplength = 1;
                boolean accpoint = false;
                do {
                    count = 0;
                    for (int i = 0; i < n; i++) {
                        b[i] = xs[i] + steplength * t[i];
                        if (RELATIVE_TEST + xs[i] == RELATIVE_TEST + b[i]) count++;
                    }
                    if (count < n) {
                        fval = f.applyAsDouble(b);
                        funcount++;
                        accpoint = Double.isFinite(fval) && fval <= fmin + gradproj * steplength * ACCEPTANCE;
                        if (!accpoint) steplength *= STEP_REDUCTION;
                    }
                } while (!(count == n || accpoint));
                boolean enough = fval > Double.NEGATIVE_INFINITY
                        && Math.abs(fval - fmin) > reltol * (Math.abs(fmin) + reltol);
                if (!enough) {                        // relative change too small: stop
                    count = n;
                    fmin = fval;
                }
                if (count < n) {                      // progress: update the inverse Hessian
                    fmin = fval;
                    g = gradient(f, b);
                    gradcount++;
                    iter++;
                    double d1 = 0;
                    for (int i = 0; i < n; i++) {
                        t[i] = steplength * t[i];
                        c[i] = g[i] - c[i];
                        d1 += t[i] * c[i];
                    }
                    if (d1 > 0) {
                        double d2 = 0;
                        for (int i = 0; i < n; i++) {
                            double s = 0;
                            for (int j = 0; j <= i; j++) s += h[i][j] * c[j];
                            for (int j = i + 1; j < n; j++) s += h[j][i] * c[j];
                            xs[i] = s;
                            d2 += s * c[i];
                        }
                        d2 = 1 + d2 / d1;
                        for (int i = 0; i < n; i++)
                            for (int j = 0; j <= i; j++) h[i][j] += (d2 * t[i] * t[j] - xs[i] * t[j] - t[i] * xs[j]) / d1;
                    } else {
                        ilast = gradcount;            // not positive: restart from steepest descent
                    }
                } else if (ilast < gradcount) {       // no progress: restart once
                    count = 0;
                    ilast = gradcount;
                }
            } else {                                  // uphill: restart unless just restarted
                count = 0;
                if (ilast == gradcount) count = n;
                else ilast = gradcount;
            }
            if (iter >= maxit) break;
            if (gradcount - ilast > 2 * n) ilast = gradcount;   // periodic restart
        } while (count != n || ilast != gradcount);
        return new Result(b, fmin, funcount, gradcount, iter < maxit);
    }

    /** optim's gradient without {@code gr}: (f(x + h eⱼ) − f(x − h eⱼ)) / 2h with h = ndeps = 10⁻³. */
    private static double[] gradient(ToDoubleFunction<double[]> f, double[] p) {
        double[] x = p.clone();
        double[] df = new double[p.length];
        for (int i = 0; i < p.length; i++) {
            x[i] = p[i] + NDEPS;
            double v1 = f.applyAsDouble(x);
            x[i] = p[i] - NDEPS;
            double v2 = f.applyAsDouble(x);
            df[i] = (v1 - v2) / (2 * NDEPS);
            if (!Double.isFinite(df[i]))
                throw new NotFinite("the log-likelihood is not finite near the parameter values reached");
            x[i] = p[i];
        }
        return df;
    }
}
