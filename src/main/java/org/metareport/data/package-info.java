/**
 * The data stage: takes the spec's {@code data:} block ({@link org.metareport.spec.DataSpec}) and gives a
 * {@link org.metareport.data.Dataset}: the effects table, filtered, with the studies table joined on, every cell a
 * trimmed string or null (missing) that knows its file and row.
 *
 * <ul>
 *   <li>{@link org.metareport.data.TableReader} reads one file into a {@link org.metareport.data.Table}, choosing
 *       the reader by extension: {@code CsvSource} (UTF-8, RFC 4180) or {@code XlsxSource} (a worksheet, by POI; an .xlsx sheet is streamed by {@code XlsxStreamReader}).</li>
 *   <li>{@link org.metareport.data.Dataset#read} filters ({@code exclude:}/{@code include:}), joins
 *       ({@code StudiesJoiner}) and checks the named columns; {@link org.metareport.data.Dataset#checkColumns}
 *       checks any further column names (effect columns, moderators, levels) with "did you mean" hints.</li>
 *   <li>{@link org.metareport.data.CellReader} reads numbers, counts, flags and text, reporting each bad cell as
 *       {@code error: data/findings.csv:14: column 'Treatment.N' is 'abc'; expected a number}.</li>
 * </ul>
 *
 * Row numbers count the header as row 1 (for a CSV file, records: a quoted line break stays in its row; for a
 * worksheet, the sheet's own row numbers). Bad input is an {@link org.metareport.problems.InputException} holding
 * every problem found in a step; nothing here prints or exits.
 *
 * <p>It must not compute effect sizes or know about models; it hands on cells, not numbers.
 */
package org.metareport.data;
