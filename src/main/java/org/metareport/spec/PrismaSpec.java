package org.metareport.spec;

import java.util.List;
import java.util.Optional;
import org.metareport.problems.Where;

/**
 * The {@code prisma:} block: the PRISMA 2020 flow counts as written (inline, or in the YAML file it names), each at
 * its own {@code file:line:column}. Every count is optional here except {@code included_studies} and at least one
 * identification count; whether the counts add up is checked by the review stage
 * ({@code org.metareport.review.Prisma}), which also fills in what follows from them.
 *
 * @param identified        records identified in all (an extension for reports that give no split by route); null
 *                          when absent
 * @param databases         records from databases: a number or per database; null when absent
 * @param registers         records from registers; null when absent
 * @param otherMethods      records from other methods (hand searching, citation tracking ...); null when absent. They
 *                          join the main flow (deduplicated and screened with the database records) unless
 *                          {@code otherReports} is given
 * @param duplicates        duplicate records removed before screening; null when absent
 * @param automationRemoved records marked as ineligible by automation tools before screening; null when absent
 * @param otherRemoved      records removed for other reasons before screening; null when absent
 * @param screened          records screened (title and abstract); null when absent
 * @param screenExcluded    records excluded at screening: a number or by reason; null when absent
 * @param sought            reports sought for retrieval; null when absent
 * @param notRetrieved      reports not retrieved; null when absent
 * @param assessed          reports assessed for eligibility (full texts); null when absent
 * @param fullTextExcluded  reports excluded at full text: a number or by reason; null when absent
 * @param includedStudies   studies included in the review (required)
 * @param includedReports   reports of included studies; null when absent
 * @param otherReports      the separate pathway of the PRISMA 2020 template for reports found by other methods
 *                          ({@code other_methods_reports:}); null when other-methods records join the main flow
 * @param file              the YAML file the counts were read from, as shown in messages; null when inline
 * @param where             the {@code prisma:} key
 */
public record PrismaSpec(Count identified, Tally databases, Tally registers, Tally otherMethods, Count duplicates,
                         Count automationRemoved, Count otherRemoved, Count screened, Tally screenExcluded,
                         Count sought, Count notRetrieved, Count assessed, Tally fullTextExcluded,
                         Count includedStudies, Count includedReports, OtherReports otherReports, String file,
                         Where where) {

    /** A count as written ({@code screened: 7639}) and where its value is. */
    public record Count(long n, Where where) {
        public Count {
            if (n < 0) throw new IllegalArgumentException("a count is 0 or more, was " + n);
        }
    }

    /**
     * One named part of a count: a database ({@code PsycINFO: 2400}) or a reason for exclusion
     * ({@code wrong design: 345}).
     *
     * @param n null for {@code rest}: the remainder, whatever the other parts leave of the box's total
     */
    public record Part(String name, Long n, Where where) {
        public boolean isRest() {
            return n == null;
        }
    }

    /**
     * A box given as one number ({@code screen_excluded: 8172}) or itemised ({@code {machine learning: 5864, manual:
     * 2308}}); at most one part is {@code rest}.
     *
     * @param number the number, or null when itemised
     * @param parts  the parts in the order written; empty when a number
     * @param where  the number; for parts, the key naming the box
     */
    public record Tally(Long number, List<Part> parts, Where where) {
        public Tally {
            parts = List.copyOf(parts);
            if ((number == null) == parts.isEmpty())
                throw new IllegalArgumentException("a tally is a number or parts, not both or neither");
            if (parts.stream().filter(Part::isRest).count() > 1)
                throw new IllegalArgumentException("at most one part of a tally is 'rest'");
        }

        public static Tally of(long number, Where where) {
            return new Tally(number, List.of(), where);
        }

        public boolean itemised() {
            return number == null;
        }

        /** The number, or the sum of the parts other than {@code rest}. */
        public long listed() {
            return number != null ? number : parts.stream().filter(p -> !p.isRest()).mapToLong(Part::n).sum();
        }

        /** The {@code rest} part, if any. */
        public Optional<Part> rest() {
            return parts.stream().filter(Part::isRest).findFirst();
        }
    }

    /**
     * The right-hand column of the PRISMA 2020 template: reports found by other methods, retrieved and assessed apart
     * from the database records. Each count null when absent; {@code excluded} has no {@code rest}.
     */
    public record OtherReports(Count sought, Count notRetrieved, Count assessed, Tally excluded, Where where) {}
}
