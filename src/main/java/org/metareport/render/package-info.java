/**
 * The render stage: results in, manuscript text out. {@link org.metareport.render.Manuscript} runs the Freemarker
 * templates ({@code templates/*.ftl}, or a spec's own) on a sandboxed configuration ({@code TemplateSandbox}: no Java,
 * no files outside the template folder, a time budget) to give Markdown; {@code HtmlWriter} turns that into one HTML
 * page (flexmark) and {@code render.pdf} / {@code render.docx} into PDF and Word. Table numbers are assigned once, in
 * document order, by {@code TableSet}; what the Methods section says once and what per analysis by
 * {@code MethodSettings}; figure numbers come with the figures.
 *
 * <p>Takes {@link org.metareport.results.Results} and the figures already drawn; hands text and bytes to
 * {@code output}. It must not compute or re-fit anything: templates only choose and format values (every number
 * through {@code fmt}, every {@code ${...}} Markdown-escaped), and this package never imports {@code models}. No
 * template line is longer than 160 characters ({@code TemplateLinesTest}).
 */
package org.metareport.render;
