package org.metareport.results;

import java.util.ArrayList;
import java.util.List;
import org.metareport.models.Coefficient;
import org.metareport.vocabulary.Method;
import org.metareport.models.Prediction;
import org.metareport.models.RmaFit;
import org.metareport.effects.ComputedEffect;
import org.metareport.models.BiasAndSensitivity;
import org.metareport.models.Fitted;
import org.metareport.models.multilevel.MultilevelFit;
import org.metareport.models.multilevel.RobuFit;
import org.metareport.models.multilevel.RobustFit;
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

    /** The result of a fitted analysis (any model kind), with its subgroups. */
    public static AnalysisResult of(Fitted f) {
        var spec = f.spec();
        List<CoefficientResult> coefs = new ArrayList<>();
        for (Coefficient c : f.coefficients()) coefs.add(coefficient(c));
        Heterogeneity h;
        ModeratorTest mt = null;
        FitInfo info;
        String method;
        String test;
        int k;
        List<String> dropped;
        double level;
        if (f.fit() != null) {
            RmaFit fit = f.fit();
            boolean fixed = fit.method() == Method.FE;
            h = new Heterogeneity(fixed ? null : fit.tau2(), fixed ? null : finite(fit.seTau2()),
                    fixed ? null : Math.sqrt(fit.tau2()), null, fit.qe(), fit.qeDf(), fit.qeP(), finite(fit.i2()), null,
                    finite(fit.h2()), null);
            if (fit.p() > 1 && Double.isFinite(fit.qm())) mt = moderatorTest(fit.qm(), fit.qmDf1(), fit.qmDf2(), fit.qmP(), fit.r2());
            info = info(fit.iterations(), fit.converged(), !fixed && fit.tau2AtBoundary(),
                    fit.method() == Method.REML ? fit.reml() : fit.ml());
            method = fit.method().name();
            test = fit.test().spelling();
            k = fit.k();
            dropped = fit.dropped();
            level = fit.level();
        } else if (f.multilevel() != null) {
            MultilevelFit m = f.multilevel();
            List<Double> sigma2 = new ArrayList<>();
            for (double d : m.sigma2()) sigma2.add(d);
            List<Double> i2 = new ArrayList<>();
            for (double d : m.i2().byLevel()) i2.add(d);
            h = new Heterogeneity(null, null, null, sigma2, m.qe(), m.qeDf(), m.qeP(), finite(m.i2().total()), i2, null,
                    m.sigma2Names());
            if (m.p() > 1 && Double.isFinite(m.qm())) mt = moderatorTest(m.qm(), m.qmDf1(), m.qmDf2(), m.qmP(), Double.NaN);
            boolean boundary = false;
            for (int i = 0; i < m.sigma2().length; i++) boundary |= m.sigma2AtBoundary(i);
            info = info(m.iterations(), m.converged(), boundary, m.method() == Method.REML ? m.reml() : m.ml());
            method = m.method().name();
            test = m.test().spelling();
            k = m.k();
            dropped = m.dropped();
            level = m.level();
        } else {
            RobuFit r = f.rve();
            boolean hier = r.weights() == org.metareport.models.multilevel.ModelWeights.HIER;
            h = new Heterogeneity(hier ? null : r.tauSq(), null, hier ? null : Math.sqrt(Math.max(0, r.tauSq())),
                    hier ? List.of(r.tauSq(), r.omegaSq()) : null, Double.NaN, 0, Double.NaN,
                    hier ? null : finite(r.i2()), null, null, hier ? List.of("between studies", "within studies") : null);
            info = new FitInfo(0, true, false, null, null, null, null, null);
            method = r.weights().name();
            test = "t";
            k = r.effects();
            dropped = List.of();
            level = spec.level();
        }
        Prediction prediction = f.prediction();
        PredictionResult pr = prediction == null ? null : new PredictionResult(prediction.pred(), prediction.se(),
                prediction.ciLower(), prediction.ciUpper(), prediction.piLower(), prediction.piUpper());
        List<AnalysisResult.WeightedEffect> weights = f.effects().stream()
                .map(w -> new AnalysisResult.WeightedEffect(w.effect().row().line(), w.weight())).toList();
        List<ComputedEffect> used = f.effects().stream().map(Fitted.Weighted::effect).toList();
        RobustResult robust = null;
        if (f.robust() != null) {
            RobustFit r = f.robust();
            List<CoefficientResult> rc = new ArrayList<>();
            for (Coefficient c : r.coefficients()) rc.add(coefficient(c));
            robust = new RobustResult(r.type().spelling(),
                    r.df() == org.metareport.models.multilevel.RobustDf.SATTERTHWAITE ? "Satterthwaite" : "m - p",
                    r.clusters(), rc, f.walds().stream().map(ResultsAssembler::wald).toList());
        }
        List<MarginalMeanResult> mm = new ArrayList<>();
        for (Fitted.MarginalMean m : f.marginalMeans()) {
            Coefficient c = m.estimate();
            mm.add(new MarginalMeanResult(m.moderator(), m.level(), m.k(), c.estimate(), c.se(),
                    Double.isInfinite(c.df()) ? null : c.df(), c.p(), c.ciLower(), c.ciUpper()));
        }
        List<SubgroupResult> subgroups = new ArrayList<>();
        for (Fitted.Subgroup g : f.subgroups()) subgroups.add(new SubgroupResult(g.level(), of(g.fitted())));
        Double rho = spec.model() == org.metareport.vocabulary.ModelKind.MULTILEVEL
                || spec.model() == org.metareport.vocabulary.ModelKind.RVE ? spec.rho() : null;
        return new AnalysisResult(spec.id(), spec.model().spelling(), method, test, level, k, f.nClusters(),
                spec.moderators().stream().map(Object::toString).toList(), spec.center(), dropped, coefs, h, mt, pr,
                info, weights, robust, mm, subgroups, f.between() == null ? null : wald(f.between()), rho,
                bias(spec, f.extras()), sensitivity(spec, f, used), f.warnings());
    }

    static RobustResult.WaldResult wald(Fitted.Wald w) {
        return new RobustResult.WaldResult(w.moderator(), w.type(), w.statistic(), w.df1(),
                Double.isInfinite(w.df2()) ? null : w.df2(), finite(w.p()));
    }

    static ModeratorTest moderatorTest(double qm, int df1, double df2, double p, double r2) {
        boolean chi2 = Double.isInfinite(df2);
        return new ModeratorTest(chi2 ? "chi2" : "F", qm, df1, chi2 ? null : df2, p, finite(r2));
    }

    static FitInfo info(int iterations, boolean converged, boolean boundary, RmaFit.FitStatistics stats) {
        if (stats == null) return new FitInfo(iterations, converged, boundary, null, null, null, null, null);
        return new FitInfo(iterations, converged, boundary, finite(stats.logLik()), finite(stats.deviance()),
                finite(stats.aic()), finite(stats.bic()), finite(stats.aicc()));
    }

    static BiasResult bias(AnalysisSpec spec, BiasAndSensitivity.Fits x) {
        BiasSpec b = spec.bias();
        if (b == null || x == null) return null;
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

    static SensitivityResult sensitivity(AnalysisSpec spec, Fitted f, List<ComputedEffect> used) {
        if (spec.sensitivity() == null) return null;
        if (f.extras() == null) {
            if (f.leaveStudyOut().isEmpty() && f.rho().isEmpty()) return null;
            return new SensitivityResult(List.of(), List.of(), null, List.of(),
                    f.leaveStudyOut().stream().map(ResultsAssembler::refit).toList(),
                    f.rho().stream().map(ResultsAssembler::refit).toList());
        }
        BiasAndSensitivity.Fits x = f.extras();
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
                spec.sensitivity().cumulative() == null ? null : spec.sensitivity().cumulative().name(), cumulative,
                List.of(), List.of());
    }

    static SensitivityResult.Refit refit(Fitted.Refit r) {
        List<Double> sigma2 = null;
        if (r.sigma2() != null) {
            sigma2 = new ArrayList<>();
            for (double d : r.sigma2()) sigma2.add(d);
        }
        return new SensitivityResult.Refit(r.label(), r.rho(), r.k(), r.estimate() == null ? null : coefficient(r.estimate()),
                r.robust() == null ? null : coefficient(r.robust()), sigma2, r.failure());
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
