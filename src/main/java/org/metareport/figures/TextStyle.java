package org.metareport.figures;

/**
 * How text is set: size in pixels (at 1×), weight, slant and colour. The family is always the house sans
 * (DejaVu Sans; see {@link TextMeasure}), so both formats measure and draw the same glyphs.
 */
record TextStyle(double size, boolean bold, boolean italic, Rgb color) {
    TextStyle {
        if (!(size > 0) || Double.isInfinite(size))
            throw new IllegalArgumentException("font size must be positive, was " + size);
    }

    static TextStyle regular(double size) {
        return new TextStyle(size, false, false, Rgb.BLACK);
    }

    TextStyle bolded() {
        return new TextStyle(size, true, italic, color);
    }

    TextStyle italicised() {
        return new TextStyle(size, bold, true, color);
    }

    TextStyle colored(Rgb c) {
        return new TextStyle(size, bold, italic, c);
    }
}
