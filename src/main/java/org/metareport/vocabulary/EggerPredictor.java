package org.metareport.vocabulary;

/** The precision measure regressed on in Egger's test, metafor's {@code regtest(predictor = ...)}. */
public enum EggerPredictor {
    /** Standard error √vᵢ (metafor's default; Egger et al., 1997): the intercept is PET's limit estimate. */
    SEI("sei"),
    /** Sampling variance vᵢ: the intercept is PEESE's limit estimate (Stanley &amp; Doucouliagos, 2014). */
    VI("vi");

    private final String term;

    EggerPredictor(String term) {
        this.term = term;
    }

    /** The name metafor gives the predictor's coefficient. */
    public String term() {
        return term;
    }

    /** The predictor's value for a sampling variance vᵢ. */
    public double value(double vi) {
        return this == SEI ? Math.sqrt(vi) : vi;
    }
}
