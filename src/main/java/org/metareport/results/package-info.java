/**
 * The results stage: plain records of everything a run computed ({@link org.metareport.results.Results}, our
 * document model, in the role of pandoc's AST) and their JSON form ({@link org.metareport.results.ResultsJson},
 * the contract's results.json). Takes fits from {@code models} ({@code ResultsAssembler} dispatches on the sealed
 * {@code ModelFit} and on {@link org.metareport.vocabulary.ModelKind}); gives values to {@code figures} and
 * {@code render}. It must not fit models or format numbers for a reader: downstream stages see only these records,
 * never {@code models}.
 */
package org.metareport.results;
