package org.metareport.render.pdf;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * The paper a PDF is laid out on. {@link #A4} is the default; {@link #LETTER} is US Letter.
 * Margins are the same on both (see {@link PrintStylesheet}).
 */
public enum PageSize {
    /** ISO 216 A4, 210 × 297 mm (595.28 × 841.89 pt). */
    A4(210.0, 297.0),
    /** US Letter, 8.5 × 11 in (612 × 792 pt). */
    LETTER(215.9, 279.4);

    private static final double POINTS_PER_MM = 72.0 / 25.4;

    private final double widthMm;
    private final double heightMm;

    PageSize(double widthMm, double heightMm) {
        this.widthMm = widthMm;
        this.heightMm = heightMm;
    }

    /** @return the page width in millimetres */
    public double widthMm() {
        return widthMm;
    }

    /** @return the page height in millimetres */
    public double heightMm() {
        return heightMm;
    }

    /** @return the page width in PDF points (1/72 in), as in the PDF's MediaBox */
    public double widthPt() {
        return widthMm * POINTS_PER_MM;
    }

    /** @return the page height in PDF points (1/72 in), as in the PDF's MediaBox */
    public double heightPt() {
        return heightMm * POINTS_PER_MM;
    }

    /**
     * The page size for a spelling as a user would write it: {@code a4}, {@code A4}, {@code letter}.
     *
     * @throws IllegalArgumentException naming the valid spellings
     */
    public static PageSize fromName(String name) {
        for (PageSize size : values()) {
            if (size.name().equalsIgnoreCase(name.trim())) return size;
        }
        throw new IllegalArgumentException("unknown page size '" + name + "'; use one of "
                + Arrays.stream(values()).map(s -> s.name().toLowerCase(Locale.ROOT)).collect(Collectors.joining(", ")));
    }

    /** @return the width of the text block a figure is printed across, in millimetres */
    public double figureWidthMm() {
        return PrintStylesheet.contentWidthMm(this);
    }

    /** @return the tallest a figure is printed, leaving room for its caption on the page, in millimetres */
    public double figureHeightMm() {
        return PrintStylesheet.maxFigureHeightMm(this);
    }
}
