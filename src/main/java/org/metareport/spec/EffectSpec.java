package org.metareport.spec;

import java.util.Map;
import org.metareport.vocabulary.EffectTransform;
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
 * @param sources  the order in which each row's effect is sought ({@code effect.sources}): {@code reported},
 *                 {@code pre_post}, {@code post}; the first that can be computed for a row wins. Default: those
 *                 configured, in that order (the school-based authors' order)
 * @param disagreement warn when two sources available for a row give yi differing by more than this; null = no check
 * @param precomputed {@code effect.precomputed}: the columns of an effect given per row on the analysis scale,
 *                 {@code yi} with {@code vi} or {@code sei} (source {@code yi_vi}); empty when absent
 * @param transform how estimates are reported ({@code effect.transform}); the measure's default when not given
 * @param alternative {@code effect.alternative}: a second measure's columns on the same scale (e.g. change scores
 *                 or adjusted means; source {@code alternative}); null when absent
 */
public record EffectSpec(Measure measure, Map<String, ColumnRef> columns, Map<String, ColumnRef> pre,
                         ColumnRef reported, ClusterSpec cluster, ColumnRef reverse, Interval interval,
                         java.util.List<String> sources, Double disagreement, Map<String, ColumnRef> precomputed,
                         EffectTransform transform, Alternative alternative, Where where) {
    /** The sources a spec may list, in the default order. */
    public static final java.util.List<String> SOURCES = java.util.List.of("reported", "pre_post", "post",
            "alternative", "yi_vi");

    /**
     * {@code effect.alternative}: a second set of columns for the same measure (metafor's argument names), used as
     * source {@code alternative} where its inputs are present.
     *
     * @param measure the alternative's measure; on the same scale as {@code effect.measure} (the reader checks)
     * @param columns metafor argument name → column; insertion-ordered
     */
    public record Alternative(Measure measure, Map<String, ColumnRef> columns) {
        public Alternative {
            columns = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(columns));
        }
    }

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
        precomputed = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(
                precomputed == null ? Map.of() : precomputed));
        if (sources == null || sources.isEmpty()) {
            java.util.List<String> d = new java.util.ArrayList<>();
            if (reported != null) d.add("reported");
            if (!pre.isEmpty()) d.add("pre_post");
            d.add("post");
            if (alternative != null) d.add("alternative");
            if (!precomputed.isEmpty()) d.add("yi_vi");      // where no other source can be computed
            sources = d;
        }
        sources = java.util.List.copyOf(sources);
        if (interval == null) interval = Interval.DEFAULT;
        if (transform == null) transform = EffectTransform.defaultFor(measure);
    }

    /** Today's order (reported, pre_post, post), no disagreement check. */
    public EffectSpec(Measure measure, Map<String, ColumnRef> columns, Map<String, ColumnRef> pre,
                      ColumnRef reported, ClusterSpec cluster, ColumnRef reverse, Where where) {
        this(measure, columns, pre, reported, cluster, reverse, Interval.DEFAULT, null, null, null, null, null, where);
    }
}
