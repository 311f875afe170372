/**
 * The spec stage: reads {@code analysis.yaml} and gives a validated, immutable {@link org.metareport.spec.Spec}.
 *
 * <p>Takes a path; gives a {@code Spec} (with {@link org.metareport.spec.DataSpec}, {@link org.metareport.spec.EffectSpec},
 * {@link org.metareport.spec.AnalysisSpec} and {@link org.metareport.spec.ReportSpec}) whose every default is filled in,
 * or throws one {@link org.metareport.problems.InputException} listing every problem, each at its
 * {@code file:line:column}. The YAML is composed with SnakeYAML Engine (nodes keep their marks) and mapped by hand:
 * duplicate and unknown keys, wrong types, missing keys and invalid choices are all reported at the node they concern.
 * Column names become {@link org.metareport.spec.ColumnRef}s carrying where they were written, so the data stage
 * can report a missing column there; this stage does not open the data files, it only checks that they exist.
 *
 * <p>Front door: {@link org.metareport.spec.SpecReader#read(java.nio.file.Path, String)}. Everything else here is
 * package-private except the records.
 *
 * <p>It must not read data files or fit anything; rules about the data (columns, levels) are checked by the data stage.
 */
package org.metareport.spec;
