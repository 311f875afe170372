package org.metareport.render.docx;

import org.metareport.render.pdf.PageSize;

/**
 * The page in Word's units: twentieths of a point (twips, 1440 per inch), and the text area inside 2.54 cm margins
 * (Word's default).
 *
 * @param pageWidth  page width in twips
 * @param pageHeight page height in twips
 * @param margin     the margin on every side in twips
 */
record Layout(int pageWidth, int pageHeight, int margin) {
    /** English Metric Units per twip (914,400 per inch). */
    static final long EMU_PER_TWIP = 635;
    /** English Metric Units per CSS pixel (96 per inch). */
    static final long EMU_PER_PIXEL = 9525;

    static Layout of(PageSize page) {
        return new Layout(twips(page.widthMm()), twips(page.heightMm()), 1440);
    }

    private static int twips(double mm) {
        return (int) Math.round(mm / 25.4 * 1440);
    }

    /** @return the width between the margins in twips */
    int textWidth() {
        return pageWidth - 2 * margin;
    }

    /** @return the height between the margins in twips */
    int textHeight() {
        return pageHeight - 2 * margin;
    }
}
