package org.metareport.figures;

import java.util.ArrayList;
import java.util.List;

/** Geometry checks on a {@link Drawing}: every mark on the canvas, every text of a box inside that box. */
final class DrawingBounds {
    private DrawingBounds() {}

    /** [left, top, right, bottom] of a text op's ink, approximately: its advance width, ascent 0.8 and descent 0.25. */
    static double[] text(Drawing.Text t) {
        double left = Double.POSITIVE_INFINITY, right = Double.NEGATIVE_INFINITY;
        for (Span s : t.spans()) {
            double w = TextMeasure.width(s.text(), t.style());
            double l = t.anchor().left(s.x(), w);
            left = Math.min(left, l);
            right = Math.max(right, l + w);
        }
        return new double[] {left, t.y() - 0.8 * t.style().size(), right, t.y() + 0.25 * t.style().size()};
    }

    static double[] of(Drawing.Op op) {
        if (op instanceof Drawing.Line l)
            return new double[] {Math.min(l.x1(), l.x2()), Math.min(l.y1(), l.y2()), Math.max(l.x1(), l.x2()), Math.max(l.y1(), l.y2())};
        if (op instanceof Drawing.Rect r) return new double[] {r.x(), r.y(), r.x() + r.width(), r.y() + r.height()};
        if (op instanceof Drawing.Circle c) return new double[] {c.cx() - c.r(), c.cy() - c.r(), c.cx() + c.r(), c.cy() + c.r()};
        if (op instanceof Drawing.Polygon p) {
            double[] b = {Double.POSITIVE_INFINITY, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, Double.NEGATIVE_INFINITY};
            for (int i = 0; i < p.xy().size(); i += 2) {
                b[0] = Math.min(b[0], p.xy().get(i));
                b[1] = Math.min(b[1], p.xy().get(i + 1));
                b[2] = Math.max(b[2], p.xy().get(i));
                b[3] = Math.max(b[3], p.xy().get(i + 1));
            }
            return b;
        }
        if (op instanceof Drawing.Text t) return text(t);
        return null;
    }

    /** Descriptions of the marks that leave the canvas (empty when all are on it). */
    static List<String> offCanvas(Drawing d) {
        List<String> out = new ArrayList<>();
        for (Drawing.Op op : d.ops()) {
            double[] b = of(op);
            if (b == null) continue;
            if (b[0] < -0.01 || b[1] < -0.01 || b[2] > d.width() + 0.01 || b[3] > d.height() + 0.01) out.add(op.toString());
        }
        return out;
    }

    /**
     * Texts that leave the shape (rect or polygon) opening their group of class {@code cssClass}, by at least
     * {@code inset} pixels to spare; empty when every text fits.
     */
    static List<String> textOutsideBoxes(Drawing d, String cssClass, double inset) {
        List<String> out = new ArrayList<>();
        double[] box = null;
        boolean inBox = false;
        for (Drawing.Op op : d.ops()) {
            if (op instanceof Drawing.BeginGroup g) {
                inBox = cssClass.equals(g.cssClass());
                box = null;
            } else if (op instanceof Drawing.EndGroup) {
                inBox = false;
            } else if (inBox && box == null && (op instanceof Drawing.Rect || op instanceof Drawing.Polygon)) {
                box = of(op);
            } else if (inBox && op instanceof Drawing.Text t) {
                double[] b = text(t);
                if (box == null || b[0] < box[0] + inset || b[2] > box[2] - inset || b[1] < box[1] || b[3] > box[3])
                    out.add(t.spans() + " outside " + java.util.Arrays.toString(box));
            }
        }
        return out;
    }

    /** All texts of a drawing on one line (wrapped lines joined by spaces). */
    static String joined(Drawing d) {
        return String.join(" ", texts(d));
    }

    /** The texts of a drawing, spans joined, no-break spaces as spaces. */
    static List<String> texts(Drawing d) {
        List<String> out = new ArrayList<>();
        for (Drawing.Op op : d.ops())
            if (op instanceof Drawing.Text t)
                out.add(String.join("", t.spans().stream().map(Span::text).toList()).replace('\u00a0', ' '));
        return out;
    }
}
