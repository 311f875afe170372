package org.metareport.figures;

import java.util.ArrayList;
import java.util.List;

/**
 * A finished figure as a list of drawing operations, with its size, title and description: the output of a
 * figure's layout, independent of format. {@link #replay} draws it onto any {@link Canvas}; {@link SvgCanvas} and
 * {@link Graphics2DCanvas} turn it into SVG text and PNG bytes.
 *
 * @param width       in pixels at 1×
 * @param height      in pixels at 1×
 * @param title       short accessible name (SVG {@code <title>})
 * @param description longer text alternative (SVG {@code <desc>}, HTML {@code alt})
 */
record Drawing(int width, int height, String title, String description, List<Op> ops) {
    Drawing {
        if (width <= 0 || height <= 0)
            throw new IllegalArgumentException("drawing size must be positive, was " + width + "×" + height);
        ops = List.copyOf(ops);
    }

    void replay(Canvas canvas) {
        for (Op op : ops) op.replay(canvas);
    }

    /** One recorded call on a {@link Canvas}. */
    sealed interface Op {
        void replay(Canvas c);
    }

    record Line(double x1, double y1, double x2, double y2, Stroke stroke) implements Op {
        public void replay(Canvas c) { c.line(x1, y1, x2, y2, stroke); }
    }

    record Rect(double x, double y, double width, double height, Rgb fill, Stroke stroke) implements Op {
        public void replay(Canvas c) { c.rect(x, y, width, height, fill, stroke); }
    }

    record Circle(double cx, double cy, double r, Rgb fill, Stroke stroke) implements Op {
        public void replay(Canvas c) { c.circle(cx, cy, r, fill, stroke); }
    }

    record Polygon(List<Double> xy, Rgb fill, Stroke stroke) implements Op {
        Polygon { xy = List.copyOf(xy); }
        public void replay(Canvas c) { c.polygon(xy, fill, stroke); }
    }

    record Text(double y, List<Span> spans, TextStyle style, Anchor anchor) implements Op {
        Text { spans = List.copyOf(spans); }
        public void replay(Canvas c) { c.text(y, spans, style, anchor); }
    }

    record BeginGroup(String id, String cssClass, String title) implements Op {
        public void replay(Canvas c) { c.beginGroup(id, cssClass, title); }
    }

    record EndGroup() implements Op {
        public void replay(Canvas c) { c.endGroup(); }
    }

    /** A canvas that records what is drawn on it; {@link #finish} makes the {@link Drawing}. */
    static final class Recorder implements Canvas {
        private final List<Op> ops = new ArrayList<>();
        private int open;

        @Override public void line(double x1, double y1, double x2, double y2, Stroke stroke) {
            finite(x1, y1, x2, y2);
            if (stroke == null) throw new IllegalArgumentException("a line needs a stroke");
            ops.add(new Line(x1, y1, x2, y2, stroke));
        }

        @Override public void rect(double x, double y, double width, double height, Rgb fill, Stroke stroke) {
            finite(x, y, width, height);
            if (width < 0 || height < 0)
                throw new IllegalArgumentException("rectangle size must not be negative, was " + width + "×" + height);
            paint(fill, stroke);
            ops.add(new Rect(x, y, width, height, fill, stroke));
        }

        @Override public void circle(double cx, double cy, double r, Rgb fill, Stroke stroke) {
            finite(cx, cy, r);
            if (r < 0) throw new IllegalArgumentException("circle radius must not be negative, was " + r);
            paint(fill, stroke);
            ops.add(new Circle(cx, cy, r, fill, stroke));
        }

        @Override public void polygon(List<Double> xy, Rgb fill, Stroke stroke) {
            if (xy.size() < 6 || xy.size() % 2 != 0)
                throw new IllegalArgumentException("a polygon needs at least 3 points as x, y pairs, got " + xy.size() + " numbers");
            for (double v : xy) finite(v);
            paint(fill, stroke);
            ops.add(new Polygon(xy, fill, stroke));
        }

        @Override public void text(double y, List<Span> spans, TextStyle style, Anchor anchor) {
            finite(y);
            if (spans.isEmpty()) throw new IllegalArgumentException("text needs at least one span");
            ops.add(new Text(y, spans, style, anchor));
        }

        @Override public void beginGroup(String id, String cssClass, String title) {
            open++;
            ops.add(new BeginGroup(id, cssClass, title));
        }

        @Override public void endGroup() {
            if (open == 0) throw new IllegalStateException("endGroup without beginGroup");
            open--;
            ops.add(new EndGroup());
        }

        Drawing finish(int width, int height, String title, String description) {
            if (open != 0) throw new IllegalStateException(open + " group(s) left open");
            return new Drawing(width, height, title, description, ops);
        }

        private static void paint(Rgb fill, Stroke stroke) {
            if (fill == null && stroke == null) throw new IllegalArgumentException("a shape needs a fill or a stroke");
        }

        private static void finite(double... values) {
            for (double v : values)
                if (!Double.isFinite(v)) throw new IllegalArgumentException("coordinates must be finite, got " + v);
        }
    }
}
