/** Located errors and warnings shared by every stage: {@link org.metareport.problems.Where}, {@link org.metareport.problems.Problem}, {@link org.metareport.problems.InputException}. */
package org.metareport.problems;
