package org.metareport;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** derive, include and where: written as expressions, end to end: the rows they keep and the columns they make. */
class ExpressionsEndToEndTest {
    @Test
    void deriveIncludeAndWhereSelectTheRowsRWould(@TempDir Path tmp) throws Exception {
        Path dir = tmp.resolve("spec");
        Files.createDirectories(dir);
        Files.writeString(dir.resolve("data.csv"), """
                study,Drop,Duration (weeks),m1,sd1,n1,m2,sd2,n2,Construct
                A,0,12,5.1,2.0,20,4.2,2.1,22,D
                B,0,14,6.0,2.5,25,5.5,2.4,30,A
                C,1,20,6.0,2.5,25,5.1,2.4,30,D
                D,0,,6.2,2.5,25,5.1,2.4,30,D
                E,0,16,7.0,2.5,25,5.1,2.4,30,O
                F,,16,7.0,2.5,25,5.9,2.4,30,D
                """);
        Files.writeString(dir.resolve("analysis.yaml"), """
                title: Expressions
                data:
                  effects: data.csv
                  study: study
                  include: Drop == 0
                  derive:
                    Long: ifelse(is.na(`Duration (weeks)`), 0, `Duration (weeks)` >= 12)
                    Weeks2: "`Duration (weeks)` * 2"
                effect:
                  measure: SMD
                  columns: {m1i: m1, sd1i: sd1, n1i: n1, m2i: m2, sd2i: sd2, n2i: n2}
                analyses:
                  - id: all
                  - id: internalizing
                    where: Construct %in% c("D", "A") & Long == 1
                  - id: long-weeks
                    where: Weeks2 > 20
                """);
        Metareport.run(dir.resolve("analysis.yaml"), new RunOptions(tmp.resolve("out"), List.of("md"), List.of()));
        JsonNode r = new ObjectMapper().readTree(Files.readString(tmp.resolve("out/results.json")));
        // include: Drop == 0 keeps A, B, D, E (C has 1; F's NA counts as FALSE)
        assertThat(r.get("effects").size()).isEqualTo(4);
        assertThat(r.get("analyses").get(0).get("k").asInt()).isEqualTo(4);
        // Long: D's missing duration coded 0 by ifelse(is.na(...)); A (D, 12 weeks) and B (A, 14) are long and D or A
        assertThat(r.get("analyses").get(1).get("k").asInt()).isEqualTo(2);
        // Weeks2 = duration * 2 (NA for D): A 24, B 28, E 32 > 20; D's NA counts as FALSE
        assertThat(r.get("analyses").get(2).get("k").asInt()).isEqualTo(3);
    }
}
