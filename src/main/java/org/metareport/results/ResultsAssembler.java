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
import org.metareport.models.FitStatistics;
import org.metareport.models.ModelFit;
import org.metareport.models.OmnibusTest;
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

    /** What the results say about the model itself, by model family. */
    private record Shape(Heterogeneity heterogeneity, ModeratorTest moderatorTest, FitInfo info, String method,
                         String test, int k, List<String> dropped, double level) {}

    /** The result of a fitted analysis (any model kind), with its subgroups. */
    public static AnalysisResult of(Fitted f) {
        var spec = f.spec();
        List<CoefficientResult> coefs = new ArrayList<>();
        for (Coefficient c : f.coefficients()) coefs.add(coefficient(c));
        Shape shape;
        if (f.model() instanceof ModelFit.Univariate u) shape = univariate(u.fit());
        else if (f.model() instanceof ModelFit.Multilevel m) shape = multilevel(m.fit());
        else shape = rve(((ModelFit.Rve) f.model()).fit(), spec.level());
        Prediction prediction = f.model().average();
        PredictionResult pr = prediction == null ? null : new PredictionResult(prediction.pred(), prediction.se(),
                prediction.ciLower(), prediction.ciUpper(), prediction.piLower(), prediction.piUpper());
        List<AnalysisResult.WeightedEffect> weights = f.sample().effects().stream()
                .map(w -> new AnalysisResult.WeightedEffect(w.effect().row().line(), w.weight())).toList();
        List<ComputedEffect> used = f.sample().effects().stream().map(Fitted.Weighted::effect).toList();
        RobustResult robust = null;
        if (f.robust() != null) {
            RobustFit r = f.robust().fit();
            List<CoefficientResult> rc = new ArrayList<>();
            for (Coefficient c : r.coefficients()) rc.add(coefficient(c));
            robust = new RobustResult(r.type().spelling(),
                    r.df() == org.metareport.models.multilevel.RobustDf.SATTERTHWAITE ? "Satterthwaite" : "m - p",
                    r.clusters(), rc, f.robust().walds().stream().map(ResultsAssembler::wald).toList());
        }
        List<MarginalMeanResult> mm = new ArrayList<>();
        for (Fitted.MarginalMean m : f.marginalMeans()) {
            Coefficient c = m.estimate();
            mm.add(new MarginalMeanResult(m.moderator(), m.level(), m.k(), c.estimate(), c.se(),
                    Double.isInfinite(c.df()) ? null : c.df(), c.p(), c.ciLower(), c.ciUpper()));
        }
        List<SubgroupResult> subgroups = new ArrayList<>();
        for (Fitted.Subgroup g : f.subgroups().fits()) subgroups.add(new SubgroupResult(g.level(), of(g.fitted())));
        // robumeta's HIER weights assume no within-study correlation: rho is reported for multilevel and CORR only
        Double rho = spec.model() == org.metareport.vocabulary.ModelKind.MULTILEVEL
                || spec.model() == org.metareport.vocabulary.ModelKind.RVE
                && spec.weights() != org.metareport.vocabulary.RveWeights.HIER ? spec.rho() : null;
        Fitted.Wald between = f.subgroups().between();
        return new AnalysisResult(spec.id(), spec.title(), spec.model(), shape.method(), shape.test(), shape.level(),
                shape.k(), f.sample().nClusters(), spec.moderators().stream().map(Object::toString).toList(),
                spec.centered(), shape.dropped(), coefs, shape.heterogeneity(), shape.moderatorTest(), pr, shape.info(),
                weights, robust, mm, subgroups, between == null ? null : wald(between), rho,
                bias(spec, f.extras().univariate()), sensitivity(spec, f, used), f.warnings(), f.plots(), held(spec));
    }

    /** Where the spec centres the moderators and holds the other moderators of the marginal means. */
    static HeldAt held(org.metareport.spec.AnalysisSpec spec) {
        var center = spec.center();
        var mm = spec.marginalMeans();
        String others = mm == null ? "centred" : mm.others().spelling();
        var at = mm == null ? List.<org.metareport.spec.ModeratorValue>of()
                : mm.others() == org.metareport.spec.MarginalMeansSpec.Others.CENTRED ? center.values() : mm.at();
        java.util.Map<String, String> held = written(at);
        if (mm != null) held.remove(mm.name());   // the moderator whose levels get a mean is not held
        return new HeldAt(center.at().spelling(), written(center.values()), others, held);
    }

    private static java.util.Map<String, String> written(List<org.metareport.spec.ModeratorValue> values) {
        java.util.Map<String, String> out = new java.util.LinkedHashMap<>();
        for (var v : values) out.put(v.column(), v.value());
        return out;
    }

    private static Shape univariate(RmaFit fit) {
        boolean fixed = fit.method() == Method.FE;
        Heterogeneity h = new Heterogeneity(fixed ? null : fit.tau2(), fixed ? null : finite(fit.seTau2()),
                fixed ? null : Math.sqrt(fit.tau2()), null, fit.qe(), fit.qeDf(), fit.qeP(), finite(fit.i2()), null,
                finite(fit.h2()), null);
        ModeratorTest mt = fit.p() > 1 && Double.isFinite(fit.qm()) ? moderatorTest(fit.inference().moderators(),
                fit.r2()) : null;
        FitInfo info = info(fit.iterations(), fit.converged(), !fixed && fit.tau2AtBoundary(),
                fit.statistics().of(fit.method()));
        return new Shape(h, mt, info, fit.method().name(), fit.test().spelling(), fit.k(), fit.dropped(), fit.level());
    }

    private static Shape multilevel(MultilevelFit m) {
        List<Double> sigma2 = new ArrayList<>();
        for (double d : m.sigma2()) sigma2.add(d);
        List<Double> i2 = new ArrayList<>();
        for (double d : m.i2().byLevel()) i2.add(d);
        Heterogeneity h = new Heterogeneity(null, null, null, sigma2, m.qe(), m.qeDf(), m.qeP(),
                finite(m.i2().total()), i2, null, m.sigma2Names());
        ModeratorTest mt = m.p() > 1 && Double.isFinite(m.qm())
                ? moderatorTest(m.inference().moderators(), Double.NaN) : null;
        FitInfo info = info(m.iterations(), m.converged(), m.anySigma2AtBoundary(), m.statistics().of(m.method()));
        return new Shape(h, mt, info, m.method().name(), m.test().spelling(), m.k(), m.dropped(), m.level());
    }

    private static Shape rve(RobuFit r, double level) {
        boolean hier = r.weights() == org.metareport.vocabulary.RveWeights.HIER;
        Heterogeneity h = new Heterogeneity(hier ? null : r.tauSq(), null, hier ? null : Math.sqrt(Math.max(0, r.tauSq())),
                hier ? List.of(r.tauSq(), r.omegaSq()) : null, Double.NaN, 0, Double.NaN,
                hier ? null : finite(r.i2()), null, null, hier ? List.of("between studies", "within studies") : null);
        FitInfo info = new FitInfo(0, true, false, null, null, null, null, null);
        return new Shape(h, null, info, r.weights().name(), "t", r.effects(), List.of(), level);
    }

    static RobustResult.WaldResult wald(Fitted.Wald w) {
        return new RobustResult.WaldResult(w.moderator(), w.type(), w.statistic(), w.df1(),
                Double.isInfinite(w.df2()) ? null : w.df2(), finite(w.p()));
    }

    static ModeratorTest moderatorTest(OmnibusTest qm, double r2) {
        boolean chi2 = Double.isInfinite(qm.df2());
        return new ModeratorTest(chi2 ? "chi2" : "F", qm.statistic(), qm.df1(), chi2 ? null : qm.df2(), qm.p(),
                finite(r2));
    }

    static FitInfo info(int iterations, boolean converged, boolean boundary, FitStatistics.Criteria stats) {
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
        Fitted.Extras extras = f.extras();
        if (extras.univariate() == null) {
            if (extras.leaveStudyOut().isEmpty() && extras.rho().isEmpty()) return null;
            return new SensitivityResult(List.of(), List.of(), null, List.of(),
                    extras.leaveStudyOut().stream().map(ResultsAssembler::refit).toList(),
                    extras.rho().stream().map(ResultsAssembler::refit).toList());
        }
        BiasAndSensitivity.Fits x = extras.univariate();
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
