/**
 * The front door and the pipeline that joins the stages. {@link org.metareport.Metareport} is what the command line
 * and a library user call ({@code run}, {@code validate}, {@code verify}); {@code Pipeline} runs spec → data → effects
 * → models → results → figures → render → output, each step taking the previous step's immutable value, and
 * {@link org.metareport.Session} does the same warm, reusing the outputs of stages whose inputs did not change.
 *
 * <p>Takes a spec path and {@link org.metareport.RunOptions}; gives a {@link org.metareport.RunReport} and an output
 * folder. This package only wires stages together: it must not compute statistics, format numbers or write report
 * text itself (those belong to models, results and render), and no stage may import it back.
 */
package org.metareport;
