package org.metareport.figures;

/** Which end of a piece of text sits at its x: SVG's {@code text-anchor}. */
enum Anchor {
    START, MIDDLE, END;

    /** @return SVG's spelling: {@code start}, {@code middle}, {@code end} */
    String svg() {
        return switch (this) {
            case START -> "start";
            case MIDDLE -> "middle";
            case END -> "end";
        };
    }

    /** @return where text of the given width starts when anchored at {@code x} */
    double left(double x, double width) {
        return switch (this) {
            case START -> x;
            case MIDDLE -> x - width / 2;
            case END -> x - width;
        };
    }
}
