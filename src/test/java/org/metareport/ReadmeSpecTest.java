package org.metareport;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The README's "A spec" block stays true: it shows a {@code derive} expression and a per-analysis {@code where:}, and
 * it runs on the school-based example's workbook (the where: analysis fits the depression rows only).
 */
class ReadmeSpecTest {
    static String readmeSpec() throws IOException {
        String readme = Files.readString(Path.of("README.md"));
        int heading = readme.indexOf("## A spec");
        int start = readme.indexOf("```yaml\n", heading) + "```yaml\n".length();
        return readme.substring(start, readme.indexOf("```", start));
    }

    @Test
    void readmeSpecShowsADeriveExpressionAndAWhereAndRuns(@TempDir Path tmp) throws IOException {
        String spec = readmeSpec();
        assertThat(spec).contains("  derive:").containsPattern("\\n    \\w+: \".*\\(.*\\)\"")
                .containsPattern("\\n    where: ");
        Path data = Files.createDirectories(tmp.resolve("data"));
        Path source = Path.of("analyses/school-based-mh/data/School-based Mental Health Interventions.xlsx");
        Files.copy(source, data.resolve(source.getFileName().toString()));
        Files.writeString(tmp.resolve("analysis.yaml"), spec);
        Path out = tmp.resolve("out");
        Metareport.run(tmp.resolve("analysis.yaml"), new RunOptions(out, List.of("md"), List.of("run")));
        JsonNode results = new ObjectMapper().readTree(out.resolve("results.json").toFile());
        int all = 0;
        int subset = 0;
        for (JsonNode a : results.get("analyses")) {
            if (a.get("id").asText().equals("overall")) all = a.get("k").asInt();
            if (a.get("id").asText().equals("depression-only")) subset = a.get("k").asInt();
        }
        assertThat(subset).as("where: fits a subset of the rows").isPositive().isLessThan(all);
    }
}
