/**
 * {@link org.metareport.parallel.Parallel}: independent work of one run spread over the machine's cores, values in
 * the order given. The pipeline uses it directly; the pure stages (figures) get it as a {@code Jobs} argument; the data
 * reader uses it for the sheets of one workbook.
 */
package org.metareport.parallel;
