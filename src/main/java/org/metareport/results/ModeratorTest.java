package org.metareport.results;

/**
 * The omnibus test of moderators (metafor's QM): chi² with {@code df1} df for z tests, F(df1, df2) for t/knha.
 *
 * @param df2   null for chi²
 * @param r2    pseudo-R² in percent (null when it does not apply)
 */
public record ModeratorTest(String statistic, double value, int df1, Double df2, double p, Double r2) {}
