package org.metareport.spec;

import java.nio.file.Path;
import org.metareport.problems.Where;

/**
 * A data file named in the spec: {@code effects: data/findings.csv} or {@code {file: coding.xlsx, sheet: Findings}}.
 *
 * @param path   resolved against the spec's folder
 * @param shown  the path as reached from the working directory: the spec's path as given joined with the path
 *               written in the spec (used in messages)
 * @param sheet  the worksheet of an .xlsx file, or null (first sheet)
 */
public record Source(Path path, String shown, String sheet, Where where) {}
