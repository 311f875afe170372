package org.metareport.results;

import java.util.List;

/**
 * The PRISMA 2020 flow of a review, every box's count known: as given in the spec, or derived from the others where
 * the arithmetic fixes it ({@link #derived()}). Built by {@code org.metareport.review.Prisma}, which has checked that
 * the boxes add up. The contract's {@code results.json} block {@code "prisma"}.
 *
 * <p>The main flow: {@code identified − removed() = screened}; {@code screened − screenExcluded = sought} (or
 * {@code assessed + notRetrieved} when sought is not reported); {@code sought − notRetrieved = assessed};
 * {@code assessed − fullTextExcluded} = the reports included through it.
 *
 * @param identified         records identified that enter screening: databases + registers (+ other methods when
 *                           {@code otherMethodsMerged}), or the total as given
 * @param databases          records from databases (a total and, when given, per database); null when not reported
 * @param registers          records from registers; null when not reported
 * @param otherMethods       records from other methods (hand searching, citation tracking ...); null when none
 * @param otherMethodsMerged true when other-methods records were deduplicated and screened with the database records
 *                           (as most reviews do); false for the template's separate pathway ({@link #otherReports()})
 * @param duplicates         duplicate records removed; null when not reported
 * @param automationRemoved  records marked ineligible by automation tools before screening; null when not reported
 * @param otherRemoved       records removed for other reasons before screening; null when not reported
 * @param screened           records screened
 * @param screenExcluded     records excluded at screening
 * @param screenReasons      their breakdown (e.g. by ASReview and by hand), in the order written; empty when not
 *                           given
 * @param sought             reports sought for retrieval; null when neither it nor {@code notRetrieved} is reported
 *                           (the diagram then leaves that row out)
 * @param notRetrieved       reports not retrieved; null when not reported (counted as 0)
 * @param assessed           reports assessed for eligibility (full texts)
 * @param fullTextExcluded   reports excluded at full text: {@code assessed} minus the reports included through the
 *                           main flow
 * @param fullTextReasons    the reasons with their counts, in the order written ({@code rest} resolved); empty when
 *                           only a number was given
 * @param unitemised         {@code fullTextExcluded} minus the sum of {@code fullTextReasons}: reports excluded for a
 *                           reason not listed (negative: reasons overlap); 0 without reasons. Non-zero gives a warning
 * @param includedStudies    studies included in the review
 * @param includedReports    reports of included studies; null when not reported
 * @param otherReports       the separate pathway for other methods; null when merged or absent
 * @param derived            the boxes whose count was not given but follows from the others, by their results.json
 *                           names ({@code screen_excluded}, {@code sought}, {@code assessed}, {@code full_text_excluded}
 *                           ...)
 * @param warnings           e.g. "full-text exclusion reasons add up to 741, but 744 full texts were excluded ..."
 */
public record PrismaResult(long identified, Route databases, Route registers, Route otherMethods,
                           boolean otherMethodsMerged, Long duplicates, Long automationRemoved, Long otherRemoved,
                           long screened, long screenExcluded, List<Count> screenReasons, Long sought,
                           Long notRetrieved, long assessed, long fullTextExcluded, List<Count> fullTextReasons,
                           long unitemised, long includedStudies, Long includedReports, OtherReports otherReports,
                           List<String> derived, List<String> warnings) {
    public PrismaResult {
        screenReasons = List.copyOf(screenReasons);
        fullTextReasons = List.copyOf(fullTextReasons);
        derived = List.copyOf(derived);
        warnings = List.copyOf(warnings);
    }

    /** A named count: a database or a reason for exclusion. */
    public record Count(String name, long n) {}

    /**
     * Records from one route of identification.
     *
     * @param sources per source, in the order written; empty when only the total was given
     */
    public record Route(long total, List<Count> sources) {
        public Route {
            sources = List.copyOf(sources);
        }
    }

    /**
     * The template's right-hand pathway: reports found by other methods, retrieved and assessed on their own.
     *
     * @param sought       null when not reported
     * @param notRetrieved null when not reported
     * @param reasons      reasons for exclusion; empty when only a number was given
     * @param included     {@code assessed − excluded}: reports included through this pathway
     */
    public record OtherReports(Long sought, Long notRetrieved, long assessed, long excluded, List<Count> reasons,
                               long included) {
        public OtherReports {
            reasons = List.copyOf(reasons);
        }
    }

    /** Records removed before screening: duplicates + automation + other reasons (those reported). */
    public long removed() {
        return n(duplicates) + n(automationRemoved) + n(otherRemoved);
    }

    /** All records identified, by every route (the right-hand pathway included). */
    public long identifiedAll() {
        return otherMethodsMerged || otherMethods == null ? identified : identified + otherMethods.total();
    }

    /** True when {@code name} (a results.json name such as {@code sought}) was derived, not given. */
    public boolean isDerived(String name) {
        return derived.contains(name);
    }

    private static long n(Long v) {
        return v == null ? 0 : v;
    }
}
