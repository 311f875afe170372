package org.metareport.figures;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.metareport.models.Prediction;
import org.metareport.models.plots.Plots;

/**
 * An orchard plot (Nakagawa et al. 2021, Res Synth Methods 12, 4–12; the orchaRd package): one row per group (the
 * overall model, or each level of a categorical moderator), each effect size a point jittered vertically within its
 * row and sized by its precision 1/√vᵢ, the group's estimate as a dot with its confidence interval as a thick bar and
 * its prediction interval as a thin bar. The jitter is deterministic (a golden-ratio sequence over the effects of a
 * group in data order), so the same data give the same bytes.
 */
final class OrchardPlot {
    static final Rgb POINT = new Rgb(0x9ecae1);
    static final Stroke POINT_EDGE = Stroke.solid(0.5, new Rgb(0x3182bd));
    static final Stroke PI = Stroke.solid(1.5, Rgb.BLACK);
    static final Stroke ZERO = Stroke.solid(1, new Rgb(0x6b6b6b)).dashed(4, 3);
    static final double MAX_RADIUS = 8;
    static final double MIN_RADIUS = 1.5;
    static final double GOLDEN = 0.6180339887498949;

    private OrchardPlot() {}

    /** The vertical offset of the n-th effect of a group, in (−0.5, 0.5) of the jitter band. */
    static double jitter(int n) {
        double f = (n + 1) * GOLDEN;
        return f - Math.floor(f) - 0.5;
    }

    static Drawing layout(Plots.Orchard o, String xlab, double level, String title) {
        double lo = Double.POSITIVE_INFINITY, hi = Double.NEGATIVE_INFINITY;
        for (double y : o.yi()) {
            lo = Math.min(lo, y);
            hi = Math.max(hi, y);
        }
        List<String> labels = new ArrayList<>();
        double room = 0;
        for (Plots.Group g : o.groups()) {
            Prediction p = g.prediction();
            lo = Math.min(lo, Math.min(p.ciLower(), Double.isFinite(p.piLower()) ? p.piLower() : p.ciLower()));
            hi = Math.max(hi, Math.max(p.ciUpper(), Double.isFinite(p.piUpper()) ? p.piUpper() : p.ciUpper()));
            String label = TextMeasure.ellipsize(Plane.clean(g.label()), Plane.TEXT, 150);
            labels.add(label);
            room = Math.max(room, Math.max(TextMeasure.width(label, Plane.TEXT),
                    TextMeasure.width("k = " + g.k(), Plane.TICKS)));
        }
        lo = Math.min(lo, 0);
        hi = Math.max(hi, 0);
        int n = o.groups().size();
        Axis groups = new Axis(0.5, n + 0.5, List.of());
        Plane p = new Plane(Plane.padded(lo, hi), groups, Plane.clean(xlab), "", room + 6, Math.max(170, 110.0 * n));
        Drawing.Recorder c = new Drawing.Recorder();
        p.grid(c, false);
        if (p.xAxis.lower() < 0 && p.xAxis.upper() > 0) c.line(p.x(0), p.top, p.x(0), p.bottom, ZERO);
        double rowHeight = (p.bottom - p.top) / n;
        double pmax = 0;
        for (double v : o.vi()) pmax = Math.max(pmax, 1 / Math.sqrt(v));
        int[] seen = new int[n];
        c.beginGroup(null, "effects", null);
        for (int i = 0; i < o.yi().length; i++) {
            int g = o.group()[i];
            double centre = p.y(n - g);                      // first group on top
            double y = centre + jitter(seen[g]++) * rowHeight * 0.7;
            double r = Math.max(MIN_RADIUS, MAX_RADIUS * Math.sqrt(1 / Math.sqrt(o.vi()[i]) / pmax));
            c.circle(p.x(o.yi()[i]), y, r, POINT, POINT_EDGE);
        }
        c.endGroup();
        for (int g = 0; g < n; g++) {
            Prediction pr = o.groups().get(g).prediction();
            double cy = p.y(n - g);
            c.beginGroup(null, "estimate", labels.get(g));
            if (Double.isFinite(pr.piLower()) && Double.isFinite(pr.piUpper()))
                c.line(p.x(pr.piLower()), cy, p.x(pr.piUpper()), cy, PI);
            c.rect(p.x(pr.ciLower()), cy - 4, p.x(pr.ciUpper()) - p.x(pr.ciLower()), 8, Rgb.BLACK, null);
            c.circle(p.x(pr.pred()), cy, 6.5, Rgb.WHITE, Stroke.solid(2, Rgb.BLACK));
            c.endGroup();
            c.text(p.left - 8, cy - 2, labels.get(g), Plane.TEXT, Anchor.END);
            c.text(p.left - 8, cy + 13, "k = " + o.groups().get(g).k(), Plane.TICKS.italicised(), Anchor.END);
        }
        p.axes(c, false);
        String lv = NumberText.level(level);
        double end = Legend.draw(c, p, p.below + 6, List.of(
                new Legend.Entry(Legend.Symbol.DISC, "Effect sizes (size ∝ precision)"),
                new Legend.Entry(Legend.Symbol.THICK_BAR, lv + "% CI"),
                new Legend.Entry(Legend.Symbol.BAR, lv + "% prediction interval")));
        StringBuilder desc = new StringBuilder(String.format(Locale.ROOT, "Orchard plot of %d effect sizes", o.yi().length));
        for (int g = 0; g < n; g++) {
            Prediction pr = o.groups().get(g).prediction();
            desc.append(g == 0 ? ": " : "; ").append(Plane.clean(o.groups().get(g).label())).append(" ")
                    .append(NumberText.fixed(pr.pred(), 2)).append(", ").append(lv).append("% CI ")
                    .append(NumberText.fixed(pr.ciLower(), 2)).append(" to ").append(NumberText.fixed(pr.ciUpper(), 2));
            if (Double.isFinite(pr.piLower()))
                desc.append(", PI ").append(NumberText.fixed(pr.piLower(), 2)).append(" to ")
                        .append(NumberText.fixed(pr.piUpper(), 2));
        }
        return c.finish(Plane.WIDTH, (int) Math.ceil(end + Plane.MARGIN), Plane.clean(title), desc + ".");
    }
}
