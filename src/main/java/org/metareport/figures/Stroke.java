package org.metareport.figures;

import java.util.List;

/**
 * How a line is drawn: width in pixels (at 1×), colour and an optional dash pattern (on, off, … lengths in
 * pixels; empty for a solid line). Lines end flat (butt caps) in both formats.
 */
record Stroke(double width, Rgb color, List<Double> dash) {
    Stroke {
        if (!(width > 0) || Double.isInfinite(width))
            throw new IllegalArgumentException("stroke width must be positive, was " + width);
        dash = List.copyOf(dash);
        for (double d : dash)
            if (!(d > 0)) throw new IllegalArgumentException("dash lengths must be positive, were " + dash);
    }

    static Stroke solid(double width, Rgb color) {
        return new Stroke(width, color, List.of());
    }

    /** @return this stroke with a dash pattern of {@code on} pixels drawn, {@code off} pixels left blank */
    Stroke dashed(double on, double off) {
        return new Stroke(width, color, List.of(on, off));
    }

    boolean isDashed() {
        return !dash.isEmpty();
    }
}
