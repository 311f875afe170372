package org.metareport.models;

/**
 * Empirical Bayes (Morris, 1983; Berkey et al., 1995) estimator, iterated as metafor {@code rma(method = "EB")}:
 * step (y'Py · k/(k − p) − k) / Σ wᵢ. At convergence it solves y'Py = k − p, as Paule–Mandel does.
 * Standard error (metafor): se² = 2k² / (k − p) / (Σ wᵢ)².
 */
final class EmpiricalBayes extends FisherScoring {
    EmpiricalBayes(Convergence convergence) {
        super(convergence);
    }

    @Override
    String name() {
        return "EB";
    }

    @Override
    double adjustment(Observations o, WeightedFit fit, double[] e) {
        int k = o.k();
        return (rss(fit, e) * k / (k - o.p()) - k) / sum(fit.weights());
    }

    @Override
    double standardError(Observations o, WeightedFit fit) {
        int k = o.k();
        return Math.sqrt(2.0 * k * k / (k - o.p())) / sum(fit.weights());
    }
}
