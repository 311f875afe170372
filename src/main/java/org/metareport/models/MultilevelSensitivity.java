package org.metareport.models;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import org.metareport.models.multilevel.ClusterRobust;
import org.metareport.models.multilevel.MultilevelFit;
import org.metareport.models.multilevel.NestedLevels;
import org.metareport.models.multilevel.RmaMv;
import org.metareport.models.multilevel.SamplingCovariance;
import org.metareport.spec.AnalysisSpec;

/**
 * The {@code sensitivity:} add-on of a multilevel model: the model without each study in turn (metafor's leave1out for
 * rma.mv, cluster = study) and refits at each assumed rho, with CR2 when the analysis is robust.
 */
final class MultilevelSensitivity {
    private MultilevelSensitivity() {}

    static Fitted.Extras of(AnalysisSpec a, Rows rows, DesignMatrix design) {
        NestedLevels levels = rows.levels(a);
        List<Fitted.Refit> leaveStudyOut = List.of();
        if (a.sensitivity().leaveOneOut()) leaveStudyOut = leaveStudyOut(a, rows, levels, design);
        List<Fitted.Refit> rho = new ArrayList<>();
        for (double r : a.sensitivity().rho()) {
            rho.add(refit(a, rows.yi(), rows.vi(), rows.study(), levels, design, r, String.valueOf(r)));
        }
        return new Fitted.Extras(null, leaveStudyOut, rho);
    }

    static List<Fitted.Refit> leaveStudyOut(AnalysisSpec a, Rows rows, NestedLevels levels, DesignMatrix design) {
        String[] study = rows.study();
        List<Fitted.Refit> out = new ArrayList<>();
        for (String s : new LinkedHashSet<>(List.of(study))) {
            List<Integer> keep = new ArrayList<>();
            for (int i = 0; i < study.length; i++) if (!study[i].equals(s)) keep.add(i);
            int n = keep.size();
            double[] y = new double[n];
            double[] v = new double[n];
            String[] st = new String[n];
            double[][] x = new double[n][];
            List<String[]> ids = new ArrayList<>();
            for (int l = 0; l < levels.ids().size(); l++) ids.add(new String[n]);
            for (int j = 0; j < n; j++) {
                int i = keep.get(j);
                y[j] = rows.yi()[i];
                v[j] = rows.vi()[i];
                st[j] = study[i];
                x[j] = design.x()[i];
                for (int l = 0; l < ids.size(); l++) ids.get(l)[j] = levels.ids().get(l)[i];
            }
            NestedLevels nl = new NestedLevels(levels.names(), ids);
            DesignMatrix d = new DesignMatrix(x, design.terms(), design.numeric(), design.means());
            out.add(refit(a, y, v, st, nl, d, a.rho(), s));
        }
        return out;
    }

    /** One multilevel refit (at the given rho), with CR2 when the analysis is robust; failures are recorded. */
    static Fitted.Refit refit(AnalysisSpec a, double[] yi, double[] vi, String[] study, NestedLevels levels,
                              DesignMatrix design, double rho, String label) {
        try {
            SamplingCovariance v = rho == 0 ? SamplingCovariance.diagonal(vi) : SamplingCovariance.imputed(vi, study, rho);
            MultilevelFit m = RmaMv.fit(yi, v, levels, design.x(), design.terms(), a.method(), a.test(), a.level());
            Coefficient robust = null;
            if (a.robust() != null) {
                robust = ClusterRobust.coefTest(m.working(), study, a.robust(), a.level()).coefficients().get(0);
            }
            return new Fitted.Refit(label, rho, m.k(), m.coefficients().get(0), robust, m.sigma2().clone(), null);
        } catch (FitException e) {
            return new Fitted.Refit(label, rho, null, null, null, null, e.getMessage());
        }
    }
}
