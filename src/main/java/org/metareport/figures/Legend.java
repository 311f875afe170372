package org.metareport.figures;

import java.util.ArrayList;
import java.util.List;

/** A one- or two-row legend under a {@link Plane}: a symbol and a label per entry, wrapped at the figure's width. */
final class Legend {
    static final double ROW = 19;
    static final double KEY = 18;
    static final TextStyle STYLE = TextStyle.regular(11);

    enum Symbol { LINE, DASHED, BAND, DISC, BAR, THICK_BAR, STEP }

    record Entry(Symbol symbol, String label) {}

    private Legend() {}

    /** Draws the entries from the plot's left edge at {@code top}; @return the y just below the legend */
    static double draw(Canvas c, Plane p, double top, List<Entry> entries) {
        if (entries.isEmpty()) return top;
        c.beginGroup(null, "legend", null);
        double x = p.left, cy = top + ROW / 2, right = Plane.WIDTH - Plane.MARGIN;
        for (Entry e : entries) {
            double w = KEY + 5 + TextMeasure.width(e.label(), STYLE);
            if (x > p.left && x + w > right) {
                x = p.left;
                cy += ROW;
            }
            symbol(c, e.symbol(), x, cy);
            c.text(x + KEY + 5, cy + 4, e.label(), STYLE, Anchor.START);
            x += w + 18;
        }
        c.endGroup();
        return cy + ROW / 2;
    }

    static void symbol(Canvas c, Symbol s, double x, double cy) {
        switch (s) {
            case LINE -> c.line(x, cy, x + KEY, cy, Stroke.solid(1.5, Rgb.BLACK));
            case DASHED -> c.line(x, cy, x + KEY, cy, Stroke.solid(1, Rgb.BLACK).dashed(4, 3));
            case STEP -> c.line(x, cy, x + KEY, cy, Stroke.solid(2, Rgb.BLACK));
            case BAND -> c.rect(x, cy - 5, KEY, 10, BubblePlot.CI_BAND, null);
            case DISC -> c.circle(x + KEY / 2, cy, 4.5, BubblePlot.BUBBLE, BubblePlot.BUBBLE_EDGE);
            case BAR -> c.line(x, cy, x + KEY, cy, Stroke.solid(1.5, Rgb.BLACK));
            case THICK_BAR -> c.rect(x, cy - 3, KEY, 6, Rgb.BLACK, null);
        }
    }

    static List<Entry> of(Entry... e) {
        return new ArrayList<>(List.of(e));
    }
}
