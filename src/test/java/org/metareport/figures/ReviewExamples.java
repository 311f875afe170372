package org.metareport.figures;

import java.util.ArrayList;
import java.util.List;
import org.metareport.data.Table;
import org.metareport.problems.Where;
import org.metareport.results.PrismaResult;
import org.metareport.results.RiskOfBiasResult;
import org.metareport.review.Prisma;
import org.metareport.review.RiskOfBias;
import org.metareport.vocabulary.RiskOfBiasTool;
import org.metareport.spec.ColumnRef;
import org.metareport.spec.PrismaSpec;
import org.metareport.spec.RiskOfBiasSpec;

/** Checked PRISMA flows and risk-of-bias assessments for the figure tests, built as the review stage builds them. */
final class ReviewExamples {
    private static final Where AT = Where.file("analysis.yaml");

    private ReviewExamples() {}

    static PrismaSpec.Count c(long n) {
        return new PrismaSpec.Count(n, AT);
    }

    static PrismaSpec.Tally t(long n) {
        return PrismaSpec.Tally.of(n, AT);
    }

    /** Parts as name, count, name, count ...; a count of -1 is {@code rest}. */
    static PrismaSpec.Tally parts(Object... nameCount) {
        List<PrismaSpec.Part> parts = new ArrayList<>();
        for (int i = 0; i < nameCount.length; i += 2) {
            long n = ((Number) nameCount[i + 1]).longValue();
            parts.add(new PrismaSpec.Part((String) nameCount[i], n < 0 ? null : n, AT));
        }
        return new PrismaSpec.Tally(null, parts, AT);
    }

    /** The model study (shared/seeds/000): 11,658 identified, 4,019 duplicates, 7,639 screened, 761 assessed, 17. */
    static PrismaResult modelStudy() {
        return Prisma.check(new PrismaSpec(c(11658), null, null, null, c(4019), null, null, c(7639), null, null, null,
                c(761), parts("wrong design", 345, "not social media\u2013based", 112, "not a negative mental health "
                        + "outcome", 77, "<30 participants per condition", 73, "abstinence intervention", 35,
                        "differential attrition >15%", 30, "delivered by researchers", 18, "single session", 18,
                        "insufficient data to compute g", 17, "baseline difference >0.25 SD", 16),
                c(17), null, null, null, AT), false);
    }

    /** The school-based review (shared/data/school-based/README.md). */
    static PrismaResult schoolBased() {
        return Prisma.check(new PrismaSpec(null, t(6111), null, parts("Hand searching and citation tracking", 4935),
                c(2627), null, null, c(8419), parts("ASReview machine learning", 5864, "Manual screening", 2308), null,
                null, c(247), t(218), c(29), null, null, null, AT), false);
    }

    /** Every box of the template, the separate pathway for other methods included. */
    static PrismaResult fullTemplate() {
        return Prisma.check(new PrismaSpec(null, parts("PsycINFO", 2400, "Scopus", 3711, "ERIC", 890), t(120),
                parts("Citation searching", 40, "Websites", 12, "Organisations", 3), c(1450), c(310), c(25), c(5336),
                parts("Excluded by a human", 4100, "Excluded by automation tools", 1000), c(236), c(6), c(230),
                parts("Wrong population", 110, "Wrong intervention", 50, "Wrong study design (e.g. cohort or case "
                        + "series without a comparison group)", 33, "Other reasons", -1),
                c(25), c(29), new PrismaSpec.OtherReports(c(30), c(2), null, parts("Wrong outcome", 20, "No data", 6),
                        AT), null, AT), false);
    }

    static RiskOfBiasSpec robSpec(RiskOfBiasTool tool, List<String> domains, String weight) {
        return new RiskOfBiasSpec(tool, null, new ColumnRef("Study", AT),
                domains.stream().map(d -> new ColumnRef(d, AT)).toList(), null,
                weight == null ? null : new ColumnRef(weight, AT), AT);
    }

    static Table table(String csv) {
        String[] lines = csv.strip().split("\n");
        List<String> header = List.of(lines[0].split(",", -1));
        List<Table.Row> rows = new ArrayList<>();
        for (int i = 1; i < lines.length; i++) {
            List<String> cells = new ArrayList<>();
            for (String cell : lines[i].split(",", -1)) cells.add(cell.isBlank() ? null : cell.strip());
            rows.add(new Table.Row(i + 1, cells));
        }
        return new Table("rob.csv", header, rows);
    }

    static RiskOfBiasResult rob2() {
        return RiskOfBias.assess(robSpec(RiskOfBiasTool.ROB2, List.of(), "N"), table("""
                Study,D1,D2,D3,D4,D5,Overall,N
                Agarwal 2019,low,low,low,low,low,low,240
                Baker & Chen 2020,some concerns,low,low,some concerns,low,some concerns,120
                Castillo-Fernández 2021,high,low,some concerns,low,low,high,64
                Dube 2022,low,low,low,low,some concerns,some concerns,310
                Evans 2017,low,high,low,low,low,high,88
                Fischer 2023,low,low,no information,low,low,some concerns,150
                Gupta 2018,low,some concerns,low,low,low,some concerns,72
                """));
    }

    static RiskOfBiasResult robinsI() {
        return RiskOfBias.assess(robSpec(RiskOfBiasTool.ROBINS_I, List.of(), null), table("""
                Study,D1,D2,D3,D4,D5,D6,D7,Overall
                Cohort A 2015,moderate,low,low,low,no information,low,moderate,moderate
                Cohort B 2016,serious,low,low,moderate,low,low,low,serious
                Cohort C 2019,critical,moderate,low,low,low,serious,low,critical
                Registry D 2020,low,low,low,low,low,low,low,low
                """));
    }

    /** A generic (RoB 1-like) assessment of 25 studies with five named domains, weighted by N. */
    static RiskOfBiasResult generic() {
        String[] values = {"low", "unclear", "high"};
        StringBuilder csv = new StringBuilder("Study,Random sequence generation,Allocation concealment,Blinding of "
                + "participants and personnel,Incomplete outcome data,Selective reporting,N\n");
        for (int i = 0; i < 25; i++) {
            csv.append("Trial ").append((char) ('A' + i)).append(i == 3 ? " (a very long name for a cluster trial in "
                    + "four regions)" : "").append(' ').append(2000 + i % 20);
            for (int d = 0; d < 5; d++) csv.append(',').append(values[(i * (d + 1) + d) % 7 == 0 ? 2 : (i + d) % 4 == 0 ? 1 : 0]);
            csv.append(',').append(40 + 13 * i).append('\n');
        }
        return RiskOfBias.assess(robSpec(RiskOfBiasTool.GENERIC, List.of("Random sequence generation",
                "Allocation concealment", "Blinding of participants and personnel", "Incomplete outcome data",
                "Selective reporting"), "N"), table(csv.toString()));
    }

    /** Seventeen JBI assessments whose scores add up to 158 (mean 9.29/13, as the model study reports). */
    static RiskOfBiasResult jbi() {
        StringBuilder csv = new StringBuilder("Study");
        for (int i = 1; i <= 13; i++) csv.append(",Q").append(i);
        csv.append('\n');
        String[] names = {"Al-Dasooqi 2020", "Bantjes 2021", "Cheng 2022", "Dahlberg 2019", "Eisenstadt 2021",
            "Fang 2023", "Garrido 2020", "Hamid 2022", "Ito 2018", "Jafari 2021", "Kauer 2017",
            "Lattie 2020", "Mehrotra 2023", "Nair 2019", "Oliveira 2022", "Pérez-Rojas 2021", "Qureshi 2024"};
        for (int s = 0; s < 17; s++) {
            csv.append(names[s]);
            for (int item = 1; item <= 13; item++) {
                String v = switch (item) {
                    case 2 -> s < 7 ? "yes" : "unclear";
                    case 4 -> "no";
                    case 5 -> s % 2 == 0 ? "not applicable" : "no";
                    case 6 -> "unclear";
                    case 8 -> s < 15 ? "yes" : "no";
                    default -> "yes";
                };
                csv.append(',').append(v);
            }
            csv.append('\n');
        }
        return RiskOfBias.assess(robSpec(RiskOfBiasTool.JBI_RCT, List.of(), null), table(csv.toString()));
    }
}
