package org.metareport.models;

/**
 * Hedges' (variance components, "HE") estimator from the unweighted least-squares residuals (Hedges, 1983;
 * Raudenbush, 2009, eq. 16.14): tau² = max(0, (RSS − tr(PV)) / (k − p)) with P = I − X(X'X)⁻¹X' and V = diag(vᵢ).
 * metafor: {@code rma(method = "HE")}; also the starting value of ML, REML and EB.
 *
 * <p>Standard error: se² = (2 tr(PVPV) + 4 tau² tr(PV) + 2 tau⁴ (k − p)) / (k − p)².
 */
final class Hedges implements Tau2Estimator {
    @Override
    public Tau2 estimate(Observations o) {
        int df = o.k() - o.p();
        WeightedFit ols = o.unweighted();
        double trPV = ols.tracePD(o.vi());
        double tau2 = Math.max(0, raw(o, ols, trPV));
        double se = Math.sqrt(2 * ols.tracePDPD(o.vi(), o.vi()) + 4 * tau2 * trPV + 2 * tau2 * tau2 * df) / df;
        return new Tau2(tau2, se, 0);
    }

    /** The untruncated estimate (RSS − tr(PV)) / (k − p), which may be negative. */
    static double raw(Observations o) {
        WeightedFit ols = o.unweighted();
        return raw(o, ols, ols.tracePD(o.vi()));
    }

    private static double raw(Observations o, WeightedFit ols, double trPV) {
        return (ols.rss(o.ymc()) - trPV) / (o.k() - o.p());
    }
}
