/**
 * Scaffold: {@code metareport init DIR}. Takes a folder and a review name; gives a review repository that runs as it
 * stands (a spec with commented keys, a coding workbook with sample rows and drop-down lists, PRISMA counts, a
 * risk-of-bias template, the GitHub workflow, {@code .gitignore} and a README). The text files are resources inside
 * the jar; the workbook is built with POI.
 *
 * <p>It must not overwrite anything: it refuses a folder that is not empty.
 */
package org.metareport.scaffold;
