package org.metareport.review;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.metareport.problems.InputException;
import org.metareport.problems.Problems;
import org.metareport.problems.Where;
import org.metareport.results.PrismaResult;
import org.metareport.spec.PrismaSpec;

/**
 * Checks that the boxes of a PRISMA 2020 flow add up and fills in the counts that follow from the others
 * (Page et al., 2021, BMJ 372:n71, Figure 1: the flow diagram for new reviews).
 *
 * <p>The arithmetic, box by box (a count that is not given is derived when the others fix it; "removed" counts and
 * "not retrieved" that are not given count as 0):
 * <ol>
 * <li>Records identified = databases + registers + other methods (when those are given beside {@code identified});</li>
 * <li>Records screened = records identified − records removed before screening (duplicates, automation, other);</li>
 * <li>Reports sought for retrieval = records screened − records excluded;</li>
 * <li>Reports assessed for eligibility = reports sought − reports not retrieved;</li>
 * <li>Reports excluded = reports assessed − reports of included studies (the included studies when the reports are
 *     not given: one report per study).</li>
 * </ol>
 * A count that contradicts its neighbours is an error naming the boxes and their numbers. Reasons for exclusion at full
 * text that do not add up to the reports excluded are a warning (an error when {@code strict}): published reviews
 * often list only the common reasons, and the report must say so; a reason written {@code rest} declares the
 * remainder. Reasons at screening and per-source counts are parts of their box and must add up exactly.
 */
public final class Prisma {
    static final String IDENTIFIED = "'Records identified'";
    static final String REMOVED = "'Records removed before screening'";
    static final String SCREENED = "'Records screened'";
    static final String SCREEN_EXCLUDED = "'Records excluded'";
    static final String SOUGHT = "'Reports sought for retrieval'";
    static final String NOT_RETRIEVED = "'Reports not retrieved'";
    static final String ASSESSED = "'Reports assessed for eligibility'";
    static final String EXCLUDED = "'Reports excluded'";
    static final String STUDIES = "'Studies included in review'";
    static final String REPORTS = "'Reports of included studies'";
    static final String PREFIX = "PRISMA counts do not add up: ";

    private Prisma() {}

    /**
     * @param strict make the warnings errors (reasons for exclusion that do not add up)
     * @return every box's count, with the derived ones named and the warnings worded for the report
     * @throws InputException naming every pair of boxes that disagree, each at the count written last in the flow
     */
    public static PrismaResult check(PrismaSpec spec, boolean strict) {
        return new Checker(spec, strict).run();
    }

    /**
     * The studies the flow includes against the studies the analyses use, as a warning when they differ (e.g. the
     * school-based example: 29 in the PRISMA flow, 32 distinct {@code Study} values in the data).
     *
     * @param studiesInData the number of distinct studies ({@code data.study} values) the analyses use
     * @param studyColumn   that column's name, for the message
     */
    public static List<String> compareWithData(PrismaResult p, int studiesInData, String studyColumn) {
        if (p.includedStudies() == studiesInData) return List.of();
        return List.of(String.format(Locale.ROOT, "PRISMA: %d %s included in the review, but the data have %d "
                + "distinct values of '%s'; check included_studies, the study names, or the data's exclude:/include:",
                p.includedStudies(), p.includedStudies() == 1 ? "study is" : "studies are", studiesInData, studyColumn));
    }

    /** One check of one spec: the problems, warnings and derived boxes found along the flow. */
    private static final class Checker {
        final PrismaSpec s;
        final boolean strict;
        final Problems problems = new Problems();
        final List<String> warnings = new ArrayList<>();
        final List<String> derived = new ArrayList<>();

        Checker(PrismaSpec s, boolean strict) {
            this.s = s;
            this.strict = strict;
        }

        PrismaResult run() {
            boolean merged = s.otherReports() == null;
            PrismaResult.Route databases = route(s.databases());
            PrismaResult.Route registers = route(s.registers());
            PrismaResult.Route otherMethods = route(s.otherMethods());

            // 1. identification
            List<String> terms = new ArrayList<>();
            long sources = 0;
            if (databases != null) { sources += databases.total(); terms.add("databases " + databases.total()); }
            if (registers != null) { sources += registers.total(); terms.add("registers " + registers.total()); }
            if (merged && otherMethods != null) {
                sources += otherMethods.total();
                terms.add("other methods " + otherMethods.total());
            }
            long identified = sources;
            if (s.identified() != null) {
                identified = s.identified().n();
                if (!terms.isEmpty() && identified != sources)
                    error(s.identified().where(), "%s is %d, but the sources add up to %s = %d; correct 'identified' or "
                            + "the counts per source", IDENTIFIED, identified, String.join(" + ", terms), sources);
            }

            // 2. removed before screening, screened
            long removed = n(s.duplicates()) + n(s.automationRemoved()) + n(s.otherRemoved());
            long screened;
            if (s.screened() != null) {
                screened = s.screened().n();
                if (screened != identified - removed)
                    error(s.screened().where(), "%s is %d, but %s %d - %s %d = %d; correct 'screened', the records "
                            + "identified or the records removed (duplicates, automation_removed, other_removed)",
                            SCREENED, screened, IDENTIFIED, identified, REMOVED, removed, identified - removed);
            } else {
                screened = identified - removed;
                derived.add("screened");
                if (screened < 0)
                    error(first(s.duplicates(), s.automationRemoved(), s.otherRemoved()), "%s (%d) are more than %s (%d)",
                            REMOVED, removed, IDENTIFIED, identified);
            }

            // 3. excluded at screening, sought, not retrieved, assessed
            long notRetrieved = n(s.notRetrieved());
            PrismaSpec.Tally se = s.screenExcluded();
            Long screenExcluded = se == null || se.rest().isPresent() ? null : se.listed();
            long sought;
            long assessed;
            if (s.sought() != null) {
                sought = s.sought().n();
                if (screenExcluded != null && screened - screenExcluded != sought)
                    error(s.sought().where(), "%s is %d, but %s %d - %s %d = %d; correct 'sought', 'screened' or "
                            + "'screen_excluded'", SOUGHT, sought, SCREENED, screened, SCREEN_EXCLUDED, screenExcluded,
                            screened - screenExcluded);
                if (sought > screened)
                    error(s.sought().where(), "%s (%d) are more than %s (%d)", SOUGHT, sought, SCREENED, screened);
                assessed = assessed(sought, notRetrieved, SOUGHT + " " + sought);
            } else if (screenExcluded != null) {
                sought = screened - screenExcluded;
                if (sought < 0)
                    error(se.where(), "%s (%d) are more than %s (%d)", SCREEN_EXCLUDED, screenExcluded, SCREENED, screened);
                assessed = assessed(sought, notRetrieved, SCREENED + " " + screened + " - " + SCREEN_EXCLUDED + " "
                        + screenExcluded);
                if (s.notRetrieved() != null) derived.add("sought");
            } else if (s.assessed() != null) {
                assessed = s.assessed().n();
                sought = assessed + notRetrieved;
                if (s.notRetrieved() != null) derived.add("sought");
                if (sought > screened)
                    error(s.assessed().where(), "%s %d%s are more than %s (%d)", ASSESSED, assessed,
                            s.notRetrieved() != null ? " and " + NOT_RETRIEVED + " " + notRetrieved : "", SCREENED,
                            screened);
            } else {
                error(s.where(), "'prisma' does not say how many records passed screening; add 'screen_excluded', "
                        + "'sought' or 'assessed' (e.g. assessed: 761 full texts)");
                throw new InputException(problems.list());
            }
            List<PrismaResult.Count> screenReasons = reasons(se, screened - sought, SCREEN_EXCLUDED,
                    SCREENED + " " + screened + " - " + SOUGHT + " " + sought, "screen_excluded");
            if (se == null) derived.add("screen_excluded");

            // 4. the right-hand pathway
            PrismaResult.OtherReports other = merged ? null : other(s.otherReports());
            long otherIncluded = other == null ? 0 : other.included();

            // 5. included, excluded at full text
            PrismaSpec.Count reports = s.includedReports();
            PrismaSpec.Count studies = s.includedStudies();
            if (reports != null && studies.n() > reports.n())
                error(studies.where(), "%s (%d) are more than %s (%d); each study has at least one report", STUDIES,
                        studies.n(), REPORTS, reports.n());
            PrismaSpec.Count included = reports != null ? reports : studies;
            String includedBox = reports != null ? REPORTS : STUDIES;
            long includedMain = included.n() - otherIncluded;
            String includedTerm = includedBox + " " + included.n()
                    + (otherIncluded > 0 ? " (less " + otherIncluded + " through other methods)" : "");
            long expected = assessed - includedMain;
            if (expected < 0)
                error(included.where(), "%s (%d%s) are more than %s (%d)", includedBox, included.n(),
                        otherIncluded > 0 ? ", less " + otherIncluded + " through other methods" : "", ASSESSED, assessed);
            PrismaSpec.Tally ft = s.fullTextExcluded();
            List<PrismaResult.Count> fullTextReasons = List.of();
            long unitemised = 0;
            if (ft == null) {
                derived.add("full_text_excluded");
            } else if (!ft.itemised()) {
                if (ft.number() != expected)
                    error(ft.where(), "%s is %d, but %s %d - %s = %d; correct 'full_text_excluded', 'assessed' or the "
                            + "included count%s", EXCLUDED, ft.number(), ASSESSED, assessed, includedTerm, expected,
                            reports == null ? " (if some studies have several reports, give included_reports too)" : "");
            } else if (ft.rest().isPresent()) {
                fullTextReasons = reasons(ft, expected, EXCLUDED, ASSESSED + " " + assessed + " - " + includedTerm,
                        "full_text_excluded");
            } else {
                fullTextReasons = reasons(ft, ft.listed(), EXCLUDED, "", "full_text_excluded");
                unitemised = expected - ft.listed();
                if (unitemised != 0 && expected >= 0) gap(ft, expected, assessed, includedMain, reports != null);
            }
            problems.throwIfAny();
            return new PrismaResult(identified, databases, registers, otherMethods, merged, value(s.duplicates()),
                    value(s.automationRemoved()), value(s.otherRemoved()), screened, screened - sought, screenReasons,
                    s.sought() != null || s.notRetrieved() != null ? sought : null, value(s.notRetrieved()), assessed,
                    expected, fullTextReasons, unitemised, studies.n(), value(reports), other, derived, warnings);
        }

        /** The assessed count after {@code sought}: checked when given, else derived. */
        long assessed(long sought, long notRetrieved, String soughtTerm) {
            if (s.assessed() != null) {
                long assessed = s.assessed().n();
                if (sought - notRetrieved != assessed)
                    error(s.assessed().where(), "%s is %d, but %s%s = %d; correct 'assessed' or the counts before it",
                            ASSESSED, assessed, soughtTerm, s.notRetrieved() != null ? " - " + NOT_RETRIEVED + " "
                                    + notRetrieved : "", sought - notRetrieved);
                return assessed;
            }
            derived.add("assessed");
            if (sought - notRetrieved < 0)
                error(s.notRetrieved().where(), "%s (%d) are more than the reports sought (%d)", NOT_RETRIEVED,
                        notRetrieved, sought);
            return sought - notRetrieved;
        }

        /**
         * The parts of a box with {@code rest} resolved so that they add up to {@code total}; parts that must add up
         * exactly and do not are an error.
         */
        List<PrismaResult.Count> reasons(PrismaSpec.Tally t, long total, String box, String totalTerm, String key) {
            if (t == null || !t.itemised()) return List.of();
            List<PrismaResult.Count> out = new ArrayList<>();
            long rest = total - t.listed();
            for (PrismaSpec.Part p : t.parts()) out.add(new PrismaResult.Count(p.name(), p.isRest() ? Math.max(0, rest) : p.n()));
            if (t.rest().isPresent() && rest < 0)
                error(t.rest().get().where(), "the reasons in '%s' other than %s add up to %d, more than the %d of %s "
                        + "(%s), so nothing is left for it; correct the counts", key, quote(t.rest().get().name()),
                        t.listed(), total, box, totalTerm);
            return out;
        }

        /** Full-text reasons that do not add up to the reports excluded: a warning naming both numbers (strict: an error). */
        void gap(PrismaSpec.Tally ft, long expected, long assessed, long included, boolean reports) {
            String message = String.format(Locale.ROOT, "full-text exclusion reasons add up to %d, but %d full texts "
                    + "were excluded (%d assessed - %d %s)", ft.listed(), expected, assessed, included,
                    reports ? "reports included" : "included");
            String fix = ft.listed() < expected
                    ? "list the missing reasons, or declare the remainder, e.g. other reasons: rest"
                    : "count each excluded report under one reason";
            if (strict) error(ft.where(), "%s; %s", message, fix);
            else warnings.add(message + "; " + fix);
        }

        PrismaResult.OtherReports other(PrismaSpec.OtherReports o) {
            long notRetrieved = n(o.notRetrieved());
            long assessed;
            if (o.assessed() != null) {
                assessed = o.assessed().n();
                if (o.sought() != null && o.sought().n() - notRetrieved != assessed)
                    error(o.assessed().where(), "other methods: %s is %d, but %s %d%s = %d; correct them", ASSESSED,
                            assessed, SOUGHT, o.sought().n(), o.notRetrieved() != null ? " - " + NOT_RETRIEVED + " "
                                    + notRetrieved : "", o.sought().n() - notRetrieved);
            } else {
                assessed = o.sought().n() - notRetrieved;
                derived.add("other_methods_reports.assessed");
                if (assessed < 0)
                    error(o.notRetrieved().where(), "other methods: %s (%d) are more than %s (%d)", NOT_RETRIEVED,
                            notRetrieved, SOUGHT, o.sought().n());
            }
            if (o.excluded() == null) {
                error(o.where(), "'prisma.other_methods_reports' needs 'excluded' (a number or reasons), so that the "
                        + "included reports can be told apart by route, e.g. excluded: {wrong design: 30}");
                return new PrismaResult.OtherReports(value(o.sought()), value(o.notRetrieved()), assessed, 0,
                        List.of(), 0);
            }
            long excluded = o.excluded().listed();
            if (excluded > assessed)
                error(o.excluded().where(), "other methods: %s (%d) are more than %s (%d)", EXCLUDED, excluded, ASSESSED,
                        assessed);
            List<PrismaResult.Count> reasons = reasons(o.excluded(), excluded, EXCLUDED, "", "other_methods_reports.excluded");
            return new PrismaResult.OtherReports(o.sought() != null || o.notRetrieved() != null
                    ? (o.sought() != null ? o.sought().n() : assessed + notRetrieved) : null, value(o.notRetrieved()),
                    assessed, excluded, reasons, Math.max(0, assessed - excluded));
        }

        void error(Where where, String format, Object... args) {
            problems.add(where, "%s", PREFIX + String.format(Locale.ROOT, format, args));
        }

        /** The place of the first count given, else the {@code prisma:} key. */
        Where first(PrismaSpec.Count... counts) {
            for (PrismaSpec.Count c : counts) if (c != null) return c.where();
            return s.where();
        }
    }

    private static PrismaResult.Route route(PrismaSpec.Tally t) {
        if (t == null) return null;
        List<PrismaResult.Count> parts = new ArrayList<>();
        for (PrismaSpec.Part p : t.parts()) parts.add(new PrismaResult.Count(p.name(), p.n()));
        return new PrismaResult.Route(t.listed(), parts);
    }

    private static long n(PrismaSpec.Count c) {
        return c == null ? 0 : c.n();
    }

    private static Long value(PrismaSpec.Count c) {
        return c == null ? null : c.n();
    }

    private static String quote(String name) {
        return "'" + name + "'";
    }
}
