/**
 * The command line (picocli): {@code metareport run | validate | verify | diff | init | watch | bench}.
 * Each command parses its options, calls the front door ({@link org.metareport.Metareport}) or a stage's public
 * entry, and maps the outcome to an exit code: 0 done, 2 bad input (an {@code error: file:line:col: ...} line on
 * stderr, never a stack trace), 1 an internal error.
 *
 * <p>Takes arguments; gives exit codes and console text. It must stay thin: no statistics, no spec reading of its
 * own, no report text; nothing else in metareport imports this package.
 */
package org.metareport.cli;
