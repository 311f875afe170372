package org.metareport.models;

/**
 * Sidik–Jonkman estimator (Sidik &amp; Jonkman, 2005): starting from tau₀² = Σ (yᵢ − ȳ)² / k (metafor's
 * {@code var(yi) * (k-1)/k}, also for meta-regression), tau² = tau₀² · y'Py / (k − p) with P built on the weights
 * 1/(vᵢ + tau₀²). Never negative. metafor: {@code rma(method = "SJ")}.
 *
 * <p>Standard error: se² = tau₀⁴ / (k − p)² · (2 tr(PVPV) + 4 tau² tr(PVP) + 2 tau⁴ tr(PP)), with the same P.
 */
final class SidikJonkman implements Tau2Estimator {
    @Override
    public Tau2 estimate(Observations o) {
        int df = o.k() - o.p();
        double tau20 = 0;
        for (double y : o.ymc()) tau20 += y * y;
        tau20 /= o.k();
        WeightedFit fit = o.fitAt(tau20);
        double tau2 = tau20 * fit.rss(o.ymc()) / df;
        double[] vi = o.vi();
        double se = tau20 / df * Math.sqrt(2 * fit.tracePDPD(vi, vi) + 4 * tau2 * fit.tracePDPD(vi, null)
                + 2 * tau2 * tau2 * fit.tracePDPD(null, null));
        return new Tau2(tau2, se, 0);
    }
}
