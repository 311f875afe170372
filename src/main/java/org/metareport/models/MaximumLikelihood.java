package org.metareport.models;

/**
 * Maximum-likelihood estimator by Fisher scoring (Viechtbauer, 2005, eq. 9; metafor {@code rma(method = "ML")}):
 * step (y'PPy − Σ wᵢ) / Σ wᵢ², wᵢ = 1/(vᵢ + tau²). Standard error from the Fisher information: se² = 2 / Σ wᵢ².
 */
final class MaximumLikelihood extends FisherScoring {
    MaximumLikelihood(Convergence convergence) {
        super(convergence);
    }

    @Override
    String name() {
        return "ML";
    }

    @Override
    double adjustment(Observations o, WeightedFit fit, double[] e) {
        return (rssP2(fit, e) - sum(fit.weights())) / sumOfSquares(fit.weights());
    }

    @Override
    double standardError(Observations o, WeightedFit fit) {
        return Math.sqrt(2 / sumOfSquares(fit.weights()));
    }

    @Override
    double logLikelihood(Observations o, double tau2) {
        WeightedFit fit = o.fitAt(tau2);
        return -0.5 * o.k() * Math.log(2 * Math.PI) - 0.5 * sumLogVariance(o, tau2) - 0.5 * fit.rss(o.ymc());
    }
}
