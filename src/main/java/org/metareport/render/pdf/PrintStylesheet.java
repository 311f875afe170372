package org.metareport.render.pdf;

import java.util.Locale;

/**
 * The print stylesheet the PDF writer adds after the document's own CSS: page size and margins, the page
 * number "n / N" at the bottom centre, DejaVu fonts, headings kept with what follows, and tables that
 * paginate with their header row repeated on each page.
 *
 * <p>Flying Saucer understands CSS 2.1 plus a few extensions ({@code -fs-table-paginate},
 * {@code -fs-fit-images-to-width}, {@code @page} margin boxes), so nothing here needs CSS 3. It ignores
 * {@code max-width} on images, which is why figure sizes are computed in Java ({@link FigureFitter}) from
 * the page box given by {@link #contentWidthMm} and {@link #maxFigureHeightMm}.
 */
final class PrintStylesheet {
    /** Top and bottom page margin; the page number sits in the bottom one. */
    static final double MARGIN_VERTICAL_MM = 22.0;
    /** Left and right page margin. */
    static final double MARGIN_HORIZONTAL_MM = 20.0;
    /** Height kept free under (or over) a figure on its page for a caption of two or three lines. */
    static final double CAPTION_ALLOWANCE_MM = 25.0;

    /** Added to a {@code <p>} that holds nothing but one image, as flexmark writes a Markdown image. */
    static final String FIGURE_PARAGRAPH_CLASS = "mr-figure";

    private PrintStylesheet() {}

    /** @return the width of the text block, in millimetres */
    static double contentWidthMm(PageSize page) {
        return page.widthMm() - 2 * MARGIN_HORIZONTAL_MM;
    }

    /** @return the tallest a figure may be drawn, leaving room for its caption on the same page */
    static double maxFigureHeightMm(PageSize page) {
        return page.heightMm() - 2 * MARGIN_VERTICAL_MM - CAPTION_ALLOWANCE_MM;
    }

    /** @return the stylesheet for one page size */
    static String css(PageSize page) {
        return String.format(Locale.ROOT, CSS, page.widthMm(), page.heightMm(), MARGIN_VERTICAL_MM,
                MARGIN_HORIZONTAL_MM, FIGURE_PARAGRAPH_CLASS, FIGURE_PARAGRAPH_CLASS);
    }

    // Fonts are named by family; anything else (serif, Helvetica, Georgia...) also resolves to DejaVu Sans
    // (BundledFonts), because Flying Saucer's built-in PDF fonts silently drop Greek and math symbols.
// word-wrap on body: a long DOI or URL, in text or in a table cell, otherwise runs off the page.
    // %% is a literal % for String.format.
    private static final String CSS = """
            @page {
              size: %.2fmm %.2fmm;
              margin: %.1fmm %.1fmm;
              @bottom-center {
                content: counter(page) " / " counter(pages);
                font-family: 'DejaVu Sans';
                font-size: 8.5pt;
                color: #444444;
              }
            }
            html, body { margin: 0; padding: 0; width: auto; max-width: none; background: #ffffff; }
            body {
              font-family: 'DejaVu Sans', sans-serif;
              font-size: 10pt;
              line-height: 1.4;
              color: #000000;
              word-wrap: break-word;
            }
            h1, h2, h3, h4, h5, h6 {
              font-family: 'DejaVu Sans', sans-serif;
              font-weight: bold;
              line-height: 1.25;
              page-break-after: avoid;
              page-break-inside: avoid;
            }
            h1 { font-size: 16pt; margin: 0 0 12pt 0; }
            h2 { font-size: 13pt; margin: 18pt 0 6pt 0; }
            h3 { font-size: 11pt; margin: 14pt 0 4pt 0; }
            h4, h5, h6 { font-size: 10pt; margin: 10pt 0 4pt 0; }
            h5, h6 { font-style: italic; }
            p { margin: 0 0 6pt 0; orphans: 2; widows: 2; }
            ul, ol { margin: 0 0 6pt 0; padding-left: 16pt; }
            li { margin: 0 0 2pt 0; }
            blockquote { margin: 6pt 16pt; }
            a, a:link, a:visited { color: #000000; text-decoration: none; }
            hr { border: none; border-top: 0.5pt solid #888888; margin: 10pt 0; }
            sup, sub { font-size: 75%%; line-height: 0; }
            code, kbd, samp, tt, pre { font-family: 'DejaVu Sans Mono', monospace; font-size: 8.5pt; }
            pre { white-space: pre-wrap; margin: 0 0 6pt 0; padding: 4pt 6pt; background: #f4f4f4; page-break-inside: avoid; }

            table {
              border-collapse: collapse;
              border-top: 1pt solid #000000;
              border-bottom: 1pt solid #000000;
              margin: 6pt 0 10pt 0;
              font-size: 9pt;
              line-height: 1.25;
              -fs-table-paginate: paginate;
            }
            caption { text-align: left; font-weight: bold; padding: 0 0 4pt 0; }
            thead { display: table-header-group; }
            tfoot { display: table-footer-group; }
            tr { page-break-inside: avoid; }
            th, td { padding: 2pt 6pt; vertical-align: top; }
            th { font-weight: bold; text-align: left; border-bottom: 0.5pt solid #000000; }
            th[align="right"], td[align="right"] { text-align: right; }
            th[align="center"], td[align="center"] { text-align: center; }
            th[align="left"], td[align="left"] { text-align: left; }

            img { max-width: 100%%; -fs-fit-images-to-width: 100%%; }
            figure { display: block; margin: 8pt 0 10pt 0; page-break-inside: avoid; }
            figure img, p.%s img { display: block; margin: 0 auto; }
            p.%s { margin: 8pt 0 6pt 0; page-break-inside: avoid; }
            figcaption { display: block; font-size: 9pt; margin: 4pt 0 0 0; }
            .page-break { page-break-before: always; }
            """;
}
