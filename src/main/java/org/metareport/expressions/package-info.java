/**
 * R-like expressions for {@code data.derive}, {@code data.include}/{@code exclude} and an analysis's {@code where:}:
 * {@code ifelse(is.na(`Duration (weeks)`), 0, `Duration (weeks)` >= 12)}. Takes the expression text and where it was
 * written; gives a compiled {@link org.metareport.expressions.Expression} that evaluates one row at a time, with R's
 * missing values ({@code NA} propagates through arithmetic and comparisons).
 *
 * <p>Parsing and evaluation are Apache Commons JEXL 3's, behind a sandbox: {@link org.metareport.expressions.RSource}
 * first reads the R text with its own small lexer and lets through only literals, column names, the whitelisted
 * functions of {@link org.metareport.expressions.RFunctions} and R's operators, so the JEXL text it hands on can
 * reach no class, method, property or constructor; the engine is then built with every scripting feature off
 * (loops, lambdas, side effects, {@code new}, method calls, literals of collections) and with permissions that admit
 * only this package's two classes. Depends on {@code problems} only.
 *
 * <p>It must not reach Java: an expression can read its row's cells and call the whitelisted functions, nothing else.
 */
package org.metareport.expressions;
