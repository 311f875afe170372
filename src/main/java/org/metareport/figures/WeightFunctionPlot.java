package org.metareport.figures;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.metareport.results.BiasResult;

/**
 * The weight function of a Vevea–Hedges step-function selection model, as metafor's {@code plot(selmodel(...))}: the
 * estimated relative likelihood of publication (weight δ, the first interval's fixed at 1) of each one-sided p-value
 * interval, as a step function of p from 0 to 1, with each weight's confidence interval dashed where it was estimated.
 * An upper bound beyond the axis is drawn to the top edge and said in the description.
 */
final class WeightFunctionPlot {
    static final Stroke STEP = Stroke.solid(2, Rgb.BLACK);
    static final Stroke CI = Stroke.solid(1, new Rgb(0x595959)).dashed(4, 3);
    static final Stroke CUT = Stroke.solid(0.75, new Rgb(0x9e9e9e)).dashed(2, 2);
    /** The y axis reaches at most this multiple of the largest weight, so one wide interval cannot flatten the rest. */
    static final double MAX_SPAN = 4;

    private WeightFunctionPlot() {}

    /** The interval bounds: 0, the steps, 1. */
    static List<Double> bounds(BiasResult.Selection s) {
        List<Double> b = new ArrayList<>();
        b.add(0.0);
        for (double step : s.steps()) if (step < 1) b.add(step);
        b.add(1.0);
        return b;
    }

    static Drawing layout(BiasResult.Selection s, double level, String title) {
        List<Double> bounds = bounds(s);
        int n = Math.min(s.weights().size(), bounds.size() - 1);
        double top = 1;
        for (int j = 0; j < n; j++) {
            BiasResult.Weight w = s.weights().get(j);
            if (w.delta() != null) top = Math.max(top, w.delta());
        }
        double deltaMax = top;
        boolean clipped = false;
        for (int j = 0; j < n; j++) {
            Double u = s.weights().get(j).ciUpper();
            if (u == null || !Double.isFinite(u)) continue;
            if (u > MAX_SPAN * deltaMax) clipped = true;
            else top = Math.max(top, u);
        }
        Plane p = new Plane(Axis.fixed(0, 1, Transform.NONE), Plane.fromZero(top), "One-sided p-value",
                "Relative likelihood of selection (weight)", 0, 300);
        Drawing.Recorder c = new Drawing.Recorder();
        p.grid(c, true);
        double yMax = p.yAxis.upper();
        for (int j = 1; j < bounds.size() - 1; j++) c.line(p.x(bounds.get(j)), p.top, p.x(bounds.get(j)), p.bottom, CUT);
        c.beginGroup(null, "confidence", null);
        for (int j = 0; j < n; j++) {
            BiasResult.Weight w = s.weights().get(j);
            if (w.fixed() || w.ciLower() == null || w.ciUpper() == null) continue;
            double x0 = p.x(bounds.get(j)), x1 = p.x(bounds.get(j + 1));
            if (Double.isFinite(w.ciLower())) c.line(x0, p.y(Math.max(0, w.ciLower())), x1, p.y(Math.max(0, w.ciLower())), CI);
            if (Double.isFinite(w.ciUpper())) c.line(x0, p.y(Math.min(yMax, w.ciUpper())), x1, p.y(Math.min(yMax, w.ciUpper())), CI);
        }
        c.endGroup();
        c.beginGroup(null, "weights", null);
        Double previous = null;
        for (int j = 0; j < n; j++) {
            BiasResult.Weight w = s.weights().get(j);
            if (w.delta() == null) { previous = null; continue; }
            double y = p.y(Math.min(yMax, w.delta()));
            c.line(p.x(bounds.get(j)), y, p.x(bounds.get(j + 1)), y, STEP);
            if (previous != null) c.line(p.x(bounds.get(j)), p.y(Math.min(yMax, previous)), p.x(bounds.get(j)), y, STEP);
            String text = "δ = " + NumberText.fixed(w.delta(), 2) + (w.fixed() ? " (fixed)" : "");
            double x0 = p.x(bounds.get(j)), x1 = p.x(bounds.get(j + 1));
            if (x1 - x0 >= TextMeasure.width(text, Plane.SMALL) + 4) c.text((x0 + x1) / 2, y - 6, text, Plane.SMALL, Anchor.MIDDLE);
            else c.text(x1 + 4, y - 4, text, Plane.SMALL, Anchor.START);   // a narrow interval: beside it
            previous = w.delta();
        }
        c.endGroup();
        p.axes(c, true);
        String lv = NumberText.level(level);
        double end = Legend.draw(c, p, p.below + 6, List.of(new Legend.Entry(Legend.Symbol.STEP, "Estimated weight"),
                new Legend.Entry(Legend.Symbol.DASHED, lv + "% CI of the weight")));
        StringBuilder d = new StringBuilder("Weight function of the step-function selection model over the one-sided "
                + "p-value: ");
        for (int j = 0; j < n; j++) {
            BiasResult.Weight w = s.weights().get(j);
            d.append(j == 0 ? "" : "; ").append(String.format(Locale.ROOT, "p from %s to %s: weight %s",
                    NumberText.shortest(bounds.get(j)), NumberText.shortest(bounds.get(j + 1)),
                    w.delta() == null ? "not estimated" : NumberText.fixed(w.delta(), 2) + (w.fixed() ? " (fixed)" : "")));
        }
        d.append(clipped ? ". Confidence bounds above the axis are drawn to its top." : ".");
        return c.finish(Plane.WIDTH, (int) Math.ceil(end + Plane.MARGIN), Plane.clean(title), d.toString());
    }
}
