package org.metareport.models;

import java.util.ArrayList;
import java.util.List;
import org.metareport.models.multilevel.ClusterRobust;
import org.metareport.models.multilevel.RmaMv;
import org.metareport.models.multilevel.RobustFit;
import org.metareport.models.multilevel.WorkingModel;
import org.metareport.problems.InputException;
import org.metareport.spec.AnalysisSpec;
import org.metareport.vocabulary.VcovType;

/**
 * The {@code marginal_means:} add-on: the marginal mean of each level of a categorical moderator, from a model without
 * intercept with the other moderators centred, tested with CR2 (as the model study's authors computed them).
 */
final class MarginalMeans {
    private MarginalMeans() {}

    static List<Fitted.MarginalMean> of(AnalysisSpec a, Rows rows) {
        String factor = a.marginalMeans().name();
        DesignMatrix d = rows.design(a, factor);
        double[] yi = rows.yi();
        double[] vi = rows.vi();
        try {
            WorkingModel working = switch (a.model()) {
                case MULTILEVEL -> RmaMv.fit(yi, rows.covariance(a.rho()), rows.levels(a), d.x(), d.terms(),
                        a.method(), a.test(), a.level()).working();
                case FIXED, RANDOM -> WorkingModel.univariate(
                        Rma.fit(yi, vi, d.x(), d.terms(), a.method(), a.test(), a.level()), yi, vi, d.x(), d.terms());
                case RVE -> throw new IllegalStateException("marginal_means of model: rve (AnalysisRules rejects it)");
            };
            RobustFit r = ClusterRobust.coefTest(working, rows.study(), VcovType.CR2, a.level());
            if (!r.untested().isEmpty()) {        // a level in one study: its robust SE is 0, no test (clubSandwich: NaN)
                throw new IllegalArgumentException("the robust SE of '" + r.untested().get(0).term()
                        + "' is 0 up to rounding");
            }
            List<Fitted.MarginalMean> out = new ArrayList<>();
            String prefix = factor + "[";
            for (Coefficient c : r.coefficients()) {
                if (!c.term().startsWith(prefix) || c.term().contains(":")) continue;
                String level = c.term().substring(prefix.length(), c.term().length() - 1);
                int n = (int) rows.used().stream()
                        .filter(e -> level.equals(rows.table().cell(e.row(), factor).trim())).count();
                out.add(new Fitted.MarginalMean(factor, level, c, n));
            }
            return out;
        } catch (FitException | IllegalArgumentException e) {
            throw InputException.at(a.marginalMeans().where(), "analysis '%s': marginal means of '%s': %s", a.id(),
                    factor, RobustTests.cause(e));
        }
    }
}
