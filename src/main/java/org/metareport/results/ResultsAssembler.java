package org.metareport.results;

import java.util.ArrayList;
import java.util.List;
import org.metareport.models.Coefficient;
import org.metareport.models.Method;
import org.metareport.models.ModelKind;
import org.metareport.models.Prediction;
import org.metareport.models.RmaFit;

/** Turns model fits into plain result records, with the contract's conventions (null for what does not apply). */
public final class ResultsAssembler {
    private ResultsAssembler() {}

    /**
     * The result of a univariate (fixed or random) model.
     *
     * @param prediction the average effect's prediction (intercept-only or centred model), or null
     */
    public static AnalysisResult univariate(String id, ModelKind model, RmaFit fit, int nClusters,
                                            List<String> moderators, boolean centered, Prediction prediction,
                                            List<AnalysisResult.WeightedEffect> weights, List<String> warnings) {
        List<CoefficientResult> coefs = new ArrayList<>();
        for (Coefficient c : fit.coefficients()) coefs.add(coefficient(c));
        boolean fixed = fit.method() == Method.FE;
        Heterogeneity h = new Heterogeneity(fixed ? null : fit.tau2(), fixed ? null : finite(fit.seTau2()),
                fixed ? null : Math.sqrt(fit.tau2()), null, fit.qe(), fit.qeDf(), fit.qeP(), finite(fit.i2()), null,
                finite(fit.h2()));
        ModeratorTest mt = null;
        if (fit.p() > 1 && Double.isFinite(fit.qm())) {
            boolean chi2 = Double.isInfinite(fit.qmDf2());
            mt = new ModeratorTest(chi2 ? "chi2" : "F", fit.qm(), fit.qmDf1(), chi2 ? null : fit.qmDf2(), fit.qmP(),
                    finite(fit.r2()));
        }
        PredictionResult pr = prediction == null ? null : new PredictionResult(prediction.pred(), prediction.se(),
                prediction.ciLower(), prediction.ciUpper(), prediction.piLower(), prediction.piUpper());
        RmaFit.FitStatistics stats = fit.method() == Method.REML ? fit.reml() : fit.ml();
        FitInfo info = stats == null
                ? new FitInfo(fit.iterations(), fit.converged(), !fixed && fit.tau2AtBoundary(), null, null, null, null, null)
                : new FitInfo(fit.iterations(), fit.converged(), !fixed && fit.tau2AtBoundary(), finite(stats.logLik()),
                finite(stats.deviance()), finite(stats.aic()), finite(stats.bic()), finite(stats.aicc()));
        return new AnalysisResult(id, model.spelling(), fit.method().name(), fit.test().spelling(), fit.level(),
                fit.k(), nClusters, moderators, centered, fit.dropped(), coefs, h, mt, pr, info, weights, warnings);
    }

    static CoefficientResult coefficient(Coefficient c) {
        return new CoefficientResult(c.term(), c.estimate(), c.se(), c.statistic(),
                Double.isInfinite(c.df()) ? null : c.df(), c.p(), c.ciLower(), c.ciUpper());
    }

    static Double finite(double x) {
        return Double.isFinite(x) ? x : null;
    }
}
