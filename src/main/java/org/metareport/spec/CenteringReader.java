package org.metareport.spec;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;

/**
 * Reads an analysis's {@code center:} (true, false, or {@code {at: analysed | all_rows, values: {column: value}}}) and
 * {@code marginal_means:} (a column, or {@code {by: column, others: centred | all_rows_means | reference,
 * at: {column: value}}}). Which values fit which column (a number, or one of its levels) is checked when the analysis
 * is fitted, since only the data tell a numeric moderator from a categorical one.
 */
final class CenteringReader {
    static final List<String> CENTER_KEYS = List.of("at", "values");
    static final List<String> MEANS_KEYS = List.of("by", "others", "at");

    private CenteringReader() {}

    static CenterSpec center(Context cx, Section s, List<Term> moderators) {
        Optional<Node> v = s.value("center");
        if (v.isEmpty()) return CenterSpec.NONE;
        if (!(v.get() instanceof MappingNode m)) return CenterSpec.of(s.flag("center").orElse(false), s.keyWhere("center"));
        Section c = new Section(cx, m, "'center'", "center.", s.keyWhere("center"), CENTER_KEYS);
        CenterSpec.At at = c.value("at").isPresent()
                ? c.choice("at", "'center.at' value", CenterSpec.At::find, CenterSpec.At.choices(),
                        w -> Optional.of("analysed: the rows the model fits; all_rows: every row with an effect size "
                                + "after the data filters")).orElse(CenterSpec.At.ANALYSED)
                : CenterSpec.At.ANALYSED;
        List<ModeratorValue> values = values(cx, c, "values", moderators, null, "values: {Duration: 12}");
        return new CenterSpec(true, at, values, s.keyWhere("center"));
    }

    static Optional<MarginalMeansSpec> marginalMeans(Context cx, Section s, List<Term> moderators) {
        Optional<Node> v = s.value("marginal_means");
        if (v.isEmpty()) return Optional.empty();
        if (!(v.get() instanceof MappingNode m)) return s.column("marginal_means").map(MarginalMeansSpec::of);
        Section mm = new Section(cx, m, "'marginal_means'", "marginal_means.", s.keyWhere("marginal_means"), MEANS_KEYS);
        Optional<ColumnRef> by = mm.requireColumn("by", "name the categorical moderator whose levels get a mean, e.g. "
                + "marginal_means: {by: Delivery, others: reference}");
        MarginalMeansSpec.Others others = mm.value("others").isPresent()
                ? mm.choice("others", "'marginal_means.others' value", MarginalMeansSpec.Others::find,
                        MarginalMeansSpec.Others.choices(), w -> Optional.empty()).orElse(null)
                : MarginalMeansSpec.Others.CENTRED;
        List<ModeratorValue> at = values(cx, mm, "at", moderators, by.map(ColumnRef::name).orElse(null),
                "at: {Longduration: 0}");
        if (others == MarginalMeansSpec.Others.CENTRED && mm.value("at").isPresent()) {
            cx.error(mm.keyWhere("at"), "'marginal_means.at' holds other moderators at chosen values, but 'others: "
                    + "centred' holds them where the model is centred; write others: reference or others: "
                    + "all_rows_means beside 'at', or centre the model at those values with center: {values: {...}}");
        }
        if (by.isEmpty() || others == null) return Optional.empty();
        return Optional.of(new MarginalMeansSpec(by.get(), others, at));
    }

    /** {@code column: value} pairs; each column a moderator of the analysis (and not {@code excluded}), once. */
    private static List<ModeratorValue> values(Context cx, Section s, String key, List<Term> moderators, String excluded,
                                               String example) {
        List<ModeratorValue> out = new ArrayList<>();
        Optional<Node> v = s.value(key);
        if (v.isEmpty()) return out;
        String name = s.name(key);
        if (!(v.get() instanceof MappingNode m)) {
            cx.error(v.get(), name + " must map moderators to values, e.g. " + example + ", not "
                    + Nodes.describe(v.get()));
            return out;
        }
        Set<String> columns = new LinkedHashSet<>();
        for (Term t : moderators) for (ColumnRef c : t.columns()) columns.add(c.name());
        Set<String> seen = new LinkedHashSet<>();
        for (NodeTuple t : m.getValue()) {
            if (!(t.getKeyNode() instanceof ScalarNode k)) {
                cx.error(t.getKeyNode(), "a key of " + name + " must be a moderator's name, not "
                        + Nodes.describe(t.getKeyNode()));
                continue;
            }
            String column = k.getValue();
            if (!seen.add(column)) {
                cx.error(k, name + " names " + Nodes.quote(column) + " twice; keep one value");
                continue;
            }
            if (column.equals(excluded)) {
                cx.error(k, name + " names " + Nodes.quote(column) + ", the moderator whose levels get a mean; "
                        + "list only the other moderators there");
                continue;
            }
            if (!columns.contains(column)) {
                String close = Spelling.closest(column, columns).map(c -> " (did you mean '" + c + "'?)").orElse("");
                cx.error(k, name + " names " + Nodes.quote(column) + ", which is not a moderator of this analysis"
                        + close + (columns.isEmpty() ? "; add it to 'moderators'"
                        : "; its moderators are " + String.join(", ", columns)));
                continue;
            }
            Node value = t.getValueNode();
            if (!(value instanceof ScalarNode sv) || Nodes.isNull(value) || sv.getValue().isBlank()) {
                cx.error(value, name + "." + column + " must be one number (numeric moderator) or one level "
                        + "(categorical moderator), e.g. " + column + ": 12, not " + Nodes.describe(value));
                continue;
            }
            out.add(new ModeratorValue(column, sv.getValue().trim(), cx.where(value)));
        }
        return out;
    }
}
