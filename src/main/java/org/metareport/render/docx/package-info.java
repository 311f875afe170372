/**
 * Word output: the manuscript's Markdown in, reproducible {@code report.docx} bytes out
 * ({@link org.metareport.render.docx.DocxWriter}).
 *
 * <p>flexmark-java parses the Markdown (as for the HTML); {@link org.metareport.render.docx.Wml} writes the
 * WordprocessingML directly (until stop 24 Apache POI's XWPF did, whose XML object model took 0.3–0.6 s of a run to
 * start; the markup is the same): Word's heading and caption styles, Word tables with repeated header rows, figures as
 * embedded PNG with alt text, {@code SEQ} fields for table and figure numbers, A4 or Letter pages with 2.54 cm
 * margins and a page number. Fonts are Word's defaults (Calibri). The package is loaded only when a run writes docx.
 * Everything but {@code DocxWriter} is internal to this package.
 *
 * <p>It must not re-run templates: it reads the Markdown the render stage wrote.
 */
package org.metareport.render.docx;
