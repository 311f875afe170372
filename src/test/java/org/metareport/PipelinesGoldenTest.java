package org.metareport;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Three synthetic coding sheets (src/test/resources/golden/pipelines) that differ in the order of effect-size
 * sources, coders' notes in the reported-effect column, the cluster adjustment (the authors' variant with a total-N
 * column; Hedges 2007 as published with an ICC column; only g adjusted, with the Lipsey–Wilson variance) and the
 * spellings of missing values ('.', '-', 'n/a'); a fourth (d) adds a precomputed estimate with its SE
 * ({@code effect.precomputed}, source {@code yi_vi}) where no other source can be computed, taken as given (no cluster
 * adjustment); a fifth (e) adds a second measure's columns ({@code effect.alternative}, change scores for the same
 * measure SMD) where the post-test columns are missing. yi, vi and the source of every row against pipelines.R (metafor's
 * escalc and the adjustment written in R), to 1e-10.
 */
class PipelinesGoldenTest {
    static final Path FOLDER = Path.of("src/test/resources/golden/pipelines");
    static final JsonNode REFERENCE = read(FOLDER.resolve("pipelines.json"));

    static JsonNode read(Path p) {
        try {
            return new ObjectMapper().readTree(Files.readString(p));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"a", "b", "c", "d", "e"})
    void everyRowAsR(String name, @TempDir Path out) throws Exception {
        Metareport.run(FOLDER.resolve(name + ".yaml"), new RunOptions(out.resolve("r"), List.of("md"), List.of()));
        JsonNode results = read(out.resolve("r/results.json"));
        JsonNode effects = results.get("effects");
        JsonNode expected = REFERENCE.get(name);
        assertThat(effects.size()).as("rows of %s", name).isEqualTo(expected.size());
        for (int i = 0; i < expected.size(); i++) {
            JsonNode e = effects.get(i), x = expected.get(i);
            String what = name + " " + x.get("study").asText();
            assertThat(e.get("study").asText()).as(what).isEqualTo(x.get("study").asText());
            String source = switch (x.get("source").asText()) {
                case "pre_post" -> "pre/post difference";
                case "post" -> name.equals("e") ? "SMD" : "post-test";     // e has no pre-test columns
                case "yi_vi" -> "yi/vi";
                case "alternative" -> "alternative";
                default -> "reported";
            };
            assertThat(e.get("source").asText()).as("source of %s", what).isEqualTo(source);
            assertThat(e.get("yi").asDouble()).as("yi of %s", what)
                    .isCloseTo(x.get("yi").asDouble(), org.assertj.core.data.Percentage.withPercentage(1e-8));
            assertThat(e.get("vi").asDouble()).as("vi of %s", what)
                    .isCloseTo(x.get("vi").asDouble(), org.assertj.core.data.Percentage.withPercentage(1e-8));
        }
        List<String> warnings = new ArrayList<>();
        results.get("warnings").forEach(w -> warnings.add(w.asText()));
        if (name.equals("a")) {
            assertThat(warnings).filteredOn(w -> w.contains("text_as_missing")).singleElement().asString()
                    .contains("column 'rep': 2 cells", "rows 3 'd = 0.71', 5 'db = 0.2; dw=0.16'");
            assertThat(warnings).filteredOn(w -> w.contains("effect.disagreement")).singleElement().asString()
                    .contains("1 row where", "row 7: pre/post difference 0.715, reported 0.120, post-test 0.472");
        }
    }
}
