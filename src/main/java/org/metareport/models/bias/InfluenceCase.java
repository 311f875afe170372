package org.metareport.models.bias;

/**
 * The influence diagnostics of one effect size, a row of metafor's {@code influence()} for {@code rma.uni}.
 *
 * @param row          0-based index of the effect size
 * @param hat          leverage hᵢᵢ, the diagonal of X(X'WX)⁻¹X'W with W = diag(1/(vᵢ + tau²)) (1 when within
 *                     10·ε of 1, as metafor)
 * @param weight       weight in percent, 100 wᵢ / Σ w
 * @param deleted      the diagnostics that need the refit without this effect size; null when that refit failed or
 *                     dropped a coefficient (metafor's NA)
 * @param influential  metafor's {@code is.infl}: true when any available criterion holds (see {@link Influence})
 */
public record InfluenceCase(int row, double hat, double weight, Deletion deleted, boolean influential) {
    /**
     * Deletion diagnostics of one effect size (Viechtbauer &amp; Cheung, 2010).
     *
     * @param rstudent  externally standardised residual (yᵢ − xᵢ'b₍₋ᵢ₎) / √(s2w₍₋ᵢ₎ vᵢ + xᵢ'V₍₋ᵢ₎xᵢ + s2w₍₋ᵢ₎ tau²₍₋ᵢ₎)
     * @param dffits    (xᵢ'b − xᵢ'b₍₋ᵢ₎) / √(s2w₍₋ᵢ₎ hᵢᵢ (tau²₍₋ᵢ₎ + vᵢ))
     * @param cookD     Cook's distance (b − b₍₋ᵢ₎)' V⁻¹ (b − b₍₋ᵢ₎)
     * @param covR      covariance ratio det V₍₋ᵢ₎ / det V
     * @param tau2Del   tau² without this effect size
     * @param qeDel     QE without this effect size
     * @param dfbs      DFBETAS per coefficient, in the order of {@link Influence.Result#coefficientNames()}
     */
    public record Deletion(double rstudent, double dffits, double cookD, double covR, double tau2Del, double qeDel,
                           double[] dfbs) {
        public Deletion {
            dfbs = dfbs.clone();
        }

        @Override
        public double[] dfbs() {
            return dfbs.clone();
        }
    }
}
