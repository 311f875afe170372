package org.metareport.figures;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.metareport.testing.Fixtures;

/** Forest-plot inputs shared by the tests: dat.bcg as metafor fits it, and synthetic large plots. */
final class ForestExamples {
    /** rma(yi, vi, data = dat.bcg RR, method = 'REML'): tau2, b, ci.lb, ci.ub, pi.lb, pi.ub (dat.bcg.json). */
    static final double TAU2 = 0.3132432581;
    static final double B = -0.7145323, CI_LB = -1.0668976, CI_UB = -0.3621670, PI_LB = -1.8666922, PI_UB = 0.4376275;
    static final double Z975 = 1.959964;

    private ForestExamples() {}

    /** The 13 BCG trials as log risk ratios with 95% CIs and random-effects weights (percent). */
    static List<ForestRow> bcgRows() {
        Map<String, List<String>> csv = Fixtures.csv("golden/metadat/dat.bcg.csv");
        double[] yi = Fixtures.numbers(csv, "yi"), vi = Fixtures.numbers(csv, "vi");
        double total = 0;
        for (double v : vi) total += 1 / (v + TAU2);
        List<ForestRow> rows = new ArrayList<>();
        for (int i = 0; i < yi.length; i++) {
            double half = Z975 * Math.sqrt(vi[i]);
            String label = csv.get("author").get(i) + ", " + csv.get("year").get(i);
            rows.add(new ForestRow(label, yi[i], yi[i] - half, yi[i] + half, 100 / (vi[i] + TAU2) / total));
        }
        return rows;
    }

    static ForestData.Builder bcg() {
        return ForestData.builder(bcgRows())
            .summary(new ForestSummary("RE Model", B, CI_LB, CI_UB, PI_LB, PI_UB))
            .xlab("Log risk ratio")
            .estimateHeading("Log RR [95% CI]")
            .favours("Favours vaccine", "Favours control");
    }

    /** {@code n} synthetic studies with a deterministic spread of effects and precisions. */
    static List<ForestRow> manyRows(int n) {
        List<ForestRow> rows = new ArrayList<>();
        double total = 0;
        double[] w = new double[n];
        for (int i = 0; i < n; i++) {
            w[i] = 1 + (i * 37 % 11);
            total += w[i];
        }
        for (int i = 0; i < n; i++) {
            double yi = 0.3 + 0.6 * Math.sin(i * 0.7);
            double half = 0.15 + 0.08 * (i * 13 % 7);
            rows.add(new ForestRow(String.format(Locale.ROOT, "Study %03d et al., %d", i + 1, 1990 + i % 30),
                yi, yi - half, yi + half, 100 * w[i] / total));
        }
        return rows;
    }
}
