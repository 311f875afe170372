package org.metareport.figures;

import java.util.Locale;

/** An opaque sRGB colour, {@code 0xRRGGBB}; written as {@code #rrggbb} in SVG. */
record Rgb(int value) {
    static final Rgb BLACK = new Rgb(0x000000);
    static final Rgb WHITE = new Rgb(0xffffff);

    Rgb {
        if (value < 0 || value > 0xffffff)
            throw new IllegalArgumentException(String.format(Locale.ROOT, "colour 0x%x is not 0xRRGGBB", value));
    }

    /** @return {@code #rrggbb}, lower case */
    String hex() {
        return String.format(Locale.ROOT, "#%06x", value);
    }

    /** @return true when red = green = blue (black, white and the greys between) */
    boolean isGrey() {
        return isGrey(value);
    }

    /** @return true when the colour {@code 0x..RRGGBB} (the top byte ignored) has red = green = blue, in one test */
    static boolean isGrey(int rgb) {
        return ((rgb ^ (rgb >>> 8)) & 0xffff) == 0;
    }

    java.awt.Color awt() {
        return new java.awt.Color(value);
    }
}
