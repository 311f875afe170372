package org.metareport.figures;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.metareport.models.plots.Plots;

/**
 * A Baujat plot as metafor's {@code baujat()}: each effect size's contribution to the heterogeneity statistic Q
 * (x) against its influence on the pooled estimate (y). Every point is labelled by its study when there are at most
 * {@value #LABEL_ALL} of them; otherwise only the outlying ones: the {@value #LABELLED} largest on either axis. A label
 * goes right of its point, else below, left, or further out, wherever it overlaps no label placed before it (highest
 * points first); a label with no free place is left out (the point keeps its name as an SVG title).
 */
final class BaujatPlot {
    static final int LABEL_ALL = 20;
    static final int LABELLED = 5;
    static final double RADIUS = 3.5;

    private BaujatPlot() {}

    /** The indices of the points to label. */
    static List<Integer> labelled(double[] x, double[] y) {
        List<Integer> all = new ArrayList<>();
        for (int i = 0; i < x.length; i++) if (Double.isFinite(y[i])) all.add(i);
        if (all.size() <= LABEL_ALL) return all;
        List<Integer> out = new ArrayList<>();
        List<Integer> byX = new ArrayList<>(all), byY = new ArrayList<>(all);
        byX.sort(Comparator.comparingDouble((Integer i) -> -x[i]).thenComparing(i -> i));
        byY.sort(Comparator.comparingDouble((Integer i) -> -y[i]).thenComparing(i -> i));
        for (int i = 0; i < LABELLED; i++) {
            if (!out.contains(byX.get(i))) out.add(byX.get(i));
            if (!out.contains(byY.get(i))) out.add(byY.get(i));
        }
        out.sort(Integer::compare);
        return out;
    }

    /**
     * @param labels each point's label (its study), in the order of the points
     */
    static Drawing layout(Plots.BaujatPoints b, List<String> labels, String title) {
        double xmax = 0, ymax = 0;
        int drawn = 0;
        for (int i = 0; i < b.x().length; i++) {
            if (!Double.isFinite(b.y()[i])) continue;
            drawn++;
            xmax = Math.max(xmax, b.x()[i]);
            ymax = Math.max(ymax, b.y()[i]);
        }
        String xlab = b.fixed() ? (b.interceptOnly() ? "Contribution to overall heterogeneity"
                : "Contribution to residual heterogeneity") : "Squared Pearson residual (contribution to Q)";
        String ylab = b.interceptOnly() ? "Influence on overall result" : "Influence on fitted value";
        Plane p = new Plane(Plane.fromZero(xmax * 1.08), Plane.fromZero(ymax * 1.06), xlab, ylab, 0);
        Drawing.Recorder c = new Drawing.Recorder();
        p.grid(c, true);
        List<Integer> label = labelled(b.x(), b.y());
        List<double[]> taken = new ArrayList<>();     // boxes of labels placed so far: x0, y0, x1, y1
        List<Integer> byHeight = new ArrayList<>(label);
        byHeight.sort(Comparator.comparingDouble((Integer i) -> -b.y()[i]).thenComparing(i -> i));
        java.util.Map<Integer, double[]> placed = new java.util.HashMap<>();
        for (int i : byHeight) {
            double px = p.x(b.x()[i]), py = p.y(b.y()[i]);
            String t = TextMeasure.ellipsize(Plane.clean(labels.get(i)), Plane.SMALL, 160);
            double w = TextMeasure.width(t, Plane.SMALL);
            for (double[] at : new double[][] {{px + 6, py - 5}, {px + 6, py + 13}, {px - 6 - w, py - 5},
                    {px - 6 - w, py + 13}, {px + 6, py - 17}, {px + 6, py + 25}}) {
                double[] box = {at[0], at[1] - 10, at[0] + w, at[1] + 3};
                if (box[0] < p.left || box[2] > p.right || box[1] < p.top || box[3] > p.bottom) continue;
                if (taken.stream().anyMatch(o -> box[0] < o[2] && o[0] < box[2] && box[1] < o[3] && o[1] < box[3])) continue;
                taken.add(box);
                placed.put(i, new double[] {at[0], at[1]});
                break;
            }
        }
        c.beginGroup(null, "effects", null);
        for (int i = 0; i < b.x().length; i++) {
            if (!Double.isFinite(b.y()[i])) continue;
            double px = p.x(b.x()[i]), py = p.y(b.y()[i]);
            String name = Plane.clean(labels.get(i));
            c.beginGroup(null, null, name);
            c.circle(px, py, RADIUS, Plane.INK, null);
            double[] at = placed.get(i);
            if (at != null) c.text(at[0], at[1], TextMeasure.ellipsize(name, Plane.SMALL, 160), Plane.SMALL, Anchor.START);
            c.endGroup();
        }
        c.endGroup();
        p.axes(c, true);
        StringBuilder d = new StringBuilder(String.format(Locale.ROOT, "Baujat plot of %d effect sizes: contribution "
                + "to heterogeneity against influence on the %s", drawn, b.interceptOnly() ? "pooled estimate" : "fitted values"));
        List<Integer> top = new ArrayList<>(label);
        top.sort(Comparator.comparingDouble((Integer i) -> -b.x()[i]).thenComparing(i -> i));
        if (!top.isEmpty()) {
            d.append("; largest contributions: ");
            for (int j = 0; j < Math.min(3, top.size()); j++) {
                int i = top.get(j);
                d.append(j == 0 ? "" : ", ").append(Plane.clean(labels.get(i))).append(" (")
                        .append(NumberText.fixed(b.x()[i], 2)).append(", ").append(NumberText.fixed(b.y()[i], 2)).append(')');
            }
        }
        return c.finish(Plane.WIDTH, (int) Math.ceil(p.below + Plane.MARGIN), Plane.clean(title), d + ".");
    }
}
