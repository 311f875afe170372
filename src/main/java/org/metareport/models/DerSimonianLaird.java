package org.metareport.models;

/**
 * DerSimonian–Laird method-of-moments estimator, generalised to meta-regression (Raudenbush, 2009, eq. 16.15):
 * tau² = max(0, (QE − (k − p)) / tr(P)) with P built on the fixed-effect weights wᵢ = 1/vᵢ.
 * metafor: {@code rma(method = "DL")}.
 *
 * <p>Standard error (metafor's notes): se² = (2(k − p) + 4 tau² tr(P) + 2 tau⁴ tr(PP)) / tr(P)².
 */
final class DerSimonianLaird implements Tau2Estimator {
    @Override
    public Tau2 estimate(Observations o) {
        int df = o.k() - o.p();
        WeightedFit fe = o.fitAt(0);
        double rss = fe.rss(o.ymc());
        double trP = fe.traceP();
        double tau2 = Math.max(0, (rss - df) / trP);
        double se = Math.sqrt(2 * df + 4 * tau2 * trP + 2 * tau2 * tau2 * fe.tracePDPD(null, null)) / trP;
        return new Tau2(tau2, se, 0);
    }
}
