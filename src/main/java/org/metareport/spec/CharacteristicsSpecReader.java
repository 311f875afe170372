package org.metareport.spec;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.metareport.problems.Where;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;

/**
 * Maps {@code characteristics:} to a {@link CharacteristicsSpec}: a list whose entries are column names, or
 * {@code {column: N, label: Sample size, summary: total}} ({@code summary}: auto | range | mean | total | counts |
 * none; default auto).
 */
final class CharacteristicsSpecReader {
    static final List<String> KEYS = List.of("column", "label", "summary");
    private static final String EXAMPLE = "characteristics: [Country, N, Duration, Delivery]";

    private CharacteristicsSpecReader() {}

    static Optional<CharacteristicsSpec> read(Context cx, Node value, Where where) {
        if (!(value instanceof SequenceNode list)) {
            cx.error(value, "'characteristics' must be a list of columns, e.g. " + EXAMPLE + ", not " + Nodes.describe(value));
            return Optional.empty();
        }
        if (list.getValue().isEmpty()) {
            cx.error(list, "'characteristics' is empty; list the columns of the table of included studies, e.g. " + EXAMPLE);
            return Optional.empty();
        }
        List<CharacteristicsSpec.Column> columns = new ArrayList<>();
        boolean ok = true;
        for (Node item : list.getValue()) {
            Optional<CharacteristicsSpec.Column> c = column(cx, item);
            if (c.isPresent()) columns.add(c.get());
            else ok = false;
        }
        DataSpecReader.duplicates(cx, columns.stream().map(CharacteristicsSpec.Column::column).toList(),
                "'characteristics'");
        if (!ok) return Optional.empty();
        return Optional.of(new CharacteristicsSpec(columns, where));
    }

    private static Optional<CharacteristicsSpec.Column> column(Context cx, Node item) {
        if (item instanceof ScalarNode sc) {
            if (Nodes.isNull(sc) || sc.getValue().isBlank()) {
                cx.error(item, "an entry of 'characteristics' is empty; give a column name, e.g. " + EXAMPLE);
                return Optional.empty();
            }
            return Optional.of(new CharacteristicsSpec.Column(new ColumnRef(sc.getValue(), cx.where(sc)), sc.getValue(),
                    CharacteristicsSpec.Summary.AUTO));
        }
        if (!(item instanceof MappingNode m)) {
            cx.error(item, "each entry of 'characteristics' must be a column name or {column: N, label: Sample size, "
                    + "summary: total}, not " + Nodes.describe(item));
            return Optional.empty();
        }
        Section s = new Section(cx, m, "an entry of 'characteristics'", "characteristics.", cx.where(m), KEYS);
        Optional<ColumnRef> column = s.requireColumn("column", "name the column, e.g. {column: N, summary: total}");
        Optional<String> label = s.text("label", "a heading", "label: Sample size");
        Optional<CharacteristicsSpec.Summary> summary = s.value("summary").isPresent()
                ? s.choice("summary", "summary", CharacteristicsSpec.Summary::find,
                        CharacteristicsSpec.Summary.choices(), w -> Optional.empty())
                : Optional.of(CharacteristicsSpec.Summary.AUTO);
        if (column.isEmpty() || summary.isEmpty() || (s.value("label").isPresent() && label.isEmpty()))
            return Optional.empty();
        return Optional.of(new CharacteristicsSpec.Column(column.get(), label.orElse(column.get().name()).strip(),
                summary.get()));
    }
}
