package org.metareport;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.metareport.cli.CliRunner;

/**
 * The systematic-review artefacts through the whole pipeline: the model study's PRISMA counts (with their 741 vs
 * 744 gap), a JBI assessment of 17 studies, and a characteristics table, in results.json, the report and figures.
 */
class ReviewPipelineTest {
    @TempDir
    Path tmp;
    Path spec;

    @BeforeEach
    void write() throws IOException {
        Files.copy(Path.of("src/test/resources/golden/metadat/dat.bcg.csv"), tmp.resolve("bcg.csv"));
        Files.copy(Path.of("src/test/resources/review/model-study-prisma.yaml"), tmp.resolve("prisma.yaml"));
        Files.copy(Path.of("src/test/resources/review/jbi-17.csv"), tmp.resolve("rob.csv"));
        spec = tmp.resolve("analysis.yaml");
        Files.writeString(spec, "title: Review artefacts\ndata:\n  effects: bcg.csv\n  study: author\neffect:\n"
                + "  measure: RR\n  columns: {ai: tpos, bi: tneg, ci: cpos, di: cneg}\nanalyses:\n  - id: overall\n"
                + "report:\n  formats: [md, html]\nprisma: prisma.yaml\n"
                + "risk_of_bias: {tool: jbi-rct, data: rob.csv, study: Study}\ncharacteristics: [year, alloc]\n");
    }

    @Test
    void reportsThePrismaFlowRiskOfBiasAndCharacteristics() throws IOException {
        Path out = tmp.resolve("out");
        CliRunner r = CliRunner.run("run", "-q", spec.toString(), "--out", out.toString());
        assertThat(r.exit()).as("exit; stderr: %s", r.err()).isZero();
        assertThat(r.err()).as("the PRISMA gap is surfaced")
                .contains("full-text exclusion reasons add up to 741, but 744 full texts were excluded");
        JsonNode results = new ObjectMapper().readTree(out.resolve("results.json").toFile());
        assertThat(results.get("prisma").get("identified").asLong()).as("identified").isEqualTo(11658);
        assertThat(results.get("prisma").get("screened").asLong()).as("screened").isEqualTo(7639);
        assertThat(results.get("prisma").get("included").asLong()).as("included").isEqualTo(17);
        assertThat(results.get("risk_of_bias").get("tool").asText()).as("tool").isEqualTo("jbi-rct");
        assertThat(results.get("risk_of_bias").get("items").asInt()).as("items").isEqualTo(13);
        assertThat(results.get("risk_of_bias").get("studies").size()).as("studies assessed").isEqualTo(17);
        String md = Files.readString(out.resolve("report.md"));
        assertThat(md).as("report").contains("### Study selection", "11,658", "### Risk of bias",
                "### Characteristics of included studies");
        for (String f : new String[] {"prisma", "rob-traffic-light", "rob-summary"}) {
            assertThat(out.resolve("figures/" + f + ".svg")).as(f).exists();
        }
        assertThat(md).as("PRISMA is Figure 1").contains("![Figure 1. PRISMA 2020 flow diagram");
    }

    @Test
    void makesThePrismaGapAnErrorUnderStrict() {
        CliRunner r = CliRunner.run("run", "-q", "--strict", spec.toString(), "--out", tmp.resolve("out").toString());
        assertThat(r.exit()).as("exit").isEqualTo(2);
        assertThat(r.err()).as("error names the numbers").startsWith("error: ").contains("741").contains("744");
        assertThat(tmp.resolve("out")).as("nothing written").doesNotExist();
    }
}
