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
 * @param transform how estimates are reported ({@code effect.transform}); the measure's default when not given
 */
public record EffectSpec(Measure measure, Map<String, ColumnRef> columns, Map<String, ColumnRef> pre,
                         ColumnRef reported, ClusterSpec cluster, ColumnRef reverse, EffectTransform transform,
                         Where where) {
    public EffectSpec {
        columns = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(columns));
        pre = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(pre));
        if (transform == null) transform = EffectTransform.defaultFor(measure);
    }
}
