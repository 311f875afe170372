package org.metareport.spec;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.metareport.vocabulary.Method;
import org.metareport.vocabulary.ModelKind;
import org.metareport.vocabulary.RveWeights;
import org.metareport.vocabulary.TestKind;
import org.metareport.vocabulary.VcovType;
import org.metareport.expressions.Expression;
import org.metareport.problems.Where;

/**
 * One entry under {@code analyses:}, with every default filled in. Built only by {@link SpecReader}; valid once
 * constructed.
 *
 * @param title      the analysis's name in headings and captions ({@code title:}), or null to use the id
 * @param method     for {@code model: fixed} always {@link Method#FE}
 * @param levels     multilevel: outer to inner; empty otherwise
 * @param robust     CR0 | CR1 | CR2 (clubSandwich's vcovCR types offered in a spec), or null
 * @param moderators terms in the order written: a column, or an interaction {@code a:b}; each column located
 * @param reference  categorical moderator column → reference level; insertion-ordered
 * @param level      confidence level in percent (default 95)
 * @param subgroup   column, or null
 * @param center     whether and where the moderators are centred ({@link CenterSpec#NONE} when not)
 * @param marginalMeans the marginal means asked for, or null
 * @param bias       publication-bias methods to run, or null
 * @param sensitivity sensitivity analyses to run, or null
 * @param weights    model: rve only: CORR (default) or HIER, robumeta's modelweights; null otherwise
 * @param subset     the analysis's {@code where:} expression (metafor's {@code subset}): only rows where it is TRUE
 *                   are analysed; null = every row
 * @param figures    the optional figures asked for ({@code figures:}); {@link FiguresSpec#DEFAULT} when not written
 */
public record AnalysisSpec(String id, String title, ModelKind model, Method method, TestKind test, List<ColumnRef> levels,
                           double rho, VcovType robust, List<Term> moderators, Map<String, String> reference,
                           CenterSpec center, double level, ColumnRef subgroup, MarginalMeansSpec marginalMeans,
                           BiasSpec bias, SensitivitySpec sensitivity, RveWeights weights, Expression subset,
                           Where where, FiguresSpec figures) {
    public AnalysisSpec {
        if (figures == null) figures = FiguresSpec.DEFAULT;
        if (center == null) center = CenterSpec.NONE;
        levels = List.copyOf(levels);
        moderators = List.copyOf(moderators);
        reference = Collections.unmodifiableMap(new LinkedHashMap<>(reference));
    }

    /** An analysis of every row (no {@code where:}), without a title (headings use its id), every figure default. */
    public AnalysisSpec(String id, ModelKind model, Method method, TestKind test, List<ColumnRef> levels,
                        double rho, VcovType robust, List<Term> moderators, Map<String, String> reference,
                        boolean center, double level, ColumnRef subgroup, ColumnRef marginalMeans,
                        BiasSpec bias, SensitivitySpec sensitivity, RveWeights weights, Where where) {
        this(id, null, model, method, test, levels, rho, robust, moderators, reference, CenterSpec.of(center, where),
                level, subgroup, marginalMeans == null ? null : MarginalMeansSpec.of(marginalMeans), bias, sensitivity,
                weights, null, where, FiguresSpec.DEFAULT);
    }

    /** True when the moderators are centred (at means or at given values). */
    public boolean centered() {
        return center.on();
    }
}
