package org.metareport.render;

import java.util.Locale;
import org.metareport.results.AnalysisResult;
import org.metareport.results.CoefficientResult;
import org.metareport.results.Heterogeneity;
import org.metareport.results.Results;
import org.metareport.vocabulary.ModelKind;

/**
 * The plain-text summary printed on stdout after a run, laid out like metafor's {@code print.rma} so that an R
 * user can compare numbers at a glance (4 decimals, p-values as {@code <.0001}).
 */
public final class Summary {
    private Summary() {}

    public static String text(Results results) {
        StringBuilder sb = new StringBuilder();
        for (AnalysisResult a : results.analyses()) analysis(sb, a);
        return sb.toString();
    }

    static void analysis(StringBuilder sb, AnalysisResult a) {
        String kind = switch (a.model()) {
            case FIXED -> "Fixed-Effects Model";
            case RANDOM -> a.interceptOnly() ? "Random-Effects Model" : "Mixed-Effects Model";
            case MULTILEVEL -> "Multivariate Meta-Analysis Model";
            case RVE -> "Robust Variance Estimation Model";
        };
        sb.append("== ").append(a.id()).append(": ").append(kind).append(" (k = ").append(a.k());
        if (a.model() != ModelKind.FIXED) sb.append("; tau^2 estimator: ").append(a.method());
        sb.append(")\n\n");
        Heterogeneity h = a.heterogeneity();
        if (h.tau2() != null && a.model() != ModelKind.FIXED) {
            String label = a.interceptOnly() ? "total" : "residual";
            sb.append(String.format(Locale.ROOT, "tau^2 (estimated amount of %s heterogeneity): %s (SE = %s)%n",
                    label, f4(h.tau2()), f4(h.tau2Se())));
            sb.append(String.format(Locale.ROOT, "tau (square root of estimated tau^2 value): %s%n", f4(h.tau())));
        }
        if (h.sigma2() != null) {
            sb.append(String.format(Locale.ROOT, "Variance components:%n"));
            for (int i = 0; i < h.sigma2().size(); i++) {
                sb.append(String.format(Locale.ROOT, "  sigma^2.%d = %s  (%s)%s%n", i + 1, f4(h.sigma2().get(i)),
                        h.levels().get(i), h.i2Levels() == null ? "" : ", I^2 = " + f2(h.i2Levels().get(i)) + "%"));
            }
        }
        if (a.rho() != null) sb.append(String.format(Locale.ROOT, "rho (assumed within-study correlation): %s%n", f2(a.rho())));
        if (h.i2() != null) sb.append(String.format(Locale.ROOT, "I^2: %s%%%n", f2(h.i2())));
        if (h.h2() != null) sb.append(String.format(Locale.ROOT, "H^2: %s%n", f2(h.h2())));
        if (a.model() != ModelKind.RVE) {
            sb.append(String.format(Locale.ROOT, "%nTest for %sHeterogeneity:%nQ%s(df = %d) = %s, p-val %s%n",
                    a.interceptOnly() ? "" : "Residual ", a.interceptOnly() ? "" : "E", h.qDf(), f4(h.q()), p(h.qP())));
        }
        if (a.moderatorTest() != null) {
            var m = a.moderatorTest();
            if (m.df2() == null) {
                sb.append(String.format(Locale.ROOT, "%nTest of Moderators:%nQM(df = %d) = %s, p-val %s%n",
                        m.df1(), f4(m.value()), p(m.p())));
            } else {
                sb.append(String.format(Locale.ROOT, "%nTest of Moderators:%nF(df1 = %d, df2 = %s) = %s, p-val %s%n",
                        m.df1(), org.metareport.format.Apa.df(m.df2()), f4(m.value()), p(m.p())));
            }
        }
        String stat = a.test().equals("z") ? "zval" : "tval";
        sb.append(String.format(Locale.ROOT, "%nModel Results:%n%n%-14s %9s %9s %9s %6s %8s %9s %9s%n",
                "", "estimate", "se", stat, "df", "pval", "ci.lb", "ci.ub"));
        for (CoefficientResult c : a.coefficients()) {
            String term = c.term().length() > 14 ? c.term().substring(0, 13) + "~" : c.term();
            sb.append(String.format(Locale.ROOT, "%-14s %9s %9s %9s %6s %8s %9s %9s%n", term, f4(c.estimate()),
                    f4(c.se()), f4(c.statistic()), c.df() == null ? "-" : org.metareport.format.Apa.df(c.df()), pCell(c.p()),
                    f4(c.ciLower()), f4(c.ciUpper())));
        }
        if (a.robust() != null) {
            sb.append(String.format(Locale.ROOT, "%nCluster-robust tests (%s, %s df, %d clusters):%n%n%-14s %9s %9s %9s %6s %8s %9s %9s%n",
                    a.robust().type(), a.robust().df(), a.robust().clusters(), "", "estimate", "se", "tval", "df",
                    "pval", "ci.lb", "ci.ub"));
            for (CoefficientResult c : a.robust().coefficients()) {
                String term = c.term().length() > 14 ? c.term().substring(0, 13) + "~" : c.term();
                sb.append(String.format(Locale.ROOT, "%-14s %9s %9s %9s %6s %8s %9s %9s%n", term, f4(c.estimate()),
                        f4(c.se()), f4(c.statistic()), c.df() == null ? "-" : org.metareport.format.Apa.df(c.df()),
                        pCell(c.p()), f4(c.ciLower()), f4(c.ciUpper())));
            }
        }
        for (var mm : a.marginalMeans()) {
            sb.append(String.format(Locale.ROOT, "marginal mean %s = %s: %s [%s, %s] (k = %d, df = %s, CR2)%n",
                    mm.moderator(), mm.level(), f4(mm.estimate()), f4(mm.ciLower()), f4(mm.ciUpper()), mm.k(),
                    mm.df() == null ? "-" : org.metareport.format.Apa.df(mm.df())));
        }
        for (var sg : a.subgroups()) {
            if (a.interceptOnly()) {
                var c = sg.analysis().coefficients().get(0);
                sb.append(String.format(Locale.ROOT, "subgroup %s: %s [%s, %s] (k = %d)%n", sg.level(),
                        f4(c.estimate()), f4(c.ciLower()), f4(c.ciUpper()), sg.analysis().k()));
                continue;
            }
            // a meta-regression within the subgroup: its coefficients, never its intercept as the subgroup's estimate
            var r = sg.analysis().robust();
            sb.append(String.format(Locale.ROOT, "subgroup %s (k = %d), coefficients:%n", sg.level(), sg.analysis().k()));
            for (CoefficientResult c : r == null ? sg.analysis().coefficients() : r.coefficients()) {
                sb.append(String.format(Locale.ROOT, "  %s: %s [%s, %s], p-val %s%n", c.term(), f4(c.estimate()),
                        f4(c.ciLower()), f4(c.ciUpper()), p(c.p())));
            }
        }
        if (a.betweenSubgroups() != null) {
            var w = a.betweenSubgroups();
            sb.append(String.format(Locale.ROOT, "test between subgroups (%s): F(%d, %s) = %s, p-val %s%n", w.test(),
                    w.df1(), w.df2() == null ? "Inf" : org.metareport.format.Apa.df(w.df2()), f4(w.statistic()),
                    w.p() == null ? "NA" : p(w.p())));
        }
        if (a.prediction() != null && a.interceptOnly() && a.model() != ModelKind.FIXED) {
            sb.append(String.format(Locale.ROOT, "%nPrediction interval: [%s, %s]%n",
                    f4(a.prediction().lower()), f4(a.prediction().upper())));
        }
        BiasSummary.append(sb, a);
        sb.append('\n');
    }

    static String f4(Double x) {
        return x == null || !Double.isFinite(x) ? "NA" : String.format(Locale.ROOT, "%.4f", x);
    }

    static String f2(Double x) {
        return x == null || !Double.isFinite(x) ? "NA" : String.format(Locale.ROOT, "%.2f", x);
    }

    static String pCell(double p) {
        if (Double.isNaN(p)) return "NA";
        return p < 0.0001 ? "<.0001" : String.format(Locale.ROOT, "%.4f", p);
    }

    static String p(double p) {
        if (Double.isNaN(p)) return "NA";
        return p < 0.0001 ? "<.0001" : "= " + String.format(Locale.ROOT, "%.4f", p);
    }
}
