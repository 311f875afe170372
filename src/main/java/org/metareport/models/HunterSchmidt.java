package org.metareport.models;

/**
 * Hunter–Schmidt estimator (Hunter &amp; Schmidt, 2004; Viechtbauer et al., 2015, for meta-regression):
 * tau² = max(0, (QE − k) / Σ wᵢ) with wᵢ = 1/vᵢ. metafor: {@code rma(method = "HS")}.
 *
 * <p>Standard error: se² = (2(k − p) + 4 tau² tr(P) + 2 tau⁴ tr(PP)) / (Σ wᵢ)².
 */
final class HunterSchmidt implements Tau2Estimator {
    @Override
    public Tau2 estimate(Observations o) {
        int df = o.k() - o.p();
        WeightedFit fe = o.fitAt(0);
        double sumW = 0;
        for (double w : fe.weights()) sumW += w;
        double tau2 = Math.max(0, (fe.rss(o.ymc()) - o.k()) / sumW);
        double se = Math.sqrt(2 * df + 4 * tau2 * fe.traceP() + 2 * tau2 * tau2 * fe.tracePDPD(null, null)) / sumW;
        return new Tau2(tau2, se, 0);
    }
}
