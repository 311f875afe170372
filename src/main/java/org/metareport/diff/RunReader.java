package org.metareport.diff;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.metareport.problems.InputException;
import org.metareport.problems.Where;

/** Reads a run's folder (results.json, optional manifest.json) into a {@link RunSnapshot}. */
final class RunReader {
    private static final ObjectMapper JSON = new ObjectMapper();

    private RunReader() {}

    /**
     * @param folder a run's output folder, or its results.json
     * @throws InputException when there is no readable results.json of this tool's schema
     */
    static RunSnapshot read(Path folder) {
        Path dir = Files.isRegularFile(folder) ? folder.toAbsolutePath().getParent() : folder;
        Path results = Files.isRegularFile(folder) ? folder : folder.resolve("results.json");
        JsonNode r = json(results, true);
        Map<String, String> inputs = new LinkedHashMap<>();
        JsonNode m = json(dir.resolve("manifest.json"), false);
        if (m != null) {
            for (JsonNode i : m.path("inputs")) inputs.putIfAbsent(i.path("path").asText(), i.path("sha256").asText());
        }
        return snapshot(folder.toString(), results.toString(), r, inputs);
    }

    /**
     * A run from its results.json text (e.g. the run being written) and its inputs' hashes.
     *
     * @param shown the run's name, as the diff shows it
     */
    static RunSnapshot read(String shown, String resultsJson, Map<String, String> inputs) {
        try {
            return snapshot(shown, shown, JSON.readTree(resultsJson), inputs);
        } catch (IOException e) {
            throw new IllegalStateException("results.json as written cannot be read back", e);
        }
    }

    private static RunSnapshot snapshot(String shown, String file, JsonNode r, Map<String, String> inputs) {
        if (!r.path("schema").asText().startsWith("metareport-results/")) {
            throw InputException.at(Where.file(file), "this is not a metareport results.json (no "
                    + "\"schema\": \"metareport-results/1\"); name a folder that 'metareport run' wrote");
        }
        List<RunSnapshot.EffectEntry> effects = new ArrayList<>();
        for (JsonNode e : r.path("effects")) {
            effects.add(new RunSnapshot.EffectEntry(e.path("study").asText(), e.path("id").asText(e.path("row").asText()),
                    e.path("yi").asDouble(), e.path("vi").asDouble()));
        }
        List<RunSnapshot.AnalysisEntry> analyses = new ArrayList<>();
        for (JsonNode a : r.path("analyses")) analysis(a.path("id").asText(), a, analyses);
        return new RunSnapshot(shown, r.path("title").asText(""), r.path("tool_version").asText(""),
                effects, analyses, inputs);
    }

    private static void analysis(String id, JsonNode a, List<RunSnapshot.AnalysisEntry> out) {
        JsonNode h = a.path("heterogeneity");
        out.add(new RunSnapshot.AnalysisEntry(id, a.path("level").asDouble(95), integer(a.get("k")),
                integer(a.get("n_clusters")), number(h.get("tau2")), number(h.get("I2")), terms(a.path("coefficients")),
                terms(a.path("robust").path("coefficients"))));
        for (JsonNode s : a.path("subgroups")) analysis(id + "[" + s.path("level").asText() + "]", s.path("analysis"), out);
    }

    private static List<RunSnapshot.Term> terms(JsonNode list) {
        List<RunSnapshot.Term> out = new ArrayList<>();
        for (JsonNode c : list) {
            out.add(new RunSnapshot.Term(c.path("term").asText(), number(c.get("estimate")), number(c.get("ci_lower")),
                    number(c.get("ci_upper")), number(c.get("p"))));
        }
        return out;
    }

    private static Double number(JsonNode n) {
        return n != null && n.isNumber() ? n.asDouble() : null;
    }

    private static Integer integer(JsonNode n) {
        return n != null && n.isNumber() ? n.asInt() : null;
    }

    private static JsonNode json(Path file, boolean required) {
        if (!Files.isRegularFile(file)) {
            if (!required) return null;
            throw InputException.at(Where.file(file.toString()), "no results.json in %s; name the output folders of two "
                    + "runs ('metareport run' writes them), e.g. metareport diff output/v1 output/v2", file.getParent());
        }
        try {
            return JSON.readTree(file.toFile());
        } catch (IOException e) {
            throw InputException.at(Where.file(file.toString()), "cannot read %s as JSON: %s", file.getFileName(),
                    e.getMessage().lines().findFirst().orElse(""));
        }
    }
}
