/**
 * The vocabulary every stage shares, in the field's own words: effect-size measures ({@link
 * org.metareport.vocabulary.Measure}, metafor's {@code escalc}), τ² estimators ({@link
 * org.metareport.vocabulary.Method}), model kinds, test statistics, cluster-robust variance types, the options of the
 * bias methods, and risk-of-bias tools and judgements. A leaf: it depends on no other metareport package, so the
 * spec reader, the models, the effects, the review artefacts and the results can all name these closed sets without
 * depending on each other ({@code PackageCyclesTest} keeps it so).
 *
 * <p>It must hold only closed sets and their spellings: no behaviour that needs another stage's types.
 */
package org.metareport.vocabulary;
