/**
 * Located errors and warnings shared by every stage: {@link org.metareport.problems.Where},
 * {@link org.metareport.problems.Problem}, {@link org.metareport.problems.InputException}. A stage that finds bad input
 * throws one {@code InputException} listing every problem at its {@code file:line:column}; the command line prints it
 * as {@code error: ...} and exits 2. A leaf: it depends on no other metareport package, and must not print or exit.
 */
package org.metareport.problems;
