package org.metareport.results;

import java.util.ArrayList;
import java.util.List;
import org.metareport.models.Coefficient;
import org.metareport.models.Method;
import org.metareport.models.Prediction;
import org.metareport.models.RmaFit;
import org.metareport.effects.ComputedEffect;
import org.metareport.models.BiasAndSensitivity;
import org.metareport.models.Fitted;
import org.metareport.models.bias.CumulativeStep;
import org.metareport.models.bias.EggerResult;
import org.metareport.models.bias.InfluenceCase;
import org.metareport.models.bias.Omission;
import org.metareport.models.bias.PInterval;
import org.metareport.models.bias.PooledEstimate;
import org.metareport.models.bias.SelectionModelFit;
import org.metareport.models.bias.SelectionWeight;
import org.metareport.models.bias.TrimAndFillResult;
import org.metareport.spec.AnalysisSpec;
import org.metareport.spec.BiasSpec;

/** Turns model fits into plain result records, with the contract's conventions (null for what does not apply). */
public final class ResultsAssembler {
    private ResultsAssembler() {}

    /** The result of a fitted univariate (fixed or random) analysis. */
    public static AnalysisResult of(Fitted f) {
        RmaFit fit = f.fit();
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
        Prediction prediction = f.prediction();
        PredictionResult pr = prediction == null ? null : new PredictionResult(prediction.pred(), prediction.se(),
                prediction.ciLower(), prediction.ciUpper(), prediction.piLower(), prediction.piUpper());
        RmaFit.FitStatistics stats = fit.method() == Method.REML ? fit.reml() : fit.ml();
        FitInfo info = stats == null
                ? new FitInfo(fit.iterations(), fit.converged(), !fixed && fit.tau2AtBoundary(), null, null, null, null, null)
                : new FitInfo(fit.iterations(), fit.converged(), !fixed && fit.tau2AtBoundary(), finite(stats.logLik()),
                finite(stats.deviance()), finite(stats.aic()), finite(stats.bic()), finite(stats.aicc()));
        List<AnalysisResult.WeightedEffect> weights = f.effects().stream()
                .map(w -> new AnalysisResult.WeightedEffect(w.effect().row().line(), w.weight())).toList();
        List<ComputedEffect> used = f.effects().stream().map(Fitted.Weighted::effect).toList();
        var spec = f.spec();
        return new AnalysisResult(spec.id(), spec.model().spelling(), fit.method().name(), fit.test().spelling(),
                fit.level(), fit.k(), f.nClusters(), spec.moderators().stream().map(Object::toString).toList(),
                spec.center(), fit.dropped(), coefs, h, mt, pr, info, weights, bias(spec, f.extras()),
                sensitivity(spec, f.extras(), used), f.warnings());
    }

    static BiasResult bias(AnalysisSpec spec, BiasAndSensitivity.Fits x) {
        BiasSpec b = spec.bias();
        if (b == null) return null;
        BiasResult.Selection selection = null;
        if (x.selection() != null) {
            SelectionModelFit s = x.selection();
            List<BiasResult.Weight> weights = new ArrayList<>();
            if (s.adjusted() != null) {
                for (SelectionWeight w : s.adjusted().weights()) {
                    weights.add(new BiasResult.Weight(interval(w.interval()), w.interval().k(), w.delta(), w.se(),
                            w.ciLower(), w.ciUpper(), w.fixed()));
                }
            } else {
                for (PInterval i : s.ptable()) weights.add(new BiasResult.Weight(interval(i), i.k(), null, null, null, null, false));
            }
            var adj = s.adjusted();
            selection = new BiasResult.Selection(s.steps(), s.alternative().spelling(), s.identified(),
                    adj == null ? null : coefficient(adj.estimate()), adj == null ? null : adj.tau2(),
                    adj == null ? null : finite(adj.seTau2()), weights, adj == null ? null : adj.lrt(),
                    adj == null ? null : adj.lrtDf(), adj == null ? null : adj.lrtP(),
                    coefficient(s.unadjusted().coefficients().get(0)), s.notes());
        }
        BiasResult.Egger egger = null;
        if (x.egger() != null) {
            EggerResult e = x.egger();
            egger = new BiasResult.Egger(e.classical() ? "lm" : "rma", e.predictor().term(), e.statistic(),
                    Double.isInfinite(e.df()) ? null : e.df(), e.p(), e.est(), e.ciLower(), e.ciUpper());
        }
        BiasResult.TrimFill trimfill = null;
        if (x.trimfill() != null) {
            TrimAndFillResult t = x.trimfill();
            List<BiasResult.Filled> filled = new ArrayList<>();
            double[] fy = t.filledYi(), fv = t.filledVi();
            for (int i = 0; i < fy.length; i++) filled.add(new BiasResult.Filled(fy[i], fv[i]));
            boolean fe = t.fit().method() == Method.FE;
            trimfill = new BiasResult.TrimFill(t.k0(), t.side().name().toLowerCase(java.util.Locale.ROOT),
                    t.estimator().name(), t.seK0(), coefficient(t.fit().coefficients().get(0)),
                    fe ? null : t.fit().tau2(), finite(t.fit().i2()), filled);
        }
        BiasResult.PetPeese petPeese = null;
        if (x.petPeese() != null) {
            var p = x.petPeese();
            petPeese = new BiasResult.PetPeese(coefficient(p.pet().coefficients().get(0)),
                    coefficient(p.peese().coefficients().get(0)), p.peeseSelected(), coefficient(p.conditional()));
        }
        BiasResult.FailSafe failSafe = null;
        if (x.failSafe() != null) {
            var r = x.failSafe();
            failSafe = new BiasResult.FailSafe(r.type().name().toLowerCase(java.util.Locale.ROOT), r.fsnum(), r.alpha(),
                    r.target(), r.caveat());
        }
        return new BiasResult(selection, egger, trimfill, b.funnel() != null,
                b.funnel() != null && b.funnel().contours(), petPeese, failSafe);
    }

    /** A p-value interval as a reader writes it: {@code 0.025 < p ≤ 0.5}. */
    static String interval(PInterval i) {
        return org.metareport.format.Apa.shortest(i.lower()) + " < p ≤ " + org.metareport.format.Apa.shortest(i.upper());
    }

    static SensitivityResult sensitivity(AnalysisSpec spec, BiasAndSensitivity.Fits x, List<ComputedEffect> used) {
        if (spec.sensitivity() == null) return null;
        List<SensitivityResult.Pooled> loo = new ArrayList<>();
        if (x.leaveOneOut() != null) {
            List<Omission<PooledEstimate>> list = x.leaveOneOut();
            for (int i = 0; i < list.size(); i++) loo.add(pooled(used.get(i), list.get(i).fit(), list.get(i).failure()));
        }
        List<SensitivityResult.InfluenceRow> influence = new ArrayList<>();
        if (x.influence() != null) {
            for (InfluenceCase c : x.influence().cases()) {
                ComputedEffect e = used.get(c.row());
                var d = c.deleted();
                influence.add(new SensitivityResult.InfluenceRow(e.label(), e.row().line(),
                        d == null ? null : finite(d.rstudent()), d == null ? null : finite(d.dffits()),
                        d == null ? null : finite(d.cookD()), d == null ? null : finite(d.covR()),
                        d == null ? null : finite(d.tau2Del()), d == null ? null : finite(d.qeDel()), c.hat(),
                        c.weight(), c.influential()));
            }
        }
        List<SensitivityResult.Pooled> cumulative = new ArrayList<>();
        if (x.cumulative() != null) {
            for (CumulativeStep step : x.cumulative()) cumulative.add(pooled(used.get(step.added()), step.fit(), step.failure()));
        }
        return new SensitivityResult(loo, influence,
                spec.sensitivity().cumulative() == null ? null : spec.sensitivity().cumulative().name(), cumulative);
    }

    static SensitivityResult.Pooled pooled(ComputedEffect e, PooledEstimate p, String failure) {
        if (p == null) {
            return new SensitivityResult.Pooled(e.label(), e.row().line(), null, null, null, null, null, null, null,
                    null, null, null, null, failure);
        }
        return new SensitivityResult.Pooled(e.label(), e.row().line(), p.k(), p.estimate(), p.se(), p.statistic(),
                p.p(), p.ciLower(), p.ciUpper(), finite(p.tau2()), finite(p.i2()), finite(p.qe()), finite(p.qeP()), null);
    }

    static CoefficientResult coefficient(Coefficient c) {
        return new CoefficientResult(c.term(), c.estimate(), c.se(), c.statistic(),
                Double.isInfinite(c.df()) ? null : c.df(), c.p(), c.ciLower(), c.ciUpper());
    }

    static Double finite(double x) {
        return Double.isFinite(x) ? x : null;
    }
}
