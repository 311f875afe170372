package org.metareport.spec;

import java.util.List;
import java.util.Optional;
import org.metareport.problems.Where;
import org.metareport.vocabulary.RiskOfBiasTool;
import org.snakeyaml.engine.v2.nodes.Node;

/**
 * Maps {@code risk_of_bias:} to a {@link RiskOfBiasSpec}: {@code {tool: jbi-rct | rob2 | robins-i | generic, data:
 * rob.csv, study: Study, domains: [...], overall: Overall, weight: N}}. {@code tool} and {@code data} are required;
 * {@code domains} only for {@code generic}; {@code study} defaults to the spec's {@code data.study}. The file must
 * exist; its columns and judgements are checked by the review stage.
 */
final class RiskOfBiasSpecReader {
    static final List<String> KEYS = List.of("tool", "data", "study", "domains", "overall", "weight");
    private static final String EXAMPLE = "risk_of_bias: {tool: rob2, data: data/rob.csv}";

    private RiskOfBiasSpecReader() {}

    /**
     * @param dataStudy the spec's {@code data.study}, the default study column; empty when {@code data:} is wrong
     */
    static Optional<RiskOfBiasSpec> read(Context cx, Node value, Where where, Optional<ColumnRef> dataStudy) {
        Optional<Section> found = Section.of(cx, value, "risk_of_bias", EXAMPLE, "'risk_of_bias'", "risk_of_bias.",
                where, KEYS);
        if (found.isEmpty()) return Optional.empty();
        Section s = found.get();
        Optional<RiskOfBiasTool> tool = s.value("tool").isPresent()
                ? s.choice("tool", "risk-of-bias tool", RiskOfBiasTool::find, RiskOfBiasTool.choices(), RiskOfBiasTool::hint)
                : missing(s, "tool", "name the tool, e.g. tool: rob2 (one of " + RiskOfBiasTool.choices() + ")");
        Optional<Source> data = s.value("data").isPresent()
                ? DataSpecReader.source(cx, s, "data")
                : missing(s, "data", "name the file with one row per study, e.g. data: data/rob.csv");
        Optional<ColumnRef> study = s.value("study").flatMap(v -> s.column(v, s.name("study"), "study: Study"));
        Optional<ColumnRef> overall = s.value("overall").flatMap(v -> s.column(v, s.name("overall"), "overall: Overall"));
        Optional<ColumnRef> weight = s.value("weight").flatMap(v -> s.column(v, s.name("weight"), "weight: N"));
        Optional<List<ColumnRef>> domains = s.columns("domains", "domains: [D1, D2, D3]");
        boolean ok = true;
        if (tool.isPresent()) ok = domains(cx, s, tool.get(), domains);
        if (tool.orElse(null) == RiskOfBiasTool.JBI_RCT && overall.isPresent()) {
            cx.error(overall.get().where(), "the JBI checklist has no overall judgement (a study's score is its number "
                    + "of 'yes'); remove 'overall'");
            ok = false;
        }
        if (tool.isEmpty() || data.isEmpty() || !ok || (s.value("domains").isPresent() && domains.isEmpty()))
            return Optional.empty();
        ColumnRef studyColumn = study.orElseGet(() -> new ColumnRef(dataStudy.map(ColumnRef::name).orElse("Study"), where));
        return Optional.of(new RiskOfBiasSpec(tool.get(), data.get(), studyColumn, domains.orElse(List.of()),
                overall.orElse(null), weight.orElse(null), where));
    }

    /** Checks the number of domain columns against the tool; generic needs them. */
    private static boolean domains(Context cx, Section s, RiskOfBiasTool tool, Optional<List<ColumnRef>> domains) {
        if (tool == RiskOfBiasTool.GENERIC) {
            if (s.value("domains").isEmpty()) {
                s.missing("domains", "tool: generic needs the domain columns in order, e.g. domains: [Selection, "
                        + "Performance, Detection, Attrition, Reporting]");
                return false;
            }
            if (domains.isPresent() && domains.get().isEmpty()) {
                cx.error(s.value("domains").orElseThrow(), "'risk_of_bias.domains' is empty; list the domain columns "
                        + "in order, e.g. domains: [Selection, Performance, Detection]");
                return false;
            }
        } else if (domains.isPresent()) {
            int expected = tool.domains().size();
            if (domains.get().size() != expected) {
                cx.error(s.value("domains").orElseThrow(), String.format(java.util.Locale.ROOT, "tool: %s has %d %s, "
                        + "but 'risk_of_bias.domains' lists %d column%s; list one column per %s in order, or remove "
                        + "'domains' to find them by their headings (%s)", tool.spelling(), expected,
                        tool.scored() ? "items" : "domains", domains.get().size(), domains.get().size() == 1 ? "" : "s",
                        tool.scored() ? "item" : "domain", tool.scored() ? "1 to 13" : "D1 to D" + expected));
                return false;
            }
        }
        if (domains.isPresent()) DataSpecReader.duplicates(cx, domains.get(), "'risk_of_bias.domains'");
        return true;
    }

    private static <T> Optional<T> missing(Section s, String key, String hint) {
        s.missing(key, hint);
        return Optional.empty();
    }
}
