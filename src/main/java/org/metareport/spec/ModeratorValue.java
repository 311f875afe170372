package org.metareport.spec;

import org.metareport.problems.Where;

/**
 * A moderator held at a value, as written under {@code center.values} or {@code marginal_means.at}: a number for a
 * numeric moderator ({@code Duration: 12}), one of its levels for a categorical one ({@code Delivery: human}). Which of
 * the two the column is shows only in the data, so the value is checked when the analysis is fitted, at {@code where}.
 */
public record ModeratorValue(String column, String value, Where where) {}
