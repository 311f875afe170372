package org.metareport.models.multilevel;

import org.metareport.models.numeric.Cholesky;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.metareport.models.Coefficient;
import org.metareport.models.RmaFit;

/**
 * A fitted weighted least-squares model as the sandwich estimators see it: coefficients b, their model-based
 * ("bread") covariance B = (X'WX)⁻¹, and per independent block the design rows, the residuals y − Xb and the working
 * covariance Θ = W⁻¹ whose inverse gave the weights. clubSandwich calls Θ the target; with its default
 * {@code inverse_var = TRUE} for rma.mv and for rma.uni without user weights, the target is exactly W⁻¹.
 *
 * <p>Made by {@link RmaMv#fit} ({@link MultilevelFit#working()}: one block per outer cluster, Θ = V + Σ sigma2 ZZ') and
 * by {@link #univariate} for an {@code rma.uni} fit (one block per effect, Θ = vᵢ + tau²). The contents are for
 * {@link ClusterRobust} and {@link Robu} in this package.
 */
public final class WorkingModel {
    /** One independent block: rows, n × p design, residuals, working covariance Θ and its inverse W. */
    record Part(int[] rows, double[][] x, double[] residuals, double[][] theta, double[][] w) {
        int n() {
            return rows.length;
        }
    }

    private final List<String> names;
    private final double[] b;
    private final double[][] bread;
    private final List<Part> parts;
    private final int k;
    private final double weightScale;
    private final boolean intercept;

    WorkingModel(List<String> names, double[] b, double[][] bread, List<Part> parts, int k, double weightScale,
                 boolean intercept) {
        this.names = List.copyOf(names);
        this.b = b.clone();
        this.bread = bread;
        this.parts = List.copyOf(parts);
        this.k = k;
        this.weightScale = weightScale;
        this.intercept = intercept;
    }

    /**
     * The working model of a univariate fit, for clustered sandwich estimators of an {@code rma.uni} model (as
     * clubSandwich's {@code vcovCR.rma.uni} and metafor's {@code robust.rma.uni}): weights wᵢ = 1/(vᵢ + tau²),
     * Θ = diag(vᵢ + tau²).
     *
     * @param x          the k × p design given to {@link org.metareport.models.Rma#fit}, with its term names; the
     *                   columns of the fit's coefficients are picked by name (redundant ones were dropped by the fit)
     * @throws IllegalArgumentException if lengths differ or a coefficient's name is not among the term names
     */
    public static WorkingModel univariate(RmaFit fit, double[] yi, double[] vi, double[][] x, List<String> termNames) {
        Objects.requireNonNull(fit, "fit");
        int k = yi.length;
        if (vi.length != k || x.length != k || fit.k() != k)
            throw new IllegalArgumentException("lengths differ: yi " + k + ", vi " + vi.length + ", x " + x.length
                    + ", fit k " + fit.k());
        Map<String, Integer> column = new HashMap<>();
        for (int j = 0; j < termNames.size(); j++) {
            if (column.put(termNames.get(j), j) != null)
                throw new IllegalArgumentException("term name '" + termNames.get(j) + "' occurs twice");
        }
        int p = fit.p();
        int[] cols = new int[p];
        List<String> names = new ArrayList<>();
        double[] b = new double[p];
        for (int j = 0; j < p; j++) {
            Coefficient c = fit.coefficients().get(j);
            Integer at = column.get(c.term());
            if (at == null)
                throw new IllegalArgumentException("coefficient '" + c.term() + "' is not among the term names " + termNames);
            cols[j] = at;
            names.add(c.term());
            b[j] = c.estimate();
        }
        double[][] xtwx = new double[p][p];
        List<Part> parts = new ArrayList<>(k);
        double sumW = 0;
        for (int i = 0; i < k; i++) {
            double theta = vi[i] + fit.tau2();
            double w = 1 / theta;
            sumW += w;
            double[] row = new double[p];
            for (int j = 0; j < p; j++) row[j] = x[i][cols[j]];
            for (int a = 0; a < p; a++) for (int c = 0; c < p; c++) xtwx[a][c] += w * row[a] * row[c];
            double r = yi[i] - Dense.dot(row, b);
            parts.add(new Part(new int[] {i}, new double[][] {row}, new double[] {r}, new double[][] {{theta}},
                    new double[][] {{w}}));
        }
        Cholesky c = Cholesky.tryOf(xtwx);
        if (c == null) throw new IllegalArgumentException("X'WX is singular: the design does not match the fit");
        boolean intercept = !names.isEmpty() && allOnes(parts);
        return new WorkingModel(names, b, c.inverse(), parts, k, sumW / k, intercept);
    }

    private static boolean allOnes(List<Part> parts) {
        for (Part part : parts) for (double[] row : part.x()) if (!(Math.abs(row[0] - 1) < 1e-8)) return false;
        return true;
    }

    /** Number of effect sizes. */
    public int k() {
        return k;
    }

    /** Number of coefficients. */
    public int p() {
        return b.length;
    }

    /** The coefficient names, in order. */
    public List<String> coefficientNames() {
        return names;
    }

    /** The coefficients b. */
    public double[] coefficients() {
        return b.clone();
    }

    /** True when the first coefficient is an intercept. */
    public boolean hasIntercept() {
        return intercept;
    }

    double[] b() {
        return b;
    }

    double[][] bread() {
        return bread;
    }

    List<Part> parts() {
        return parts;
    }

    /**
     * The mean weight, mean(diag W): clubSandwich's {@code w_scale} for rma.uni, which divides the weights by it before
     * its eigenvalue cut of 1e-12 in the CR2 adjustment. It changes no estimate, only the scale at which the cut
     * applies. clubSandwich does not rescale rma.mv weights, so there its cut depends on the units of yi (the
     * school-based null model with yi/1000 gets a CR2 SE/1000 of 0.1301 instead of 0.1268); rescaling by the mean
     * weight for rma.mv too keeps CR2 unit-free and equal to clubSandwich's at the units where its cut separates
     * rounding errors from real eigenvalues.
     */
    double weightScale() {
        return weightScale;
    }
}
