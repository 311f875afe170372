package org.metareport.figures;

import java.util.Locale;
import org.metareport.models.plots.Gosh;
import org.metareport.models.plots.Plots;

/**
 * A GOSH plot (graphical display of study heterogeneity; Olkin et al. 2012) as metafor's {@code plot(gosh(...))}'s
 * scatter: each subset's pooled estimate (x) against its I² (y). Points are small and drawn in subset order; many
 * overlap, which shows where the subsets concentrate.
 */
final class GoshPlot {
    static final Rgb POINT = new Rgb(0x3a3a3a);

    private GoshPlot() {}

    static Drawing layout(Plots.GoshPoints g, String xlab, String title) {
        Gosh.Fits f = g.fits();
        double lo = Double.POSITIVE_INFINITY, hi = Double.NEGATIVE_INFINITY;
        for (int s = 0; s < f.total(); s++) {
            if (!Double.isFinite(f.estimate()[s]) || !Double.isFinite(f.i2()[s])) continue;
            lo = Math.min(lo, f.estimate()[s]);
            hi = Math.max(hi, f.estimate()[s]);
        }
        Axis i2 = new Axis(0, 100, java.util.List.of(new Axis.Tick(0, "0"), new Axis.Tick(20, "20"),
                new Axis.Tick(40, "40"), new Axis.Tick(60, "60"), new Axis.Tick(80, "80"), new Axis.Tick(100, "100")));
        Plane p = new Plane(Plane.padded(lo, hi), i2, Plane.clean(xlab), "I² (%)", 0);
        Drawing.Recorder c = new Drawing.Recorder();
        p.grid(c, true);
        double r = f.plotted() > 2000 ? 1.2 : 1.8;
        c.beginGroup(null, "subsets", null);
        for (int s = 0; s < f.total(); s++) {
            if (!Double.isFinite(f.estimate()[s]) || !Double.isFinite(f.i2()[s])) continue;
            c.circle(p.x(f.estimate()[s]), p.y(f.i2()[s]), r, POINT, null);
        }
        c.endGroup();
        p.axes(c, true);
        String d = String.format(Locale.ROOT, "GOSH plot: the pooled estimate against I² of %d %s subsets of the "
                + "effect sizes, each refitted with the %s estimator; estimates range from %s to %s.", f.plotted(),
                f.exact() ? "(all)" : "randomly sampled", g.method(), NumberText.fixed(lo, 2), NumberText.fixed(hi, 2));
        return c.finish(Plane.WIDTH, (int) Math.ceil(p.below + Plane.MARGIN), Plane.clean(title), d);
    }
}
