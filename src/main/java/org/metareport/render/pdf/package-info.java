/**
 * PDF output: the HTML manuscript in, reproducible PDF bytes out ({@link org.metareport.render.pdf.PdfWriter}).
 *
 * <p>Takes the HTML the HTML writer produced (any HTML: jsoup parses it) and the folder its PNG figures sit in;
 * gives a PDF on {@link org.metareport.render.pdf.PageSize#A4} or Letter pages, set in the DejaVu fonts bundled in
 * the jar, with page numbers, tables that break across pages under a repeated header row, and figures scaled to fit
 * a page. Resources outside that folder, remote addresses and SVG files are left out and reported as warnings; the
 * writer never opens a network connection. The same input gives the same bytes: dates are fixed, the /ID and the font
 * subset names derive from the input.
 *
 * <p>Built on Flying Saucer 9.13.3 and OpenPDF 2.0.5, the last releases that run on Java 17. Everything but
 * {@code PdfWriter} and {@code PageSize} is internal to this package.
 *
 * <p>It must not fetch anything from the network or read files outside the report's folder.
 */
package org.metareport.render.pdf;
