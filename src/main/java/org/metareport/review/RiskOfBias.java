package org.metareport.review;

import org.metareport.problems.Visible;
import org.metareport.vocabulary.Judgement;

import org.metareport.vocabulary.RiskOfBiasTool;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.metareport.data.CellReader;
import org.metareport.data.Dataset;
import org.metareport.data.Table;
import org.metareport.data.TableReader;
import org.metareport.problems.InputException;
import org.metareport.problems.Problems;
import org.metareport.problems.Where;
import org.metareport.results.RiskOfBiasResult;
import org.metareport.spec.Spelling;
import org.metareport.spec.ColumnRef;
import org.metareport.spec.RiskOfBiasSpec;

/**
 * Reads a risk-of-bias file (one row per study, one column per domain or item) and checks every judgement against
 * the tool: an empty or unknown judgement is an error at its row and column, as every bad cell in the file is. Then
 * scores a checklist (JBI: the number of "yes" per study and their mean) and counts each judgement per domain, as
 * robvis's summary plot does (shares of studies, or of the weights in the spec's {@code weight} column).
 *
 * <p>Without {@code domains:} in the spec the tool's columns are found by their headings: JBI items as {@code 1} ..
 * {@code 13}, {@code Q1}, {@code Item 1} or {@code 1. Was true randomization used ...}; RoB 2 and ROBINS-I domains as
 * {@code D1} .. or {@code Domain 1}; the overall judgement as {@code Overall}. Judgements are matched ignoring case,
 * with the usual abbreviations ({@code Y}, {@code NA}, {@code SC}, {@code NI} ...).
 */
public final class RiskOfBias {
    private static final Pattern ITEM = Pattern.compile("(?:(?:q|item|jbi|rob|question)\\s*[:.#-]?\\s*)?0*(\\d+)(?:\\D.*)?",
            Pattern.CASE_INSENSITIVE | Pattern.DOTALL);
    private static final Pattern DOMAIN = Pattern.compile("(?:d|domain)\\s*[:.#-]?\\s*0*(\\d+)(?:\\D.*)?",
            Pattern.CASE_INSENSITIVE | Pattern.DOTALL);
    private static final Pattern OVERALL = Pattern.compile("overall(?:\\W.*)?", Pattern.CASE_INSENSITIVE | Pattern.DOTALL);
    static final String OVERALL_ID = "overall";

    private RiskOfBias() {}

    /**
     * Reads the spec's file and assesses it.
     *
     * @throws InputException for a missing file or column, and for every bad cell (each at its row and column)
     */
    public static RiskOfBiasResult read(RiskOfBiasSpec spec) {
        return assess(spec, TableReader.read(spec.data()));
    }

    /**
     * Assesses a table already read (its {@link Table#file()} is used in messages).
     *
     * @throws InputException for a missing column and for every bad cell
     */
    public static RiskOfBiasResult assess(RiskOfBiasSpec spec, Table table) {
        RiskOfBiasTool tool = spec.tool();
        Problems problems = new Problems();
        Dataset columns = new Dataset(table, table.rows().size(), List.of());

        ColumnRef study = column(spec.study(), table);
        List<RiskOfBiasResult.Domain> domains = new ArrayList<>();
        List<String> domainColumns = new ArrayList<>();
        List<ColumnRef> wanted = new ArrayList<>();
        wanted.add(study);
        if (!spec.domains().isEmpty()) {
            for (int i = 0; i < spec.domains().size(); i++) {
                ColumnRef c = spec.domains().get(i);
                wanted.add(c);
                RiskOfBiasTool.Domain d = tool == RiskOfBiasTool.GENERIC
                        ? new RiskOfBiasTool.Domain(c.name(), c.name(), c.name()) : tool.domains().get(i);
                domains.add(new RiskOfBiasResult.Domain(d.id(), d.label(), d.description(), c.name()));
                domainColumns.add(c.name());
            }
        } else {
            find(tool, table, problems, domains, domainColumns);
        }
        String overall = null;
        if (spec.overall() != null) {
            wanted.add(spec.overall());
            overall = spec.overall().name();
        } else if (tool != RiskOfBiasTool.JBI_RCT) {
            overall = overall(tool, table, problems);
        }
        if (spec.weight() != null) wanted.add(spec.weight());
        columns.checkColumns(wanted, problems);
        problems.throwIfAny();

        CellReader cells = new CellReader(table, problems);
        Map<String, Integer> seen = new HashMap<>();                        // lookup only
        List<Parsed> parsed = new ArrayList<>();
        for (Table.Row row : table.rows()) {
            String name = cells.text(row, study.name());
            if (name == null) {
                problems.add(table.where(row, study.name()), "column '%s' is empty; expected the study's name "
                        + "(one row per study)", study.name());
            } else {
                Integer first = seen.putIfAbsent(name, row.line());
                if (first != null)
                    problems.add(table.where(row, study.name()), "study '%s' has a second row here (the first is row "
                            + "%d); give one row per study", name, first);
            }
            List<Judgement> judged = new ArrayList<>();
            for (String column : domainColumns) judged.add(judgement(table, row, column, tool, problems));
            Judgement overallJudgement = overall == null ? null : judgement(table, row, overall, tool, problems);
            Double weight = null;
            if (spec.weight() != null) {
                String w = spec.weight().name();
                if (cells.isMissing(row, w))
                    problems.add(table.where(row, w), "column '%s' is empty; expected the study's weight (a number "
                            + "of 0 or more)", w);
                weight = cells.number(row, w);
                if (weight != null && weight < 0) {
                    problems.add(table.where(row, w), "column '%s' is %s; expected a weight of 0 or more", w,
                            cells.text(row, w));
                    weight = null;
                }
            }
            parsed.add(new Parsed(name, row.line(), judged, overallJudgement, weight));
        }
        if (table.rows().isEmpty())
            problems.add(Where.file(table.file()), "%s has no rows; give one row per study with its judgements",
                    table.file());
        if (spec.weight() != null && problems.isEmpty()
                && parsed.stream().mapToDouble(Parsed::weight).sum() <= 0)
            problems.add(spec.weight().where(), "the weights in column '%s' add up to 0; give the studies positive "
                    + "weights, or remove 'weight'", spec.weight().name());
        problems.throwIfAny();
        return result(spec, tool, domains, overall != null, parsed);
    }

    /**
     * Studies assessed but not in the data, and studies in the data without an assessment, as warnings.
     *
     * @param included the studies the analyses use (e.g. the distinct {@code data.study} values), in data order
     */
    public static List<String> compareStudies(RiskOfBiasSpec spec, RiskOfBiasResult result, Collection<String> included) {
        Set<String> assessed = result.studies().stream().map(RiskOfBiasResult.Study::study)
                .collect(Collectors.toCollection(LinkedHashSet::new));
        Set<String> data = new LinkedHashSet<>(included);
        List<String> unknown = assessed.stream().filter(s -> !data.contains(s)).toList();
        List<String> missing = data.stream().filter(s -> !assessed.contains(s)).toList();
        List<String> out = new ArrayList<>();
        if (!unknown.isEmpty())
            out.add(String.format(Locale.ROOT, "risk of bias: %d %s in %s %s not among the included studies (%s); "
                    + "check the spelling of the study names", unknown.size(), unknown.size() == 1 ? "study" : "studies",
                    spec.data().shown(), unknown.size() == 1 ? "is" : "are", listing(unknown)));
        if (!missing.isEmpty())
            out.add(String.format(Locale.ROOT, "risk of bias: %d included %s no row in %s (%s)", missing.size(),
                    missing.size() == 1 ? "study has" : "studies have", spec.data().shown(), listing(missing)));
        return out;
    }

    private static String listing(List<String> names) {
        List<String> shown = names.stream().limit(5).map(Visible::quote).toList();
        return String.join(", ", shown) + (names.size() > 5 ? ", …" : "");
    }

    /** One row as read. */
    private record Parsed(String study, int row, List<Judgement> judgements, Judgement overall, Double weight) {}

    /** The study column as written, or the file's column of that name in another case. */
    private static ColumnRef column(ColumnRef ref, Table table) {
        if (table.has(ref.name())) return ref;
        List<String> same = table.columns().stream().filter(c -> c.equalsIgnoreCase(ref.name())).toList();
        return same.size() == 1 ? new ColumnRef(same.get(0), ref.where()) : ref;
    }

    /** The tool's domains found by the headings of {@code table}; unfound or doubly found ones reported. */
    private static void find(RiskOfBiasTool tool, Table table, Problems problems, List<RiskOfBiasResult.Domain> domains,
                             List<String> domainColumns) {
        Pattern pattern = tool.scored() ? ITEM : DOMAIN;
        Map<Integer, List<String>> byNumber = new HashMap<>();             // lookup only
        for (String c : table.columns()) {
            Matcher m = pattern.matcher(c.trim());
            if (!m.matches()) continue;
            try {
                byNumber.computeIfAbsent(Integer.parseInt(m.group(1)), k -> new ArrayList<>()).add(c);
            } catch (NumberFormatException e) {
                // a number too long to be an item: not a domain column
            }
        }
        List<String> absent = new ArrayList<>();
        List<RiskOfBiasTool.Domain> all = tool.domains();
        for (int i = 0; i < all.size(); i++) {
            List<String> found = byNumber.getOrDefault(i + 1, List.of());
            if (found.isEmpty()) {
                absent.add(all.get(i).id());
                continue;
            }
            if (found.size() > 1)
                problems.add(Where.of(table.file(), 1), "columns %s of %s are all %s %s; keep one, or name the columns "
                        + "in order with risk_of_bias.domains", found.stream().map(Visible::quote)
                        .collect(Collectors.joining(" and ")), table.file(), tool.scored() ? "item" : "domain", i + 1);
            domains.add(new RiskOfBiasResult.Domain(all.get(i).id(), all.get(i).label(), all.get(i).description(),
                    found.get(0)));
            domainColumns.add(found.get(0));
        }
        if (absent.isEmpty()) return;
        String what = tool.scored() ? (absent.size() == 1 ? "item " : "items ") : (absent.size() == 1 ? "domain " : "domains ");
        String headings = tool.scored() ? "'1' to '13', 'Q1' to 'Q13' or '1. Was true randomization used ...'"
                : "'D1' to 'D" + all.size() + "'";
        problems.add(Where.of(table.file(), 1), "%s has no column for %s%s (tool: %s; its columns are found by "
                + "headings such as %s); the columns are %s; rename them, or name them in order with "
                + "risk_of_bias.domains", table.file(), what, String.join(", ", absent), tool.spelling(), headings,
                quoted(table.columns()));
    }

    private static String overall(RiskOfBiasTool tool, Table table, Problems problems) {
        List<String> found = table.columns().stream().filter(c -> OVERALL.matcher(c.trim()).matches()).toList();
        if (found.size() == 1) return found.get(0);
        if (found.size() > 1) {
            problems.add(Where.of(table.file(), 1), "%s has %d overall columns (%s); name one with risk_of_bias.overall",
                    table.file(), found.size(), quoted(found));
            return null;
        }
        if (tool.needsOverall())
            problems.add(Where.of(table.file(), 1), "%s has no 'Overall' column; tool: %s needs each study's overall "
                    + "judgement (name its column with risk_of_bias.overall); the columns are %s", table.file(),
                    tool.spelling(), quoted(table.columns()));
        return null;
    }

    private static String quoted(List<String> columns) {
        List<String> q = columns.stream().limit(12).map(Visible::quote).toList();
        return String.join(", ", q) + (columns.size() > 12 ? ", … (" + columns.size() + " in all)" : "");
    }

    /** The judgement in a cell; a missing or unknown one is reported (and null returned). */
    private static Judgement judgement(Table table, Table.Row row, String column, RiskOfBiasTool tool, Problems problems) {
        String cell = table.cell(row, column);
        String expected = expected(tool);
        if (cell == null) {
            if (tool.levels().contains(Judgement.NOT_APPLICABLE))
                problems.add(table.where(row, column), "column '%s' is empty or NA (read as missing); expected %s; "
                        + "write N/A or not applicable for an item that does not apply", column, expected);
            else problems.add(table.where(row, column), "column '%s' is empty; expected %s", column, expected);
            return null;
        }
        Optional<Judgement> j = Judgement.find(cell, tool.levels());
        if (j.isPresent()) return j.get();
        problems.add(table.where(row, column), "column '%s' is %s; expected %s%s", column, quote(cell), expected,
                hint(cell, tool));
        return null;
    }

    /** "low, some concerns, high or no information (tool: rob2)". */
    static String expected(RiskOfBiasTool tool) {
        List<String> codes = tool.levels().stream().map(Judgement::code).toList();
        return String.join(", ", codes.subList(0, codes.size() - 1)) + " or " + codes.get(codes.size() - 1)
                + " (tool: " + tool.spelling() + ")";
    }

    private static String hint(String cell, RiskOfBiasTool tool) {
        Optional<Judgement> other = Judgement.find(cell, List.of(Judgement.values()));
        if (other.isPresent()) {
            String used = switch (other.get()) {
                case YES, NO, UNCLEAR, NOT_APPLICABLE -> "the JBI checklist";
                case MODERATE, SERIOUS -> "ROBINS-I";
                default -> "another tool";
            };
            return "; '" + other.get().code() + "' is a judgement of " + used;
        }
        String w = Judgement.normalise(cell);
        String best = null;
        int bestDistance = 3;
        for (Judgement j : tool.levels()) {
            int d = Spelling.distance(w, j.code(), 2);                   // 3 when further than 2
            if (d < bestDistance && d < w.length()) {
                best = j.code();
                bestDistance = d;
            }
        }
        return best == null ? "" : "; did you mean '" + best + "'?";
    }

    private static String quote(String cell) {
        String s = cell.replaceAll("\\s*\\R\\s*", " ");
        return "'" + (s.length() > 40 ? s.substring(0, 39) + "…" : s) + "'";
    }

    private static RiskOfBiasResult result(RiskOfBiasSpec spec, RiskOfBiasTool tool,
                                           List<RiskOfBiasResult.Domain> domains, boolean hasOverall, List<Parsed> rows) {
        List<Judgement> levels = levels(tool, rows);
        List<RiskOfBiasResult.Study> studies = new ArrayList<>();
        for (Parsed p : rows) {
            Map<String, String> judgements = new LinkedHashMap<>();
            List<String> cells = new ArrayList<>();
            int yes = 0, applicable = 0;
            for (int i = 0; i < domains.size(); i++) {
                Judgement j = p.judgements().get(i);
                judgements.put(domains.get(i).id(), j.code());
                cells.add(tool.scored() ? j.abbreviation() : j.label());
                if (j == Judgement.YES) yes++;
                if (j != Judgement.NOT_APPLICABLE) applicable++;
            }
            if (hasOverall) cells.add(p.overall().label());
            studies.add(new RiskOfBiasResult.Study(p.study(), p.row(), judgements,
                    hasOverall ? p.overall().code() : null, tool.scored() ? yes : null,
                    tool.scored() ? applicable : null, p.weight(), cells));
        }
        Double meanScore = tool.scored()
                ? studies.stream().mapToInt(RiskOfBiasResult.Study::score).average().orElse(Double.NaN) : null;
        List<RiskOfBiasResult.DomainSummary> summary = new ArrayList<>();
        for (int i = 0; i < domains.size(); i++) {
            int d = i;
            summary.add(summary(domains.get(i).id(), domains.get(i).description(), levels, rows,
                    p -> p.judgements().get(d)));
        }
        if (hasOverall) summary.add(summary(OVERALL_ID, "Overall risk of bias", levels, rows, Parsed::overall));
        List<RiskOfBiasResult.Level> shown = levels.stream()
                .map(j -> new RiskOfBiasResult.Level(j.code(), j.label(), j.abbreviation())).toList();
        return new RiskOfBiasResult(tool.spelling(), tool.fullName(), domains, hasOverall, shown, studies,
                tool.scored() ? domains.size() : null, meanScore, spec.weight() != null,
                spec.weight() == null ? null : spec.weight().name(), summary, List.of());
    }

    /** The tool's judgements, best first; generic and "no information" of RoB 2 only when they occur. */
    private static List<Judgement> levels(RiskOfBiasTool tool, List<Parsed> rows) {
        Set<Judgement> used = new LinkedHashSet<>();
        for (Parsed p : rows) {
            used.addAll(p.judgements());
            if (p.overall() != null) used.add(p.overall());
        }
        return tool.levels().stream().filter(j -> switch (tool) {
            case GENERIC -> used.contains(j);
            case ROB2 -> j != Judgement.NO_INFORMATION || used.contains(j);
            default -> true;
        }).toList();
    }

    private static RiskOfBiasResult.DomainSummary summary(String id, String label, List<Judgement> levels,
                                                          List<Parsed> rows,
                                                          java.util.function.Function<Parsed, Judgement> judgement) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        Map<String, Double> weights = new LinkedHashMap<>();
        for (Judgement j : levels) {
            counts.put(j.code(), 0);
            weights.put(j.code(), 0.0);
        }
        double total = 0;
        for (Parsed p : rows) {
            Judgement j = judgement.apply(p);
            double w = p.weight() == null ? 1 : p.weight();
            counts.merge(j.code(), 1, Integer::sum);
            weights.merge(j.code(), w, Double::sum);
            total += w;
        }
        Map<String, Double> proportions = new LinkedHashMap<>();
        for (Map.Entry<String, Double> e : weights.entrySet()) proportions.put(e.getKey(), e.getValue() / total);
        return new RiskOfBiasResult.DomainSummary(id, label, counts, proportions);
    }
}
