package org.metareport.models;

/**
 * Restricted maximum-likelihood estimator by Fisher scoring (Viechtbauer, 2005, eq. 10; metafor
 * {@code rma(method = "REML")}): step (y'PPy − tr(P)) / tr(PP). Standard error from the Fisher information:
 * se² = 2 / tr(PP).
 */
final class RestrictedMaximumLikelihood extends FisherScoring {
    RestrictedMaximumLikelihood(Convergence convergence) {
        super(convergence);
    }

    @Override
    String name() {
        return "REML";
    }

    @Override
    double adjustment(Observations o, WeightedFit fit, double[] e) {
        return (rssP2(fit, e) - fit.traceP()) / fit.tracePDPD(null, null);
    }

    @Override
    double standardError(Observations o, WeightedFit fit) {
        return Math.sqrt(2 / fit.tracePDPD(null, null));
    }

    @Override
    double logLikelihood(Observations o, double tau2) {
        WeightedFit fit = o.fitAt(tau2);
        return -0.5 * (o.k() - o.p()) * Math.log(2 * Math.PI) - 0.5 * sumLogVariance(o, tau2)
                - 0.5 * fit.logDetXtWX() - 0.5 * fit.rss(o.ymc());
    }
}
