package org.metareport.review;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.metareport.results.CharacteristicsResult;
import org.metareport.results.PrismaResult;
import org.metareport.results.ResultsJson;
import org.metareport.results.ReviewJson;
import org.metareport.results.RiskOfBiasResult;

/** The review blocks of results.json carry the contract's field names and values. */
class ReviewJsonTest {
    @TempDir Path dir;

    private static String json(PrismaResult p, RiskOfBiasResult r, CharacteristicsResult c) throws IOException {
        StringWriter out = new StringWriter();
        try (JsonGenerator g = ResultsJson.generator(out)) {
            g.writeStartObject();
            ReviewJson.prisma(g, p);
            ReviewJson.riskOfBias(g, r);
            ReviewJson.characteristics(g, c);
            g.writeEndObject();
        }
        return out.toString();
    }

    @Test
    void modelStudyPrismaAndJbiBlocksHaveTheContractFields() throws IOException {
        PrismaResult p = Prisma.check(ReviewSpecs.withPrismaFile(dir, "model-study-prisma.yaml").prisma(), false);
        ReviewSpecs.write(dir, "rob.csv", ReviewSpecs.resource("jbi-17.csv"));
        RiskOfBiasResult r = RiskOfBias.read(ReviewSpecs.read(dir, "risk_of_bias: {tool: jbi-rct, data: rob.csv}\n")
                .riskOfBias());
        String text = json(p, r, null);
        JsonNode j = new ObjectMapper().readTree(text);

        JsonNode prisma = j.get("prisma");
        assertThat(prisma.get("identified").asLong()).isEqualTo(11658);
        assertThat(prisma.get("duplicates").asLong()).isEqualTo(4019);
        assertThat(prisma.get("screened").asLong()).isEqualTo(7639);
        assertThat(prisma.get("full_text").asLong()).isEqualTo(761);
        assertThat(prisma.get("included").asLong()).isEqualTo(17);
        assertThat(prisma.get("warnings").get(0).asText())
                .startsWith("full-text exclusion reasons add up to 741, but 744 full texts were excluded");
        assertThat(prisma.get("full_text_excluded_reasons").get("wrong design").asLong()).isEqualTo(345);
        assertThat(prisma.get("full_text_unitemised").asLong()).isEqualTo(3);
        assertThat(prisma.get("sought").isNull()).isTrue();
        assertThat(prisma.get("databases").isNull()).isTrue();
        assertThat(prisma.get("derived").get(0).asText()).isEqualTo("screen_excluded");
        assertThat(text).as("contract fields first").contains("\"prisma\": {\n    \"identified\": 11658,\n"
                + "    \"duplicates\": 4019,\n    \"screened\": 7639,\n    \"full_text\": 761,\n    \"included\": 17,");

        JsonNode rob = j.get("risk_of_bias");
        assertThat(rob.get("tool").asText()).isEqualTo("jbi-rct");
        assertThat(rob.get("items").asInt()).isEqualTo(13);
        assertThat(rob.get("mean_score").asDouble()).isEqualTo(158 / 17.0);
        JsonNode first = rob.get("studies").get(0);
        assertThat(first.get("study").asText()).isEqualTo("Study 01");
        assertThat(first.get("score").asInt()).isEqualTo(10);
        assertThat(first.get("judgements").get("1").asText()).isEqualTo("yes");
        assertThat(first.get("judgements").get("5").asText()).isEqualTo("not applicable");
        assertThat(first.get("overall").isNull()).isTrue();
        assertThat(rob.get("summary").get(7).get("counts").get("yes").asInt()).isEqualTo(15);
        assertThat(j.get("characteristics").isNull()).isTrue();
    }

    @Test
    void characteristicsBlockListsColumnsAndCells() throws IOException {
        var columns = List.of(new CharacteristicsResult.Column("N", "Sample size", "number", "total", 2, 60.0, 120.0,
                90.0, 180.0, "60", "120", List.of(), 0));
        var rows = List.of(new CharacteristicsResult.Row("A", List.of("60")), new CharacteristicsResult.Row("B",
                List.of("120")));
        JsonNode j = new ObjectMapper().readTree(json(null, null, new CharacteristicsResult(2, columns, rows, List.of())));
        assertThat(j.get("prisma").isNull()).isTrue();
        assertThat(j.get("risk_of_bias").isNull()).isTrue();
        JsonNode c = j.get("characteristics");
        assertThat(c.get("k").asInt()).isEqualTo(2);
        assertThat(c.get("columns").get(0).get("total").asDouble()).isEqualTo(180.0);
        assertThat(c.get("studies").get(1).get("cells").get("N").asText()).isEqualTo("120");
    }
}
