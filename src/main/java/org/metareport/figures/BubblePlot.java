package org.metareport.figures;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.metareport.models.plots.Plots;
import org.metareport.models.plots.RegressionLine;

/**
 * A meta-regression bubble plot as metafor's {@code regplot()}: each effect size against its moderator value, its
 * circle's area proportional to its weight in the model, the regression line (other moderators at their means) with
 * its confidence band shaded and its prediction interval dashed.
 */
final class BubblePlot {
    static final Rgb CI_BAND = new Rgb(0xd9d9d9);
    static final Rgb BUBBLE = new Rgb(0xbdbdbd);
    static final Stroke BUBBLE_EDGE = Stroke.solid(0.75, new Rgb(0x404040));
    static final Stroke LINE = Stroke.solid(1.5, Rgb.BLACK);
    static final Stroke PI = Stroke.solid(1, Rgb.BLACK).dashed(4, 3);
    static final double MAX_RADIUS = 12;
    static final double MIN_RADIUS = 2;

    private BubblePlot() {}

    /**
     * @param b      the numbers
     * @param ylab   the effect-size axis title
     * @param level  confidence level in percent
     * @param title  accessible name
     */
    static Drawing layout(Plots.Bubble b, String ylab, double level, String title) {
        double xlo = Double.POSITIVE_INFINITY, xhi = Double.NEGATIVE_INFINITY;
        double ylo = Double.POSITIVE_INFINITY, yhi = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < b.xi().length; i++) {
            xlo = Math.min(xlo, b.xi()[i]);
            xhi = Math.max(xhi, b.xi()[i]);
            ylo = Math.min(ylo, b.yi()[i]);
            yhi = Math.max(yhi, b.yi()[i]);
        }
        for (RegressionLine.Point p : b.line()) {
            ylo = Math.min(ylo, p.piLower());
            yhi = Math.max(yhi, p.piUpper());
        }
        String xlab = Plane.clean(b.moderator()) + (b.centred() ? " (centred)" : "");
        Plane p = new Plane(Plane.padded(xlo, xhi), Plane.padded(ylo, yhi), xlab, Plane.clean(ylab), 0);
        Drawing.Recorder c = new Drawing.Recorder();
        p.grid(c, true);
        List<RegressionLine.Point> line = b.line();
        List<Double> band = new ArrayList<>();
        for (RegressionLine.Point q : line) { band.add(p.x(q.x())); band.add(p.y(q.ciUpper())); }
        for (int i = line.size() - 1; i >= 0; i--) { band.add(p.x(line.get(i).x())); band.add(p.y(line.get(i).ciLower())); }
        c.beginGroup(null, "bands", null);
        if (band.size() >= 6) c.polygon(band, CI_BAND, null);
        for (int i = 1; i < line.size(); i++) {
            RegressionLine.Point a = line.get(i - 1), z = line.get(i);
            c.line(p.x(a.x()), p.y(a.piLower()), p.x(z.x()), p.y(z.piLower()), PI);
            c.line(p.x(a.x()), p.y(a.piUpper()), p.x(z.x()), p.y(z.piUpper()), PI);
        }
        for (int i = 1; i < line.size(); i++) {
            RegressionLine.Point a = line.get(i - 1), z = line.get(i);
            c.line(p.x(a.x()), p.y(a.pred()), p.x(z.x()), p.y(z.pred()), LINE);
        }
        c.endGroup();
        double wmax = 0;
        for (double w : b.size()) wmax = Math.max(wmax, w);
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < b.xi().length; i++) order.add(i);
        order.sort(Comparator.comparingDouble((Integer i) -> -b.size()[i]).thenComparing(i -> i));  // small on top
        c.beginGroup(null, "effects", null);
        for (int i : order) {
            double r = Math.max(MIN_RADIUS, MAX_RADIUS * Math.sqrt(b.size()[i] / wmax));
            c.circle(p.x(b.xi()[i]), p.y(b.yi()[i]), r, BUBBLE, BUBBLE_EDGE);
        }
        c.endGroup();
        p.axes(c, true);
        String lv = NumberText.level(level);
        double end = Legend.draw(c, p, p.below + 6, List.of(new Legend.Entry(Legend.Symbol.DISC, "Effect sizes (area ∝ weight)"),
                new Legend.Entry(Legend.Symbol.LINE, "Regression line"),
                new Legend.Entry(Legend.Symbol.BAND, lv + "% CI"),
                new Legend.Entry(Legend.Symbol.DASHED, lv + "% prediction interval")));
        RegressionLine.Point first = line.get(0), last = line.get(line.size() - 1);
        String desc = String.format(java.util.Locale.ROOT, "Bubble plot: %d effect sizes against %s, circles sized by "
                        + "their weight, with the meta-regression line from %s at %s to %s at %s, its %s%% confidence "
                        + "band and prediction interval.", b.xi().length, xlab, NumberText.fixed(first.pred(), 2),
                NumberText.fixed(first.x(), 2), NumberText.fixed(last.pred(), 2), NumberText.fixed(last.x(), 2), lv);
        return c.finish(Plane.WIDTH, (int) Math.ceil(end + Plane.MARGIN), Plane.clean(title), desc);
    }
}
