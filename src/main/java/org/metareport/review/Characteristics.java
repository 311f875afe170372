package org.metareport.review;

import org.metareport.problems.Visible;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.metareport.data.Dataset;
import org.metareport.data.Table;
import org.metareport.format.Apa;
import org.metareport.problems.InputException;
import org.metareport.problems.Problems;
import org.metareport.results.CharacteristicsResult;
import org.metareport.spec.CharacteristicsSpec;
import org.metareport.spec.ColumnRef;

/**
 * Builds the table of characteristics of included studies from the data the analyses use (the effects with the
 * studies joined on, after {@code exclude:}/{@code include:}): one row per study, in order of first appearance, and a
 * summary of each column across studies.
 *
 * <p>A study's rows usually agree on a study-level column; where they differ (a sample size per outcome, two
 * programmes), the cell lists the values (numbers as a range), and a warning says so. Numbers are summarised by their
 * range, the mean of the studies' means and the total of each study's largest value; text by the number of studies
 * with each value.
 */
public final class Characteristics {
    private static final Pattern NUMBER = Pattern.compile("[+-]?(?:\\d+\\.?\\d*|\\.\\d+)(?:[eE][+-]?\\d+)?");
    static final String DASH = "\u2013";

    private Characteristics() {}

    /**
     * @param study the study column ({@code data.study})
     * @throws InputException naming each column the data lacks, or a summary that does not fit a text column
     */
    public static CharacteristicsResult summarise(CharacteristicsSpec spec, Dataset data, ColumnRef study) {
        Problems problems = new Problems();
        List<ColumnRef> wanted = new ArrayList<>();
        wanted.add(study);
        for (CharacteristicsSpec.Column c : spec.columns()) wanted.add(c.column());
        data.checkColumns(wanted, problems);
        problems.throwIfAny();

        Table table = data.table();
        Map<String, List<Table.Row>> byStudy = new LinkedHashMap<>();
        for (Table.Row row : table.rows()) {
            String name = table.cell(row, study.name());
            if (name != null) byStudy.computeIfAbsent(name, k -> new ArrayList<>()).add(row);
        }
        List<String> studies = new ArrayList<>(byStudy.keySet());
        List<List<String>> cells = new ArrayList<>();
        for (int i = 0; i < studies.size(); i++) cells.add(new ArrayList<>());
        List<CharacteristicsResult.Column> columns = new ArrayList<>();
        List<String> warnings = new ArrayList<>();
        for (CharacteristicsSpec.Column c : spec.columns()) {
            List<List<String>> values = new ArrayList<>();                  // per study, distinct, in order
            for (String s : studies) values.add(distinct(table, byStudy.get(s), c.column().name()));
            boolean numeric = values.stream().flatMap(List::stream).allMatch(v -> NUMBER.matcher(v).matches())
                    && values.stream().anyMatch(v -> !v.isEmpty());
            String summary = summary(c, numeric, values, problems);
            columns.add(numeric ? numberColumn(c, summary, values) : textColumn(c, summary, values));
            for (int i = 0; i < studies.size(); i++) cells.get(i).add(cell(values.get(i), numeric));
            warning(c, numeric, studies, values).ifPresent(warnings::add);
        }
        problems.throwIfAny();
        List<CharacteristicsResult.Row> rows = new ArrayList<>();
        for (int i = 0; i < studies.size(); i++) rows.add(new CharacteristicsResult.Row(studies.get(i), cells.get(i)));
        return new CharacteristicsResult(studies.size(), columns, rows, warnings);
    }

    /** The distinct non-missing values of a column over a study's rows; numbers equal in value count once. */
    private static List<String> distinct(Table table, List<Table.Row> rows, String column) {
        List<String> out = new ArrayList<>();
        for (Table.Row r : rows) {
            String v = table.cell(r, column);
            if (v == null) continue;
            if (out.stream().noneMatch(o -> same(o, v))) out.add(v);
        }
        return out;
    }

    private static boolean same(String a, String b) {
        if (a.equals(b)) return true;
        return NUMBER.matcher(a).matches() && NUMBER.matcher(b).matches()
                && Double.parseDouble(a) == Double.parseDouble(b);
    }

    private static String summary(CharacteristicsSpec.Column c, boolean numeric, List<List<String>> values,
                                  Problems problems) {
        CharacteristicsSpec.Summary s = c.summary();
        if (s == CharacteristicsSpec.Summary.AUTO) return numeric ? "range" : "counts";
        boolean needsNumbers = s == CharacteristicsSpec.Summary.RANGE || s == CharacteristicsSpec.Summary.MEAN
                || s == CharacteristicsSpec.Summary.TOTAL;
        if (needsNumbers && !numeric) {
            String example = values.stream().flatMap(List::stream).filter(v -> !NUMBER.matcher(v).matches())
                    .findFirst().orElse("");
            problems.add(c.column().where(), "column '%s' holds text%s, so summary: %s does not apply; use counts or "
                    + "none", c.column().name(), example.isEmpty() ? " (or nothing)" : " (e.g. " + Visible.quote(example) + ")",
                    s.spelling());
        }
        return s.spelling();
    }

    private static CharacteristicsResult.Column numberColumn(CharacteristicsSpec.Column c, String summary,
                                                             List<List<String>> values) {
        double min = Double.POSITIVE_INFINITY, max = Double.NEGATIVE_INFINITY, sumOfMeans = 0, total = 0;
        String minText = null, maxText = null;
        int studies = 0, varying = 0;
        for (List<String> vs : values) {
            if (vs.isEmpty()) continue;
            studies++;
            if (vs.size() > 1) varying++;
            double studyMax = Double.NEGATIVE_INFINITY, studySum = 0;
            for (String v : vs) {
                double x = Double.parseDouble(v);
                if (x < min) { min = x; minText = Apa.shortest(x); }
                if (x > max) { max = x; maxText = Apa.shortest(x); }
                studyMax = Math.max(studyMax, x);
                studySum += x;
            }
            sumOfMeans += studySum / vs.size();
            total += studyMax;
        }
        return new CharacteristicsResult.Column(c.column().name(), c.label(), "number", summary, studies,
                min, max, sumOfMeans / studies, total, minText, maxText,
                summary.equals("counts") ? levels(values) : List.of(), varying);
    }

    private static CharacteristicsResult.Column textColumn(CharacteristicsSpec.Column c, String summary,
                                                           List<List<String>> values) {
        int studies = (int) values.stream().filter(v -> !v.isEmpty()).count();
        int varying = (int) values.stream().filter(v -> v.size() > 1).count();
        return new CharacteristicsResult.Column(c.column().name(), c.label(), "text", summary, studies, null, null,
                null, null, null, null, levels(values), varying);
    }

    /** Each value with its number of studies, most frequent first, ties in order of first appearance. */
    private static List<CharacteristicsResult.Level> levels(List<List<String>> values) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        Map<String, Integer> order = new HashMap<>();                   // lookup only
        for (List<String> vs : values)
            for (String v : vs) {
                counts.merge(v, 1, Integer::sum);
                order.putIfAbsent(v, order.size());
            }
        List<CharacteristicsResult.Level> out = new ArrayList<>();
        counts.forEach((v, n) -> out.add(new CharacteristicsResult.Level(v, n)));
        out.sort(Comparator.comparingInt((CharacteristicsResult.Level l) -> -l.studies())
                .thenComparingInt(l -> order.get(l.value())));
        return out;
    }

    private static String cell(List<String> values, boolean numeric) {
        if (values.isEmpty()) return "";
        if (values.size() == 1) return values.get(0);
        if (!numeric) return String.join("; ", values);
        String lo = values.get(0), hi = values.get(0);
        for (String v : values) {
            if (Double.parseDouble(v) < Double.parseDouble(lo)) lo = v;
            if (Double.parseDouble(v) > Double.parseDouble(hi)) hi = v;
        }
        return lo + DASH + hi;
    }

    private static java.util.Optional<String> warning(CharacteristicsSpec.Column c, boolean numeric,
                                                      List<String> studies, List<List<String>> values) {
        int first = -1, varying = 0;
        for (int i = 0; i < values.size(); i++)
            if (values.get(i).size() > 1) {
                varying++;
                if (first < 0) first = i;
            }
        if (varying == 0) return java.util.Optional.empty();
        return java.util.Optional.of(String.format(Locale.ROOT, "characteristics: column '%s' differs between the rows "
                + "of %d %s (e.g. %s: %s); the table shows %s%s", c.column().name(), varying,
                varying == 1 ? "study" : "studies", Visible.quote(studies.get(first)),
                values.get(first).stream().limit(5).map(Visible::excerpt).collect(java.util.stream.Collectors.joining(", "))
                        + (values.get(first).size() > 5 ? ", …" : ""),
                numeric ? "the range" : "each value",
                numeric ? ", and a total counts each study's largest value" : ""));
    }
}
