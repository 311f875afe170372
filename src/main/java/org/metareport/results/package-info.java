/**
 * The results stage: plain records of everything a run computed ({@link org.metareport.results.Results}, our
 * document model, in the role of pandoc's AST) and their JSON form ({@link org.metareport.results.ResultsJson},
 * the contract's results.json). Takes fits from {@code models}; gives values to {@code render}.
 */
package org.metareport.results;
