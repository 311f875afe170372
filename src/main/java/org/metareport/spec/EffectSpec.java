package org.metareport.spec;

import java.util.Map;
import org.metareport.vocabulary.Measure;
import org.metareport.problems.Where;

/**
 * The {@code effect:} block.
 *
 * @param columns  metafor argument name (m1i, sd1i, n1i, ai, ri, yi, vi, sei, ...) → column; insertion-ordered
 * @param pre      optional pre-test columns (m1i, sd1i, m2i, sd2i, and optionally n1i, n2i); empty when absent
 * @param reported optional column holding a reported effect used where present; null when absent
 * @param cluster  optional; null when absent
 * @param reverse  optional column; rows where it is 1/true get yi = −yi; null when absent
 * @param interval how measure PRE reads {@code yi}, {@code ci.lb} and {@code ci.ub}: the interval's level and whether
 *                 they are ratios whose logs are analysed; {@link Interval#DEFAULT} when not written
 */
public record EffectSpec(Measure measure, Map<String, ColumnRef> columns, Map<String, ColumnRef> pre,
                         ColumnRef reported, ClusterSpec cluster, ColumnRef reverse, Interval interval, Where where) {
    /**
     * {@code effect.ratio} and {@code effect.ci_level} for precomputed estimates given with a confidence interval.
     *
     * @param ratio   the estimate and its bounds are ratios (hazard, odds, risk ratios): their natural logs are analysed
     * @param level   the interval's confidence level in percent
     */
    public record Interval(boolean ratio, double level) {
        public static final Interval DEFAULT = new Interval(false, 95);
    }

    public EffectSpec {
        columns = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(columns));
        pre = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(pre));
    }
}
