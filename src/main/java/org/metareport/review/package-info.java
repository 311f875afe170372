/**
 * The systematic-review stage: what a review reports beside its meta-analyses. Takes the spec's
 * {@link org.metareport.spec.PrismaSpec}, {@link org.metareport.spec.RiskOfBiasSpec} and
 * {@link org.metareport.spec.CharacteristicsSpec} (with the data stage's tables) and gives the results records
 * {@link org.metareport.results.PrismaResult}, {@link org.metareport.results.RiskOfBiasResult} and
 * {@link org.metareport.results.CharacteristicsResult}, which the figures, templates and results.json show.
 *
 * <ul>
 * <li>{@link org.metareport.review.Prisma#check}: the PRISMA 2020 arithmetic (every mismatch an error naming the
 *     boxes and their numbers; reasons for exclusion that fall short of the total a warning, or an error when strict);
 *     counts that follow from the others are filled in.</li>
 * <li>{@link org.metareport.review.RiskOfBias#read}: a risk-of-bias file checked cell by cell against its
 *     {@link org.metareport.vocabulary.RiskOfBiasTool} ({@link org.metareport.vocabulary.Judgement}s), a checklist scored, each
 *     domain's judgements counted (optionally weighted).</li>
 * <li>{@link org.metareport.review.Characteristics#summarise}: the table of included studies and its summary.</li>
 * </ul>
 * Bad input is an {@link org.metareport.problems.InputException} with every problem at its file, row and column or
 * its place in the spec. Nothing here draws or writes files.
 *
 * <p>It must not fit models (the models stage does) or format numbers for the report (render does).
 */
package org.metareport.review;

import org.metareport.vocabulary.Judgement;

import org.metareport.vocabulary.RiskOfBiasTool;
